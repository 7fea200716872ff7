// The view announces every change it makes, whatever makes it: a subscriber that writes the address on
// each announcement always holds the address of the view on screen.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_VIEW, formatViewState } from '$lib/timeline/viewState';
import { SETTLE_MS, TimelineView, type ViewChange } from './view.svelte';

const DAY = 86_400_000;
const START = Date.UTC(2000, 0, 1);
const END = Date.UTC(2025, 0, 1);

/** The view's part of the address, as the pages write it. */
function address(view: TimelineView): string {
	return formatViewState({
		...DEFAULT_VIEW,
		fromMs: view.isFit ? null : view.range[0],
		toMs: view.isFit ? null : view.range[1],
		event: view.selected
	}).toString();
}

const change = fc.constantFrom<ViewChange>('continuous', 'discrete');
const operation = fc.oneof(
	fc.record({
		op: fc.constant('zoomBy' as const),
		factor: fc.double({ min: 0.1, max: 10, noNaN: true }),
		at: fc.double({ min: 0, max: 1, noNaN: true }),
		change
	}),
	fc.record({
		op: fc.constant('panBy' as const),
		fraction: fc.double({ min: -2, max: 2, noNaN: true }),
		change
	}),
	fc.record({
		op: fc.constant('show' as const),
		from: fc.integer({ min: START - 400 * DAY, max: END }),
		days: fc.double({ min: 0, max: 9000, noNaN: true }),
		change
	}),
	fc.record({ op: fc.constant('fit' as const), change }),
	fc.record({ op: fc.constant('select' as const), id: fc.constantFrom(null, 'a', 'b'), change }),
	fc.record({ op: fc.constant('resize' as const), widthPx: fc.integer({ min: 200, max: 2400 }) })
);

describe('TimelineView announces every change', () => {
	it('TimelineView keeps a subscriber’s address equal to the formatted view after any operations', () => {
		fc.assert(
			fc.property(fc.array(operation, { maxLength: 25 }), (ops) => {
				const view = new TimelineView(START, END);
				view.widthPx = 1200;
				let url = address(view);
				let announced = 0;
				view.on(() => {
					url = address(view);
					announced++;
				});
				for (const o of ops) {
					const before = address(view);
					if (o.op === 'zoomBy') view.zoomBy(o.factor, o.at * view.widthPx, o.change);
					else if (o.op === 'panBy') view.panBy(o.fraction, o.change);
					else if (o.op === 'show') view.show(o.from, o.from + o.days * DAY, o.change);
					else if (o.op === 'fit') view.fit(o.change);
					else if (o.op === 'select') view.select(o.id, o.change);
					else view.widthPx = o.widthPx;
					expect(url, o.op).toBe(address(view));
					if (address(view) !== before && o.op !== 'resize') expect(announced).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('TimelineView says nothing when nothing changes, and restores silently', () => {
		const view = new TimelineView(START, END);
		const heard: ViewChange[] = [];
		view.on((c) => heard.push(c));
		view.fit();
		view.select(null);
		view.show(Date.UTC(2023, 3, 1), Date.UTC(2023, 4, 1), 'restore');
		view.select('a');
		expect(heard).toEqual(['restore', 'discrete']);
	});
});

describe('TimelineView.onSettled: what follows the view at leisure waits for it to hold still', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('follows a change once, SETTLE_MS after the last one', () => {
		const view = new TimelineView(START, END);
		const settled: number[] = [];
		view.onSettled(() => settled.push(performance.now()));
		view.zoomBy(2);
		vi.advanceTimersByTime(200);
		view.zoomBy(2);
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settled).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(settled).toEqual([200 + SETTLE_MS]);
		vi.advanceTimersByTime(10 * SETTLE_MS);
		expect(settled).toHaveLength(1);
	});

	it('waits for gesture input that has not moved the range yet (a busy page runs the timer first)', () => {
		const view = new TimelineView(START, END);
		const settled: number[] = [];
		view.onSettled(() => settled.push(performance.now()));
		// A layout at 0; notches at 350 and 700 whose frames have not run when the timer is due.
		view.zoomBy(2);
		vi.advanceTimersByTime(350);
		view.inputAt = performance.now();
		vi.advanceTimersByTime(350);
		view.inputAt = performance.now();
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(settled).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(settled).toEqual([700 + SETTLE_MS]);
	});

	it('input alone settles nothing; a restore (the address set the view) settles at once', () => {
		const view = new TimelineView(START, END);
		let settled = 0;
		const off = view.onSettled(() => settled++);
		view.inputAt = performance.now();
		vi.advanceTimersByTime(10 * SETTLE_MS);
		expect(settled).toBe(0);
		view.zoomBy(2, undefined, 'continuous');
		view.zoomBy(2, undefined, 'restore');
		expect(settled).toBe(1);
		vi.advanceTimersByTime(10 * SETTLE_MS);
		expect(settled).toBe(1);
		view.zoomBy(2, undefined, 'discrete');
		off();
		vi.advanceTimersByTime(10 * SETTLE_MS);
		expect(settled).toBe(1);
	});
});
