import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assignRows,
	DEFAULT_LAYOUT,
	MAX_ROWS,
	rowsNeeded,
	type LayoutItem,
	type PlacedMark
} from './layout';

/** A tiny deterministic RNG (Numerical Recipes LCG) returning floats in [0, 1). */
function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(1664525, state) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

/** Asserts that in every row each mark ends `gapPx` before the next begins, labels inside their box. */
export function expectNoOverlap(
	marks: readonly (PlacedMark & { lane?: number })[],
	gapPx = DEFAULT_LAYOUT.gapPx
) {
	const rows = new Map<string, PlacedMark[]>();
	for (const m of marks) {
		const key = `${m.lane ?? 0}/${m.row}`;
		rows.set(key, [...(rows.get(key) ?? []), m]);
		expect(m.labelLeftPx).toBeGreaterThanOrEqual(m.leftPx - 1e-9);
		expect(m.labelRightPx).toBeLessThanOrEqual(m.rightPx + 1e-9);
	}
	for (const row of rows.values()) {
		const sorted = [...row].sort((a, b) => a.leftPx - b.leftPx);
		for (let i = 1; i < sorted.length; i++) {
			expect(sorted[i - 1].rightPx + gapPx).toBeLessThanOrEqual(sorted[i].leftPx + 1e-9);
		}
	}
}

function expectEachIndexOnce(marks: readonly PlacedMark[], indices: readonly number[]) {
	const members = marks.flatMap((m) => m.members);
	expect([...members].sort((a, b) => a - b)).toEqual([...indices].sort((a, b) => a - b));
}

/** Asserts that every mark's drawn extent covers each member's own extent. */
function expectExtentsCover(marks: readonly PlacedMark[], items: readonly LayoutItem[]) {
	const byIndex = new Map(items.map((i) => [i.index, i]));
	for (const m of marks) {
		for (const i of m.members) {
			expect(m.xPx).toBeLessThanOrEqual(byIndex.get(i)!.xPx);
			expect(m.x2Px).toBeGreaterThanOrEqual(byIndex.get(i)!.x2Px);
		}
	}
}

function randomItems(random: () => number, n: number, spreadPx: number): LayoutItem[] {
	return Array.from({ length: n }, (_, index) => {
		const xPx = random() * spreadPx;
		const x2Px = random() < 0.7 ? xPx : xPx + random() * spreadPx * 0.2;
		return { index, xPx, x2Px, labelPx: 30 + Math.floor(random() * 120) };
	});
}

const point = (index: number, xPx: number, labelPx = 100): LayoutItem => ({
	index,
	xPx,
	x2Px: xPx,
	labelPx
});

