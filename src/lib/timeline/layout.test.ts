import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assignRows,
	DEFAULT_LAYOUT,
	fitText,
	estimateLabelPx,
	layoutMarks,
	type LayoutItem,
	type PlacedMark,
	type TimedItem
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

/** Asserts that in every row (per lane) each mark ends `gapPx` before the next begins. */
function expectNoOverlap(
	marks: readonly (PlacedMark & { lane?: number })[],
	gapPx = DEFAULT_LAYOUT.gapPx
) {
	const rows = new Map<string, PlacedMark[]>();
	for (const m of marks) {
		const key = `${m.lane ?? 0}/${m.row}`;
		rows.set(key, [...(rows.get(key) ?? []), m]);
	}
	for (const row of rows.values()) {
		const sorted = [...row].sort((a, b) => a.leftPx - b.leftPx);
		for (let i = 1; i < sorted.length; i++) {
			expect(sorted[i - 1].rightPx + gapPx).toBeLessThanOrEqual(sorted[i].leftPx);
		}
	}
}

function expectEachIndexOnce(marks: readonly PlacedMark[], indices: readonly number[]) {
	const members = marks.flatMap((m) => m.members);
	expect([...members].sort((a, b) => a - b)).toEqual([...indices].sort((a, b) => a - b));
}

function randomItems(random: () => number, n: number, spreadPx: number): LayoutItem[] {
	return Array.from({ length: n }, (_, index) => {
		const xPx = random() * spreadPx;
		return { index, xPx, x2Px: xPx, labelPx: 30 + Math.floor(random() * 120) };
	});
}

