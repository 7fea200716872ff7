import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadDataDir } from '../server/dataDir';
import { loadDataset } from './load';
import { isSourceRef } from './refs';
import type { EventRecord } from './schema';
import {
	CURATED_RULES,
	formatProblem,
	parseJson,
	validateEvents,
	validateSources,
	validateVocabulary,
	type DataProblem
} from './validate';

const EN_TEXT =
	'Defence ministers met in Moscow on 16 April 2023.\nThey agreed to expand joint exercises.\n';
const ZH_TEXT = '中俄两军举行会谈。\n双方同意加强合作。\n';
const TEXTS: Record<string, string> = { 'moscow-report': EN_TEXT, 'zh-talks': ZH_TEXT };

const SOURCES = [
	{
		id: 'moscow-report',
		file: 'sources/moscow-report.txt',
		title: 'Ministers meet in Moscow',
		shortTitle: 'Moscow report',
		language: 'en',
		kind: 'news report',
		outlet: 'Example News',
		author: null,
		published: '2023-04-17',
		originalName: 'a.txt',
		reliability: 'high',
		notes: 'A fixture.'
	},
	{
		id: 'zh-talks',
		file: 'sources/zh-talks.txt',
		title: '中俄两军举行会谈',
		shortTitle: '两军会谈',
		titleEn: 'Chinese and Russian militaries hold talks',
		language: 'zh',
		kind: 'news report',
		outlet: '示例报',
		author: null,
		published: null,
		originalName: 'b.txt',
		reliability: 'medium',
		notes: 'A fixture.'
	}
];

type Raw = Record<string, unknown>;

/** The categories and lanes the curated rules require of the events below. */
const VOCABULARY = {
	categories: ['talks', 'agreement', 'period'].map((id) => ({ id, label: id, labelZh: id })),
	lanes: [
		{ id: 'talks', label: 'Talks', labelZh: '会谈', categories: ['talks'] },
		{ id: 'agreements', label: 'Agreements', labelZh: '协议', categories: ['agreement'] }
	]
};

function event(overrides: Raw = {}): Raw {
	return {
		id: 'ministers-meet',
		title: 'Defence ministers meet in Moscow',
		titleZh: '两国防长在莫斯科会晤',
		type: 'talks',
		date: '2023-04-16',
		dateBasis: 'stated',
		summary: 'The two defence ministers met.',
		summaryZh: '两国防长举行了会晤。',
		sources: [
			{ source: 'moscow-report', quote: 'Defence ministers met in Moscow', start: 0, end: 31 }
		],
		...overrides
	};
}

function validate(
	events: Raw[],
	options: { requireLocalSource?: boolean; texts?: Record<string, string> } = {}
) {
	const { sources } = validateSources(SOURCES, TEXTS);
	return validateEvents({ events }, sources, options.texts ?? TEXTS, {
		requireLocalSource: options.requireLocalSource ?? true
	});
}

/** The one problem a fixture has, asserting there is exactly one. */
function onlyProblem(events: Raw[], options?: Parameters<typeof validate>[1]): DataProblem {
	const { problems } = validate(events, options);
	expect(problems).toHaveLength(1);
	return problems[0];
}

describe('fixture', () => {
	it('fixture offsets point at their quotes', () => {
		expect(EN_TEXT.slice(0, 31)).toBe('Defence ministers met in Moscow');
		expect(EN_TEXT.slice(72, 87)).toBe('joint exercises');
		expect(ZH_TEXT.slice(10, 18)).toBe('双方同意加强合作');
	});
});

