/**
 * The marks of one view, at any dataset size: lanes with few enough visible events get labelled marks
 * in as many rows as they need (layout.ts), sharing the timeline's height with the other lanes
 * (geometry.ts); denser lanes get one aggregate mark per screen bucket (clusters.ts) and a density strip
 * drawn on canvas. Work is proportional to what is visible, found by binary search.
 */
import { clusterByBucket, countByLane, visibleItems, type TimeIndex } from './clusters';
import { allocateRows, rowCapacity, type SizeMetrics } from './geometry';
import { estimateLabelPx, placeLabel } from './labels';
import {
	assignRows,
	DEFAULT_LAYOUT,
	MAX_ROWS,
	type LayoutItem,
	type LayoutOptions,
	type PlacedMark
} from './layout';

/** Above this many visible events a lane is aggregated instead of labelled. */
export const LABEL_LIMIT = 200;
/** Rows a lane may take when the timeline is as tall as its content (print, prerendered HTML). */
export const AUTO_MAX_ROWS = 6;
/** Rows a dense lane takes: its density strip and the row of aggregate marks. */
const DENSE_ROWS = 2;

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
	/** For an aggregate of a dense lane (no `members` listed): its events' first start and last end. */
	aggregate?: { firstMs: number; lastMs: number };
}

/** Marks of a view, which lanes are dense (drawn as density), and the rows each lane got. */
export interface ViewMarks {
	marks: LaneMark[];
	denseLanes: boolean[];
	rows: number[];
}

/** Options of {@link layoutView}. */
export interface ViewOptions extends Partial<LayoutOptions> {
	/** Lanes that hold any event of the dataset on screen; others collapse. Default: all. */
	shown?: readonly boolean[];
	size: SizeMetrics;
	/** Height to fill (lanes and axis). Without it each lane takes what it needs, up to AUTO_MAX_ROWS. */
	heightPx?: number;
	/** Label width of item `i` (mark included); default estimated from its text at the size's font. */
	labelWidth?: (index: number) => number;
	labelLimit?: number;
	/** Width of an aggregate mark (room for "12,345 events"). */
	bucketPx?: number;
	/** An item index (the selected event) that keeps a mark of its own. */
	pinned?: number;
}

/**
 * Lays out `[fromMs, toMs)`: labelled marks for sparse lanes, bucket aggregates for dense ones, in
 * reading order (by x, then lane, then row). `x` maps UTC ms to pixels over `[0, widthPx]`.
 */
export function layoutView(
	index: TimeIndex,
	items: readonly TimedItem[],
	x: (ms: number) => number,
	fromMs: number,
	toMs: number,
	widthPx: number,
	laneCount: number,
	options: ViewOptions
): ViewMarks {
	const { size, pinned } = options;
	const layout = { ...DEFAULT_LAYOUT, widthPx, ...options } as LayoutOptions;
	const labelWidth =
		options.labelWidth ?? ((i: number) => estimateLabelPx(items[i].label, size.fontPx));
	const shown = options.shown ?? Array.from({ length: laneCount }, () => true);
	const counts = countByLane(index, fromMs, toMs, laneCount);
	const denseLanes = Array.from(counts, (c) => c > (options.labelLimit ?? LABEL_LIMIT));

	// Each sparse lane's visible events as layout items, and what they need with unlimited rows.
	const byLane: LayoutItem[][] = Array.from({ length: laneCount }, () => []);
	if (denseLanes.some((d) => !d)) {
		for (const i of visibleItems(index, fromMs, toMs)) {
			const item = items[i];
			if (item.lane < 0 || item.lane >= laneCount || denseLanes[item.lane]) continue;
			const xPx = Math.min(widthPx, Math.max(0, x(item.startMs)));
			const x2Px = Math.min(widthPx, Math.max(xPx, x(item.endMs)));
			const { labelPx, leftPx } = placeLabel(xPx, labelWidth(i), widthPx, layout.markPx);
			byLane[item.lane].push({ index: i, xPx, x2Px, labelPx, leftPx });
		}
	}
	const shownCount = byLane.filter((l, i) => l.length || denseLanes[i] || shown[i]).length;
	// No lane can get more rows than the height leaves when every other shown lane has one: measuring
	// what a lane needs stops a row beyond that.
	const mostRows =
		options.heightPx === undefined
			? AUTO_MAX_ROWS
			: rowCapacity(options.heightPx, shownCount, size) - shownCount + 1;
	const measureRows = Math.min(MAX_ROWS, mostRows + 1);
	const full = byLane.map((laneItems) =>
		laneItems.length ? assignRows(laneItems, { ...layout, maxRows: measureRows }, pinned) : []
	);
	const needed = full.map((marks, lane) =>
		denseLanes[lane] ? DENSE_ROWS : marks.reduce((n, m) => Math.max(n, m.row + 1), 0)
	);
	// As tall as its content, a lane takes what it needs up to AUTO_MAX_ROWS; filling a height, lanes
	// share what it holds, the selected event's lane first getting a second row.
	const wanted =
		options.heightPx === undefined ? needed.map((n) => Math.min(AUTO_MAX_ROWS, n)) : needed;
	const capacity =
		options.heightPx === undefined
			? wanted.reduce((sum, n) => sum + Math.max(1, n), 0)
			: rowCapacity(options.heightPx, shownCount, size);
	const pinnedLane = pinned !== undefined && pinned >= 0 ? (items[pinned]?.lane ?? -1) : -1;
	const rows = allocateRows(wanted, shown, capacity, pinnedLane);

	const marks: LaneMark[] = [];
	byLane.forEach((laneItems, lane) => {
		const placed =
			rows[lane] >= needed[lane]
				? full[lane]
				: assignRows(laneItems, { ...layout, maxRows: rows[lane] }, pinned);
		for (const m of placed) marks.push({ ...m, lane, count: m.members.length });
	});
	if (denseLanes.some(Boolean)) {
		const bucketPx = options.bucketPx ?? 110;
		for (const c of clusterByBucket(index, fromMs, toMs, widthPx, laneCount, bucketPx)) {
			if (!denseLanes[c.lane]) continue;
			const xPx = Math.min(widthPx, Math.max(0, x(c.firstMs)));
			marks.push({
				members: [],
				count: c.count,
				lane: c.lane,
				row: 0,
				xPx,
				x2Px: Math.min(widthPx, Math.max(xPx, x(c.maxEndMs))),
				leftPx: c.xPx,
				rightPx: c.xPx + bucketPx - layout.gapPx,
				labelLeftPx: c.xPx,
				labelRightPx: c.xPx + bucketPx - layout.gapPx,
				aggregate: { firstMs: c.firstMs, lastMs: c.maxEndMs }
			});
		}
	}
	marks.sort((a, b) => a.xPx - b.xPx || a.lane - b.lane || a.row - b.row);
	return { marks, denseLanes, rows };
}