describe('assignRows', () => {
	it('assignRows places nothing for no items', () => {
		expect(assignRows([])).toEqual([]);
		expect(rowsNeeded([])).toBe(0);
	});

	it('assignRows gives one item its own mark in the first row', () => {
		expect(assignRows([point(5, 100, 60)])).toEqual([
			{
				members: [5],
				xPx: 100,
				x2Px: 100,
				leftPx: 100,
				rightPx: 160,
				labelLeftPx: 100,
				labelRightPx: 160,
				row: 0
			}
		]);
	});

	it('assignRows extends a mark to the end of its bar when the bar outruns the label', () => {
		const [mark] = assignRows([{ index: 0, xPx: 100, x2Px: 400, labelPx: 60 }]);
		expect(mark.rightPx).toBe(400);
		expect(mark.labelRightPx).toBe(160);
	});

	it('assignRows stacks events of the same moment in rows of their own', () => {
		const marks = assignRows([point(0, 50), point(1, 50), point(2, 50)], { maxRows: 3 });
		expect(marks.map((m) => [m.members, m.row])).toEqual([
			[[0], 0],
			[[1], 1],
			[[2], 2]
		]);
		expect(rowsNeeded([point(0, 50), point(1, 50), point(2, 50)])).toBe(3);
	});

	it('assignRows stacks an event nested in a longer one under it rather than clustering', () => {
		const long = { index: 0, xPx: 0, x2Px: 600, labelPx: 120 };
		const marks = assignRows([long, point(1, 200), point(2, 400)], { maxRows: 2 });
		expect(marks.every((m) => m.members.length === 1)).toBe(true);
		expect(marks.find((m) => m.members[0] === 0)!.row).toBe(0);
		expect(marks.filter((m) => m.row === 1).map((m) => m.members[0])).toEqual([1, 2]);
	});

	it('assignRows cuts labels before it clusters, never below minLabelPx', () => {
		// Two long labels 150 px apart in one row: both keep a mark, the first label cut at the second.
		const marks = assignRows([point(0, 0, 300), point(1, 150, 300)], { maxRows: 1 });
		expect(marks).toHaveLength(2);
		expect(marks[0].rightPx).toBe(150 - DEFAULT_LAYOUT.gapPx);
		expect(marks[0].labelRightPx).toBe(142);
		// 60 px apart: a label would be cut below 96 px, so they cluster.
		const close = assignRows([point(0, 0, 300), point(1, 60, 300)], { maxRows: 1 });
		expect(close).toHaveLength(1);
		expect(close[0].members).toEqual([0, 1]);
	});

	it('assignRows draws a cluster over its members’ whole extent, its label at the start', () => {
		const items = [
			{ index: 0, xPx: 100, x2Px: 100, labelPx: 200 },
			{ index: 1, xPx: 110, x2Px: 500, labelPx: 200 }
		];
		const [cluster] = assignRows(items, { maxRows: 1 });
		expect(cluster).toMatchObject({ members: [0, 1], xPx: 100, x2Px: 500, leftPx: 100 });
		expect(cluster.rightPx).toBe(500);
		expect(cluster.labelLeftPx).toBe(100);
		expect(cluster.labelRightPx).toBe(100 + DEFAULT_LAYOUT.clusterLabelPx);
	});

	it('assignRows ends a cluster’s label at the view’s right edge when there is no room after it', () => {
		const items = [
			{ index: 0, xPx: 960, x2Px: 960, labelPx: 100, leftPx: 874 },
			{ index: 1, xPx: 965, x2Px: 965, labelPx: 100, leftPx: 879 }
		];
		const [cluster] = assignRows(items, { maxRows: 1, widthPx: 1000 });
		expect(cluster.members).toEqual([0, 1]);
		expect(cluster.labelRightPx).toBeLessThanOrEqual(1000);
		expect(cluster.labelLeftPx).toBeGreaterThanOrEqual(874);
	});

	it('assignRows uses at most maxRows rows, and one row when asked for none', () => {
		const items = randomItems(lcg(3), 60, 300);
		for (const maxRows of [1, 2, 3, 5]) {
			const marks = assignRows(items, { maxRows });
			expect(Math.max(...marks.map((m) => m.row))).toBeLessThan(maxRows);
			expectNoOverlap(marks);
		}
		expect(new Set(assignRows(items, { maxRows: 0 }).map((m) => m.row))).toEqual(new Set([0]));
	});

	it.each([11, 12, 13])('assignRows gives the same result for shuffled input (seed %i)', (seed) => {
		const random = lcg(seed);
		// Include ties in x so the order rests on the index.
		const items = randomItems(random, 120, 900).map((item, i) =>
			i % 10 === 0 ? { ...item, xPx: 300, x2Px: 300 } : item
		);
		const expected = assignRows(items);
		for (let k = 0; k < 5; k++) expect(assignRows(shuffled(items, random))).toEqual(expected);
	});

	it.each([21, 22, 23])(
		'assignRows gives items a label’s width and the gap apart their own marks in one row (seed %i)',
		(seed) => {
			const random = lcg(seed);
			const items: LayoutItem[] = [];
			let x = random() * 20;
			for (let index = 0; index < 80; index++) {
				const labelPx = 30 + Math.floor(random() * 120);
				items.push(point(index, x, labelPx));
				// Every third distance is exactly the label's width and the gap between marks.
				x += labelPx + DEFAULT_LAYOUT.gapPx + (index % 3 === 0 ? 0 : random() * 40);
			}
			const marks = assignRows(shuffled(items, random), { maxRows: 1 });
			expect(marks).toHaveLength(items.length);
			for (const m of marks) expect(m.members).toHaveLength(1);
			expectNoOverlap(marks);
		}
	);

	it('assignRows clusters 200 items within 50 px in two rows, keeping each exactly once', () => {
		const items = randomItems(lcg(31), 200, 50);
		const marks = assignRows(items);
		expect(marks.length).toBeLessThan(10);
		expect(marks.some((m) => m.members.length > 1)).toBe(true);
		expectEachIndexOnce(
			marks,
			items.map((i) => i.index)
		);
		expectNoOverlap(marks);
		expectExtentsCover(marks, items);
	});
});

