import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/strings';
import { FIXTURE_DIR, loadDataDir } from '../server/dataDir';
import {
	clampStep,
	defaultTour,
	formatPresentParams,
	interpolateWindow,
	parsePresentParams,
	parseAutoplay,
	parseStep,
	presenterAction,
	stopWindow,
	transitionMs,
	validateTour,
	type TimedEvent
} from './tours';
import { formatProblem } from './validate';

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const EVENTS: TimedEvent[] = [
	{ id: 'b-visit', span: { startMs: utc(2023, 4, 16), endMs: utc(2023, 4, 20) } },
	{ id: 'a-forum', span: { startMs: utc(2023, 10, 29), endMs: utc(2023, 11, 1) } },
	{ id: 'c-talks', span: { startMs: utc(2023, 4, 16), endMs: utc(2023, 4, 17) } },
	{ id: 'd-same', span: { startMs: utc(2023, 4, 16), endMs: utc(2023, 4, 17) } }
];

function problemsOf(raw: unknown, id = 'sample'): string[] {
	return validateTour(raw, id, EVENTS).problems.map(formatProblem);
}

describe('validateTour', () => {
	it('validateTour accepts event and range stops and resolves their extents', () => {
		const { tour, problems } = validateTour(
			{
				title: 'Sample',
				stops: [
					{ event: 'b-visit', notes: 'Say hello.' },
					{ from: '2023-10', to: '2023-11', title: 'Autumn' },
					{ from: '2023', to: '2023-04-16' }
				]
			},
			'sample',
			EVENTS
		);
		expect(problems).toEqual([]);
		expect(tour!.stops.map((s) => [s.event, s.title, s.notes, s.startMs, s.endMs])).toEqual([
			['b-visit', null, 'Say hello.', utc(2023, 4, 16), utc(2023, 4, 20)],
			[null, 'Autumn', null, utc(2023, 10, 1), utc(2023, 12, 1)],
			[null, null, null, utc(2023, 1, 1), utc(2023, 4, 17)]
		]);
	});

	it.each([
		[
			'an unknown event id',
			{ title: 'T', stops: [{ event: 'b-visit' }, { event: 'nope' }] },
			['data/tours/sample.json: stops[1]: event: unknown event id "nope"']
		],
		[
			'a bad month',
			{ title: 'T', stops: [{ from: '2023-13', to: '2023-12' }] },
			[
				'data/tours/sample.json: stops[0]: from: "2023-13" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD'
			]
		],
		[
			'a range that ends before it starts',
			{ title: 'T', stops: [{ from: '2023-11', to: '2023-10-31' }] },
			['data/tours/sample.json: stops[0]: to: "2023-10-31" is before "from" ("2023-11")']
		],
		[
			'a half range',
			{ title: 'T', stops: [{ from: '2023' }] },
			['data/tours/sample.json: stops[0]: to: null is not a date: use YYYY, YYYY-MM or YYYY-MM-DD']
		],
		[
			'an empty tour',
			{ title: 'T', stops: [] },
			['data/tours/sample.json: stops: must be a non-empty array of stops']
		],
		[
			'a missing title and an unknown field',
			{ stops: [{ event: 'b-visit', note: 'typo' }] },
			[
				'data/tours/sample.json: title: must be a non-empty string',
				'data/tours/sample.json: stops[0]: note: unknown field'
			]
		],
		[
			'a stop with both an event and a range',
			{ title: 'T', stops: [{ event: 'b-visit', from: '2023', to: '2023' }] },
			['data/tours/sample.json: stops[0]: event: give either "event" or "from"/"to", not both']
		],
		[
			'a stop with neither',
			{ title: 'T', stops: [{ title: 'Lost' }, 'b-visit'] },
			[
				'data/tours/sample.json: stops[0]: needs "event", or "from" and "to"',
				'data/tours/sample.json: stops[1]: must be an object with "event" or "from"/"to"'
			]
		],
		[
			'not an object',
			[1, 2],
			['data/tours/sample.json: must be an object { "title": …, "stops": [...] }']
		]
	])('validateTour reports %s, one line per problem', (_, raw, expected) => {
		expect(problemsOf(raw)).toEqual(expected);
		expect(validateTour(raw, 'sample', EVENTS).tour).toBeNull();
	});

	it('validateTour reads the Chinese titles and notes of the tour and its stops', () => {
		const { tour, problems } = validateTour(
			{
				title: 'Sample',
				titleZh: '示例',
				description: 'A tour.',
				descriptionZh: '一个导览。',
				stops: [{ event: 'b-visit', notes: 'Say hello.', notesZh: '问好。' }]
			},
			'sample',
			EVENTS,
			undefined,
			{ requireChinese: true }
		);
		expect(problems).toEqual([]);
		expect(tour).toMatchObject({ titleZh: '示例', descriptionZh: '一个导览。' });
		expect(tour!.stops[0]).toMatchObject({ notesZh: '问好。', titleZh: null });
	});

	it('validateTour requires a Chinese counterpart of every English text for curated tours', () => {
		const raw = {
			title: 'T',
			description: 'D',
			stops: [
				{ event: 'b-visit', notes: 'N' },
				{ from: '2023', to: '2023', title: 'Year' }
			]
		};
		const check = (rules?: { requireChinese?: boolean }) =>
			validateTour(raw, 'sample', EVENTS, undefined, rules).problems.map(formatProblem);
		expect(check({ requireChinese: true })).toEqual([
			'data/tours/sample.json: titleZh: curated tours need the Chinese "titleZh" beside "title"',
			'data/tours/sample.json: descriptionZh: curated tours need the Chinese "descriptionZh" beside "description"',
			'data/tours/sample.json: stops[0]: notesZh: curated tours need the Chinese "notesZh" beside "notes"',
			'data/tours/sample.json: stops[1]: titleZh: curated tours need the Chinese "titleZh" beside "title"'
		]);
		expect(check()).toEqual([]);
	});

	it('validateTour rejects an empty Chinese text', () => {
		expect(
			problemsOf({ title: 'T', titleZh: ' ', stops: [{ event: 'b-visit', notesZh: '' }] })
		).toEqual([
			'data/tours/sample.json: titleZh: must be a non-empty string when given',
			'data/tours/sample.json: stops[0]: notesZh: must be a non-empty string when given'
		]);
	});

	it('validateTour rejects the reserved id and ids that are not slugs', () => {
		const raw = { title: 'T', stops: [{ event: 'b-visit' }] };
		expect(problemsOf(raw, 'all')).toEqual([
			'data/tours/all.json: "all" is reserved for the built-in tour'
		]);
		expect(problemsOf(raw, 'My Tour')[0]).toMatch(/kebab-case/);
	});
});