describe('parseJson', () => {
	it('parseJson returns the value of valid JSON', () => {
		expect(parseJson('{"events": []}', 'data/events.json')).toEqual({ value: { events: [] } });
	});

	it.each([
		['an unterminated array', '[1, 2', 1, 6],
		['a trailing comma', '{\n  "a": 1,\n  "b": 2,\n}', 4, 1],
		['a missing colon', '{\n  "a" 1\n}', 2, 7],
		['a missing value', '{\n  "a": 1,\n  "b": ,\n}', 3, 8],
		['a stray word', '{\n  "a": 1\n}\nnope', 4, 1],
		['a bare word', '\n\n  xyz', 3, 3]
	])('parseJson reports %s with its line and column', (_name, text, line, column) => {
		const { value, problem } = parseJson(text, 'data/events.json');
		expect(value).toBeUndefined();
		expect(problem?.file).toBe('data/events.json');
		expect(problem?.message).toMatch(/^malformed JSON/);
		expect(problem?.message).toContain(`line ${line}, column ${column}`);
	});

	it('parseJson reports empty input as malformed', () => {
		expect(parseJson('', 'data/sources.json').problem?.message).toMatch(/^malformed JSON/);
	});
});

describe('validateEvents', () => {
	it('validateEvents passes a valid fixture with zero problems', () => {
		const events = [
			event(),
			event({
				id: 'exercise-agreed',
				type: 'agreement',
				date: '2023-04-16/2023-04-19',
				titleZh: '同意扩大联合演习',
				participants: [
					{ name: 'Li Shangfu', nameZh: '李尚福', role: 'Minister of Defence', country: 'CN' }
				],
				place: { city: 'Moscow', country: 'RU', lat: 55.75, lon: 37.62 },
				sources: [
					{ source: 'moscow-report', quote: 'joint exercises', start: 72, end: 87 },
					{
						source: 'zh-talks',
						quote: '双方同意加强合作',
						start: 10,
						end: 18,
						translation: 'Both sides agreed to strengthen cooperation'
					},
					{ url: 'https://example.org/report', title: 'A report' }
				]
			}),
			event({
				id: 'talks-inferred',
				date: '2023-04~',
				dateBasis: 'inferred',
				dateNote: 'The text gives no date; the visit is dated by a news report.',
				dateReference: {
					outlet: 'Example News',
					title: 'Ministers meet',
					published: '2023-04-17',
					url: 'https://example.org/'
				},
				sources: [
					{
						source: 'zh-talks',
						quote: '中俄两军举行会谈',
						start: 0,
						end: 8,
						translation: 'The Chinese and Russian militaries held talks'
					}
				]
			})
		];
		const { events: valid, problems } = validate(events);
		expect(problems).toEqual([]);
		expect(valid.map((e) => e.id)).toEqual(['ministers-meet', 'exercise-agreed', 'talks-inferred']);
		// Schema defaults apply.
		expect(valid[0].participants).toEqual([]);
		expect(valid[0].place).toBeNull();
	});

	it('validateEvents rejects a file that is not { events: [...] }', () => {
		for (const raw of [[], null, { events: {} }, { events: [], extra: 1 }]) {
			const { events, problems } = validateEvents(raw, [], {});
			expect(events).toEqual([]);
			expect(problems).toEqual([
				{ file: 'data/events.json', message: expect.stringMatching(/events/) }
			]);
		}
	});

	it.each([
		['an empty category', { type: '  ' }, 'type'],
		['a missing summary', { summary: undefined }, 'summary'],
		['an empty title', { title: '  ' }, 'title'],
		['an id that is not a slug', { id: 'Ministers Meet' }, 'id'],
		['an unknown dateBasis', { dateBasis: 'guessed' }, 'dateBasis'],
		[
			'a country that is not a code',
			{ participants: [{ name: 'Li', role: 'Minister', country: 'China' }] },
			'participants[0].country'
		],
		[
			'a latitude off the globe',
			{ place: { city: 'Moscow', country: 'RU', lat: 95 } },
			'place.lat'
		],
		[
			'a quote with a negative offset',
			{ sources: [{ source: 'moscow-report', quote: 'x', start: -1, end: 1 }] },
			'sources[0].start'
		],
		['an unknown field', { colour: 'red' }, undefined]
	])('validateEvents names the field for %s', (_name, overrides, field) => {
		const problem = onlyProblem([event(overrides)]);
		expect(problem.file).toBe('data/events.json');
		if (field) expect(problem.field).toBe(field);
		else expect(problem.message).toMatch(/colour/);
	});

	it('validateEvents names a record without a usable id by its position', () => {
		const { problems } = validate([event(), event({ id: 42 }), { title: 'x' }]);
		expect(problems.map((p) => p.id)).toContain('#3');
		expect(problems.find((p) => p.field === 'id')?.id).toBe('#2');
	});

	it('validateEvents reports a duplicate id and keeps the first', () => {
		const { events, problems } = validate([event(), event({ title: 'Again' })]);
		expect(problems).toEqual([
			{ file: 'data/events.json', id: 'ministers-meet', field: 'id', message: 'duplicate event id' }
		]);
		expect(events.map((e) => e.title)).toEqual(['Defence ministers meet in Moscow']);
	});

	it.each(['2023-02-30', 'April 2023', '2023/', '99999', '2023-13'])(
		'validateEvents reports the invalid EDTF date %j',
		(date) => {
			const problem = onlyProblem([event({ date })]);
			expect(problem).toMatchObject({ id: 'ministers-meet', field: 'date' });
			expect(problem.message).toContain(date);
		}
	);

	it.each(['2004/2000', '2023-04-19/2023-04-16'])(
		'validateEvents reports the reversed range %j',
		(date) => {
			const problem = onlyProblem([event({ date })]);
			expect(problem).toMatchObject({ id: 'ministers-meet', field: 'date' });
			expect(problem.message).toContain(date);
		}
	);

	it('validateEvents requires a note and a reference for an inferred date', () => {
		const { problems } = validate([event({ dateBasis: 'inferred' })]);
		expect(problems.map((p) => p.field)).toEqual(['dateNote', 'dateReference']);
		const withNote = onlyProblem([
			event({ dateBasis: 'inferred', dateNote: 'Dated by a report.' })
		]);
		expect(withNote.field).toBe('dateReference');
		const withReference = onlyProblem([
			event({
				dateBasis: 'inferred',
				dateReference: { outlet: 'Example News', title: 'Report', published: '2023-04-17' }
			})
		]);
		expect(withReference.field).toBe('dateNote');
	});

	it('validateEvents requires the date reference’s published date to be EDTF', () => {
		const problem = onlyProblem([
			event({
				dateReference: { outlet: 'Example News', title: 'Report', published: '17 April 2023' }
			})
		]);
		expect(problem.field).toBe('dateReference.published');
		expect(problem.message).toContain('17 April 2023');
	});

	it('validateEvents reports an unknown source id', () => {
		const problem = onlyProblem([
			event({ sources: [{ source: 'no-such-source', quote: 'Defence', start: 0, end: 7 }] })
		]);
		expect(problem).toEqual({
			file: 'data/events.json',
			id: 'ministers-meet',
			field: 'sources[0].source',
			message: 'unknown source "no-such-source"'
		});
	});

	it('validateEvents reports a listed source whose document is missing as unknown', () => {
		const problem = onlyProblem([event()], { texts: { 'zh-talks': ZH_TEXT } });
		expect(problem.field).toBe('sources[0].source');
	});

	it('validateEvents accepts a declared source without its document when documents are not required', () => {
		const { sources } = validateSources(SOURCES, TEXTS);
		const raw = { events: [event({ summaryZh: undefined })] };
		const strict = validateEvents(raw, sources, {}, { requireLocalSource: false });
		expect(strict.problems.map((p) => p.message)).toContain(
			'the document of source "moscow-report" is missing'
		);
		const loose = validateEvents(
			raw,
			sources,
			{},
			{
				requireLocalSource: false,
				requireDocuments: false
			}
		);
		expect(loose.problems).toEqual([]);
		expect(loose.events).toHaveLength(1);
	});

	it('validateEvents reports an end that is not after the start', () => {
		const problem = onlyProblem([
			event({ sources: [{ source: 'moscow-report', quote: 'Defence', start: 7, end: 7 }] })
		]);
		expect(problem.field).toBe('sources[0].end');
	});

	it('validateEvents gives the right offsets of a quote found elsewhere in the text', () => {
		const problem = onlyProblem([
			event({ sources: [{ source: 'moscow-report', quote: 'joint exercises', start: 0, end: 15 }] })
		]);
		expect(problem.field).toBe('sources[0].start');
		expect(problem.message).toBe('the quote is at 72–87, not at 0–15');
	});

	it('validateEvents gives the right offsets of a quote off by one', () => {
		const problem = onlyProblem([
			event({
				sources: [{ source: 'moscow-report', quote: 'joint exercises', start: 73, end: 88 }]
			})
		]);
		expect(problem.message).toBe('the quote is at 72–87, not at 73–88');
	});

	it('validateEvents names the closest passage to a quote not in the text', () => {
		const problem = onlyProblem([
			event({
				sources: [
					{ source: 'moscow-report', quote: 'Defense ministers met in Moskva', start: 0, end: 31 }
				]
			})
		]);
		expect(problem.field).toBe('sources[0].quote');
		expect(problem.message).toMatch(
			/^not found in sources\/moscow-report\.txt; closest passage at 0–31: /
		);
		expect(problem.message).toContain('"Defence ministers met in Moscow"');
	});

	it('validateEvents checks the quote exactly, including case and whitespace', () => {
		for (const quote of [
			'defence ministers met in Moscow',
			'Defence  ministers met in Moscow',
			'Defence ministers met in Moscow '
		]) {
			const problem = onlyProblem([
				event({ sources: [{ source: 'moscow-report', quote, start: 0, end: quote.length }] })
			]);
			expect(problem.field).toMatch(/^sources\[0\]\.(quote|start)$/);
		}
	});

	it('validateEvents requires a translation for a quote from a Chinese source', () => {
		const problem = onlyProblem([
			event({ sources: [{ source: 'zh-talks', quote: '中俄两军举行会谈', start: 0, end: 8 }] })
		]);
		expect(problem).toMatchObject({ id: 'ministers-meet', field: 'sources[0].translation' });
		expect(problem.message).toMatch(/translation/);
	});

	it('validateEvents requires a local source with a quote for curated data only', () => {
		const urlOnly = event({
			sources: [{ url: 'https://example.org/report', quote: 'Ministers met' }]
		});
		expect(onlyProblem([urlOnly]).field).toBe('sources');
		expect(validate([urlOnly], { requireLocalSource: false }).problems).toEqual([]);
	});

	it('validateEvents requires Chinese titles and summaries with the curated rules only', () => {
		const { sources } = validateSources(SOURCES, TEXTS);
		const english = event({ titleZh: undefined, summaryZh: undefined });
		const curated = validateEvents({ events: [english] }, sources, TEXTS, CURATED_RULES);
		expect(curated.problems.map((p) => [p.field, p.message])).toEqual([
			['titleZh', 'curated events need a Chinese title'],
			['summaryZh', 'curated events need a Chinese summary']
		]);
		expect(curated.events).toEqual([]);
		expect(validate([english]).problems).toEqual([]);
		expect(validateEvents({ events: [event()] }, sources, TEXTS, CURATED_RULES).problems).toEqual(
			[]
		);
	});

	it('validateEvents requires Chinese notes and date notes beside English ones, curated rules only', () => {
		const { sources } = validateSources(SOURCES, TEXTS);
		const english = event({ notes: 'A note.', dateNote: 'A date note.' });
		const curated = validateEvents({ events: [english] }, sources, TEXTS, CURATED_RULES);
		expect(curated.problems.map((p) => [p.id, p.field, p.message])).toEqual([
			[english.id, 'notesZh', 'curated events with notes need Chinese notes'],
			[english.id, 'dateNoteZh', 'curated events with a date note need a Chinese date note']
		]);
		expect(validate([english]).problems).toEqual([]);
		const both = event({
			notes: 'A note.',
			notesZh: '一条说明。',
			dateNote: 'A date note.',
			dateNoteZh: '一条日期说明。'
		});
		expect(validateEvents({ events: [both] }, sources, TEXTS, CURATED_RULES).problems).toEqual([]);
	});

	it.each([
		['identification "probable"', { identification: 'probable' }],
		['identification "possible"', { identification: 'possible' }],
		['an interval open at the end', { type: 'period', date: '2012~/..' }],
		['an interval open at the start', { type: 'period', date: '../2004' }],
		['an uncertain end of a range', { date: '2023-04-16/2023-04-19?' }],
		[
			'a date reference with the language of its title',
			{
				dateBasis: 'inferred',
				dateNote: 'From the record.',
				dateReference: { outlet: 'IA REX', title: 'Шойгу', published: '2023-10-30', language: 'ru' }
			}
		]
	])('validateEvents accepts %s', (_name, overrides) => {
		expect(validate([event(overrides)]).problems).toEqual([]);
	});

	it.each([
		['an identification outside the vocabulary', { identification: 'certain' }, 'identification'],
		['a date open at both ends', { date: '../..' }, 'date'],
		['an unknown (empty) end', { date: '2012/' }, 'date'],
		[
			'a date reference language that is not a tag',
			{
				dateBasis: 'inferred',
				dateNote: 'From the record.',
				dateReference: { outlet: 'X', title: 'Y', published: '2023', language: 'Russian' }
			},
			'dateReference.language'
		]
	])('validateEvents rejects %s', (_name, overrides, field) => {
		expect(onlyProblem([event(overrides)]).field).toBe(field);
	});

	it('validateEvents leaves invalid events out and keeps the valid ones', () => {
		const { events, problems } = validate([
			event({ id: 'bad-date', date: 'soon' }),
			event(),
			event({ id: 'bad-type', type: '' })
		]);
		expect(events.map((e) => e.id)).toEqual(['ministers-meet']);
		expect(problems.map((p) => p.id)).toEqual(['bad-date', 'bad-type']);
	});

	it('validateEvents puts its file name in every problem', () => {
		const { problems } = validateEvents(
			{ events: [event({ date: 'soon' })] },
			[],
			{},
			{ requireLocalSource: true },
			'import.json'
		);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(p.file).toBe('import.json');
	});
});

