// Export → import → export is identical, for random datasets, in our JSON and our CSV (issue 15); a
// literal leading ' in the data survives the CSV round trip (issue 18).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTimelineEvents, type TimelineEvent } from '../data/load';
import type { EventRecord, SourceRecord } from '../data/schema';
import { validateEvents } from '../data/validate';
import { vocabularyOf } from '../data/vocabulary';
import { importDataset } from '../import/registry';
import { FIXTURE_DIR, loadDataDir } from '../server/dataDir';
import { toCsv } from './csv';
import { toJson } from './json';
import { toRecord } from './record';

const BASE = 'https://timeline.example';

/** Text as a researcher might type it, starting now and then with what a spreadsheet evaluates. */
const text = fc
	.tuple(
		fc.array(fc.constantFrom("'", "''", '=', '+', '-', '@', '1', '"', ',', ';', '('), {
			maxLength: 2
		}),
		fc.string({ unit: 'grapheme', maxLength: 16 })
	)
	.map(([head, tail]) => head.join('') + tail)
	.filter((s) => s.trim().length > 0);
/** Names and roles without the separators a participants cell uses, never read as a country code. */
const plain = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{2,12}[a-z]$/);
const country = fc.constantFrom('CN', 'RU', 'KZ', null);
const date = fc.constantFrom(
	'2023-04-16',
	'2023-04',
	'2023',
	'-0043-03-15',
	'Y-13800000000',
	'2023-11-08T14:30:00Z',
	'2012~/..',
	'2023-04-16/2023-04-19',
	'2023-09~'
);
const category = fc.constantFrom('talks', 'Battles', 'Protests', 'exercise', 'période');

const SOURCES: SourceRecord[] = [
	{
		id: 'doc-a',
		file: 'sources/doc-a.txt',
		title: 'Document A',
		shortTitle: 'A',
		language: 'en',
		kind: 'report',
		outlet: null,
		author: null,
		published: '2023',
		originalName: 'a.html',
		reliability: 'high',
		notes: 'A test source.'
	}
];

const record = fc
	.record({
		title: text,
		type: category,
		date,
		summary: text,
		notes: fc.option(text, { nil: undefined }),
		notesZh: fc.option(text, { nil: undefined }),
		dateNote: fc.option(text, { nil: undefined }),
		dateNoteZh: fc.option(text, { nil: undefined }),
		media: fc.option(
			fc.record({
				url: fc.constantFrom('https://example.org/p.jpg', 'http://example.org/v?x=1&y=2'),
				caption: fc.option(text, { nil: undefined }),
				credit: fc.option(text, { nil: undefined })
			}),
			{ nil: undefined }
		),
		titleZh: fc.option(text, { nil: undefined }),
		city: fc.option(text, { nil: null }),
		country,
		participants: fc.array(fc.record({ name: plain, role: plain, country }), { maxLength: 2 }),
		cite: fc.constantFrom('url', 'local', 'none'),
		quote: text
	})
	.map((r): Omit<EventRecord, 'id'> => ({
		title: r.title,
		...(r.titleZh ? { titleZh: r.titleZh } : {}),
		type: r.type,
		date: r.date,
		dateBasis: 'stated',
		participants: r.participants,
		place: r.city || r.country ? { city: r.city, country: r.country } : null,
		summary: r.summary,
		...(r.notes ? { notes: r.notes } : {}),
		...(r.notesZh ? { notesZh: r.notesZh } : {}),
		...(r.dateNote ? { dateNote: r.dateNote } : {}),
		...(r.dateNoteZh ? { dateNoteZh: r.dateNoteZh } : {}),
		...(r.media
			? {
					media: {
						url: r.media.url,
						...(r.media.caption ? { caption: r.media.caption } : {}),
						...(r.media.credit ? { credit: r.media.credit } : {})
					}
				}
			: {}),
		sources:
			r.cite === 'url'
				? [{ url: 'https://example.org/a?b=1', title: r.title, quote: r.quote }]
				: r.cite === 'local'
					? [{ source: 'doc-a', quote: r.quote, start: 0, end: 5 }]
					: []
	}));

