/**
 * Label layout: assigns each event of a lane a row so that no two labels overlap, and merges events
 * too close to label into a cluster mark ("3 events"). Pure; positions are pixels on the zoomed scale.
 */

/** One event to place, in pixels. */
export interface LayoutItem {
	/** Caller's index (e.g. into the events array); returned in `members`. */
	index: number;
	/** Where the mark starts. */
	xPx: number;
	/** Where the mark ends (equals `xPx` for a point). */
	x2Px: number;
	/** Width of its label. */
	labelPx: number;
	/** Left edge of the label when it is not `xPx` (a label flipped to the left of its mark). */
	leftPx?: number;
}

/** A placed mark: one event, or a cluster of several. */
export interface PlacedMark {
	members: number[];
	xPx: number;
	/** Left edge of everything the mark occupies (its label may sit left of `xPx`). */
	leftPx: number;
	/** Right edge of everything the mark occupies (label or bar). */
	rightPx: number;
	row: number;
}

/** Layout options: rows per lane, the gap between labels and the width of a cluster label. */
export interface LayoutOptions {
	maxRows: number;
	gapPx: number;
	clusterLabelPx: number;
	/** Width of a bare mark (its dot or pin), the least a cluster member occupies. */
	markPx: number;
	/** The least a label may be cut to when two labels share the room between their marks. */
	minLabelPx: number;
}

/** Defaults: two rows, 8 px between labels, "99 events" ≈ 72 px, labels cut to no less than 96 px. */
export const DEFAULT_LAYOUT: LayoutOptions = {
	maxRows: 2,
	gapPx: 8,
	clusterLabelPx: 72,
	markPx: 14,
	minLabelPx: 96
};

/**
 * Places `items` (any order; sorted here by `xPx`, ties by `index`, so the result is stable) in at most
 * `maxRows` rows. An item goes to the first row whose last mark ends `gapPx` before it; when no row has
 * room it joins its nearest placed neighbour to the left, which becomes a cluster. Two marks in one row
 * never overlap, and items at least a label's width apart are always their own marks. The `pinned`
 * item index (the selected event) always keeps a mark of its own in row 0.
 */
