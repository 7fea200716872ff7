// Random malformed datasets never make the loader or the importer throw, and nothing is dropped
// silently: every record left out has at least one problem naming it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../import/oursCsv';
import { importDataset } from '../import/registry';
import { TIMELINEJS_COLUMNS } from '../import/timelinejsCsv';
import { FIXTURE_DIR, readDataDir } from '../server/dataDir';
import { loadDataset, type TimelineEvent } from './load';
import { PERIOD, type Vocabulary } from './vocabulary';

const FILES = readDataDir(FIXTURE_DIR);
const TEXTS = FILES.texts;
const EVENTS_TEXT = FILES.eventsText!;
const SOURCES_TEXT = FILES.sourcesText!;
const RECORDS: Record<string, unknown>[] = JSON.parse(EVENTS_TEXT).events;
const RUNS = { numRuns: 1000 };
/** Each case loads the whole curated dataset (with its documents' passages): fewer cases. */
const HEAVY_RUNS = { numRuns: 300 };

// --- generators ------------------------------------------------------------------------------

/** Values of the wrong kind, or subtly wrong ones, for any field. `undefined` deletes the field. */
const wrongValue = fc.oneof(
	fc.anything({ maxDepth: 2 }),
	fc.string(),
	fc.integer({ min: -5, max: 100_000 }),
	fc.constantFrom(
		undefined,
		null,
		'',
		'   ',
		'Bad Id',
		'2023-02-30',
		'2024/2001',
		'99999',
		'2023-XX',
		'..',
		'inferred',
		'parade',
		'RUS',
		'https://example.org/a',
		'javascript:alert(1)',
		'<img src=x onerror=alert(1)>',
		[],
		{},
		-1,
		1e21
	)
);
const FIELDS = [
	'id',
	'title',
	'titleZh',
	'type',
	'date',
	'dateBasis',
	'dateNote',
	'dateReference',
	'dateReference.published',
	'dateReference.url',
	'participants',
	'participants.0',
	'participants.0.country',
	'participants.0.name',
	'place',
	'place.country',
	'place.lat',
	'summary',
	'sources',
	'sources.0',
	'sources.0.source',
	'sources.0.quote',
	'sources.0.start',
	'sources.0.end',
	'sources.0.translation',
	'sources.1',
	'notes',
	'unexpected'
];

/** Sets (or with `undefined`, deletes) `path` in a copy of `record`, creating objects on the way. */
function withField(record: unknown, path: string, value: unknown): unknown {
	const copy = structuredClone(record);
	const keys = path.split('.');
	let node: unknown = copy;
	for (const key of keys.slice(0, -1)) {
		if (node === null || typeof node !== 'object') return copy;
		const next = (node as Record<string, unknown>)[key];
		if (next === null || typeof next !== 'object') (node as Record<string, unknown>)[key] = {};
		node = (node as Record<string, unknown>)[key];
	}
	const last = keys.at(-1)!;
	if (value === undefined) delete (node as Record<string, unknown>)[last];
	else (node as Record<string, unknown>)[last] = value;
	return copy;
}

/** A curated record with a few fields broken. */
const brokenRecord = fc
	.tuple(
		fc.nat({ max: RECORDS.length - 1 }),
		fc.array(fc.tuple(fc.constantFrom(...FIELDS), wrongValue), { minLength: 1, maxLength: 3 })
	)
	.map(([i, edits]) => edits.reduce<unknown>((r, [path, v]) => withField(r, path, v), RECORDS[i]));

/** A record list mixing intact, broken, duplicated and arbitrary records. */
const recordList = fc.array(
	fc.oneof(
		{ weight: 4, arbitrary: brokenRecord },
		{ weight: 2, arbitrary: fc.constantFrom(...RECORDS) },
		{ weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) }
	),
	{ maxLength: 10 }
);

/** An edit of a text: delete, insert or repeat a stretch, or cut the text short. */
const textEdit = fc.tuple(
	fc.constantFrom('delete', 'insert', 'repeat', 'cut'),
	fc.nat(),
	fc.nat({ max: 40 }),
	fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom('"', ',', '{', '}', '[', ']', '\n', '\\'))
);
function applyEdits(text: string, edits: [string, number, number, string][]): string {
	for (const [kind, at, length, junk] of edits) {
		const i = text.length ? at % text.length : 0;
		if (kind === 'delete') text = text.slice(0, i) + text.slice(i + length);
		else if (kind === 'insert') text = text.slice(0, i) + junk + text.slice(i);
		else if (kind === 'repeat') text = text.slice(0, i + length) + text.slice(i);
		else text = text.slice(0, i);
	}
	return text;
}
/** `text` with up to three random edits (sometimes none). */
const mutated = (text: fc.Arbitrary<string>) =>
	fc.tuple(text, fc.array(textEdit, { maxLength: 3 })).map(([t, edits]) => applyEdits(t, edits));

