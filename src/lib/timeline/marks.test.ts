import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeIndex } from './clusters';
import { SIZES } from './geometry';
import { MAX_ROWS, assignRows, DEFAULT_LAYOUT } from './layout';
import { layoutView, type LaneMark, type TimedItem } from './marks';
import { estimateLabelPx, placeLabel } from './labels';

const size = SIZES.regular;

function items(n: number, lane: number, spread = 1000): TimedItem[] {
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
			size,
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
		const { marks } = layoutView(buildTimeIndex(data), data, x, 0, 1000, 1000, 4, { size });
		for (let i = 1; i < marks.length; i++) {
			const [a, b] = [marks[i - 1], marks[i]];
			expect(a.xPx < b.xPx || (a.xPx === b.xPx && a.lane <= b.lane)).toBe(true);
		}
	});

	it('layoutView of an empty dataset is empty, every lane one row', () => {
		expect(layoutView(buildTimeIndex([]), [], x, 0, 1000, 1000, 4, { size })).toEqual({
			marks: [],
			denseLanes: [false, false, false, false],
			rows: [1, 1, 1, 1]
		});
	});

	it('layoutView gives a crowded lane the rows an empty one does not need', () => {
		const crowded = Array.from({ length: 6 }, (_, i) => ({
			startMs: 100,
			endMs: 101,
			lane: 1,
			label: `Same day ${i}`
		}));
		const { marks, rows } = layoutView(buildTimeIndex(crowded), crowded, x, 0, 1000, 1000, 4, {
			size,
			heightPx: 460
		});
		expect(rows[1]).toBe(6);
		expect(marks).toHaveLength(6);
		expect(marks.every((m) => m.count === 1)).toBe(true);
	});

	it('layoutView collapses lanes without events under the filter', () => {
		const data = items(3, 2);
		const { rows } = layoutView(buildTimeIndex(data), data, x, 0, 1000, 1000, 4, {
			size,
			heightPx: 400,
			shown: [false, false, true, false]
		});
		expect(rows).toEqual([0, 0, 1, 0]);
	});
});

/** Random datasets over four lanes and a view of them. */
const scenario = fc
	.record({
		events: fc.array(
			fc.record({
				start: fc.double({ min: -200, max: 1200, noNaN: true }),
				length: fc.oneof(fc.constant(1), fc.double({ min: 0.5, max: 300, noNaN: true })),
				lane: fc.integer({ min: -1, max: 3 }),
				words: fc.integer({ min: 1, max: 8 })
			}),
			{ maxLength: 60 }
		),
		from: fc.double({ min: -100, max: 900, noNaN: true }),
		span: fc.double({ min: 1, max: 1200, noNaN: true }),
		widthPx: fc.integer({ min: 200, max: 1600 }),
		heightPx: fc.option(fc.integer({ min: 150, max: 900 }), { nil: undefined }),
		pinned: fc.integer({ min: -1, max: 60 })
	})
	.map(({ events, ...rest }) => ({
		...rest,
		items: events.map((e): TimedItem => ({
			startMs: e.start,
			endMs: e.start + e.length,
			lane: e.lane,
			label: 'Event '.repeat(e.words)
		}))
	}));

describe('layoutView on random datasets and views', () => {
	it('layoutView never overlaps labels, covers every cluster’s members and clusters only when rows run out', () => {
		fc.assert(
			fc.property(scenario, ({ items: data, from, span, widthPx, heightPx, pinned }) => {
				const to = from + span;
				const x = (ms: number) => ((ms - from) / span) * widthPx;
				const { marks, rows } = layoutView(buildTimeIndex(data), data, x, from, to, widthPx, 4, {
					size,
					heightPx,
					pinned
				});
				const clamp = (px: number) => Math.min(widthPx, Math.max(0, px));
				// No two label boxes of a row overlap.
				const byRow = new Map<string, LaneMark[]>();
				for (const m of marks)
					byRow.set(`${m.lane}/${m.row}`, [...(byRow.get(`${m.lane}/${m.row}`) ?? []), m]);
				for (const row of byRow.values()) {
					const sorted = row.sort((a, b) => a.labelLeftPx - b.labelLeftPx);
					for (let i = 1; i < sorted.length; i++)
						expect(sorted[i - 1].labelRightPx).toBeLessThanOrEqual(sorted[i].labelLeftPx);
				}
				// Every visible event is in exactly one mark, whose drawn extent covers it.
				const visible = data
					.map((d, i) => ({ ...d, i }))
					.filter((d) => d.lane >= 0 && d.endMs > from && d.startMs < to);
				expect(marks.flatMap((m) => m.members).sort((a, b) => a - b)).toEqual(
					visible.map((d) => d.i)
				);
				for (const m of marks)
					for (const i of m.members) {
						expect(m.xPx).toBeLessThanOrEqual(clamp(x(data[i].startMs)) + 1e-9);
						expect(m.x2Px).toBeGreaterThanOrEqual(clamp(x(data[i].endMs)) - 1e-9);
					}
				// A lane whose visible events fit in its rows has no cluster.
				for (let lane = 0; lane < 4; lane++) {
					const laneItems = visible
						.filter((d) => d.lane === lane)
						.map((d) => {
							const xPx = clamp(x(d.startMs));
							const placed = placeLabel(xPx, estimateLabelPx(d.label, size.fontPx), widthPx);
							return { index: d.i, xPx, x2Px: Math.max(xPx, clamp(x(d.endMs))), ...placed };
						});
					const needed = Math.max(
						0,
						...assignRows(laneItems, { ...DEFAULT_LAYOUT, maxRows: MAX_ROWS, widthPx }, pinned).map(
							(m) => m.row + 1
						)
					);
					if (needed <= rows[lane])
						for (const m of marks.filter((k) => k.lane === lane)) expect(m.count).toBe(1);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