export function assignRows(
	items: readonly LayoutItem[],
	options: Partial<LayoutOptions> = {},
	pinned?: number
): PlacedMark[] {
	const { maxRows, gapPx, clusterLabelPx, markPx, minLabelPx } = { ...DEFAULT_LAYOUT, ...options };
	const left = (item: LayoutItem) => item.leftPx ?? item.xPx;
	const right = (item: LayoutItem) => Math.max(left(item) + item.labelPx, item.x2Px);
	const sorted = [...items].sort((a, b) => left(a) - left(b) || a.index - b.index);
	const marks: PlacedMark[] = [];
	const lastInRow: (PlacedMark | undefined)[] = new Array(Math.max(1, maxRows)).fill(undefined);
	// The mark before the last in each row (what an item slipped in before the last must clear).
	const prevInRow: (PlacedMark | undefined)[] = new Array(lastInRow.length).fill(undefined);
	// The pinned item (the selected event) keeps its own mark in row 0: that stretch of row 0 is
	// reserved before the sweep reaches it, and it never becomes a cluster's host.
	const pin = items.find((item) => item.index === pinned);
	let reserved = pin ? { from: left(pin) - gapPx, to: right(pin) + gapPx } : null;
	const fits = (m: PlacedMark | undefined, row: number, leftPx: number, rightPx: number) =>
		(m === undefined || m.rightPx + gapPx <= leftPx) &&
		(row !== 0 || !reserved || rightPx <= reserved.from || leftPx >= reserved.to);

	// No row has room, but the last mark of a row is one label flipped to the left of a mark far to the
	// right (near the view's right edge): the item and that label share the room between the two marks,
	// each cut but to no less than minLabelPx, instead of the item joining a cluster far from it.
	function shareWithFlipped(item: LayoutItem, leftPx: number, rightPx: number): boolean {
		const flipped = leftPx < item.xPx;
		const leastRight = Math.max(item.x2Px, flipped ? item.xPx + markPx : leftPx + minLabelPx);
		for (let row = 0; row < lastInRow.length; row++) {
			const b = lastInRow[row];
			if (!b || b.members.length !== 1 || b.leftPx >= b.xPx || b.members[0] === pinned) continue;
			const before = prevInRow[row];
			if (before && before.rightPx + gapPx > leftPx) continue;
			const end = b.xPx + markPx;
			const most = end - minLabelPx - gapPx;
			if (leastRight > most) continue;
			// Half each, unless one needs less than half.
			const half = leftPx + (end - gapPx - leftPx) / 2;
			const wantedByB = end - b.leftPx;
			const cut = Math.min(
				most,
				Math.max(leastRight, Math.min(rightPx, Math.max(half, end - gapPx - wantedByB)))
			);
			if (row === 0 && reserved && !(cut <= reserved.from || leftPx >= reserved.to)) continue;
			b.leftPx = Math.max(b.leftPx, cut + gapPx);
			const mark = { members: [item.index], xPx: item.xPx, leftPx, rightPx: cut, row };
			marks.push(mark);
			prevInRow[row] = mark;
			return true;
		}
		return false;
	}

	// Items with neither a row nor a mark to their left (one row, blocked by the pinned stretch) keep a
	// mark of their own with the label cut where the stretch begins, or, starting inside it, wait for
	// the pinned mark and join it: in one row there is nowhere else to show them.
	const waiting: LayoutItem[] = [];
	for (const item of sorted) {
		const leftPx = left(item);
		const rightPx = right(item);
		const row = item === pin ? 0 : lastInRow.findIndex((m, r) => fits(m, r, leftPx, rightPx));
		if (row >= 0) {
			const mark = { members: [item.index], xPx: item.xPx, leftPx, rightPx, row };
			marks.push(mark);
			prevInRow[row] = lastInRow[row];
			lastInRow[row] = mark;
			if (item === pin) {
				reserved = null;
				for (const w of waiting.splice(0)) mark.members.push(w.index);
			}
			continue;
		}
		if (item !== pin && shareWithFlipped(item, leftPx, rightPx)) continue;
		if (!lastInRow.some(Boolean)) {
			// The mark itself (not a label flipped to its left) must end before the stretch, leaving a
			// readable label (minLabelPx, or the whole label if shorter).
			const cutPx = Math.min(rightPx, reserved ? reserved.from : rightPx);
			const readable = cutPx - leftPx >= Math.min(minLabelPx, rightPx - leftPx);
			if (reserved && item.xPx + markPx + gapPx <= reserved.from && readable) {
				const mark = { members: [item.index], xPx: item.xPx, leftPx, rightPx: cutPx, row: 0 };
				marks.push(mark);
				lastInRow[0] = mark;
			} else waiting.push(item);
			continue;
		}
		// No room in any row: merge into the nearest mark to the left, whose label is the one in the way
		// (never the pinned mark, unless it is the only one).
		const hosts = lastInRow.filter((m) => m && m.members[0] !== pinned);
		const host = (hosts.length ? hosts : lastInRow).reduce((a, b) => (b!.xPx > a!.xPx ? b : a))!;
		host.members.push(item.index);
		// A cluster keeps its label on the same side of its mark as the host's label was.
		let grownPx =
			host.leftPx < host.xPx
				? Math.max(host.rightPx, item.xPx + markPx, item.x2Px)
				: Math.max(host.xPx + clusterLabelPx, item.xPx + markPx, item.x2Px);
		// In row 0 a cluster stops short of the pinned stretch (its label is cut there instead).
		if (host.row === 0 && reserved && grownPx > reserved.from)
			grownPx = Math.max(host.rightPx, reserved.from);
		host.rightPx = grownPx;
	}
	return marks;
}

/**
 * Estimated width of a label in pixels at `fontPx`, without a DOM: CJK characters are about one em,
 * Latin ones about 0.56 em on average, plus `paddingPx` for the dot and padding.
 */