/** JSON text of an `{ "events": [...] }` file built from `recordList`, sometimes with other keys. */
const eventsFileText = fc
	.tuple(recordList, fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue())))
	.map(([events, extra]) => JSON.stringify({ ...extra, events }));

/** Any JSON text at all, `undefined` standing in for what JSON cannot write. */
const anyJsonText = fc.anything().map((v) => JSON.stringify(v) ?? 'undefined');

/** Records for importing: loose objects with URL citations, our fields with wrong types. */
const importRecord = fc.record(
	{
		id: fc.oneof(fc.string(), fc.constantFrom('a', 'b', 'ok-id', 'Bad Id')),
		title: fc.oneof(fc.string(), fc.constant(''), fc.integer()),
		type: fc.oneof(fc.constantFrom('forum', 'visit', 'parade', 'period'), fc.string()),
		date: fc.oneof(
			fc.constantFrom('2023', '2023-04-16', '2023-02-30', '2024/2001', '99999', '2023-XX', '..'),
			fc.string()
		),
		dateBasis: fc.constantFrom('stated', 'inferred', 'guessed'),
		summary: fc.oneof(fc.string(), fc.integer()),
		participants: fc.array(
			fc.record({
				name: fc.constantFrom('Li', 'Li', ''),
				role: fc.constantFrom('minister', 'minister'),
				country: fc.constantFrom('CN', 'RU', 'RUS', null)
			}),
			{ maxLength: 3 }
		),
		sources: fc.array(
			fc.oneof(
				fc.record({
					url: fc.constantFrom('https://example.org/a', 'https://example.org/a', 'ftp://x', 'x'),
					quote: fc.constantFrom('q', 'q', '')
				}),
				fc.record({
					source: fc.constantFrom('doc'),
					quote: fc.string(),
					start: fc.integer(),
					end: fc.integer()
				})
			),
			{ maxLength: 3 }
		)
	},
	{ requiredKeys: [] }
);

