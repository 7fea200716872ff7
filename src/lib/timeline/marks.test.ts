import { describe, expect, it } from 'vitest';
import { buildTimeIndex } from './clusters';
import { layoutView } from './marks';

function items(n: number, lane: number, spread = 1000) {
	return Array.from({ length: n }, (_, i) => ({
		startMs: (i * spread) / n,
		endMs: (i * spread) / n + 1,
		lane,
		label: `Event ${i}`
	}));
}

describe('layoutView', () => {
	const x = (ms: number) => ms; // 1 px per ms

	it('layoutView labels a sparse lane and aggregates a dense one', () => {
		const data = [...items(20, 0), ...items(5000, 1)];
		const { marks, denseLanes } = layoutView(buildTimeIndex(data), data, x, 0, 1000, 1000, 4, {
			labelLimit: 200
		});
		expect(denseLanes).toEqual([false, true, false, false]);
		const lane1 = marks.filter((m) => m.lane === 1);
		expect(lane1.every((m) => m.aggregate && m.members.length === 0)).toBe(true);
		expect(lane1.reduce((a, m) => a + m.count, 0)).toBe(5000);
		expect(lane1.length).toBeLessThanOrEqual(Math.ceil(1000 / 110));
		const lane0 = marks.filter((m) => m.lane === 0);
		expect(lane0.flatMap((m) => m.members).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 20 }, (_, i) => i)
		);
	});

	it('layoutView returns marks in reading order (x, then lane)', () => {
		const data = [...items(30, 0), ...items(30, 2), ...items(3000, 3)];
		const { marks } = layoutView(buildTimeIndex(data), data, x, 0, 1000, 1000, 4);
		for (let i = 1; i < marks.length; i++) {
			const [a, b] = [marks[i - 1], marks[i]];
			expect(a.xPx < b.xPx || (a.xPx === b.xPx && a.lane <= b.lane)).toBe(true);
		}
	});

	it('layoutView of an empty dataset is empty', () => {
		expect(layoutView(buildTimeIndex([]), [], x, 0, 1000, 1000, 4)).toEqual({
			marks: [],
			denseLanes: [false, false, false, false]
		});
	});
});
