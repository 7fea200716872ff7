/**
 * Row layout of one lane: every event gets a mark of its own in the first row with room for its whole
 * label; when rows run out, labels are cut (to no less than a readable width); only when even that
 * fails does an event join a neighbouring mark as a cluster, and a cluster covers the time its members
 * cover. Pure; positions are pixels on the zoomed scale.
 */

/** One event to place, in pixels. */
export interface LayoutItem {
	/** Caller's index (e.g. into the events array); returned in `members`. */
	index: number;
	/** Where the mark starts (its event's start, clamped to the view). */
	xPx: number;
	/** Where the event ends (its bar's end; equals `xPx` for a point). */
	x2Px: number;
	/** Width of its label, mark included. */
	labelPx: number;
	/** Left edge of the label when it is not `xPx` (a label flipped to the left of its mark). */
	leftPx?: number;
}

/** A placed mark: one event, or a cluster of several. */
export interface PlacedMark {
	members: number[];
	/** Drawn extent: the earliest start of its members (clamped to the view). */
	xPx: number;
	/** Drawn extent: the latest end of its members (clamped to the view), at least `xPx`. */
	x2Px: number;
	/** Left edge of everything the mark occupies in its row (label and extent). */
	leftPx: number;
	/** Right edge of everything the mark occupies in its row. */
	rightPx: number;
	/** Where its label (the focusable button) is drawn: `[labelLeftPx, labelRightPx]`. */
	labelLeftPx: number;
	labelRightPx: number;
	row: number;
}

/** Layout options. */
export interface LayoutOptions {
	/** Rows available in the lane (at least one is used). */
	maxRows: number;
	/** Least space between two marks of a row. */
	gapPx: number;
	/** Width of a cluster's label ("12 events"). */
	clusterLabelPx: number;
	/** Width of a bare mark (its dot), the least a label box occupies beside its event. */
	markPx: number;
	/** The least a label is cut to (a shorter label is never cut). */
	minLabelPx: number;
	/** Width of the view: a cluster label near its right edge is drawn to the left. */
	widthPx: number;
}

/** Defaults: two rows, 8 px between marks, "99 events" ≈ 72 px, labels cut to no less than 96 px. */
export const DEFAULT_LAYOUT: LayoutOptions = {
	maxRows: 2,
	gapPx: 8,
	clusterLabelPx: 72,
	markPx: 14,
	minLabelPx: 96,
	widthPx: Infinity
};

/** Most rows a lane is ever given; also the bound when measuring how many rows a lane needs. */
export const MAX_ROWS = 48;

interface Mark {
	members: number[];
	xPx: number;
	x2Px: number;
	left: number;
	right: number;
	/** The least `right` may be cut to, and the most `left` may move to (labels cut, never extents). */
	minRight: number;
	maxLeft: number;
	labelLeft: number;
	labelRight: number;
	row: number;
	cluster: boolean;
	pinned: boolean;
}

/** The box an item occupies with its whole label, and how far its label may be cut. */
function markOf(item: LayoutItem, o: LayoutOptions, row: number, pinned = false): Mark {
	// The selected event's name is also in its detail panel: its label may give way down to the dot.
	const keep = Math.min(item.labelPx, pinned ? o.markPx : o.minLabelPx);
	const flipped = item.leftPx !== undefined && item.leftPx < item.xPx;
	// One literal (no spreads): this runs for every visible event on every frame of a zoom.
	const labelLeft = flipped ? item.leftPx! : item.xPx;
	const labelRight = flipped ? item.xPx + o.markPx : item.xPx + item.labelPx;
	const right = Math.max(labelRight, item.x2Px);
	return {
		members: [item.index],
		xPx: item.xPx,
		x2Px: item.x2Px,
		left: labelLeft,
		right,
		minRight: flipped ? right : Math.max(item.x2Px, item.xPx + keep),
		maxLeft: flipped ? Math.max(labelLeft, labelRight - keep) : item.xPx,
		labelLeft,
		labelRight,
		row,
		cluster: false,
		pinned
	};
}

/** Cuts `mark`'s box to `[left, right]` (within its limits); its label follows. */
function cut(mark: Mark, left: number, right: number): void {
	mark.left = Math.max(mark.left, left);
	mark.right = Math.min(mark.right, right);
	mark.labelLeft = Math.max(mark.labelLeft, mark.left);
	mark.labelRight = Math.min(mark.labelRight, mark.right);
}

/** Where the label of a cluster starting at `xPx` goes: at its start, or ending at the view's edge. */
function clusterLabel(host: Mark, xPx: number, o: LayoutOptions): [number, number] {
	const left = Math.max(host.left, Math.min(xPx, o.widthPx - o.clusterLabelPx));
	return [left, Math.max(left + o.markPx, Math.min(left + o.clusterLabelPx, o.widthPx))];
}

/** How far right `host` would reach with `item` added (see {@link merge}); allocates nothing. */
function mergedRight(host: Mark, item: LayoutItem, o: LayoutOptions): number {
	const xPx = Math.min(host.xPx, item.xPx);
	return Math.max(clusterLabel(host, xPx, o)[1], host.x2Px, item.x2Px, xPx);
}

/**
 * Adds `item` to `host`, which becomes (or stays) a cluster drawn over its members' whole extent, its
 * "N events" label at the extent's start (or ending at the view's right edge when there is no room),
 * never reaching left of where the host began. In place: marks are the layout's own until returned.
 */
