// What the eye sees: where a date falls on the drawn axis, and where each mark and cluster is drawn.
import type { FrameLocator, Page } from '@playwright/test';
import { parseEdtf } from '../src/lib/timeline/dates';
import { events, type RawEvent } from './data';

type Scope = Page | FrameLocator;

/** The events whose dates overlap `[fromMs, toMs)`, periods left out (they are bands, not marks). */
export function eventsIn(
	fromMs: number,
	toMs: number
): (RawEvent & { startMs: number; endMs: number })[] {
	return events
		.map((e) => ({ ...e, ...parseEdtf(e.date) }))
		.filter((e) => e.type !== 'period' && e.endMs > fromMs && e.startMs < toMs);
}

/** The span of a raw event's date, UTC ms. */
export const spanOf = (e: RawEvent) => parseEdtf(e.date);

/**
 * The axis as drawn: a function from UTC ms to the client x of that instant, fitted through the
 * drawn ticks (each carries its instant in `data-ms`), and the chart's left and right edges.
 */
export async function drawnAxis(scope: Scope) {
	const ticks = await scope
		.locator('.axis line.tick[data-ms]')
		.evaluateAll((lines) =>
			lines.map((l) => ({ ms: Number(l.getAttribute('data-ms')), x: l.getBoundingClientRect().x }))
		);
	if (ticks.length < 2) throw new Error(`the axis draws ${ticks.length} tick(s); two are needed`);
	const [a, b] = [ticks[0], ticks.at(-1)!];
	const pxPerMs = (b.x - a.x) / (b.ms - a.ms);
	const chart = await scope.locator('svg.chart').boundingBox();
	return {
		x: (ms: number) => a.x + (ms - a.ms) * pxPerMs,
		left: chart!.x,
		right: chart!.x + chart!.width,
		ticks
	};
}

/** The drawn brackets of clusters: their client extent and the ids of the events they hold. */
export async function drawnClusters(scope: Scope) {
	return scope.locator('g.bracket[data-members]').evaluateAll((groups) =>
		groups.map((g) => {
			const r = g.querySelector('path')!.getBoundingClientRect();
			return { x0: r.x, x1: r.x + r.width, ids: g.getAttribute('data-members')!.split(' ') };
		})
	);
}
