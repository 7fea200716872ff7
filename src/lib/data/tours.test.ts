import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadDataDir } from '../server/dataDir';
import { defaultTour, validateTour, type TimedEvent } from './tours';
import { formatProblem } from './validate';

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