export function estimateLabelPx(text: string, fontPx = 13, paddingPx = 22): number {
	let ems = 0;
	for (const ch of text)
		ems += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.66 : 0.56;
	return Math.ceil(ems * fontPx + paddingPx);
}

/**
 * `text` cut with an ellipsis to fit `roomPx` at `fontPx` (by {@link estimateLabelPx}, so a name ends in
 * "…" rather than being clipped mid-letter); '' when not even a letter and the ellipsis fit.
 */
export function fitText(text: string, roomPx: number, fontPx = 12): string {
	if (estimateLabelPx(text, fontPx, 0) <= roomPx) return text;
	const chars = [...text];
	for (let n = chars.length - 1; n > 0; n--) {
		const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
		if (estimateLabelPx(cut, fontPx, 0) <= roomPx) return cut;
	}
	return '';
}

/**
 * Which side of its mark a label goes, and how wide it may be: to the right when it fits, else on the
 * side with more room (flipped to the left near the right edge), cut to that room (shown with an ellipsis).
 * `markPx` is the part of the label box the mark itself takes.
 */
export function placeLabel(
	xPx: number,
	labelPx: number,
	widthPx: number,
	markPx = 14
): { labelPx: number; leftPx: number } {
	const roomRight = widthPx - xPx;
	if (labelPx <= roomRight) return { labelPx, leftPx: xPx };
	const roomLeft = xPx + markPx;
	if (roomLeft <= roomRight) return { labelPx: Math.max(markPx, roomRight), leftPx: xPx };
	const width = Math.min(labelPx, roomLeft);
	return { labelPx: width, leftPx: xPx + markPx - width };
}

/** An item on the time axis, independent of the dataset's schema. */
export interface TimedItem {
	startMs: number;
	endMs: number;
	/** Lane index, or negative for items not laid out in lanes (periods). */
	lane: number;
	/** Label text, for its estimated width. */
	label: string;
}

/** A placed mark in a lane. `members` index the items array. */
export interface LaneMark extends PlacedMark {
	lane: number;
	/** How many events the mark stands for (more than `members.length` for an aggregate). */
	count: number;
	/** For an aggregate of a dense lane (no `members` listed): the span its events start in, UTC ms. */
	aggregate?: { firstMs: number; lastMs: number };
}

/**
 * Lays out the items visible in `[fromMs, toMs)` lane by lane with {@link assignRows}. `x` maps UTC ms
 * to pixels; marks are clamped into `[0, widthPx]` so an event that began off-screen keeps its label.
 * Labels that would run past the right edge flip to the left of their mark (`leftPx < xPx`).
 * `only` restricts the work to the given item indices (e.g. those a time index found visible).
 * The result is in reading order: by x, then lane (the order arrow keys follow).
 */
export function layoutMarks(
	items: readonly TimedItem[],
	x: (ms: number) => number,
	fromMs: number,
	toMs: number,
	widthPx: number,
	options: Partial<LayoutOptions> = {},
	only?: Iterable<number>,
	pinned?: number
): LaneMark[] {
	const byLane = new Map<number, LayoutItem[]>();
	for (const index of only ?? items.keys()) {
		const item = items[index];
		if (item.lane < 0 || item.endMs <= fromMs || item.startMs >= toMs) continue;
		const xPx = Math.min(widthPx, Math.max(0, x(item.startMs)));
		const x2Px = Math.min(widthPx, Math.max(xPx, x(item.endMs)));
		const { labelPx, leftPx } = placeLabel(xPx, estimateLabelPx(item.label), widthPx);
		const list = byLane.get(item.lane) ?? [];
		list.push({ index, xPx, x2Px, labelPx, leftPx });
		byLane.set(item.lane, list);
	}
	const marks: LaneMark[] = [];
	for (const [lane, laneItems] of byLane) {
		for (const mark of assignRows(laneItems, options, pinned)) {
			marks.push({ ...mark, lane, count: mark.members.length });
		}
	}
	return marks.sort((a, b) => a.xPx - b.xPx || a.lane - b.lane || a.row - b.row);
}
