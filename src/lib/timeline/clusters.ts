/**
 * Time index and aggregation for large datasets. Events are held as sorted typed arrays (no object per
 * event in the hot path): a view finds what it shows by binary search, and when a lane holds more events
 * than can be labelled, they are bucketed by screen column into counts (density) and cluster marks.
 */
import { bisector } from 'd3-array';

/** Sorted columns of a dataset: start order, with a running maximum of ends for overlap queries. */
export interface TimeIndex {
	/** Item indices in start order. */
	order: Uint32Array;
	/** Starts (UTC ms) in start order. */
	startMs: Float64Array;
	/** Ends (UTC ms, exclusive) in start order. */
	endMs: Float64Array;
	/** Lanes in start order. */
	lane: Int16Array;
	/** maxEndMs[i] = max(endMs[0..i]): lets a query skip everything that ended before the window. */
	maxEndMs: Float64Array;
}

/** Builds the index in O(n log n). `items` may be in any order. */
export function buildTimeIndex(
	items: readonly { startMs: number; endMs: number; lane: number }[]
): TimeIndex {
	const n = items.length;
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort(
		(a, b) => items[a].startMs - items[b].startMs || items[a].endMs - items[b].endMs || a - b
	);
	const startMs = new Float64Array(n);
	const endMs = new Float64Array(n);
	const lane = new Int16Array(n);
	const maxEndMs = new Float64Array(n);
	let running = -Infinity;
	for (let i = 0; i < n; i++) {
		const item = items[order[i]];
		startMs[i] = item.startMs;
		endMs[i] = item.endMs;
		lane[i] = item.lane;
		running = Math.max(running, item.endMs);
		maxEndMs[i] = running;
	}
	return { order, startMs, endMs, lane, maxEndMs };
}

const bisectValue = bisector((d: number) => d).left;

/**
 * The positions `[lo, hi)` (in start order) that can overlap `[fromMs, toMs)`: `lo` is the first whose
 * running maximum end is after `fromMs`, `hi` the first that starts at or after `toMs`. Positions in
 * between still need `endMs > fromMs` checked. O(log n).
 */
export function candidateRange(index: TimeIndex, fromMs: number, toMs: number): [number, number] {
	const lo = bisectValue(index.maxEndMs as unknown as number[], fromMs + 1e-9);
	const hi = bisectValue(index.startMs as unknown as number[], toMs);
	return [Math.min(lo, hi), hi];
}

/** Item indices overlapping `[fromMs, toMs)`, in start order. */
export function visibleItems(index: TimeIndex, fromMs: number, toMs: number): number[] {
	const [lo, hi] = candidateRange(index, fromMs, toMs);
	const out: number[] = [];
	for (let i = lo; i < hi; i++) if (index.endMs[i] > fromMs) out.push(index.order[i]);
	return out;
}

/** How many visible items each lane holds, counted without building lists. */
export function countByLane(
	index: TimeIndex,
	fromMs: number,
	toMs: number,
	laneCount: number
): Uint32Array {
	const counts = new Uint32Array(laneCount);
	const [lo, hi] = candidateRange(index, fromMs, toMs);
	for (let i = lo; i < hi; i++) {
		const l = index.lane[i];
		if (index.endMs[i] > fromMs && l >= 0 && l < laneCount) counts[l]++;
	}
	return counts;
}

/**
 * Calls `visit(lane, bucket, position)` for each item visible in `[fromMs, toMs)` whose lane is in
 * `[0, laneCount)`, with the screen bucket (`bucketPx` wide over `widthPx`) of its start; items that
 * began before the window fall in bucket 0.
 */
function forEachBucket(
	index: TimeIndex,
	fromMs: number,
	toMs: number,
	widthPx: number,
	laneCount: number,
	bucketPx: number,
	visit: (lane: number, bucket: number, position: number) => void
): void {
	const buckets = Math.max(1, Math.ceil(widthPx / bucketPx));
	const msPerBucket = ((toMs - fromMs) / Math.max(1, widthPx)) * bucketPx;
	const [lo, hi] = candidateRange(index, fromMs, toMs);
	for (let i = lo; i < hi; i++) {
		const lane = index.lane[i];
		if (index.endMs[i] <= fromMs || lane < 0 || lane >= laneCount) continue;
		visit(
			lane,
			Math.min(buckets - 1, Math.max(0, Math.floor((index.startMs[i] - fromMs) / msPerBucket))),
			i
		);
	}
}

/** Per-lane counts by screen bucket, and the first item of each non-empty bucket. */
export interface Density {
	bucketPx: number;
	buckets: number;
	/** counts[lane * buckets + b] */
	counts: Uint32Array;
	/** Largest count in any bucket (for shading). */
	max: number;
}

/**
 * Buckets the items visible in `[fromMs, toMs)` by the screen column of their start (`bucketPx` wide,
 * over `widthPx`), per lane. Items that began before the window count in the first bucket. O(visible).
 */
export function densityByLane(
	index: TimeIndex,
	fromMs: number,
	toMs: number,
	widthPx: number,
	laneCount: number,
	bucketPx = 4
): Density {
	const buckets = Math.max(1, Math.ceil(widthPx / bucketPx));
	const counts = new Uint32Array(laneCount * buckets);
	let max = 0;
	forEachBucket(index, fromMs, toMs, widthPx, laneCount, bucketPx, (lane, b) => {
		const k = lane * buckets + b;
		if (++counts[k] > max) max = counts[k];
	});
	return { bucketPx, buckets, counts, max };
}

/** A cluster of one lane's items within a time bucket. */
export interface BucketCluster {
	lane: number;
	/** Left edge of the bucket in pixels. */
	xPx: number;
	count: number;
	/** Earliest and latest start of its items, UTC ms. */
	firstMs: number;
	lastMs: number;
	/** Latest end of its items (exclusive), UTC ms: with `firstMs`, the time the bucket's events cover. */
	maxEndMs: number;
}

/**
 * Groups each lane's visible items into buckets `bucketPx` wide (default: room for a "1,234 events"
 * label), so a dense view shows at most `widthPx / bucketPx` focusable marks per lane. O(visible).
 */
export function clusterByBucket(
	index: TimeIndex,
	fromMs: number,
	toMs: number,
	widthPx: number,
	laneCount: number,
	bucketPx = 96
): BucketCluster[] {
	const byKey = new Map<number, BucketCluster>();
	const buckets = Math.max(1, Math.ceil(widthPx / bucketPx));
	forEachBucket(index, fromMs, toMs, widthPx, laneCount, bucketPx, (lane, b, i) => {
		const key = lane * buckets + b;
		const c = byKey.get(key);
		const startMs = index.startMs[i];
		const endMs = index.endMs[i];
		if (c) {
			c.count++;
			c.lastMs = Math.max(c.lastMs, startMs);
			c.maxEndMs = Math.max(c.maxEndMs, endMs);
		} else
			byKey.set(key, {
				lane,
				xPx: b * bucketPx,
				count: 1,
				firstMs: startMs,
				lastMs: startMs,
				maxEndMs: endMs
			});
	});
	return [...byKey.values()].sort((a, b) => a.xPx - b.xPx || a.lane - b.lane);
}
