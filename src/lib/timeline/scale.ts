/**
 * The base UTC scale and the mapping between d3-zoom transforms and visible date ranges.
 * Pure: transforms are plain `{ k, x }` numbers so this module never touches the DOM.
 */

/**
 * A linear map from UTC ms to pixels, with the part of d3's `scaleUtc` interface we use (call,
 * `domain`, `range`, `invert`, `copy`), in plain numbers: times beyond JavaScript dates (deep time,
 * ±271,821 years) are still milliseconds on this scale, where a Date would be invalid. d3-scale's
 * scaleUtc carries d3-interpolate, d3-color and d3-time-format for tick formatting we do ourselves, a
 * seventh of the first page load; ticks come from ticks.ts.
 */
export interface UtcScale {
	(ms: number): number;
	/** `[fromMs, toMs]`. */
	domain(): [number, number];
	range(): [number, number];
	/** The time (UTC ms) at pixel `px`. */
	invert(px: number): number;
	copy(): UtcScale;
}

/** A linear UTC scale over `domain` (UTC ms) onto `range` (pixels). */
export function utcScale(
	domain: readonly [number, number],
	range: readonly [number, number]
): UtcScale {
	const [d0, d1] = [Number(domain[0]), Number(domain[1])];
	const [r0, r1] = range;
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const scale = ((ms: number) => r0 + (ms - d0) * k) as UtcScale;
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	scale.invert = (px) => (k === 0 ? d0 : d0 + (px - r0) / k);
	scale.copy = () => utcScale([d0, d1], [r0, r1]);
	return scale;
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
/** Narrowest window the zoom allows: ten minutes across the screen (a day's events, minute by minute). */
export const MIN_WINDOW_MS = 10 * 60_000;

/**
 * The narrowest window worth showing about times as far from 1970 as `extent`: MIN_WINDOW_MS, or for
 * deep time (where a millisecond float is coarse) a trillionth of the distance, so neighbouring pixels
 * always name different times.
 */
export function minWindowMs(extent: readonly [number, number]): number {
	return Math.max(MIN_WINDOW_MS, Math.max(Math.abs(extent[0]), Math.abs(extent[1])) * 1e-12);
}

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
export function baseScale(extent: [number, number], widthPx: number): UtcScale {
	return utcScale(extent, [0, Math.max(1, widthPx)]);
}

/** Zoom factor bounds: from the whole extent (k = 1) to {@link minWindowMs} across the screen. */
export function scaleExtent(extent: [number, number]): [number, number] {
	return [1, Math.max(1, (extent[1] - extent[0]) / minWindowMs(extent))];
}

/**
 * The transform that shows `[fromMs, toMs)` across the base scale's range, clamped to the zoom bounds
 * and the extent (a range wider than the data shows everything; a tiny one is widened about its centre).
 */
export function transformForRange(base: UtcScale, fromMs: number, toMs: number): ZoomK {
	const extent = base.domain();
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
export function rangeForTransform(base: UtcScale, t: ZoomK): [number, number] {
	const [r0, r1] = base.range();
	return [base.invert((r0 - t.x) / t.k), base.invert((r1 - t.x) / t.k)];
}

/** A rescaled copy of `base` for a transform, like d3-zoom's `transform.rescaleX`. */
export function zoomedScale(base: UtcScale, t: ZoomK): UtcScale {
	return utcScale(rangeForTransform(base, t), base.range());
}
