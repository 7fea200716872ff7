/**
 * Vertical geometry of the timeline: a period row, then one lane per shown category (its name, then its
 * rows of marks), then the axis. Lanes share the height by need: a lane with no event under the current
 * filter collapses, and a lane whose events need more rows gets them from lanes that need fewer.
 * Pixels; pure.
 */

/** Text and row sizes: `compact` for embeds and phones, `large` for projected presentations. */
export type TimelineSize = 'compact' | 'regular' | 'large';

/** Sizes of one {@link TimelineSize}: rows, lane headers, the axis and the font marks are drawn in. */
export interface SizeMetrics {
	periodRowPx: number;
	rowPx: number;
	/** The lane's name above its rows. */
	headerPx: number;
	axisPx: number;
	fontPx: number;
	/** Height of a mark's button within its row. */
	markHeightPx: number;
}

export const SIZES: Record<TimelineSize, SizeMetrics> = {
	compact: { periodRowPx: 22, rowPx: 28, headerPx: 12, axisPx: 44, fontPx: 12, markHeightPx: 24 },
	regular: { periodRowPx: 26, rowPx: 32, headerPx: 18, axisPx: 44, fontPx: 13, markHeightPx: 24 },
	large: { periodRowPx: 34, rowPx: 46, headerPx: 26, axisPx: 60, fontPx: 18, markHeightPx: 36 }
};

export interface Geometry extends SizeMetrics {
	/** Rows of each lane (0 for a collapsed lane). */
	rows: readonly number[];
	/** Top of lane `i`, and its height (0 when collapsed). */
	laneTop(i: number): number;
	laneHeight(i: number): number;
	/** Top of row `row` of lane `lane`. */
	rowTop(lane: number, row: number): number;
	/** Bottom of the last lane, where the axis starts. */
	lanesBottomPx: number;
	/** Everything, axis included. */
	heightPx: number;
}

/**
 * How many rows each lane gets from `capacity`: every shown lane (`needed[i] > 0`, or `shown[i]`) at
 * least one; then the `first` lane (the selected event's) a second if it needs one, so the selection
 * stands apart; then each what it needs. When the total is short, rows go one at a time to the lane
 * missing the largest share of what it needs (ties: the one a row brings nearer to complete — the
 * one missing fewer — then the earlier lane). Lanes not shown get none.
 */
export function allocateRows(
	needed: readonly number[],
	shown: readonly boolean[],
	capacity: number,
	first = -1
): number[] {
	const given: number[] = needed.map((n, i) => (shown[i] || n > 0 ? 1 : 0));
	let left = capacity - given.reduce((a, b) => a + b, 0);
	if (left > 0 && needed[first] > given[first]) {
		given[first]++;
		left--;
	}
	const missing = (i: number) => needed[i] - given[i];
	const share = (i: number) => missing(i) / needed[i];
	while (left > 0) {
		let pick = -1;
		for (let i = 0; i < needed.length; i++) {
			if (missing(i) <= 0) continue;
			const better =
				pick < 0 ||
				share(i) > share(pick) ||
				(share(i) === share(pick) && missing(i) < missing(pick));
			if (better) pick = i;
		}
		if (pick < 0) break;
		given[pick]++;
		left--;
	}
	return given;
}

/** Rows that fit in `heightPx` for `laneCount` shown lanes (at least one per lane). */
export function rowCapacity(heightPx: number, laneCount: number, size: SizeMetrics): number {
	const free = heightPx - size.periodRowPx - size.axisPx - laneCount * size.headerPx;
	return Math.max(laneCount, Math.floor(free / size.rowPx));
}

/**
 * Geometry for lanes of `rows` rows each. With `heightPx`, the lanes fill it (the space rows leave is
 * shared equally among shown lanes); without, the timeline is as tall as its rows.
 */
export function timelineGeometry(
	rows: readonly number[],
	size: SizeMetrics,
	heightPx?: number
): Geometry {
	const shown = rows.filter((r) => r > 0).length;
	const content = rows.reduce((sum, r) => sum + (r > 0 ? size.headerPx + r * size.rowPx : 0), 0);
	const spare =
		heightPx === undefined || shown === 0
			? 0
			: Math.max(0, heightPx - size.periodRowPx - size.axisPx - content) / shown;
	const heights = rows.map((r) => (r > 0 ? size.headerPx + r * size.rowPx + spare : 0));
	const tops: number[] = [];
	let y = size.periodRowPx;
	for (const h of heights) {
		tops.push(y);
		y += h;
	}
	return {
		...size,
		rows,
		laneTop: (i) => tops[i] ?? y,
		laneHeight: (i) => heights[i] ?? 0,
		rowTop: (lane, row) => (tops[lane] ?? y) + size.headerPx + row * size.rowPx,
		lanesBottomPx: y,
		heightPx: y + size.axisPx
	};
}