describe('defaultTour', () => {
	it('defaultTour visits every event by start, then end, then id', () => {
		const tour = defaultTour(EVENTS, 'All');
		expect(tour.id).toBe('all');
		expect(tour.stops.map((s) => s.event)).toEqual(['c-talks', 'd-same', 'b-visit', 'a-forum']);
	});

	it('defaultTour of no events has no stops', () => {
		expect(defaultTour([]).stops).toEqual([]);
	});
});

describe('step parsing', () => {
	it.each([
		['3', 5, 3],
		['1', 5, 1],
		['-1', 5, 1],
		['0', 5, 1],
		['abc', 5, 1],
		['2.5', 5, 1],
		['', 5, 1],
		[null, 5, 1],
		[undefined, 5, 1],
		['9999', 5, 5],
		['99999999999999999999', 5, 5],
		['9'.repeat(400), 5, 5],
		['-99999999999999999999', 5, 1],
		[' 4 ', 5, 4],
		['3', 0, 1]
	])('parseStep(%j) of %i steps is %i', (value, count, expected) => {
		expect(parseStep(value, count)).toBe(expected);
	});

	it.each([
		[0, 3, 1],
		[4, 3, 3],
		[2.7, 3, 2],
		[NaN, 3, 1],
		[Infinity, 3, 1],
		[-Infinity, 3, 1]
	])('clampStep(%d) of %i steps is %i', (step, count, expected) => {
		expect(clampStep(step, count)).toBe(expected);
	});

	const tours = [
		defaultTour(EVENTS),
		{ id: 'short', stops: defaultTour(EVENTS).stops.slice(0, 2) }
	];
	it.each([
		['tour=short&step=2', { tour: 'short', step: 2 }],
		['tour=short&step=9999', { tour: 'short', step: 2 }],
		['tour=short&step=-1', { tour: 'short', step: 1 }],
		['tour=short&step=abc', { tour: 'short', step: 1 }],
		['tour=nope&step=3', { tour: 'all', step: 3 }],
		['step=4', { tour: 'all', step: 4 }],
		['tour=%3Cscript%3E&step=%00', { tour: 'all', step: 1 }],
		['', { tour: 'all', step: 1 }]
	])('parsePresentParams(%j) corrects what it must', (search, expected) => {
		const { tour, step } = parsePresentParams(new URLSearchParams(search), tours);
		expect({ tour, step }).toEqual(expected);
	});

	it.each([
		['tour=nope', [['tour', 'nope', 'there is no tour "nope"; showing the default tour']]],
		['step=-3', [['step', '-3', 'step -3 is before the first step (1); showing step 1']]],
		['step=0', [['step', '0', 'step 0 is before the first step (1); showing step 1']]],
		['step=abc', [['step', 'abc', '"abc" is not a step number (1 to 4); showing step 1']]],
		['step=1.5', [['step', '1.5', '"1.5" is not a step number (1 to 4); showing step 1']]],
		['step=999', [['step', '999', 'step 999 is past the last step (4); showing step 4']]],
		['tour=short&step=3', [['step', '3', 'step 3 is past the last step (2); showing step 2']]],
		[
			'tour=nope&step=999',
			[
				['tour', 'nope', 'there is no tour "nope"; showing the default tour'],
				['step', '999', 'step 999 is past the last step (4); showing step 4']
			]
		]
	])('parsePresentParams(%j) names each correction', (search, expected) => {
		const { issues } = parsePresentParams(new URLSearchParams(search), tours);
		expect(issues.map((i) => [i.param, i.value, t('en', i.code, i.values)])).toEqual(expected);
	});

	it.each(['', 'tour=short&step=2', 'step=4', 'step=', 'tour=', 'step=%204%20', 'step=%2B3'])(
		'parsePresentParams(%j) has nothing to correct',
		(search) => {
			expect(parsePresentParams(new URLSearchParams(search), tours).issues).toEqual([]);
		}
	);

	it('parsePresentParams names the first tour when the unknown one falls back to it', () => {
		const { tour, issues } = parsePresentParams(new URLSearchParams('tour=x'), [tours[1]]);
		expect(tour).toBe('short');
		expect(issues[0]).toMatchObject({ code: 'urlTourReplaced', values: { instead: 'short' } });
		expect(t('en', issues[0].code, issues[0].values)).toBe(
			'there is no tour "x"; showing tour "short"'
		);
	});

	it('parsePresentParams clips hostile values and never throws', () => {
		const long = 'x'.repeat(5000);
		const { issues } = parsePresentParams(
			new URLSearchParams({ tour: long, step: `${'9'.repeat(5000)}` }),
			tours
		);
		expect(issues.map((i) => i.param)).toEqual(['tour', 'step']);
		for (const issue of issues) {
			expect(issue.value.length).toBeLessThanOrEqual(61);
			expect(t('en', issue.code, issue.values).length).toBeLessThan(400);
		}
		expect(parsePresentParams(new URLSearchParams('tour=a'), [])).toEqual({
			tour: 'all',
			step: 1,
			issues: []
		});
	});

	it('parsePresentParams never throws, keeps a valid position and reports every change', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('all', 'short', 'nope', '', '<b>'),
				fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)),
				(tourId, stepText) => {
					const params = new URLSearchParams({ tour: tourId, step: stepText });
					const { tour, step, issues } = parsePresentParams(params, tours);
					const chosen = tours.find((t) => t.id === tour)!;
					expect(chosen).toBeDefined();
					expect(Number.isInteger(step)).toBe(true);
					expect(step).toBeGreaterThanOrEqual(1);
					expect(step).toBeLessThanOrEqual(chosen.stops.length);
					if (tourId && tourId !== tour) expect(issues.some((i) => i.param === 'tour')).toBe(true);
					if (stepText.trim() && Number(stepText) !== step)
						expect(issues.some((i) => i.param === 'step')).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('parsePresentParams reads back what formatPresentParams writes', () => {
		for (const tour of tours)
			for (let step = 1; step <= tour.stops.length; step++) {
				const params = formatPresentParams(tour.id, step);
				expect(parsePresentParams(params, tours)).toEqual({ tour: tour.id, step, issues: [] });
			}
		expect(formatPresentParams('short', 2).toString()).toBe('tour=short&step=2');
	});
});

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

