/**
 * The marks of one view, at any dataset size: lanes with few enough visible events get labelled marks
 * (layout.ts: rows, clusters); denser lanes get one aggregate mark per screen bucket (clusters.ts) and a
 * density strip drawn on canvas. Work is proportional to what is visible, found by binary search.
 */
import { clusterByBucket, countByLane, visibleItems, type TimeIndex } from './clusters';
import { layoutMarks, type LaneMark, type LayoutOptions, type TimedItem } from './layout';

/** Above this many visible events a lane is aggregated instead of labelled. */
export const LABEL_LIMIT = 200;

/** Marks for `[fromMs, toMs)` and which lanes are dense (drawn as density). */
export interface ViewMarks {
	marks: LaneMark[];
	denseLanes: boolean[];
}

/**
 * Lays out the view: labelled marks for sparse lanes, bucket aggregates for dense ones, in reading
 * order (by x, then lane). `bucketPx` is the aggregate width (room for "12,345 events"); `pinned`
 * (an item index, the selected event) keeps a mark of its own in a sparse lane.
 */
export function layoutView(
	index: TimeIndex,
	items: readonly TimedItem[],
	x: (ms: number) => number,
	fromMs: number,
	toMs: number,
	widthPx: number,
	laneCount: number,
	options: Partial<LayoutOptions> & { labelLimit?: number; bucketPx?: number; pinned?: number } = {}
): ViewMarks {
	const limit = options.labelLimit ?? LABEL_LIMIT;
	const counts = countByLane(index, fromMs, toMs, laneCount);
	const denseLanes = Array.from(counts, (c) => c > limit);
	const sparse = denseLanes.some((d) => !d)
		? visibleItems(index, fromMs, toMs).filter(
				(i) => items[i].lane >= 0 && !denseLanes[items[i].lane]
			)
		: [];
	const marks = layoutMarks(items, x, fromMs, toMs, widthPx, options, sparse, options.pinned);
	if (denseLanes.some(Boolean)) {
		const bucketPx = options.bucketPx ?? 110;
		for (const c of clusterByBucket(index, fromMs, toMs, widthPx, laneCount, bucketPx)) {
			if (!denseLanes[c.lane]) continue;
			marks.push({
				members: [],
				count: c.count,
				lane: c.lane,
				row: 0,
				xPx: c.xPx + 7,
				leftPx: c.xPx,
				rightPx: c.xPx + bucketPx - 8,
				aggregate: { firstMs: c.firstMs, lastMs: c.lastMs }
			});
		}
		marks.sort((a, b) => a.xPx - b.xPx || a.lane - b.lane || a.row - b.row);
	}
	return { marks, denseLanes };
}
