// Random URL parameters never make parseViewState throw, every correction is reported, and what it
// keeps is a valid view. (The embed's parser has the same tests in lib/embed/params.property.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEYS, randomParams, rangeParams } from './urlParams.arbitrary';
import type { UrlIssue } from './urlIssue';
import { formatViewState, parseViewState, VIEW_PARAMS, type ViewState } from './urlState';
import { LISTS } from './viewState';

const context = {
	eventIds: new Set(['a', 'b', 'li-shangfu-visits-russia-2023']),
	types: ['forum', 'visit'],
	countries: ['CN', 'RU'],
	sources: ['doc'],
	participants: ['Li Shangfu']
};
const RUNS = { numRuns: 2000 };
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** Throws unless `state` is a view the page can show. */
function expectValid(state: ViewState) {
	if (state.fromMs !== null && state.toMs !== null) expect(state.fromMs).toBeLessThan(state.toMs);
	// `toMs` is exclusive: the last instant shown is a millisecond earlier.
	for (const ms of [state.fromMs, state.toMs === null ? null : state.toMs - 1]) {
		if (ms === null) continue;
		expect(Number.isFinite(ms)).toBe(true);
		// Any era EDTF writes with four digits (longer years need the Y prefix).
		expect(Number.isFinite(ms)).toBe(true);
		expect(Math.abs(yearOf(ms))).toBeLessThanOrEqual(10_000);
	}
	for (const name of LISTS) {
		for (const value of state[name]) expect(context[name]).toContain(value);
		expect(new Set(state[name]).size).toBe(state[name].length);
	}
	expect(state.event === null || context.eventIds.has(state.event)).toBe(true);
	expect(state.q.length).toBeLessThanOrEqual(200);
	expect([null, 'stated', 'inferred']).toContain(state.basis);
}

/** Throws unless every value given but not kept has an issue naming its parameter. */
function expectReported(params: URLSearchParams, state: ViewState, issues: UrlIssue[]) {
	const named = (param: string) => issues.some((i) => i.param === param);
	for (const name of ['from', 'to'] as const) {
		const kept = name === 'from' ? state.fromMs : state.toMs;
		if (params.get(name) && kept === null) expect(named(name), name).toBe(true);
	}
	const event = params.get('event');
	if (event && state.event !== event) expect(named('event')).toBe(true);
	const q = params.get('q');
	if (q && state.q !== q) expect(named('q')).toBe(true);
	const basis = params.get('basis');
	if (basis && state.basis !== basis) expect(named('basis')).toBe(true);
	for (const name of LISTS) {
		const given = (params.get(name) ?? '')
			.split(',')
			.map((v) => v.trim())
			.filter(Boolean);
		for (const value of given) {
			if (!state[name].includes(value))
				expect(
					issues.some((i) => i.param === name && value.startsWith(i.value.replace(/…$/, ''))),
					`${name}: ${value.slice(0, 40)}`
				).toBe(true);
		}
	}
	for (const issue of issues) {
		expect(KEYS).toContain(issue.param);
		expect(params.has(issue.param)).toBe(true);
		// Hostile values are shortened for the notice (its words are tested in lib/i18n/issues.test.ts).
		expect(issue.value.length).toBeLessThanOrEqual(61);
		for (const v of Object.values(issue.values))
			if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(61);
	}
}

describe('parseViewState on random input', () => {
	it('parseViewState never throws and always yields a valid view', () => {
		fc.assert(
			fc.property(randomParams, (params) => {
				expectValid(parseViewState(params, context).state);
			}),
			RUNS
		);
	});

	it('parseViewState reports every value it drops or changes, naming the parameter', () => {
		fc.assert(
			fc.property(randomParams, (params) => {
				const { state, issues } = parseViewState(params, context);
				expectReported(params, state, issues);
			}),
			RUNS
		);
	});

	it('parseViewState orders reversed and out-of-range from/to, with an issue', () => {
		fc.assert(
			fc.property(rangeParams, (params) => {
				const { state, issues } = parseViewState(params, context);
				expectValid(state);
				expectReported(params, state, issues);
				if (state.fromMs === null || state.toMs === null) return;
				// Both ends were read: the view starts at the start of `from`, or of `to` when swapped.
				const swapped = issues.some((i) => i.code === 'urlSwapped');
				expect(state.fromMs).toBe(Date.parse(params.get(swapped ? 'to' : 'from')!));
			}),
			RUNS
		);
	});

	it('parseViewState without a context still reports every value it drops', () => {
		fc.assert(
			fc.property(randomParams, (params) => {
				const { state, issues } = parseViewState(params);
				expectReported(params, state, issues);
				if (state.fromMs !== null && state.toMs !== null)
					expect(state.fromMs).toBeLessThan(state.toMs);
			}),
			RUNS
		);
	});

	it('parseViewState told the page’s other parameters names every one it does not read', () => {
		const pageContext = { ...context, otherParams: ['data', 'lang'] };
		fc.assert(
			fc.property(randomParams, (params) => {
				const { state, issues } = parseViewState(params, pageContext);
				expectValid(state);
				expectReported(params, state, issues);
				for (const name of params.keys())
					if (![...VIEW_PARAMS, 'data', 'lang'].includes(name))
						expect(issues.some((i) => i.param === name)).toBe(true);
				expect(parseViewState(formatViewState(state), pageContext).issues).toEqual([]);
			}),
			RUNS
		);
	});

	it('formatViewState round-trips whatever parseViewState kept, without issues', () => {
		fc.assert(
			fc.property(randomParams, (params) => {
				const { state } = parseViewState(params, context);
				expect(parseViewState(formatViewState(state), context)).toEqual({ state, issues: [] });
			}),
			RUNS
		);
	});
});
