// Random URL parameters never make the parsers throw, and every correction is reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViewState, parseViewState } from './urlState';
import { KEYS, randomParams as params } from './urlParams.arbitrary';

const context = {
	eventIds: new Set(['a', 'b']),
	types: ['forum', 'visit'],
	countries: ['CN', 'RU'],
	sources: ['doc']
};

describe('parseViewState on random input', () => {
	it('parseViewState never throws and always yields a valid state', () => {
		fc.assert(
			fc.property(params, (p) => {
				const { state, issues } = parseViewState(p, context);
				if (state.fromMs !== null && state.toMs !== null)
					expect(state.fromMs).toBeLessThan(state.toMs);
				for (const ms of [state.fromMs, state.toMs]) {
					if (ms !== null) {
						const year = new Date(ms).getUTCFullYear();
						expect(year).toBeGreaterThanOrEqual(1000);
						expect(year).toBeLessThanOrEqual(3000);
					}
				}
				for (const type of state.types) expect(context.types).toContain(type);
				for (const country of state.countries) expect(context.countries).toContain(country);
				expect(state.event === null || context.eventIds.has(state.event)).toBe(true);
				expect(state.q.length).toBeLessThanOrEqual(200);
				for (const issue of issues) expect(KEYS).toContain(issue.param);
				// What was kept survives a round trip.
				expect(parseViewState(formatViewState(state), context).state).toEqual(state);
			}),
			{ numRuns: 2000 }
		);
	});

	it('parseViewState reports every from/to it could not read', () => {
		fc.assert(
			fc.property(params, (p) => {
				const { state, issues } = parseViewState(p, context);
				for (const name of ['from', 'to'] as const) {
					const raw = p.get(name);
					const kept = name === 'from' ? state.fromMs : state.toMs;
					if (raw && kept === null) expect(issues.some((i) => i.param === name)).toBe(true);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
