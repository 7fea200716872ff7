/**
 * The base UTC scale and the mapping between d3-zoom transforms and visible date ranges.
 * Pure: transforms are plain `{ k, x }` numbers so this module never touches the DOM.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
/** Narrowest window the zoom allows: about three days across the screen. */
export const MIN_WINDOW_MS = 3 * DAY_MS;

/** A zoom transform along x: screen = k * base + x. */
export interface ZoomK {
	k: number;
	x: number;
}

/**
 * The dataset's extent padded by `marginRatio` of its width on each side (default 4 %),
 * and at least `MIN_WINDOW_MS` wide. An empty dataset shows 2000–2025.
 */
export function paddedExtent(startMs: number, endMs: number, marginRatio = 0.04): [number, number] {
	if (!Number.isFinite(startMs) || !Number.isFinite(endMs) || endMs <= startMs) {
		return [Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)];
	}
	const pad = Math.max((endMs - startMs) * marginRatio, MIN_WINDOW_MS / 2);
	return [startMs - pad, endMs + pad];
}

/** The unzoomed scale: the padded extent across `[0, widthPx]`. */
export function baseScale(extent: [number, number], widthPx: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain(extent)
		.range([0, Math.max(1, widthPx)]);
}

/** Zoom factor bounds: from the whole extent (k = 1) to `MIN_WINDOW_MS` across the screen. */
export function scaleExtent(extent: [number, number]): [number, number] {
	return [1, Math.max(1, (extent[1] - extent[0]) / MIN_WINDOW_MS)];
}

/**
 * The transform that shows `[fromMs, toMs)` across the base scale's range, clamped to the zoom bounds
 * and the extent (a range wider than the data shows everything; a tiny one is widened about its centre).
 */
export function transformForRange(
	base: ScaleTime<number, number>,
	fromMs: number,
	toMs: number
): ZoomK {
	const extent = base.domain().map(Number) as [number, number];
	const [, kMax] = scaleExtent(extent);
	const widthPx = base.range()[1];
	const spanPx = Math.max(1e-9, base(toMs) - base(fromMs));
	const k = Math.min(kMax, Math.max(1, widthPx / spanPx));
	const centre = (base(fromMs) + base(toMs)) / 2;
	let x = widthPx / 2 - centre * k;
	// Keep the window inside the extent, as d3-zoom's translateExtent would.
	x = Math.min(0, Math.max(widthPx - widthPx * k, x));
	return { k, x };
}

/** The date range `[fromMs, toMs)` a transform shows. */
export function rangeForTransform(base: ScaleTime<number, number>, t: ZoomK): [number, number] {
	const [r0, r1] = base.range();
	return [base.invert((r0 - t.x) / t.k).getTime(), base.invert((r1 - t.x) / t.k).getTime()];
}

/** A rescaled copy of `base` for a transform, like d3-zoom's `transform.rescaleX`. */
export function zoomedScale(base: ScaleTime<number, number>, t: ZoomK): ScaleTime<number, number> {
	const [fromMs, toMs] = rangeForTransform(base, t);
	return base.copy().domain([fromMs, toMs]);
}