describe('assignRows with a pinned item', () => {
	it('assignRows keeps the pinned item as its own mark in row 0 where it would otherwise cluster', () => {
		const items = [point(0, 0), point(1, 10), point(2, 20), point(3, 30)];
		const marks = assignRows(items, { maxRows: 2 }, 2);
		const pinned = marks.find((m) => m.members.includes(2))!;
		expect(pinned.members).toEqual([2]);
		expect(pinned.row).toBe(0);
		expectNoOverlap(marks);
		expectEachIndexOnce(marks, [0, 1, 2, 3]);
	});

	it('assignRows folds items a single row leaves nowhere else into the pinned mark', () => {
		const items = [point(0, 0, 300), point(1, 10, 300)];
		const marks = assignRows(items, { maxRows: 1 }, 1);
		expect(marks).toHaveLength(1);
		expect(marks[0].members).toEqual([1, 0]);
	});
});

const itemsArb = fc
	.array(
		fc.record({
			xPx: fc.double({ min: 0, max: 1000, noNaN: true }),
			lengthPx: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true })),
			labelPx: fc.integer({ min: 14, max: 300 }),
			flipped: fc.boolean()
		}),
		{ maxLength: 40 }
	)
	.map((raw) =>
		raw.map(({ xPx, lengthPx, labelPx, flipped }, index): LayoutItem => {
			const x2Px = Math.min(1000, xPx + lengthPx);
			// A flipped label ends at its mark (as placeLabel flips labels near the right edge).
			const leftPx = flipped ? Math.max(0, xPx + DEFAULT_LAYOUT.markPx - labelPx) : undefined;
			return { index, xPx, x2Px, labelPx, leftPx };
		})
	);

describe('assignRows on random input', () => {
	it('assignRows places each item once, never overlaps, and covers every member’s extent', () => {
		fc.assert(
			fc.property(
				itemsArb,
				fc.integer({ min: 0, max: 6 }),
				fc.integer({ min: -1, max: 40 }),
				(items, maxRows, pinned) => {
					const marks = assignRows(items, { maxRows, widthPx: 1000 }, pinned);
					expectEachIndexOnce(
						marks,
						items.map((i) => i.index)
					);
					expectNoOverlap(marks);
					expectExtentsCover(marks, items);
					for (const m of marks) expect(m.row).toBeLessThan(Math.max(1, maxRows));
				}
			),
			{ numRuns: 400 }
		);
	});

	it('assignRows makes no cluster when the rows suffice, and keeps the pinned item its own', () => {
		fc.assert(
			fc.property(itemsArb, fc.integer({ min: -1, max: 40 }), (items, pinned) => {
				const needed = rowsNeeded(items, { widthPx: 1000 }, pinned);
				expect(needed).toBeLessThanOrEqual(MAX_ROWS);
				const marks = assignRows(items, { maxRows: needed, widthPx: 1000 }, pinned);
				for (const m of marks) expect(m.members).toHaveLength(1);
				const pin = marks.find((m) => m.members.includes(pinned));
				if (pin) expect(pin.row).toBe(0);
			}),
			{ numRuns: 400 }
		);
	});
});