/** Random valid datasets, as the site holds them (validated, so trimmed as the schema trims). */
const dataset = fc.array(record, { minLength: 0, maxLength: 6 }).map((records) => {
	const raw = records.map((r, i) => ({ id: `e-${i}`, ...r }));
	const checked = validateEvents(
		{ events: raw },
		SOURCES,
		{},
		{
			requireLocalSource: false,
			requireDocuments: false
		}
	);
	expect(checked.problems).toEqual([]);
	const vocabulary = vocabularyOf(
		null,
		checked.events.map((e) => e.type)
	);
	return { events: toTimelineEvents(checked.events, {}, vocabulary), vocabulary };
});

describe('round trips', () => {
	it('toJson → importDataset → toJson is identical, with the same records, lanes and sources', () => {
		fc.assert(
			fc.property(dataset, ({ events, vocabulary }) => {
				const first = toJson(events, vocabulary, SOURCES);
				const back = importDataset(first, 'events.json');
				expect(back.problems).toEqual([]);
				expect(back.events.map(toRecord)).toEqual(events.map(toRecord));
				expect(back.events.map((e) => e.lane)).toEqual(events.map((e) => e.lane));
				expect(toJson(back.events, back.vocabulary, back.sources)).toBe(first);
			}),
			{ numRuns: 60 }
		);
	});

	it('toCsv → importDataset → toCsv is identical (provenance, translations, media, leading quotes)', () => {
		const fields = (e: TimelineEvent) => [
			e.id,
			e.title,
			e.summary,
			e.notes,
			e.notesZh,
			e.dateNote,
			e.dateNoteZh,
			e.media
		];
		fc.assert(
			fc.property(dataset, ({ events }) => {
				const first = toCsv(events, { permalinkBase: BASE, sources: SOURCES });
				const back = importDataset(first, 'events.csv');
				expect(back.problems).toEqual([]);
				expect(back.events.map(fields)).toEqual(events.map(fields));
				expect(toCsv(back.events, { permalinkBase: BASE, sources: back.sources })).toBe(first);
			}),
			{ numRuns: 60 }
		);
	});

	it("toCsv keeps a literal leading ' that is data, whatever follows it", () => {
		const titles = ["'=1+1", "'quoted'", "''", "'-2+3", "'tis"];
		const events = toTimelineEvents(
			titles.map((title, i) => ({
				id: `q-${i}`,
				title,
				type: 'talks',
				date: '2023',
				dateBasis: 'stated' as const,
				participants: [],
				place: null,
				summary: title,
				sources: []
			}))
		);
		const back = importDataset(toCsv(events));
		expect(back.events.map((e) => e.title).sort()).toEqual([...titles].sort());
	});
});

describe('the curated dataset', () => {
	const curated = loadDataDir(FIXTURE_DIR);
	it('toJson of curated events re-imports to the same events, citing the same sources', () => {
		const text = toJson(curated.events, curated.vocabulary, curated.sources);
		const back = importDataset(text, 'events.json');
		expect(back).toMatchObject({ format: 'ours', problems: [], invalid: 0 });
		expect(back.events.map(toRecord)).toEqual(curated.events.map(toRecord));
		expect(back.events.map((e) => e.passages.map((p) => p.quote))).toEqual(
			curated.events.map((e) => e.passages.map((p) => p.quote))
		);
		expect(toJson(back.events, back.vocabulary, back.sources)).toBe(text);
	});

	it('toCsv of curated events carries provenance in every row: permanent link, title, quote', () => {
		const text = toCsv(curated.events, { permalinkBase: BASE, sources: curated.sources });
		const back = importDataset(text, 'events.csv');
		expect(back.problems).toEqual([]);
		for (const event of back.events) {
			const original = curated.events.find((e) => e.id === event.id) as TimelineEvent;
			const [ref] = event.sources;
			expect(ref).toMatchObject({
				url: expect.stringMatching(`^${BASE}/sources/[a-z0-9-]+#${event.id}$`)
			});
			expect(ref).toHaveProperty('title');
			expect(ref).toHaveProperty('quote', original.passages[0]?.quote ?? expect.any(String));
		}
		expect(back.events).toHaveLength(curated.events.length);
	});
});
