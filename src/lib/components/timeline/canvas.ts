/**
 * Canvas helpers shared by the canvas layers: sizing for devicePixelRatio and the lane colours
 * (CSS custom properties, so both themes apply).
 */

/** The CSS custom property of each lane's colour, by lane index. */
export const LANE_COLOR_VARS = [
	'--lane-forums',
	'--lane-visits',
	'--lane-exercises',
	'--lane-summits'
];

/**
 * Sizes `canvas` to `widthPx × heightPx` CSS pixels at the device's pixel ratio, clears it and
 * returns a context drawing in CSS pixels, with `laneColor(i)` resolving a lane's current colour.
 */
export function prepareCanvas(canvas: HTMLCanvasElement, widthPx: number, heightPx: number) {
	const ratio = window.devicePixelRatio || 1;
	canvas.width = Math.round(widthPx * ratio);
	canvas.height = Math.round(heightPx * ratio);
	const c = canvas.getContext('2d');
	if (!c) return null;
	c.setTransform(ratio, 0, 0, ratio, 0, 0);
	c.clearRect(0, 0, widthPx, heightPx);
	// The palette is light-dark() pairs, which a canvas cannot read: the canvas's own computed `color`
	// resolves one to the theme in use.
	const laneColor = (lane: number) => {
		canvas.style.color = `var(${LANE_COLOR_VARS[lane]}, #888)`;
		return getComputedStyle(canvas).color;
	};
	return { c, laneColor };
}
