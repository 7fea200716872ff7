import { describe, expect, it } from 'vitest';
import {
	buildTimeIndex,
	candidateRange,
	clusterByBucket,
	countByLane,
	densityByLane,
	visibleItems
} from './clusters';

/** Deterministic pseudo-random numbers (an LCG), so cases are reproducible. */
function lcg(seed: number) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function synthetic(n: number, seed = 7) {
	const rand = lcg(seed);
	return Array.from({ length: n }, () => {
		const startMs = Math.floor(rand() * 1000);
		return {
			startMs,
			endMs: startMs + 1 + Math.floor(rand() < 0.2 ? rand() * 200 : 0),
			lane: Math.floor(rand() * 4)
		};
	});
}

const naiveVisible = (items: ReturnType<typeof synthetic>, from: number, to: number) =>
	items
		.map((it, i) => [it, i] as const)
		.filter(([it]) => it.endMs > from && it.startMs < to)
		.map(([, i]) => i);

describe('buildTimeIndex / visibleItems', () => {
	it.each([
		[0, 0, 100],
		[1, 0, 100],
		[500, 100, 200],
		[500, -50, 5],
		[2000, 990, 2000],
		[2000, 400, 401]
	])('visibleItems of %i items in [%i, %i) equals a linear scan', (n, from, to) => {
		const items = synthetic(n);
		const index = buildTimeIndex(items);
		expect(visibleItems(index, from, to).sort((a, b) => a - b)).toEqual(
			naiveVisible(items, from, to)
		);
	});

	it('visibleItems finds a long event that began long before the window', () => {
		const items = [
			{ startMs: 0, endMs: 1000, lane: 0 },
			...Array.from({ length: 50 }, (_, i) => ({ startMs: 10 + i, endMs: 11 + i, lane: 1 }))
		];
		expect(visibleItems(buildTimeIndex(items), 900, 950)).toEqual([0]);
	});

	it('candidateRange skips items that ended before the window', () => {
		const items = Array.from({ length: 100 }, (_, i) => ({ startMs: i, endMs: i + 1, lane: 0 }));
		expect(candidateRange(buildTimeIndex(items), 50, 60)).toEqual([50, 60]);
	});
});

describe('countByLane / densityByLane / clusterByBucket', () => {
	const items = synthetic(3000);
	const index = buildTimeIndex(items);

	it('countByLane agrees with a linear scan', () => {
		const counts = countByLane(index, 200, 700, 4);
		for (let lane = 0; lane < 4; lane++) {
			expect(counts[lane]).toBe(
				naiveVisible(items, 200, 700).filter((i) => items[i].lane === lane).length
			);
		}
	});

	it('densityByLane counts every visible item exactly once', () => {
		const density = densityByLane(index, 200, 700, 500, 4, 4);
		expect(density.counts.reduce((a, b) => a + b, 0)).toBe(naiveVisible(items, 200, 700).length);
		expect(density.max).toBe(Math.max(...density.counts));
		expect(density.buckets).toBe(125);
	});

	it('clusterByBucket covers every visible item with at most one cluster per lane and bucket', () => {
		const clusters = clusterByBucket(index, 0, 1000, 960, 4, 96);
		expect(clusters.reduce((a, c) => a + c.count, 0)).toBe(naiveVisible(items, 0, 1000).length);
		const keys = clusters.map((c) => `${c.lane}:${c.xPx}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(clusters.length).toBeLessThanOrEqual(4 * 10);
		for (const c of clusters) expect(c.firstMs).toBeLessThanOrEqual(c.lastMs);
	});
});
