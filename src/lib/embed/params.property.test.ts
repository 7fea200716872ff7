// Random URL parameters never make the embed's parser throw; it keeps only known values and names
// every parameter it corrects or ignores.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomParams, rangeParams } from '../timeline/urlParams.arbitrary';
import { LANG_CODES } from '../i18n/lang';
import { EMBED_PARAMS, formatEmbedParams, parseEmbedParams } from './params';

const context = {
	eventIds: new Set(['a', 'b']),
	types: ['forum', 'visit'],
	tours: new Set(['t'])
};
const RUNS = { numRuns: 2000 };

describe('parseEmbedParams on random input', () => {
	it('parseEmbedParams never throws and keeps only known values', () => {
		fc.assert(
			fc.property(fc.oneof(randomParams, rangeParams), (p) => {
				const { config } = parseEmbedParams(p, context);
				const { view } = config;
				expect(['light', 'dark', 'auto']).toContain(config.theme);
				expect(LANG_CODES).toContain(config.lang);
				expect(typeof config.controls).toBe('boolean');
				expect(config.tour === null || context.tours.has(config.tour)).toBe(true);
				for (const id of config.events) expect(context.eventIds.has(id)).toBe(true);
				for (const type of view.types) expect(context.types).toContain(type);
				expect(view.event === null || context.eventIds.has(view.event)).toBe(true);
				if (view.fromMs !== null && view.toMs !== null) expect(view.fromMs).toBeLessThan(view.toMs);
				for (const ms of [view.fromMs, view.toMs === null ? null : view.toMs - 1]) {
					if (ms === null) continue;
					expect(Number.isFinite(ms)).toBe(true);
					expect(Math.abs(new Date(ms).getUTCFullYear())).toBeLessThanOrEqual(10_000);
				}
				// The embed shows no search or other filters: those parameters are ignored, not applied.
				expect(view.q).toBe('');
				expect([view.countries, view.sources, view.participants, view.basis]).toEqual([
					[],
					[],
					[],
					null
				]);
			}),
			RUNS
		);
	});

	it('parseEmbedParams names every parameter it corrects or ignores', () => {
		fc.assert(
			fc.property(fc.oneof(randomParams, rangeParams), (p) => {
				const { config, issues } = parseEmbedParams(p, context);
				const named = (param: string) => issues.some((i) => i.param === param);
				for (const name of p.keys())
					if (!(EMBED_PARAMS as readonly string[]).includes(name)) expect(named(name)).toBe(true);
				// Spellings the site reads as one of its languages (zh-CN, ZH, en-GB) are kept silently.
				const lang = p.get('lang')?.trim();
				if (lang && !LANG_CODES.some((c) => new RegExp(`^${c}\\b`, 'i').test(lang)))
					expect(named('lang'), 'lang').toBe(true);
				for (const [name, kept] of [
					['theme', config.theme],
					['controls', config.controls ? 'on' : 'off'],
					['tour', config.tour]
				] as const) {
					const raw = p.get(name);
					if (raw && raw !== kept) expect(named(name), name).toBe(true);
				}
				for (const name of ['from', 'to'] as const) {
					const kept = name === 'from' ? config.view.fromMs : config.view.toMs;
					if (p.get(name) && kept === null) expect(named(name), name).toBe(true);
				}
				const selected = p.get('event') ?? p.get('selected');
				if (selected && config.view.event !== selected)
					expect(named('event') || named('selected')).toBe(true);
				for (const id of (p.get('events') ?? '').split(',').map((s) => s.trim()))
					if (id && !config.events.includes(id)) expect(named('events')).toBe(true);
				for (const type of (p.get('types') ?? '').split(',').map((s) => s.trim()))
					if (type && !config.view.types.includes(type)) expect(named('types')).toBe(true);
				for (const issue of issues) expect(issue.value.length).toBeLessThanOrEqual(61);
			}),
			RUNS
		);
	});

	it('formatEmbedParams round-trips whatever parseEmbedParams kept, without issues', () => {
		fc.assert(
			fc.property(randomParams, (p) => {
				const { config } = parseEmbedParams(p, context);
				expect(parseEmbedParams(formatEmbedParams(config), context)).toEqual({
					config,
					issues: []
				});
			}),
			RUNS
		);
	});
});
