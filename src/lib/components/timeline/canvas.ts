/**
 * Canvas helpers shared by the canvas layers: sizing for devicePixelRatio, and colours resolved for
 * the page's scheme (lane colours are `light-dark()` pairs, which a canvas cannot read).
 */

/**
 * Sizes `canvas` to `widthPx × heightPx` CSS pixels at the device's pixel ratio, clears it and
 * returns a context drawing in CSS pixels, with `resolve(css)` turning a CSS colour (`light-dark(…)`,
 * `var(--x)`) into the one in use: the canvas's own computed `color`, read once per colour.
 */
export function prepareCanvas(canvas: HTMLCanvasElement, widthPx: number, heightPx: number) {
	const ratio = window.devicePixelRatio || 1;
	canvas.width = Math.round(widthPx * ratio);
	canvas.height = Math.round(heightPx * ratio);
	const c = canvas.getContext('2d');
	if (!c) return null;
	c.setTransform(ratio, 0, 0, ratio, 0, 0);
	c.clearRect(0, 0, widthPx, heightPx);
	const resolved = new Map<string, string>();
	const resolve = (css: string) => {
		let color = resolved.get(css);
		if (color === undefined) {
			canvas.style.color = css;
			color = getComputedStyle(canvas).color;
			resolved.set(css, color);
		}
		return color;
	};
	return { c, resolve };
}
