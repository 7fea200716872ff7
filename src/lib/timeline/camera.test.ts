import { describe, expect, it } from 'vitest';
import { interpolateWindow, stopWindow, transitionMs } from './camera';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('stopWindow and interpolateWindow', () => {
	it('stopWindow pads an event by half its width, at least 20 days', () => {
		expect(stopWindow({ event: 'x', startMs: 0, endMs: DAY })).toEqual([-20 * DAY, 21 * DAY]);
		expect(stopWindow({ event: 'x', startMs: 0, endMs: 100 * DAY })).toEqual([
			-50 * DAY,
			150 * DAY
		]);
	});

	it('stopWindow pads a range by 4 % of its width', () => {
		expect(stopWindow({ event: null, startMs: 0, endMs: 100 * DAY })).toEqual([
			-4 * DAY,
			104 * DAY
		]);
	});

	it('interpolateWindow starts at a and ends exactly at b', () => {
		const a: [number, number] = [utc(2000), utc(2025)];
		const b: [number, number] = [utc(2023, 4, 1), utc(2023, 5, 1)];
		const { at, length } = interpolateWindow(a, b);
		expect(at(0)[0]).toBeCloseTo(a[0], -3);
		expect(at(0)[1]).toBeCloseTo(a[1], -3);
		expect(at(1)).toEqual(b);
		expect(length).toBeGreaterThan(0);
		// Zooming in, the window narrows monotonically.
		const widths = [0.25, 0.5, 0.75].map((t) => at(t)[1] - at(t)[0]);
		expect(widths[0]).toBeGreaterThan(widths[1]);
		expect(widths[1]).toBeGreaterThan(widths[2]);
	});

	it('interpolateWindow zooms out between two far, narrow windows', () => {
		const a: [number, number] = [utc(2001, 6, 1), utc(2001, 7, 1)];
		const b: [number, number] = [utc(2023, 10, 1), utc(2023, 11, 1)];
		const { at } = interpolateWindow(a, b);
		const [from, to] = at(0.5);
		expect(to - from).toBeGreaterThan(10 * (a[1] - a[0]));
		expect((from + to) / 2).toBeGreaterThan(a[1]);
		expect((from + to) / 2).toBeLessThan(b[0]);
	});

	it('interpolateWindow zooms about a fixed centre and keeps finite values', () => {
		const { at, length } = interpolateWindow([0, 100 * DAY], [45 * DAY, 55 * DAY]);
		for (const t of [0, 0.3, 0.7, 1]) {
			const [from, to] = at(t);
			expect(Number.isFinite(from) && Number.isFinite(to)).toBe(true);
			expect((from + to) / 2).toBeCloseTo(50 * DAY, -3);
		}
		expect(length).toBeCloseTo(Math.log(10) / Math.SQRT2);
		expect(interpolateWindow([0, DAY], [0, DAY]).length).toBe(0);
	});

	it('transitionMs stays between 450 and 1100 ms', () => {
		expect(transitionMs(0)).toBe(450);
		expect(transitionMs(2.8)).toBe(700);
		expect(transitionMs(100)).toBe(1100);
		expect(transitionMs(NaN)).toBe(450);
	});
});
