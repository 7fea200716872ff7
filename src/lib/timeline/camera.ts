/**
 * The presenter's camera: the window the timeline shows for a tour stop, and the smooth zoom of van
 * Wijk and Nuij between two windows. Written out rather than d3-interpolate's `interpolateZoom`
 * because d3's form, log(√(b²+1) − b), cancels to log(0) for the width ratios of deep-time datasets
 * (a day within billions of years); here it is −asinh(b).
 */
import { eventWindow, paddedWindow } from './extent';

/**
 * The window `[fromMs, toMs)` the timeline shows for a stop: an event with half its width (at least
 * 20 days) on each side, so its neighbours give context; a range with 4 % of its width on each side.
 */
export function stopWindow(stop: {
	event: string | null;
	startMs: number;
	endMs: number;
}): [number, number] {
	return stop.event ? eventWindow(stop) : paddedWindow(stop.startMs, stop.endMs);
}

// ρ² = 2, as van Wijk and Nuij suggest ("Smooth and efficient zooming and panning", InfoVis 2003).
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;

/**
 * The smooth zoom of van Wijk and Nuij between two windows `[fromMs, toMs)`: far moves zoom out, pan,
 * then zoom in, so the audience keeps its bearings. `at(t)` gives the window at `t` in [0, 1] (exactly
 * `b` at 1); `length` is the path length in screen widths, to scale the duration.
 */
export function interpolateWindow(
	a: readonly [number, number],
	b: readonly [number, number]
): { at: (t: number) => [number, number]; length: number } {
	const c0 = (a[0] + a[1]) / 2;
	const c1 = (b[0] + b[1]) / 2;
	const w0 = Math.max(1, a[1] - a[0]);
	const w1 = Math.max(1, b[1] - b[0]);
	const dx = c1 - c0;
	let centreAndWidth: (t: number) => [number, number];
	let length: number;
	if (Math.abs(dx) < 1e-6 * Math.min(w0, w1)) {
		// Same centre: zoom only, at a constant rate in log-width.
		length = Math.abs(Math.log(w1 / w0)) / RHO;
		centreAndWidth = (t) => [c0 + t * dx, w0 * Math.pow(w1 / w0, t)];
	} else {
		const d = Math.abs(dx);
		// log(√(b²+1) − b) written as −asinh(b), which does not cancel to log(0) for large b.
		const r0 = -Math.asinh((w1 * w1 - w0 * w0 + RHO4 * d * d) / (2 * w0 * RHO2 * d));
		const r1 = -Math.asinh((w1 * w1 - w0 * w0 - RHO4 * d * d) / (2 * w1 * RHO2 * d));
		length = (r1 - r0) / RHO;
		const coshR0 = Math.cosh(r0);
		centreAndWidth = (t) => {
			const r = RHO * t * length + r0;
			const u = (w0 / (RHO2 * d)) * (coshR0 * Math.tanh(r) - Math.sinh(r0));
			return [c0 + u * dx, (w0 * coshR0) / Math.cosh(r)];
		};
	}
	const at = (t: number): [number, number] => {
		if (t >= 1) return [b[0], b[1]];
		const [c, w] = centreAndWidth(Math.max(0, t));
		return [c - w / 2, c + w / 2];
	};
	return { at, length };
}

/** Duration of a move of `length` screen widths ({@link interpolateWindow}): 450–1100 ms, ~700 typical. */
export function transitionMs(length: number): number {
	return Math.round(Math.min(1100, Math.max(450, 250 * (Number.isFinite(length) ? length : 0))));
}
