import { describe, expect, it } from 'vitest';
import {
	baseScale,
	DAY_MS,
	MIN_WINDOW_MS,
	paddedExtent,
	rangeForTransform,
	scaleExtent,
	transformForRange,
	zoomedScale
} from './scale';

const utc = Date.UTC;
const EXTENT = paddedExtent(utc(2000, 0, 1), utc(2025, 0, 1));
const WIDTH = 1000;

describe('paddedExtent', () => {
	it('paddedExtent pads 4 % of the width on each side', () => {
		const [from, to] = [utc(2000, 0, 1), utc(2025, 0, 1)];
		const pad = (to - from) * 0.04;
		expect(paddedExtent(from, to)).toEqual([from - pad, to + pad]);
	});

	it('paddedExtent honours a custom margin ratio', () => {
		const [from, to] = [utc(2000, 0, 1), utc(2010, 0, 1)];
		const pad = (to - from) * 0.1;
		expect(paddedExtent(from, to, 0.1)).toEqual([from - pad, to + pad]);
	});

	it.each([
		['a quarter of an hour', utc(2023, 3, 16, 9), utc(2023, 3, 16, 9, 15), 0.04],
		['an instant with no margin', utc(2023, 3, 16), utc(2023, 3, 16, 0, 1), 0]
	])('paddedExtent makes %s at least MIN_WINDOW_MS wide', (_name, from, to, ratio) => {
		const [a, b] = paddedExtent(from, to, ratio);
		expect(from - a).toBe(MIN_WINDOW_MS / 2);
		expect(b - to).toBe(MIN_WINDOW_MS / 2);
		expect(b - a).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
	});

	it.each([
		['no data', Infinity, -Infinity],
		['NaN', NaN, NaN],
		['an end before the start', utc(2010, 0, 1), utc(2000, 0, 1)],
		['an empty span', utc(2010, 0, 1), utc(2010, 0, 1)]
	])('paddedExtent falls back to 2000–2025 for %s', (_name, from, to) => {
		expect(paddedExtent(from, to)).toEqual([utc(2000, 0, 1), utc(2025, 0, 1)]);
	});
});

describe('scaleExtent', () => {
	it('scaleExtent runs from the whole extent to a MIN_WINDOW_MS window', () => {
		expect(scaleExtent(EXTENT)).toEqual([1, (EXTENT[1] - EXTENT[0]) / MIN_WINDOW_MS]);
	});

	it('scaleExtent never allows zooming out past k = 1', () => {
		expect(scaleExtent([0, MIN_WINDOW_MS / 2])).toEqual([1, 1]);
	});
});

