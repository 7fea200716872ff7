import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapping, rangeIndex } from './inRange';

const item = (startMs: number, endMs: number, id = `${startMs}-${endMs}`) => ({
	id,
	span: { startMs, endMs }
});

describe('overlapping', () => {
	it('overlapping finds exactly what a scan finds, in start order', () => {
		const span = fc
			.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 300 }))
			.map(([start, length]) => item(start, start + length));
		fc.assert(
			fc.property(
				fc.array(span, { maxLength: 60 }),
				fc.integer({ min: -1200, max: 1200 }),
				fc.integer({ min: 0, max: 800 }),
				fc.boolean(),
				(items, from, width, presort) => {
					const list = presort ? [...items].sort((a, b) => a.span.startMs - b.span.startMs) : items;
					const to = from + width;
					const expected = [...list]
						.sort((a, b) => a.span.startMs - b.span.startMs)
						.filter((e) => e.span.endMs > from && e.span.startMs < to);
					expect(overlapping(rangeIndex(list), from, to)).toEqual(expected);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('rangeIndex keeps a sorted list as it is', () => {
		const list = [item(0, 5), item(3, 4), item(3, 10)];
		expect(rangeIndex(list).byStart).toBe(list);
		expect(rangeIndex(list).longestMs).toBe(7);
	});

	it('overlapping of an empty index or range is empty', () => {
		expect(overlapping(rangeIndex([]), 0, 10)).toEqual([]);
		expect(overlapping(rangeIndex([item(0, 5)]), 5, 5)).toEqual([]);
		expect(overlapping(rangeIndex([item(0, 5)]), 4, 4.5)).toEqual([item(0, 5)]);
	});
});
