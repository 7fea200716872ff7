import { describe, expect, it } from 'vitest';
import { allocateRows, rowCapacity, SIZES, timelineGeometry } from './geometry';

describe('allocateRows', () => {
	it.each([
		// needed, shown, capacity → rows
		[[2, 3, 0, 1], [true, true, true, true], 20, [2, 3, 1, 1]],
		[[0, 0, 0, 0], [true, false, true, false], 20, [1, 0, 1, 0]],
		[[6, 1, 0, 0], [true, true, true, true], 6, [3, 1, 1, 1]],
		[[6, 4, 0, 0], [true, true, false, false], 6, [3, 3, 0, 0]],
		[[5, 5, 5, 5], [true, true, true, true], 3, [1, 1, 1, 1]],
		// Shares, not counts: a lane missing 3 of 4 rows goes before one missing 4 of 9.
		[[9, 4, 0, 0], [true, true, false, false], 5, [3, 2, 0, 0]]
	])('allocateRows(%j, shown %j, %i) is %j', (needed, shown, capacity, rows) => {
		expect(allocateRows(needed, shown, capacity)).toEqual(rows);
	});

	it('allocateRows gives the selected event’s lane its second row first', () => {
		expect(allocateRows([9, 4, 1, 1], [true, true, true, true], 5, 1)).toEqual([1, 2, 1, 1]);
		expect(allocateRows([9, 1, 1, 1], [true, true, true, true], 5, 1)).toEqual([2, 1, 1, 1]);
	});

	it('allocateRows never gives more than the capacity once each shown lane has a row', () => {
		for (let capacity = 4; capacity < 30; capacity++) {
			const rows = allocateRows([9, 2, 7, 1], [true, true, true, true], capacity);
			expect(rows.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(Math.max(capacity, 4));
			rows.forEach((r, i) => expect(r).toBeLessThanOrEqual(Math.max(1, [9, 2, 7, 1][i])));
		}
	});
});

describe('timelineGeometry', () => {
	const size = SIZES.regular;

	it('timelineGeometry stacks shown lanes under the period row and collapses the others', () => {
		const g = timelineGeometry([2, 0, 1, 3], size);
		expect(g.laneTop(0)).toBe(size.periodRowPx);
		expect(g.laneHeight(1)).toBe(0);
		expect(g.laneTop(2)).toBe(g.laneTop(0) + g.laneHeight(0));
		expect(g.rowTop(3, 2)).toBe(g.laneTop(3) + size.headerPx + 2 * size.rowPx);
		expect(g.heightPx).toBe(size.periodRowPx + 3 * size.headerPx + 6 * size.rowPx + size.axisPx);
	});

	it('timelineGeometry fills a given height, sharing the spare room among shown lanes', () => {
		const g = timelineGeometry([1, 0, 1, 1], size, 600);
		expect(g.heightPx).toBeCloseTo(600, 6);
		expect(g.laneHeight(0)).toBeCloseTo(g.laneHeight(2), 6);
		expect(g.laneHeight(1)).toBe(0);
	});

	it('rowCapacity counts the rows a height holds, at least one per lane', () => {
		expect(rowCapacity(600, 4, size)).toBe(
			Math.floor((600 - size.periodRowPx - size.axisPx - 4 * size.headerPx) / size.rowPx)
		);
		expect(rowCapacity(50, 4, size)).toBe(4);
	});
});