describe('validateSources', () => {
	it('validateSources passes the fixture sources with zero problems', () => {
		const { sources, problems } = validateSources(SOURCES, TEXTS);
		expect(problems).toEqual([]);
		expect(sources.map((s) => s.id)).toEqual(['moscow-report', 'zh-talks']);
	});

	it('validateSources requires the file to be sources/<id>.txt', () => {
		const { problems } = validateSources([{ ...SOURCES[0], file: 'docs/moscow.txt' }], TEXTS);
		expect(problems).toEqual([
			{
				file: 'data/sources.json',
				id: 'moscow-report',
				field: 'file',
				message: expect.stringContaining('"sources/moscow-report.txt"')
			}
		]);
	});

	it('validateSources reports a missing document', () => {
		const { sources, problems } = validateSources(SOURCES, { 'moscow-report': EN_TEXT });
		expect(problems).toEqual([
			{
				file: 'data/sources.json',
				id: 'zh-talks',
				field: 'file',
				message: 'the document sources/zh-talks.txt is missing'
			}
		]);
		expect(sources).toHaveLength(2);
	});

	it('validateSources reports a duplicate source id', () => {
		const { sources, problems } = validateSources([SOURCES[0], SOURCES[0]], TEXTS);
		expect(problems).toEqual([
			{
				file: 'data/sources.json',
				id: 'moscow-report',
				field: 'id',
				message: 'duplicate source id'
			}
		]);
		expect(sources).toHaveLength(1);
	});

	it.each([
		['an unknown language', { language: 'fr' }, 'language'],
		['an unknown reliability', { reliability: 'certain' }, 'reliability'],
		['a missing title', { title: undefined }, 'title'],
		['an id that is not a slug', { id: 'Moscow Report' }, 'id']
	])('validateSources names the field for %s', (_name, overrides, field) => {
		const { problems } = validateSources([{ ...SOURCES[0], ...overrides }], TEXTS);
		expect(problems.map((p) => p.field)).toEqual([field]);
	});

	it('validateSources rejects a file that is not an array', () => {
		expect(validateSources({ sources: SOURCES }, TEXTS)).toEqual({
			sources: [],
			problems: [{ file: 'data/sources.json', message: 'must be a JSON array of sources' }]
		});
	});
});