/** A CSV cell: ordinary, empty, or full of separators, quotes and line breaks. */
const csvCell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.constantFrom(
		'',
		'2023',
		'2023-04-16/2023-04-19',
		'visit',
		'Li (minister, CN); Shoigu (RU)',
		'a,b',
		'"q"',
		'x\ny',
		'https://example.org/a'
	)
);
const csvText = fc
	.tuple(
		fc.constantFrom<readonly string[]>(CSV_COLUMNS, TIMELINEJS_COLUMNS, ['title', 'date', 'junk']),
		fc.array(fc.array(csvCell, { maxLength: 22 }), { maxLength: 6 }),
		fc.constantFrom(',', '\t'),
		fc.boolean()
	)
	// Cells are quoted as RFC 4180 asks, or (as people's files often are) not at all.
	.map(([header, rows, sep, quoted]) =>
		[header, ...rows]
			.map((cells) =>
				cells
					.map((c) => (quoted && /[",\n\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
					.join(sep)
			)
			.join('\n')
	);

// --- checks ----------------------------------------------------------------------------------

/**
 * Throws unless every event can be drawn: a finite, ordered span, a lane of its vocabulary (periods:
 * none), sorted by start.
 */
function expectDrawable(events: readonly TimelineEvent[], vocabulary: Vocabulary) {
	events.forEach((e, i) => {
		expect(Number.isFinite(e.span.startMs) && Number.isFinite(e.span.endMs)).toBe(true);
		expect(e.span.startMs).toBeLessThan(e.span.endMs);
		if (e.type === PERIOD) expect(e.lane).toBe(-1);
		else expect(vocabulary.lanes[e.lane]?.categories).toContain(e.type);
		if (i) expect(events[i - 1].span.startMs).toBeLessThanOrEqual(e.span.startMs);
	});
}

/** The id problems use for the record at `position`: its own, or `#<n>` when it has none. */
function problemId(raw: unknown, position: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id ? id : `#${position + 1}`;
}

/** Throws unless every record of `eventsText` missing from `kept` has a problem naming it. */
function expectLoadAccounted(eventsText: string, sourcesText: string) {
	const { events, vocabulary, problems } = loadDataset(eventsText, sourcesText, TEXTS);
	expectDrawable(events, vocabulary);
	for (const p of problems) expect(p.message).toMatch(/\S/);
	const eventProblems = problems.filter((p) => p.file === 'data/events.json');
	let records: unknown[] | null = null;
	try {
		const value = JSON.parse(eventsText);
		if (value && typeof value === 'object' && Array.isArray(value.events)) records = value.events;
		const keys = ['events', 'categories', 'lanes'];
		if (Object.keys(value ?? {}).some((k) => !keys.includes(k))) records = null;
	} catch {
		records = null;
	}
	if (records === null) {
		// Not a dataset at all: nothing shown, and one problem about the file as a whole.
		expect(events).toEqual([]);
		expect(eventProblems.some((p) => p.id === undefined)).toBe(true);
		return;
	}
	expect(events.length).toBeLessThanOrEqual(records.length);
	const kept = new Set(events.map((e) => e.id));
	records.forEach((raw, i) => {
		const id = problemId(raw, i);
		if (!kept.has(id))
			expect(
				eventProblems.some((p) => p.id === id),
				id
			).toBe(true);
	});
	if (events.length < records.length) expect(eventProblems.length).toBeGreaterThan(0);
}

/** Throws unless the import accounts for every record it read. */
function expectImportAccounted(text: string) {
	const result = importDataset(text, 'random');
	expectDrawable(result.events, result.vocabulary);
	expect(result.invalid).toBeGreaterThanOrEqual(0);
	expect(result.events.length + result.invalid).toBe(result.total);
	for (const p of result.problems) expect(p.message).toMatch(/\S/);
	if (result.format === null) {
		expect(result.total).toBe(0);
		// A table in none of the formats asks for its column mapping (the dialog shows it); anything
		// else unreadable says why.
		if (result.needsMapping) expect(result.needsMapping.header.length).toBeGreaterThanOrEqual(2);
		else expect(result.problems.length).toBeGreaterThan(0);
		return;
	}
	// Every rejected record has a problem on its row; accepted ones have none.
	const rows = new Set(result.problems.map((p) => p.row).filter((r) => r !== null));
	if (result.format.endsWith('csv')) expect(rows.size).toBeGreaterThanOrEqual(result.invalid);
	else expect(rows.size).toBe(result.invalid);
}

describe('loadDataset on random input', () => {
	it('loadDataset reports every broken, duplicated or arbitrary record it leaves out', () => {
		fc.assert(
			fc.property(eventsFileText, (text) => expectLoadAccounted(text, SOURCES_TEXT)),
			RUNS
		);
	});

	it('loadDataset survives mutated JSON text of the curated dataset', () => {
		fc.assert(
			fc.property(mutated(fc.constant(EVENTS_TEXT)), (text) =>
				expectLoadAccounted(text, SOURCES_TEXT)
			),
			HEAVY_RUNS
		);
	});

	it('loadDataset survives any JSON value and mutated sources', () => {
		fc.assert(
			fc.property(
				fc.oneof(anyJsonText, mutated(eventsFileText)),
				fc.oneof(fc.constant(SOURCES_TEXT), mutated(fc.constant(SOURCES_TEXT)), anyJsonText),
				expectLoadAccounted
			),
			RUNS
		);
	});
});

describe('importDataset on random input', () => {
	it('importDataset accounts for every record of random JSON datasets', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.array(importRecord, { maxLength: 8 }).map((events) => JSON.stringify({ events })),
					eventsFileText,
					fc
						.array(importRecord, { maxLength: 4 })
						.map((events) => JSON.stringify({ events, eras: events }))
				),
				expectImportAccounted
			),
			RUNS
		);
	});

	it('importDataset survives any text: JSON values, mutations, strings', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					anyJsonText,
					fc.json(),
					fc.string(),
					mutated(eventsFileText),
					mutated(
						fc.array(importRecord, { maxLength: 4 }).map((events) => JSON.stringify({ events }))
					)
				),
				expectImportAccounted
			),
			RUNS
		);
	});

	it('importDataset accounts for every row of random and mutated CSV', () => {
		fc.assert(fc.property(fc.oneof(csvText, mutated(csvText)), expectImportAccounted), RUNS);
	});
});
