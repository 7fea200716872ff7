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
	// Reading a computed style forces style work: each colour is read once per scheme, not per frame.
	const scheme = schemeKey();
	const resolve = (css: string) => {
		const key = `${scheme}|${css}`;
		let color = RESOLVED.get(key);
		if (color === undefined) {
			canvas.style.color = css;
			color = getComputedStyle(canvas).color;
			RESOLVED.set(key, color);
		}
		return color;
	};
	return { c, resolve };
}

const RESOLVED = new Map<string, string>();

/** What decides which half of a `light-dark()` pair applies: a forced theme, the system's, paper. */
function schemeKey(): string {
	const forced = document.documentElement.dataset.theme;
	if (matchMedia('print').matches) return 'print';
	return forced ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}
