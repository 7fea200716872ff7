import { describe, expect, it } from 'vitest';
import { clip, type UrlIssue } from './urlIssue';
import { utcMs } from './calendar';
import {
	DEFAULT_VIEW,
	formatViewState,
	parseViewState,
	type ViewState,
	type ViewStateContext
} from './urlState';

const utc = Date.UTC;
const DAY = 86_400_000;
const TYPES = ['forum', 'visit', 'talks', 'exercise', 'summit', 'agreement', 'milestone', 'period'];
const CONTEXT: ViewStateContext = {
	eventIds: new Set(['li-shangfu-visits-russia', 'xiangshan-forum-2024']),
	types: TYPES
};

/** Every text of an issue (its value and the values its message shows) is clipped for the notice. */
function expectClipped(issue: UrlIssue) {
	expect(issue.value.length).toBeLessThanOrEqual(61);
	for (const v of Object.values(issue.values))
		if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(61);
}

const parse = (search: string, context: ViewStateContext = CONTEXT) =>
	parseViewState(new URLSearchParams(search), context);
const view = (overrides: Partial<ViewState>): ViewState => ({
	...DEFAULT_VIEW,
	types: [],
	...overrides
});

describe('parseViewState', () => {
	it('parseViewState gives the default view for no parameters', () => {
		expect(parse('')).toEqual({ state: DEFAULT_VIEW, issues: [] });
	});

	it.each([
		['from=2023-04&to=2023-04', utc(2023, 3, 1), utc(2023, 4, 1)],
		['from=2023&to=2023', utc(2023, 0, 1), utc(2024, 0, 1)],
		['from=2000&to=2004', utc(2000, 0, 1), utc(2005, 0, 1)],
		['from=2023-04-16&to=2023-04-19', utc(2023, 3, 16), utc(2023, 3, 20)],
		['from=2023-01&to=2023-12-31', utc(2023, 0, 1), utc(2024, 0, 1)],
		['from=2024-02-29&to=2024-03', utc(2024, 1, 29), utc(2024, 3, 1)]
	])('parseViewState reads %s as the whole of both ends', (search, fromMs, toMs) => {
		const { state, issues } = parse(search);
		expect(issues).toEqual([]);
		expect([state.fromMs, state.toMs]).toEqual([fromMs, toMs]);
	});

	it('parseViewState reads the event, search and types', () => {
		const { state, issues } = parse(
			'event=li-shangfu-visits-russia&q=defence%20ministers&types=visit,talks'
		);
		expect(issues).toEqual([]);
		expect(state).toEqual(
			view({ event: 'li-shangfu-visits-russia', q: 'defence ministers', types: ['visit', 'talks'] })
		);
	});

	it('parseViewState drops blank and repeated types', () => {
		expect(parse('types=visit,,visit, exercise ,').state.types).toEqual(['visit', 'exercise']);
	});

	it('parseViewState accepts any event id and type when no context lists them', () => {
		const { state, issues } = parse('event=anything&types=party', {});
		expect(issues).toEqual([]);
		expect(state.event).toBe('anything');
		expect(state.types).toEqual(['party']);
	});

	it('parseViewState swaps a from after to, with an issue naming from', () => {
		const { state, issues } = parse('from=2024&to=2023');
		expect([state.fromMs, state.toMs]).toEqual([utc(2023, 0, 1), utc(2025, 0, 1)]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toEqual({
			param: 'from',
			value: '2024',
			code: 'urlSwapped',
			values: { from: '2024', to: '2023' }
		});
	});

	it.each([
		['from=banana', ['from']],
		['to=99999', ['to']],
		['from=banana&to=99999', ['from', 'to']],
		['from=2023-02-30&to=2023-03', ['from']],
		['from=2023&to=2023-13', ['to']],
		['from=99999&to=2023', ['from']],
		['from=2023-04-16T25:00&to=2023-05', ['from']],
		['from=<script>&to=2023', ['from']],
		['event=no-such-event', ['event']],
		['event=li-shangfu-visits-russia%00', ['event']],
		['types=visit,party,exercise', ['types']],
		['types=party,rave', ['types', 'types']],
		['from=banana&event=nope&types=party', ['from', 'event', 'types']]
	])('parseViewState reports %s with issues naming %j', (search, params) => {
		const { issues } = parse(search);
		expect(issues.map((i) => i.param)).toEqual(params);
		for (const issue of issues) expect(issue.code).toMatch(/^url[A-Z]/);
	});

	it('parseViewState keeps the valid parts of a partly bad URL', () => {
		const { state } = parse('from=banana&to=2023&event=nope&types=visit,party&q=forum');
		expect(state.event).toBeNull();
		expect(state.types).toEqual(['visit']);
		expect(state.q).toBe('forum');
		expect(state.fromMs).toBeNull();
	});

	it.each([
		['from', 'the known ids and types', CONTEXT],
		['to', 'the known ids and types', CONTEXT],
		['event', 'the known ids and types', CONTEXT],
		['q', 'the known ids and types', CONTEXT],
		['types', 'the known ids and types', CONTEXT],
		['from', 'no context', {}],
		['to', 'no context', {}],
		['event', 'no context', {}],
		['q', 'no context', {}],
		['types', 'no context', {}]
	] as const)(
		'parseViewState reports a 10,000-character %s (given %s) without throwing',
		(param, _context, context) => {
			const params = new URLSearchParams({ [param]: 'x'.repeat(10_000) });
			const { state, issues } = parseViewState(params, context);
			expect(issues.map((i) => i.param)).toEqual([param]);
			expectClipped(issues[0]);
			expect(state.q.length).toBeLessThanOrEqual(200);
			expect(state.event).toBeNull();
			expect(state.types).toEqual([]);
		}
	);

	it('parseViewState rejects unpadded months and days', () => {
		const { state, issues } = parse('from=2023-4-6&to=2023-4-9');
		expect([state.fromMs, state.toMs]).toEqual([null, null]);
		expect(issues.map((i) => i.param)).toEqual(['from', 'to']);
	});

	it('parseViewState never throws on arbitrary input', () => {
		let seed = 99;
		const random = () => (seed = (Math.imul(1664525, seed) + 1013904223) >>> 0) / 2 ** 32;
		const alphabet = '0123456789-X?~%/.,&=+ abc€中\u0000\uD800';
		for (let n = 0; n < 300; n++) {
			const value = Array.from(
				{ length: Math.floor(random() * 30) },
				() => alphabet[Math.floor(random() * alphabet.length)]
			).join('');
			const params = new URLSearchParams();
			for (const name of ['from', 'to', 'event', 'q', 'types'])
				if (random() < 0.6) params.set(name, value);
			expect(() => parseViewState(params, CONTEXT)).not.toThrow();
			expect(() => parseViewState(params)).not.toThrow();
		}
	});

	it('parseViewState does not mutate DEFAULT_VIEW', () => {
		const before = structuredClone(DEFAULT_VIEW);
		const { state } = parse(
			'types=visit,exercise&q=x&event=xiangshan-forum-2024&from=2023&to=2024'
		);
		state.types.push('forum');
		parse('');
		parse('').state.types.push('summit');
		expect(DEFAULT_VIEW).toEqual(before);
		expect(DEFAULT_VIEW.types).toEqual([]);
	});
});

describe('formatViewState', () => {
	it('formatViewState writes nothing for the default view', () => {
		expect(formatViewState(DEFAULT_VIEW).toString()).toBe('');
	});

	it('formatViewState writes the range as first and last whole days', () => {
		const params = formatViewState(view({ fromMs: utc(2023, 3, 1), toMs: utc(2023, 4, 1) }));
		expect(params.get('from')).toBe('2023-04-01');
		expect(params.get('to')).toBe('2023-04-30');
	});

	it('formatViewState rounds a partial last day up to include it', () => {
		const params = formatViewState(view({ fromMs: utc(2023, 3, 1, 13), toMs: utc(2023, 3, 9, 6) }));
		expect([params.get('from'), params.get('to')]).toEqual(['2023-04-01', '2023-04-09']);
	});

	it('formatViewState writes an hour within a day to the minute, never a to before its from', () => {
		const params = formatViewState(view({ fromMs: utc(2023, 3, 1, 6), toMs: utc(2023, 3, 1, 7) }));
		expect([params.get('from'), params.get('to')]).toEqual([
			'2023-04-01T06:00',
			'2023-04-01T06:59'
		]);
		const instant = formatViewState(view({ fromMs: utc(2023, 3, 1, 6), toMs: utc(2023, 3, 1, 6) }));
		expect([instant.get('from'), instant.get('to')]).toEqual([
			'2023-04-01T06:00',
			'2023-04-01T06:00'
		]);
	});

	it('formatViewState writes any era: BCE days, deep time by its years', () => {
		const bc = formatViewState(view({ fromMs: utcMs(-43, 2, 1), toMs: utcMs(-43, 3, 1) }));
		expect(bc.toString()).toBe('from=-0043-03-01&to=-0043-03-31');
		const deep = formatViewState(view({ fromMs: utcMs(-66e6), toMs: utcMs(-65e6) }));
		expect(deep.toString()).toBe('from=Y-66000000&to=Y-65000001');
	});
});

describe('parseViewState and formatViewState', () => {
	it.each([
		['', ''],
		['from=2023-04&to=2023-04', 'from=2023-04-01&to=2023-04-30'],
		['from=2023&to=2024', 'from=2023-01-01&to=2024-12-31'],
		['from=2023-04-16&to=2023-04-19', 'from=2023-04-16&to=2023-04-19'],
		['from=-0043-03&to=-0043-03', 'from=-0043-03-01&to=-0043-03-31'],
		['from=2023-11-08T14:00&to=2023-11-08T15:59', 'from=2023-11-08T14%3A00&to=2023-11-08T15%3A59'],
		[
			'to=2023&from=2000&event=xiangshan-forum-2024',
			'from=2000-01-01&to=2023-12-31&event=xiangshan-forum-2024'
		],
		['event=li-shangfu-visits-russia', 'event=li-shangfu-visits-russia'],
		['q=xiangshan forum', 'q=xiangshan+forum'],
		['types=visit,exercise', 'types=visit%2Cexercise'],
		['types=visit,,visit, exercise', 'types=visit%2Cexercise'],
		['from=banana&to=99999&event=nope', '']
	])('format(parse(%j)) is the canonical %j', (search, canonical) => {
		expect(formatViewState(parse(search).state).toString()).toBe(canonical);
	});

	it.each([
		'from=2023-04-01&to=2023-04-30',
		'from=2000-01-01&to=2024-12-31&event=li-shangfu-visits-russia',
		'q=a+b&types=visit%2Cforum',
		'from=2023-04-16&to=2023-04-16'
	])('parseViewState reads back the canonical %j without issues', (canonical) => {
		const { state, issues } = parse(canonical);
		expect(issues).toEqual([]);
		expect(formatViewState(state).toString()).toBe(canonical);
	});

	it.each([
		'from=2023&to=2024',
		'from=2023-04&to=2023-06',
		'from=2023',
		'to=2023-04',
		'event=xiangshan-forum-2024&q=x'
	])('parse(format(state)) gives back the state parsed from %j', (search) => {
		const { state } = parse(search);
		const again = parseViewState(formatViewState(state), CONTEXT);
		expect(again.issues).toEqual([]);
		expect(again.state).toEqual(state);
	});

	it('parse(format(state)) gives back random day-aligned states', () => {
		let seed = 5;
		const random = () => (seed = (Math.imul(1664525, seed) + 1013904223) >>> 0) / 2 ** 32;
		for (let n = 0; n < 100; n++) {
			const fromMs = utc(2000, 0, 1) + Math.floor(random() * 9000) * DAY;
			const toMs = fromMs + (1 + Math.floor(random() * 2000)) * DAY;
			const state = view({
				fromMs,
				toMs,
				event: random() < 0.5 ? 'xiangshan-forum-2024' : null,
				q: random() < 0.5 ? 'joint exercise' : '',
				types: TYPES.filter(() => random() < 0.3)
			});
			const again = parseViewState(formatViewState(state), CONTEXT);
			expect(again.issues).toEqual([]);
			expect(again.state).toEqual(state);
		}
	});
});

describe('clip', () => {
	it.each([
		['short', 60, 'short'],
		['x'.repeat(60), 60, 'x'.repeat(60)],
		['x'.repeat(61), 60, `${'x'.repeat(60)}…`],
		['abcdef', 3, 'abc…']
	])('clip(%j, %i) is %j', (value, max, expected) => {
		expect(clip(value, max)).toBe(expected);
	});
});

describe('parseViewState research filters', () => {
	const ctx = { countries: ['CN', 'RU'], sources: ['doc-a', 'doc-b'], types: ['forum', 'visit'] };
	it.each([
		'countries=CN%2CRU',
		'sources=doc-b',
		'participants=Li+Shangfu',
		'basis=inferred',
		'from=2023-04-01&to=2023-04-30&event=x&q=forum&types=forum&countries=RU&sources=doc-a&basis=stated'
	])('formatViewState round-trips "%s"', (search) => {
		const { state, issues } = parseViewState(new URLSearchParams(search), ctx);
		expect(issues).toEqual([]);
		expect(formatViewState(state).toString()).toBe(search);
	});

	it('parseViewState drops unknown filter values with an issue naming the parameter', () => {
		const { state, issues } = parseViewState(
			new URLSearchParams('countries=XX,CN&sources=nope&basis=maybe'),
			ctx
		);
		expect(state.countries).toEqual(['CN']);
		expect(state.sources).toEqual([]);
		expect(state.basis).toBeNull();
		expect(issues.map((i) => i.param)).toEqual(['countries', 'sources', 'basis']);
	});
});

describe('parseViewState filters of a dataset', () => {
	const ctx: ViewStateContext = {
		countries: ['CN', 'RU'],
		sources: ['doc-a'],
		participants: ['Li Shangfu'],
		types: ['forum', 'visit']
	};
	const parseIn = (search: string, context: ViewStateContext = ctx) =>
		parseViewState(new URLSearchParams(search), context);

	it('parseViewState drops each unknown country, participant and source with its own issue', () => {
		const { state, issues } = parseIn(
			'countries=Narnia,CN&participants=Nobody,Li+Shangfu&sources=zzz,yyy'
		);
		expect(state.countries).toEqual(['CN']);
		expect(state.participants).toEqual(['Li Shangfu']);
		expect(state.sources).toEqual([]);
		const notIn = (list: string, value: string, known: string[]) => ({
			param: list,
			value,
			code: 'urlNotInDataset',
			values: { value, list, known }
		});
		expect(issues).toEqual([
			notIn('countries', 'Narnia', ['CN', 'RU']),
			notIn('sources', 'zzz', ['doc-a']),
			notIn('sources', 'yyy', ['doc-a']),
			notIn('participants', 'Nobody', ['Li Shangfu'])
		]);
	});

	it('parseViewState checks values against whatever dataset the context lists', () => {
		// An imported dataset: its own countries, participants and cited documents.
		const imported: ViewStateContext = {
			countries: ['FR'],
			participants: ['Someone'],
			sources: ['my-doc']
		};
		const search = 'countries=CN,FR&participants=Li+Shangfu&sources=doc-a,my-doc';
		const { state, issues } = parseIn(search, imported);
		expect(state).toMatchObject({ countries: ['FR'], participants: [], sources: ['my-doc'] });
		expect(issues.map((i) => `${i.param}=${i.value}`)).toEqual([
			'countries=CN',
			'sources=doc-a',
			'participants=Li Shangfu'
		]);
		expect(parseIn(search).issues.map((i) => `${i.param}=${i.value}`)).toEqual([
			'countries=FR',
			'sources=my-doc'
		]);
	});

	it('parseViewState leaves out the list of known values when it is long', () => {
		const countries = Array.from({ length: 13 }, (_, i) => `C${i}`);
		const { issues } = parseIn('countries=Narnia', { countries });
		expect(issues[0].values).toEqual({ value: 'Narnia', list: 'countries', known: [] });
	});

	it('parseViewState reads a singular (country=) as its list, naming it for each bad value', () => {
		const { state, issues } = parseIn('country=Narnia&participant=Nobody&source=zzz&type=party');
		expect([state.countries, state.participants, state.sources, state.types]).toEqual([
			[],
			[],
			[],
			[]
		]);
		expect(issues.map((i) => i.param)).toEqual(['type', 'country', 'source', 'participant']);
		expect(issues[1].values).toEqual({ value: 'Narnia', list: 'countries', known: ['CN', 'RU'] });
	});

	it('parseViewState applies a singular with known values, saying it was read as the list', () => {
		const { state, issues } = parseIn('country=CN&countries=RU,CN');
		expect(state.countries).toEqual(['RU', 'CN']);
		// CN was already given by `countries`: nothing was read from `country`.
		expect(issues).toEqual([]);
		const again = parseIn('country=CN');
		expect(again.state.countries).toEqual(['CN']);
		expect(again.issues).toEqual([
			{
				param: 'country',
				value: 'CN',
				code: 'urlAlias',
				values: { alias: 'country', name: 'countries' }
			}
		]);
		expect(formatViewState(again.state).toString()).toBe('countries=CN');
	});

	it('parseViewState names parameters the page does not read when told the page’s others', () => {
		const otherParams = ['data', 'lang'];
		const { issues } = parseIn('lang=zh&data=x&foo=1&utm_source=news&FROM=2023&from=2023', {
			...ctx,
			otherParams
		});
		expect(issues.map((i) => i.param)).toEqual(['foo', 'FROM']);
		expect(issues[0]).toMatchObject({ code: 'urlNotParam', values: { name: 'foo' } });
		expect(issues[0].values).toMatchObject({
			params: expect.arrayContaining(['from', 'to', 'types', 'data', 'lang'])
		});
		// Without `otherParams` (the embed's use) nothing is said about other names.
		expect(parseIn('foo=1&data=x').issues).toEqual([]);
	});

	it('parseViewState clips a hostile parameter name and never throws on one', () => {
		const name = '<b>'.repeat(1000);
		const { issues } = parseIn(`${encodeURIComponent(name)}=1`, { otherParams: [] });
		expect(issues).toHaveLength(1);
		expect(issues[0].param.length).toBeLessThanOrEqual(61);
		expectClipped(issues[0]);
	});
});