function merge(host: Mark, item: LayoutItem, o: LayoutOptions): void {
	const xPx = Math.min(host.xPx, item.xPx);
	const x2Px = Math.max(host.x2Px, item.x2Px, xPx);
	const [labelLeft, labelRight] = clusterLabel(host, xPx, o);
	host.members.push(item.index);
	host.left = Math.min(labelLeft, Math.max(host.left, xPx));
	host.xPx = xPx;
	host.x2Px = x2Px;
	host.right = host.minRight = Math.max(labelRight, x2Px);
	host.maxLeft = -Infinity;
	host.labelLeft = labelLeft;
	host.labelRight = labelRight;
	host.cluster = true;
}

/**
 * Places `items` (any order; sorted here by `xPx`, ties by `index`, so the result is stable) in at most
 * `maxRows` rows, in three steps:
 * 1. the first row whose last mark ends `gapPx` before the item's label begins;
 * 2. else a row where cutting the labels on either side (to no less than `minLabelPx` each) makes room;
 * 3. else the item joins the last mark of the row nearest to it in time, which becomes a cluster over
 *    its members' whole extent.
 * Two marks of a row never overlap. The `pinned` item (the selected event) keeps its own mark in row 0:
 * the stretch of row 0 its mark and shortest label need is reserved before the sweep reaches it, and
 * it never joins or hosts a cluster — unless a single row leaves an item nowhere else, in which case
 * that item joins it.
 */
export function assignRows(
	items: readonly LayoutItem[],
	options: Partial<LayoutOptions> = {},
	pinned?: number
): PlacedMark[] {
	const o = { ...DEFAULT_LAYOUT, ...options };
	const gap = o.gapPx;
	const rows: Mark[][] = Array.from(
		{ length: Math.max(1, Math.min(MAX_ROWS, o.maxRows)) },
		() => []
	);
	const sorted = [...items].sort((a, b) => a.xPx - b.xPx || a.index - b.index);
	const pin = items.find((item) => item.index === pinned);
	let reserved = pin ? markOf(pin, o, 0, true) : null;
	let waiting: LayoutItem[] = [];
	// In row 0 nothing may reach into the pinned stretch before the pinned mark is placed: the stretch
	// its label needs at least (a label flipped to its left may be cut, as any other).
	const limit = (row: number) => (row === 0 && reserved ? reserved.maxLeft - gap : Infinity);

	for (const item of sorted) {
		if (item === pin) {
			const mark = reserved!;
			reserved = null;
			cut(mark, (rows[0].at(-1)?.right ?? -Infinity) + gap, Infinity);
			for (const w of waiting) merge(mark, w, o);
			waiting = [];
			rows[0].push(mark);
			continue;
		}
		const mark = markOf(item, o, 0);
		// 1. A row with room for the whole label.
		const free = rows.findIndex(
			(marks, r) => (marks.at(-1)?.right ?? -Infinity) + gap <= mark.left && mark.right <= limit(r)
		);
		if (free >= 0) {
			mark.row = free;
			rows[free].push(mark);
			continue;
		}
		// 2. The row where cutting labels leaves the most room.
		let best = -1;
		let bestRoom = -Infinity;
		rows.forEach((marks, r) => {
			const least = (marks.at(-1)?.minRight ?? -Infinity) + gap;
			if (least > mark.maxLeft || mark.minRight > limit(r)) return;
			const room = Math.min(mark.maxLeft, limit(r)) - least;
			if (room > bestRoom) [best, bestRoom] = [r, room];
		});
		if (best >= 0) {
			const last = rows[best].at(-1);
			if (last && last.right + gap > mark.left) {
				// Share the overlap: the boundary goes halfway, within what each label may lose.
				const least = last.minRight + gap;
				const boundary = Math.min(
					mark.maxLeft,
					Math.max(least, (last.right + gap + mark.left) / 2)
				);
				cut(last, -Infinity, boundary - gap);
				cut(mark, boundary, Infinity);
			}
			cut(mark, -Infinity, limit(best));
			mark.row = best;
			rows[best].push(mark);
			continue;
		}
		// 3. A cluster with the nearest mark (in time) that can grow without reaching the pinned stretch.
		let host = -1;
		rows.forEach((marks, r) => {
			const last = marks.at(-1);
			if (!last || last.pinned) return;
			if (mergedRight(last, item, o) > limit(r)) return;
			if (host < 0 || last.xPx > rows[host].at(-1)!.xPx) host = r;
		});
		if (host >= 0) merge(rows[host].at(-1)!, item, o);
		else if (reserved) waiting.push(item);
		else {
			// Only the pinned mark is left to join (one row, nothing else placed near it).
			merge(rows.find((marks) => marks.at(-1)?.pinned)!.at(-1)!, item, o);
		}
	}
	return rows.flat().map((m) => ({
		members: m.members,
		xPx: m.xPx,
		x2Px: m.x2Px,
		leftPx: m.left,
		rightPx: m.right,
		labelLeftPx: m.labelLeft,
		labelRightPx: m.labelRight,
		row: m.row
	}));
}

/** How many rows `items` need for every label to be whole and every event its own mark. */
export function rowsNeeded(
	items: readonly LayoutItem[],
	options: Partial<LayoutOptions> = {},
	pinned?: number
): number {
	let rows = 0;
	for (const m of assignRows(items, { ...options, maxRows: MAX_ROWS }, pinned))
		rows = Math.max(rows, m.row + 1);
	return rows;
}
