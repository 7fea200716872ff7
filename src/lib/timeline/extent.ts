/**
 * Extents and windows: the time a set of events covers, and the window to show one event or a range
 * in. Pure; UTC ms.
 */
import { DAY_MS } from './scale';

/** A span of time, `[startMs, endMs)`. */
export interface Span {
	startMs: number;
	endMs: number;
}

/**
 * The earliest start and latest end of `spans` (a loop, not `Math.min(...spread)`, which overflows the
 * stack at some 100,000 arguments), or null when there are none.
 */
export function extentOf(spans: Iterable<Span>): [number, number] | null {
	let start = Infinity;
	let end = -Infinity;
	for (const s of spans) {
		if (s.startMs < start) start = s.startMs;
		if (s.endMs > end) end = s.endMs;
	}
	return start <= end ? [start, end] : null;
}

/** The window to show one event in: half its width (at least 20 days) on each side, for context. */
export function eventWindow(span: Span): [number, number] {
	const pad = Math.max((span.endMs - span.startMs) * 0.5, 20 * DAY_MS);
	return [span.startMs - pad, span.endMs + pad];
}

/** The window to show `[fromMs, toMs)` in: `ratio` of its width (at least `minPadMs`) on each side. */
export function paddedWindow(
	fromMs: number,
	toMs: number,
	ratio = 0.04,
	minPadMs = DAY_MS
): [number, number] {
	const pad = Math.max((toMs - fromMs) * ratio, minPadMs);
	return [fromMs - pad, toMs + pad];
}
