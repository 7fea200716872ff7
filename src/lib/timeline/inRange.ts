/**
 * The items overlapping a time range, found by binary search instead of a scan of every item
 * (issue 17: the table, print list and announcement follow the settled range, and at a million
 * events a scan on every settle is a long task).
 */
import { bisector } from 'd3-array';

interface Span {
	span: { startMs: number; endMs: number };
}

/** Items sorted by start (stably), with the longest span: what {@link overlapping} searches. */
export interface RangeIndex<T extends Span> {
	byStart: readonly T[];
	longestMs: number;
}

const byStartMs = bisector((item: Span) => item.span.startMs);

/**
 * An index of `items`. Items already sorted by start (as loaded datasets are) are used as they are;
 * otherwise a stably sorted copy, so items starting together keep their order.
 */
export function rangeIndex<T extends Span>(items: readonly T[]): RangeIndex<T> {
	let sorted = true;
	let longestMs = 0;
	for (let i = 0; i < items.length; i++) {
		const { startMs, endMs } = items[i].span;
		if (i && startMs < items[i - 1].span.startMs) sorted = false;
		if (endMs - startMs > longestMs) longestMs = endMs - startMs;
	}
	const byStart = sorted ? items : [...items].sort((a, b) => a.span.startMs - b.span.startMs);
	return { byStart, longestMs };
}

/**
 * The items that overlap [fromMs, toMs) (end after `fromMs`, start before `toMs`), in start order:
 * only those starting within the longest span before `fromMs` are tested.
 */
export function overlapping<T extends Span>(
	{ byStart, longestMs }: RangeIndex<T>,
	fromMs: number,
	toMs: number
): T[] {
	const lo = byStartMs.right(byStart, fromMs - longestMs - 1);
	const hi = byStartMs.left(byStart, toMs);
	const out: T[] = [];
	for (let i = Math.max(0, lo - 1); i < hi; i++) {
		const item = byStart[i];
		if (item.span.endMs > fromMs && item.span.startMs < toMs) out.push(item);
	}
	return out;
}