describe('assignRows', () => {
	it('assignRows places nothing for no items', () => {
		expect(assignRows([])).toEqual([]);
	});

	it('assignRows gives one item its own mark in the first row', () => {
		expect(assignRows([{ index: 5, xPx: 100, x2Px: 100, labelPx: 60 }])).toEqual([
			{ members: [5], xPx: 100, leftPx: 100, rightPx: 160, row: 0 }
		]);
	});

	it('assignRows extends a mark to the end of its bar when the bar outruns the label', () => {
		expect(assignRows([{ index: 0, xPx: 100, x2Px: 400, labelPx: 60 }])[0].rightPx).toBe(400);
	});

	it('assignRows fills rows left to right and clusters what does not fit', () => {
		const marks = assignRows([
			{ index: 0, xPx: 0, x2Px: 0, labelPx: 100 },
			{ index: 1, xPx: 50, x2Px: 50, labelPx: 100 },
			{ index: 2, xPx: 120, x2Px: 120, labelPx: 50 },
			{ index: 3, xPx: 130, x2Px: 130, labelPx: 40 }
		]);
		expect(marks).toEqual([
			{ members: [0], xPx: 0, leftPx: 0, rightPx: 100, row: 0 },
			{ members: [1], xPx: 50, leftPx: 50, rightPx: 150, row: 1 },
			// No row has room at 130 px: it joins the nearest mark to its left, which takes a cluster label.
			{
				members: [2, 3],
				xPx: 120,
				leftPx: 120,
				rightPx: 120 + DEFAULT_LAYOUT.clusterLabelPx,
				row: 0
			}
		]);
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

	it.each([1, 2, 3, 4, 5])('assignRows never overlaps two marks in a row (seed %i)', (seed) => {
		const random = lcg(seed);
		const items = randomItems(random, 150, 2000);
		const marks = assignRows(items);
		expectNoOverlap(marks);
		expectEachIndexOnce(
			marks,
			items.map((i) => i.index)
		);
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
		'assignRows gives items at least a label’s width apart their own marks (seed %i)',
		(seed) => {
			const random = lcg(seed);
			const items: LayoutItem[] = [];
			let x = random() * 20;
			for (let index = 0; index < 80; index++) {
				const labelPx = 30 + Math.floor(random() * 120);
				items.push({ index, xPx: x, x2Px: x, labelPx });
				// Every third gap is exactly the label's width.
				x += labelPx + (index % 3 === 0 ? 0 : random() * 40);
			}
			const marks = assignRows(shuffled(items, random));
			expect(marks).toHaveLength(items.length);
			for (const m of marks) expect(m.members).toHaveLength(1);
			expectNoOverlap(marks);
		}
	);

	it.each([31, 32, 33])(
		'assignRows clusters 200 items within 50 px, keeping each exactly once (seed %i)',
		(seed) => {
			const items = randomItems(lcg(seed), 200, 50);
			const marks = assignRows(items);
			expect(marks.length).toBeLessThan(10);
			expect(marks.some((m) => m.members.length > 1)).toBe(true);
			expectEachIndexOnce(
				marks,
				items.map((i) => i.index)
			);
			expectNoOverlap(marks);
		}
	);

	it('assignRows keeps a cluster’s label on the left when its host’s label was flipped', () => {
		const host = { index: 0, xPx: 900, x2Px: 900, labelPx: 100, leftPx: 814 };
		const next = { index: 1, xPx: 905, x2Px: 905, labelPx: 100 };
		expect(assignRows([host, next], { maxRows: 1 })).toEqual([
			// The cluster reaches only to the joining item's mark, not a cluster label's width past the host.
			{ members: [0, 1], xPx: 900, leftPx: 814, rightPx: 905 + DEFAULT_LAYOUT.markPx, row: 0 }
		]);
		const unflipped = { ...host, leftPx: undefined };
		expect(assignRows([unflipped, next], { maxRows: 1 })).toEqual([
			{
				members: [0, 1],
				xPx: 900,
				leftPx: 900,
				rightPx: 900 + DEFAULT_LAYOUT.clusterLabelPx,
				row: 0
			}
		]);
	});
});

describe('estimateLabelPx', () => {
	it.each([
		['', 22],
		['abc', Math.ceil(3 * 0.56 * 13 + 22)],
		['ABC', Math.ceil(3 * 0.66 * 13 + 22)],
		['中俄', 2 * 13 + 22],
		['Li 访俄', Math.ceil((0.66 + 0.56 + 0.56 + 2) * 13 + 22)]
	])('estimateLabelPx(%j) is %i px', (text, px) => {
		expect(estimateLabelPx(text)).toBe(px);
	});

	it('estimateLabelPx scales with the font size and padding', () => {
		expect(estimateLabelPx('ab', 10, 0)).toBe(Math.ceil(2 * 0.56 * 10));
		expect(estimateLabelPx('ab', 26, 22)).toBeGreaterThan(estimateLabelPx('ab', 13, 22));
	});

	it('estimateLabelPx grows with the text', () => {
		const title = 'Defence ministers meet in Moscow';
		expect(estimateLabelPx(title)).toBeGreaterThan(estimateLabelPx(title.slice(0, 10)));
		// A CJK character is wider than a Latin one.
		expect(estimateLabelPx('国')).toBeGreaterThan(estimateLabelPx('a'));
	});
});

describe('layoutMarks', () => {
	const from = Date.UTC(2023, 0, 1);
	const to = Date.UTC(2024, 0, 1);
	const width = 1000;
	const x = (ms: number) => ((ms - from) / (to - from)) * width;
	const at = (frac: number) => from + frac * (to - from);
	const item = (frac: number, lane: number, label = 'Talks', endFrac = frac): TimedItem => ({
		startMs: at(frac),
		endMs: at(endFrac),
		lane,
		label
	});

	it('layoutMarks lays out nothing for no items', () => {
		expect(layoutMarks([], x, from, to, width)).toEqual([]);
	});

	it('layoutMarks places one item at its x in its lane', () => {
		const marks = layoutMarks([item(0.25, 2)], x, from, to, width);
		expect(marks).toHaveLength(1);
		expect(marks[0]).toMatchObject({ members: [0], lane: 2, row: 0, leftPx: 250 });
		expect(marks[0].xPx).toBeCloseTo(250, 6);
		expect(marks[0].rightPx).toBeCloseTo(250 + estimateLabelPx('Talks'), 6);
	});

	it('layoutMarks leaves out periods and items outside the window', () => {
		const items = [
			item(0.5, -1, 'A period'),
			{ startMs: at(-0.5), endMs: at(-0.1), lane: 0, label: 'Before' },
			{ startMs: at(1.2), endMs: at(1.5), lane: 0, label: 'After' },
			{ startMs: at(1), endMs: at(1.1), lane: 0, label: 'Starts at the end' },
			{ startMs: at(-0.2), endMs: at(0), lane: 0, label: 'Ends at the start' },
			item(0.3, 1, 'Shown')
		];
		const marks = layoutMarks(items, x, from, to, width);
		expect(marks.map((m) => m.members)).toEqual([[5]]);
	});

	it('layoutMarks clamps an item that began off-screen to the left edge', () => {
		const marks = layoutMarks(
			[{ startMs: at(-0.3), endMs: at(0.2), lane: 0, label: 'Exercise' }],
			x,
			from,
			to,
			width
		);
		expect(marks[0].xPx).toBe(0);
		expect(marks[0].leftPx).toBe(0);
		expect(marks[0].rightPx).toBeCloseTo(Math.max(200, estimateLabelPx('Exercise')), 6);
	});

	it('layoutMarks keeps lanes apart and returns marks by x, then lane', () => {
		const items = [item(0.5, 1), item(0.1, 3), item(0.5, 0), item(0.1, 0), item(0.3, 2)];
		const marks = layoutMarks(items, x, from, to, width);
		expect(marks.map((m) => [m.members[0], m.lane])).toEqual([
			[3, 0],
			[1, 3],
			[4, 2],
			[2, 0],
			[0, 1]
		]);
		for (const m of marks) expect(m.row).toBe(0);
	});

	it.each([0.9, 0.95, 0.97, 0.985, 0.999])(
		'layoutMarks flips a label near the right edge (at %d of the width) to stay on screen',
		(frac) => {
			const label = 'Defence ministers meet in Moscow';
			const labelPx = estimateLabelPx(label);
			const [mark] = layoutMarks([item(frac, 0, label)], x, from, to, width);
			expect(mark.leftPx).toBeLessThan(mark.xPx);
			expect(mark.leftPx).toBeGreaterThanOrEqual(0);
			expect(mark.rightPx - mark.leftPx).toBe(labelPx);
			// Only the mark's own dot (DEFAULT_LAYOUT.markPx) may reach past its x.
			expect(mark.rightPx).toBeLessThanOrEqual(mark.xPx + DEFAULT_LAYOUT.markPx + 1e-9);
			if (mark.xPx + DEFAULT_LAYOUT.markPx <= width)
				expect(mark.rightPx).toBeLessThanOrEqual(width);
		}
	);

	it('layoutMarks keeps a flipped label wider than the space to its left at the left edge', () => {
		const label = 'A very long label for a very narrow embedded timeline';
		const [mark] = layoutMarks([item(0.5, 0, label)], (ms) => x(ms) / 5, from, to, 200);
		expect(mark.leftPx).toBe(0);
		expect(mark.xPx).toBeCloseTo(100, 6);
	});

	it.each([41, 42, 43])(
		'layoutMarks keeps labels inside the view and marks apart for random data (seed %i)',
		(seed) => {
			const random = lcg(seed);
			const items: TimedItem[] = Array.from({ length: 300 }, () => {
				const start = at(random() * 1.2 - 0.1);
				const lengthMs = random() < 0.7 ? 86_400_000 : random() * 0.2 * (to - from);
				return {
					startMs: start,
					endMs: start + lengthMs,
					lane: Math.floor(random() * 5) - 1,
					label: 'Event '.repeat(1 + Math.floor(random() * 5))
				};
			});
			const marks = layoutMarks(items, x, from, to, width);
			expectNoOverlap(marks);
			const expected = items
				.map((it, i) => ({ ...it, i }))
				.filter((it) => it.lane >= 0 && it.endMs > from && it.startMs < to)
				.map((it) => it.i);
			expectEachIndexOnce(marks, expected);
			for (let i = 1; i < marks.length; i++) {
				const [a, b] = [marks[i - 1], marks[i]];
				expect(a.xPx < b.xPx || (a.xPx === b.xPx && a.lane <= b.lane)).toBe(true);
			}
			for (const m of marks) {
				expect(m.leftPx).toBeGreaterThanOrEqual(0);
				expect(m.xPx).toBeGreaterThanOrEqual(0);
				expect(m.xPx).toBeLessThanOrEqual(width);
				if (m.members.length === 1 && m.xPx + DEFAULT_LAYOUT.markPx <= width) {
					expect(m.rightPx).toBeLessThanOrEqual(width);
				}
			}
		}
	);
});

describe('assignRows with a pinned item', () => {
	it('assignRows keeps the pinned item as its own mark in row 0 where it would otherwise cluster', () => {
		// Five items at the same spot in two rows: without a pin, three end up in one cluster.
		const crowd = [0, 1, 2, 3, 4].map((index) => ({
			index,
			xPx: 100 + index,
			x2Px: 100 + index,
			labelPx: 80
		}));
		const unpinned = assignRows(crowd, { maxRows: 2 });
		expect(unpinned.some((m) => m.members.length > 1 && m.members.includes(3))).toBe(true);
		const pinned = assignRows(crowd, { maxRows: 2 }, 3);
		const own = pinned.find((m) => m.members.includes(3))!;
		expect(own.members).toEqual([3]);
		expect(own.row).toBe(0);
		expect(pinned.flatMap((m) => m.members).sort()).toEqual([0, 1, 2, 3, 4]);
		for (const row of [0, 1]) {
			const inRow = pinned.filter((m) => m.row === row).sort((a, b) => a.leftPx - b.leftPx);
			for (let i = 1; i < inRow.length; i++)
				expect(inRow[i - 1].rightPx).toBeLessThanOrEqual(inRow[i].leftPx);
		}
	});
});

describe('assignRows with a pinned item in a single row', () => {
	it('assignRows cuts the label of an item blocked by the pinned stretch, or folds it into the pin', () => {
		// One row; the pinned bar (index 0) starts at 200. A point at 60 has a label that runs into it and
		// nothing to its left to join: it keeps its mark, its label cut 8 px before the pin.
		const pin = { index: 0, xPx: 200, x2Px: 400, labelPx: 120 };
		const cut = assignRows([pin, { index: 1, xPx: 60, x2Px: 60, labelPx: 200 }], { maxRows: 1 }, 0);
		expect(cut.map((m) => [m.members, m.leftPx, m.rightPx])).toEqual([
			[[1], 60, 192],
			[[0], 200, 400]
		]);
		// A point at 150 would keep only 42 px of label, too little to read: the pinned mark stands for
		// both; so does one that starts inside the stretch.
		for (const xPx of [150, 195]) {
			const folded = assignRows(
				[pin, { index: 1, xPx, x2Px: xPx, labelPx: 120 }],
				{ maxRows: 1 },
				0
			);
			expect(folded.map((m) => [m.members, m.leftPx, m.rightPx])).toEqual([[[0, 1], 200, 400]]);
		}
	});

	it('assignRows places every item exactly once, without overlaps in a row, for any input and pin', () => {
		const item = fc.record({
			xPx: fc.integer({ min: 0, max: 1000 }),
			lengthPx: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
			labelPx: fc.integer({ min: 14, max: 300 }),
			flip: fc.boolean()
		});
		fc.assert(
			fc.property(
				fc.array(item, { maxLength: 30 }),
				fc.integer({ min: 1, max: 3 }),
				fc.nat(40),
				(raw, maxRows, pinAt) => {
					const items = raw.map((r, index) => ({
						index,
						xPx: r.xPx,
						x2Px: r.xPx + r.lengthPx,
						labelPx: r.labelPx,
						leftPx: r.flip ? r.xPx + 14 - r.labelPx : undefined
					}));
					const pinned = pinAt < items.length ? pinAt : undefined;
					const marks = assignRows(items, { maxRows }, pinned);
					expect(marks.flatMap((m) => m.members).sort((a, b) => a - b)).toEqual(
						items.map((i) => i.index)
					);
					if (pinned !== undefined)
						expect(marks.find((m) => m.members.includes(pinned))!.row).toBe(0);
					for (let row = 0; row < maxRows; row++) {
						const inRow = marks.filter((m) => m.row === row).sort((a, b) => a.xPx - b.xPx);
						for (let i = 1; i < inRow.length; i++)
							expect(inRow[i - 1].rightPx).toBeLessThanOrEqual(inRow[i].leftPx);
					}
				}
			),
			{ numRuns: 5000 }
		);
	});
});

describe('assignRows with labels flipped at the right edge', () => {
	it('assignRows lets an early item share the room with a far flipped label instead of clustering with it', () => {
		// A (2023, near the right edge) has its long label flipped to the left, reaching back to 484 px;
		// B (2012, at 497 px) would otherwise join A's cluster, eleven years away.
		const a = { index: 0, xPx: 900, x2Px: 900, labelPx: 430, leftPx: 484 };
		const b = { index: 1, xPx: 497, x2Px: 497, labelPx: 363 };
		const marks = assignRows([a, b], { maxRows: 1 });
		expect(marks.map((m) => m.members)).toEqual([[0], [1]]);
		const [ma, mb] = marks;
		expect(mb.leftPx).toBe(497);
		expect(mb.rightPx).toBeGreaterThanOrEqual(497 + DEFAULT_LAYOUT.minLabelPx);
		expect(ma.leftPx).toBeGreaterThanOrEqual(mb.rightPx + DEFAULT_LAYOUT.gapPx);
		expect(ma.xPx + DEFAULT_LAYOUT.markPx - ma.leftPx).toBeGreaterThanOrEqual(
			DEFAULT_LAYOUT.minLabelPx
		);
	});

	it('assignRows still clusters when the room between the marks is too small to share', () => {
		const a = { index: 0, xPx: 600, x2Px: 600, labelPx: 430, leftPx: 184 };
		const b = { index: 1, xPx: 560, x2Px: 560, labelPx: 200 };
		expect(assignRows([a, b], { maxRows: 1 }).map((m) => m.members)).toEqual([[0, 1]]);
	});
});

describe('fitText', () => {
	it('fitText keeps a name that fits, cuts one that does not with an ellipsis, and gives up when tiny', () => {
		const name = 'Stage of good-neighbourly friendship and cooperation';
		expect(fitText(name, 1000)).toBe(name);
		const cut = fitText(name, 120);
		expect(cut.endsWith('…')).toBe(true);
		expect(name.startsWith(cut.slice(0, -1))).toBe(true);
		expect(estimateLabelPx(cut, 12, 0)).toBeLessThanOrEqual(120);
		expect(fitText(name, 5)).toBe('');
		expect(fitText('中俄新型国际关系阶段', 60)).toMatch(/^中俄.*…$/);
	});
});