describe('presenterAction', () => {
	it.each([
		['ArrowRight', false, 'next'],
		['PageDown', false, 'next'],
		[' ', false, 'next'],
		[' ', true, 'previous'],
		['ArrowLeft', false, 'previous'],
		['PageUp', false, 'previous'],
		['Home', false, 'first'],
		['End', false, 'last'],
		['f', false, 'fullscreen'],
		['S', false, 'speaker'],
		['7', false, 'digit'],
		['Enter', false, 'jump'],
		['b', false, 'black'],
		['B', false, 'black'],
		['.', false, 'black'],
		['w', false, 'white'],
		['W', false, 'white'],
		['x', false, null],
		['ArrowUp', false, null]
	])('presenterAction(%j, shift %s) is %s', (key, shift, expected) => {
		expect(presenterAction(key, shift)).toBe(expected);
	});
});

describe('parseAutoplay', () => {
	it.each([
		['', null, false],
		['autoplay=8', 8, false],
		['autoplay=2.5', 2.5, false],
		['autoplay=1', 1, false],
		['autoplay=3600', 3600, false],
		['autoplay=0', null, true],
		['autoplay=0.5', null, true],
		['autoplay=3601', null, true],
		['autoplay=', null, true],
		['autoplay=soon', null, true],
		['autoplay=Infinity', null, true]
	])('parseAutoplay(%j) gives %s seconds (issue: %s)', (search, seconds, hasIssue) => {
		const { seconds: got, issue } = parseAutoplay(new URLSearchParams(search));
		expect(got).toBe(seconds);
		expect(issue?.param === 'autoplay' && issue.code === 'urlAutoplay').toBe(hasIssue);
	});
});

// The real tours are checked by `npm run check:data`; these use the frozen fixture copy.
describe('tours of the fixture dataset', () => {
	const { events, files } = loadDataDir(FIXTURE_DIR);

	it.each(files.tours)('validateTour accepts the fixture tour $id as curated', ({ id, text }) => {
		const { tour, problems } = validateTour(JSON.parse(text), id, events, undefined, {
			requireChinese: true
		});
		expect(problems.map(formatProblem)).toEqual([]);
		expect(tour!.stops.some((s) => s.notes)).toBe(true);
	});

	it('defaultTour visits every event in time order', () => {
		const tour = defaultTour(events);
		expect(tour.stops).toHaveLength(events.length);
		const starts = tour.stops.map((s) => s.startMs);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
	});
});