describe('formatProblem', () => {
	it.each([
		[
			{ file: 'data/events.json', id: 'li-visit', field: 'date', message: 'bad' },
			'data/events.json: li-visit: date: bad'
		],
		[{ file: 'data/events.json', message: 'malformed JSON' }, 'data/events.json: malformed JSON']
	])('formatProblem writes %j as one line', (problem, line) => {
		expect(formatProblem(problem)).toBe(line);
	});
});

describe('loadDataset', () => {
	it('loadDataset reports malformed JSON and carries on with what it can read', () => {
		const dataset = loadDataset('{"events": [', JSON.stringify(SOURCES), TEXTS);
		expect(dataset.sources).toHaveLength(2);
		expect(dataset.events).toEqual([]);
		expect(dataset.problems.map((p) => p.file)).toEqual(['data/events.json']);
	});

	it('loadDataset loads a fixture into sorted timeline events with passages', () => {
		const events = [
			event({ id: 'later', date: '2023-09' }),
			event({
				sources: [{ source: 'moscow-report', quote: 'joint exercises', start: 72, end: 87 }]
			})
		];
		const dataset = loadDataset(
			JSON.stringify({ ...VOCABULARY, events }),
			JSON.stringify(SOURCES),
			TEXTS,
			'fixture'
		);
		expect(dataset.problems).toEqual([]);
		expect(dataset.events.map((e) => e.id)).toEqual(['ministers-meet', 'later']);
		expect(dataset.events[0]).toMatchObject({ fuzzy: false, lane: 0 });
		expect(dataset.events[0].passages).toEqual([
			{
				source: 'moscow-report',
				quote: 'joint exercises',
				translation: undefined,
				start: 72,
				end: 87,
				before: 'They agreed to expand ',
				after: '.'
			}
		]);
		expect(dataset.events[1].fuzzy).toBe(true);
	});

	it('loadDataset stretches an open end to the latest known end and keeps the flag', () => {
		const events = [
			event({ id: 'stage', type: 'period', date: '2012~/..' }),
			event({ id: 'last', date: '2023-09-25/2023-09-30' })
		];
		const dataset = loadDataset(
			JSON.stringify({ ...VOCABULARY, events }),
			JSON.stringify(SOURCES),
			TEXTS
		);
		expect(dataset.problems).toEqual([]);
		const stage = dataset.events.find((e) => e.id === 'stage')!;
		expect(stage.date).toBe('2012~/..');
		expect(stage.span).toMatchObject({
			startMs: Date.UTC(2012, 0, 1),
			endMs: Date.UTC(2023, 9, 1),
			openEnd: true,
			openStart: false
		});
	});

	it('loadDataset stretches an open start to the earliest known start', () => {
		const events = [
			event({ id: 'before', type: 'period', date: '../2004' }),
			event({ id: 'first', date: '2001-06-15' })
		];
		const dataset = loadDataset(
			JSON.stringify({ ...VOCABULARY, events }),
			JSON.stringify(SOURCES),
			TEXTS
		);
		const before = dataset.events.find((e) => e.id === 'before')!;
		expect([before.span.startMs, before.span.endMs]).toEqual([
			Date.UTC(2001, 5, 15),
			Date.UTC(2005, 0, 1)
		]);
		expect(before.span.openStart).toBe(true);
	});

	it('loadDataset keeps an open interval alone at its own endpoint (never Infinity)', () => {
		const events = [event({ id: 'stage', type: 'period', date: '2012~/..' })];
		const [stage] = loadDataset(
			JSON.stringify({ ...VOCABULARY, events }),
			JSON.stringify(SOURCES),
			TEXTS
		).events;
		expect([stage.span.startMs, stage.span.endMs]).toEqual([
			Date.UTC(2012, 0, 1),
			Date.UTC(2013, 0, 1)
		]);
	});

	// The real data in data/ is checked by `npm run check:data`; this is its frozen fixture copy.
	it('loadDataset loads a curated dataset with zero problems and exact quotes', () => {
		const dataset = loadDataDir(FIXTURE_DIR);
		const { eventsText, texts } = dataset.files;
		expect(dataset.problems.map(formatProblem)).toEqual([]);
		const records = (JSON.parse(eventsText!) as { events: unknown[] }).events;
		expect(dataset.events).toHaveLength(records.length);
		expect(dataset.events.length).toBeGreaterThan(0);
		expect(Object.keys(texts).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
		let quotes = 0;
		for (const e of dataset.events) {
			expect(e.passages.length, e.id).toBeGreaterThan(0);
			for (const ref of e.sources.filter(isSourceRef)) {
				expect(texts[ref.source].slice(ref.start, ref.end), `${e.id} → ${ref.source}`).toBe(
					ref.quote
				);
				quotes++;
			}
			for (const p of e.passages) expect(texts[p.source].slice(p.start, p.end)).toBe(p.quote);
		}
		expect(quotes).toBeGreaterThanOrEqual(dataset.events.length);
	});
});

describe('validateVocabulary', () => {
	const events = [{ type: 'talks' }, { type: 'period' }] as EventRecord[];
	it('validateVocabulary accepts a complete curated vocabulary', () => {
		expect(
			validateVocabulary({ ...VOCABULARY, events: [] }, events, CURATED_RULES).problems
		).toEqual([]);
	});

	it.each([
		['no vocabulary at all', {}, 'categories'],
		[
			'a category with no Chinese name',
			{ ...VOCABULARY, categories: [{ id: 'talks', label: 'talks' }] },
			'categories[0].labelZh'
		],
		[
			'a lane drawing an undeclared category',
			{ ...VOCABULARY, lanes: [{ ...VOCABULARY.lanes[0], categories: ['talks', 'party'] }] },
			'lanes[0].categories'
		],
		[
			'a category in two lanes',
			{ ...VOCABULARY, lanes: [VOCABULARY.lanes[0], { ...VOCABULARY.lanes[0], id: 'again' }] },
			'lanes[1].categories'
		],
		['a bad colour', { ...VOCABULARY, lanes: [{ ...VOCABULARY.lanes[0], color: 'red' }] }, 'color'],
		[
			'periods in a lane',
			{ ...VOCABULARY, lanes: [{ ...VOCABULARY.lanes[0], categories: ['talks', 'period'] }] },
			'lanes[0].categories'
		]
	])('validateVocabulary with the curated rules reports %s', (_name, file, field) => {
		const { problems } = validateVocabulary({ ...file, events: [] }, events, CURATED_RULES);
		expect(problems.map((p) => p.field).join(' ')).toContain(field);
	});

	it('validateVocabulary asks nothing of imported data without one', () => {
		expect(validateVocabulary({ events: [] }, events, {})).toEqual({
			vocabulary: null,
			problems: []
		});
	});
});
