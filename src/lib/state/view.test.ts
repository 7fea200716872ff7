// The view announces every change it makes, whatever makes it: a subscriber that writes the address on
// each announcement always holds the address of the view on screen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, formatViewState } from '$lib/timeline/viewState';
import { TimelineView, type ViewChange } from './view.svelte';

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