describe('transformForRange and rangeForTransform', () => {
	const base = baseScale(EXTENT, WIDTH);

	it.each([
		['one year', utc(2010, 0, 1), utc(2011, 0, 1)],
		['four days in April 2023', utc(2023, 3, 16), utc(2023, 3, 20)],
		['exactly three days', utc(2023, 3, 16), utc(2023, 3, 19)],
		['one hour', utc(2023, 3, 16, 14), utc(2023, 3, 16, 15)],
		['most of the data', utc(2000, 0, 1), utc(2024, 11, 31)],
		['the whole extent', EXTENT[0], EXTENT[1]],
		['a window at the left edge', EXTENT[0], EXTENT[0] + 400 * DAY_MS],
		['a window at the right edge', EXTENT[1] - 40 * DAY_MS, EXTENT[1]],
		['an odd window', utc(2007, 4, 3, 13, 17), utc(2008, 9, 29, 2, 41)]
	])('transformForRange and rangeForTransform round-trip %s within 1 ms', (_name, from, to) => {
		const t = transformForRange(base, from, to);
		const [a, b] = rangeForTransform(base, t);
		expect(Math.abs(a - from)).toBeLessThanOrEqual(1);
		expect(Math.abs(b - to)).toBeLessThanOrEqual(1);
	});

	it('rangeForTransform of the identity is the extent', () => {
		expect(rangeForTransform(base, { k: 1, x: 0 })).toEqual(EXTENT.map(Math.round));
	});

	it.each([
		['five minutes', utc(2023, 3, 16, 12), utc(2023, 3, 16, 12, 5)],
		['an empty range', utc(2023, 3, 16), utc(2023, 3, 16)],
		['a reversed range', utc(2023, 3, 17), utc(2023, 3, 16)]
	])('transformForRange widens %s to MIN_WINDOW_MS about its centre', (_name, from, to) => {
		const t = transformForRange(base, from, to);
		expect(t.k).toBeCloseTo(scaleExtent(EXTENT)[1], 6);
		const [a, b] = rangeForTransform(base, t);
		expect(Math.abs(b - a - MIN_WINDOW_MS)).toBeLessThanOrEqual(1);
		expect(Math.abs((a + b) / 2 - (from + to) / 2)).toBeLessThanOrEqual(1);
	});

	it.each([
		['wider than the extent', utc(1950, 0, 1), utc(2090, 0, 1)],
		['wider on the left only', utc(1990, 0, 1), EXTENT[1]],
		['the extent itself', EXTENT[0], EXTENT[1]]
	])('transformForRange shows the whole extent for a range %s', (_name, from, to) => {
		const t = transformForRange(base, from, to);
		expect(t.k).toBe(1);
		expect(t.x).toBeCloseTo(0, 9);
		const [a, b] = rangeForTransform(base, t);
		expect(Math.abs(a - EXTENT[0])).toBeLessThanOrEqual(1);
		expect(Math.abs(b - EXTENT[1])).toBeLessThanOrEqual(1);
	});

	it.each([
		['past the left edge', EXTENT[0] - 100 * DAY_MS, EXTENT[0] + 265 * DAY_MS, 'left'],
		['past the right edge', EXTENT[1] - 30 * DAY_MS, EXTENT[1] + 30 * DAY_MS, 'right']
	])(
		'transformForRange slides a window %s back inside, keeping its width',
		(_n, from, to, edge) => {
			const [a, b] = rangeForTransform(base, transformForRange(base, from, to));
			expect(Math.abs(b - a - (to - from))).toBeLessThanOrEqual(1);
			if (edge === 'left') expect(Math.abs(a - EXTENT[0])).toBeLessThanOrEqual(1);
			else expect(Math.abs(b - EXTENT[1])).toBeLessThanOrEqual(1);
		}
	);

	it('transformForRange keeps every window within the zoom bounds', () => {
		const [kMin, kMax] = scaleExtent(EXTENT);
		let seed = 7;
		const random = () => (seed = (Math.imul(1664525, seed) + 1013904223) >>> 0) / 2 ** 32;
		for (let i = 0; i < 200; i++) {
			const from = EXTENT[0] - 5e11 + random() * (EXTENT[1] - EXTENT[0] + 1e12);
			const to = from + random() ** 4 * (EXTENT[1] - EXTENT[0]) * 1.5;
			const t = transformForRange(base, from, to);
			expect(t.k).toBeGreaterThanOrEqual(kMin);
			expect(t.k).toBeLessThanOrEqual(kMax);
			const [a, b] = rangeForTransform(base, t);
			expect(b - a).toBeGreaterThanOrEqual(MIN_WINDOW_MS - 1);
			expect(b - a).toBeLessThanOrEqual(EXTENT[1] - EXTENT[0] + 1);
			expect(a).toBeGreaterThanOrEqual(EXTENT[0] - 1);
			expect(b).toBeLessThanOrEqual(EXTENT[1] + 1);
		}
	});
});

describe('zoomedScale', () => {
	const base = baseScale(EXTENT, WIDTH);

	it('zoomedScale shows the transform’s range across the same pixels', () => {
		const t = transformForRange(base, utc(2023, 3, 16), utc(2023, 3, 20));
		const z = zoomedScale(base, t);
		expect(z.domain().map(Number)).toEqual(rangeForTransform(base, t));
		expect(z.range()).toEqual([0, WIDTH]);
		expect(z(utc(2023, 3, 16))).toBeCloseTo(0, 3);
		expect(z(utc(2023, 3, 18))).toBeCloseTo(WIDTH / 2, 3);
	});

	it.each([utc(2001, 5, 1), utc(2012, 0, 1), utc(2023, 3, 18)])(
		'zoomedScale(%i) equals k * base + x',
		(ms) => {
			const t = transformForRange(base, utc(2010, 0, 1), utc(2014, 0, 1));
			expect(zoomedScale(base, t)(ms)).toBeCloseTo(t.k * base(ms) + t.x, 3);
		}
	);

	it('zoomedScale leaves the base scale untouched', () => {
		const before = base.domain().map(Number);
		zoomedScale(base, { k: 4, x: -1000 });
		expect(base.domain().map(Number)).toEqual(before);
	});
});
