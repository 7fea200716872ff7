import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toTimelineEvents, type TimelineEvent } from '../data/load';
import { FIXTURE_DIR, loadDataDir } from '../server/dataDir';
import type { EventRecord } from '../data/schema';
import { validateEvents } from '../data/validate';
import { importDataset } from '../import/registry';
import { toCsv } from './csv';
import { escapeIcsText, foldIcsLine, toIcs } from './ics';
import { toJson } from './json';
import { toRecord } from './record';

const dataset = loadDataDir(FIXTURE_DIR);
const { events, sources } = dataset;
const { texts } = dataset.files;
const BASE = 'https://timeline.example/';
const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** A fixture event built the way the site builds them. */
function fixture(overrides: Partial<EventRecord>): TimelineEvent {
	const record: EventRecord = {
		id: 'fixture',
		title: 'Fixture',
		type: 'talks',
		date: '2023-04-16',
		dateBasis: 'stated',
		participants: [],
		place: null,
		summary: 'A fixture.',
		sources: [],
		...overrides
	};
	return toTimelineEvents([record])[0];
}

const octets = (line: string) => new TextEncoder().encode(line).length;

/** A minimal RFC 5545 reader: unfolds lines and returns each component's properties (name → raw value). */
function parseIcs(text: string) {
	const physical = text.split('\r\n');
	const lines: string[] = [];
	for (const line of physical.slice(0, -1)) {
		if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
		else lines.push(line);
	}
	const components: { name: string; props: Map<string, string> }[] = [];
	const stack: { name: string; props: Map<string, string> }[] = [];
	for (const line of lines) {
		const colon = line.indexOf(':');
		const [name, value] = [line.slice(0, colon), line.slice(colon + 1)];
		if (name === 'BEGIN') stack.push({ name: value, props: new Map() });
		else if (name === 'END') components.push(stack.pop()!);
		else stack[stack.length - 1].props.set(name, value);
	}
	return { physical, components };
}

const unescapeIcs = (value: string) =>
	value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

it('loadDataset loads the fixture (the real dataset in data/) without problems', () => {
	expect(dataset.problems).toEqual([]);
	expect(events.length).toBeGreaterThan(10);
});

describe('toCsv', () => {
	it('toCsv round-trips the real dataset through importDataset', () => {
		const result = importDataset(toCsv(events), 'events.csv');
		expect(result).toMatchObject({ format: 'csv', problems: [], total: events.length, invalid: 0 });
		const pick = (e: TimelineEvent) => ({
			id: e.id,
			title: e.title,
			titleZh: e.titleZh,
			summaryZh: e.summaryZh,
			identification: e.identification,
			type: e.type,
			date: e.date,
			dateBasis: e.dateBasis,
			dateNote: e.dateNote,
			dateReference: e.dateReference,
			summary: e.summary,
			notes: e.notes,
			place: e.place && { city: e.place.city, country: e.place.country },
			participants: e.participants.map(({ name, role, country }) => ({ name, role, country })),
			span: e.span
		});
		expect(result.events.map(pick)).toEqual(events.map(pick));
	});

	it('toCsv turns the first local quote into a URL citation when given a permalink base', () => {
		const result = importDataset(toCsv(events, { permalinkBase: BASE, sources }));
		expect(result.problems).toEqual([]);
		const original = events.find((e) => e.id === 'li-shangfu-visits-russia-2023')!;
		const imported = result.events.find((e) => e.id === original.id)!;
		expect(imported.sources).toEqual([
			{
				url: 'https://timeline.example/sources/li-shangfu-russia-visit-commentary#li-shangfu-visits-russia-2023',
				title: sources.find((s) => s.id === 'li-shangfu-russia-visit-commentary')!.title,
				quote: original.passages[0].quote
			}
		]);
	});

	it('toCsv writes a header row, CRLF and RFC 4180 quoting', () => {
		const text = toCsv([
			fixture({ title: 'Talks, "frank"\nand long', summary: 'Plain' }),
			fixture({
				id: 'second',
				sources: [{ url: 'https://example.org/x', title: 'X', quote: 'a; b' }]
			})
		]);
		expect(text.startsWith('\ufeff')).toBe(true);
		const lines = text.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'id,title,titleZh,type,date,dateBasis,dateNote,dateNoteZh,summary,summaryZh,place,country,participants,sourceUrl,sourceTitle,quote,dateReferenceOutlet,dateReferenceTitle,dateReferencePublished,dateReferenceUrl,dateReferenceLanguage,identification,notes,notesZh,media,mediaCaption,mediaCredit'
		);
		expect(lines[1]).toBe(
			'fixture,"Talks, ""frank""\nand long",,talks,2023-04-16,stated,,,Plain,,,,,,,,,,,,,,,,,,'
		);
		expect(lines[2]).toContain(',https://example.org/x,X,a; b,');
		expect(lines.at(-1)).toBe('');
		const back = importDataset(text).events;
		expect(back.map((e) => e.title)).toEqual(['Talks, "frank"\nand long', 'Fixture']);
		expect(back[1].sources).toEqual([{ url: 'https://example.org/x', title: 'X', quote: 'a; b' }]);
	});

	it('toCsv escapes cells a spreadsheet would run as formulas, and importDataset reads them back', () => {
		const hostile = [
			'=HYPERLINK("http://x","y")',
			'+1 more',
			'@SUM(A1)',
			'- a dash',
			"-1+cmd|' /C calc'!A0",
			'-2+3',
			'-0044-03-15 is a date'
		];
		const text = toCsv(
			hostile.map((title, i) => fixture({ id: `f${i}`, title, summary: '-0100' }))
		);
		const cells = Papa.parse<string[]>(text.slice(1)).data.slice(1, -1);
		expect(cells.map((row) => row[1])).toEqual(hostile.map((title) => `'${title}`));
		// A number (here a negative EDTF year) is not a formula and stays as it is.
		expect(cells.map((row) => row[8])).toEqual(hostile.map(() => '-0100'));
		const back = importDataset(text).events;
		expect(back.map((e) => e.title)).toEqual(hostile);
		expect(back.map((e) => e.summary)).toEqual(hostile.map(() => '-0100'));
	});

	it("toCsv keeps a literal leading ' through importDataset", () => {
		const titles = ["'=not a formula'", "''", "'tis the season", "'-5"];
		const text = toCsv(titles.map((title, i) => fixture({ id: `q${i}`, title })));
		expect(importDataset(text).events.map((e) => e.title)).toEqual(titles);
	});

	it('toCsv then importDataset gives back any title, summary, place and notes', () => {
		// What the import keeps of a cell: surrounding whitespace is trimmed, so the strings are trimmed.
		const text = fc
			.tuple(
				fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '1', '"', ','), { maxLength: 3 }),
				fc.string({ unit: 'grapheme', maxLength: 20 })
			)
			.map(([head, tail]) => (head.join('') + tail).trim())
			.filter((s) => s.length > 0);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(text, text, text, text), { minLength: 1, maxLength: 4 }),
				(rows) => {
					const events = rows.map(([title, summary, city, notes], i) =>
						fixture({ id: `p${i}`, title, summary, notes, place: { city, country: null } })
					);
					const back = importDataset(toCsv(events));
					expect(back.problems).toEqual([]);
					expect(back.events.map((e) => [e.title, e.summary, e.place?.city, e.notes])).toEqual(
						rows
					);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('toCsv and toJson keep an open end as written and carry identification and Chinese texts', () => {
		const event = fixture({
			date: '2012~/..',
			type: 'period',
			identification: 'possible',
			titleZh: '阶段',
			summaryZh: '摘要',
			dateBasis: 'inferred',
			dateNote: 'Our reading.',
			dateReference: {
				outlet: 'IA REX',
				title: 'Шойгу',
				published: '2023-10-30',
				language: 'ru'
			}
		});
		for (const text of [toCsv([event]), toJson([event])]) {
			const [back] = importDataset(text).events;
			expect(back).toMatchObject({
				date: '2012~/..',
				identification: 'possible',
				titleZh: '阶段',
				summaryZh: '摘要',
				dateReference: { language: 'ru' }
			});
			expect(back.span.openEnd).toBe(true);
		}
	});

	it('toCsv of no events is the header alone', () => {
		expect(importDataset(toCsv([]))).toMatchObject({ format: 'csv', total: 0, problems: [] });
	});
});

describe('toJson', () => {
	it('toJson round-trips the curated dataset through validateEvents with the curated rules', () => {
		const raw = JSON.parse(toJson(events));
		const checked = validateEvents(raw, sources, texts, { requireLocalSource: true });
		expect(checked.problems).toEqual([]);
		expect(checked.events).toEqual(events.map(toRecord));
		const original = JSON.parse(dataset.files.eventsText!).events;
		const byId = new Map(original.map((e: EventRecord) => [e.id, e]));
		for (const record of raw.events) expect(record).toEqual(byId.get(record.id));
	});

	it.each(['span', 'fuzzy', 'lane', 'passages'])('toJson strips the computed field %s', (key) => {
		const raw = JSON.parse(toJson(events));
		expect(raw.events.some((e: object) => key in e)).toBe(false);
	});

	it('toJson is tab-indented and ends with a newline; our import reads it back', () => {
		const text = toJson([fixture({})]);
		expect(text).toMatch(/^\{\n\t"events": \[\n\t\t\{\n\t\t\t"id": "fixture",/);
		expect(text.endsWith('}\n')).toBe(true);
		expect(importDataset(text)).toMatchObject({ format: 'ours', invalid: 0, total: 1 });
	});
});

describe('toIcs', () => {
	const ics = toIcs(events, { permalinkBase: BASE, sources, now: NOW });
	const { physical, components } = parseIcs(ics);
	const vevents = components.filter((c) => c.name === 'VEVENT');

	it('toIcs writes CRLF lines of at most 75 octets', () => {
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
	});

	it('toIcs writes a calendar with PRODID and VERSION 2.0', () => {
		const calendar = components.find((c) => c.name === 'VCALENDAR')!;
		expect(calendar.props.get('VERSION')).toBe('2.0');
		expect(calendar.props.get('PRODID')).toMatch(/^-\/\/cr-timeline\/\//);
	});

	it('toIcs writes one VEVENT per event with UID, DTSTAMP, all-day DTSTART/DTEND, SUMMARY and URL', () => {
		expect(vevents).toHaveLength(events.length);
		vevents.forEach(({ props }, i) => {
			const event = events[i];
			expect(props.get('UID')).toBe(`${event.id}@cr-timeline`);
			expect(props.get('DTSTAMP')).toBe('20250102T030405Z');
			expect(props.get('DTSTART;VALUE=DATE')).toBe(ymd(event.span.startMs));
			expect(props.get('DTEND;VALUE=DATE')).toBe(ymd(event.span.endMs));
			expect(props.get('DTEND;VALUE=DATE')! > props.get('DTSTART;VALUE=DATE')!).toBe(true);
			expect(unescapeIcs(props.get('SUMMARY')!)).toBe(event.title);
			expect(props.get('URL')).toBe(`https://timeline.example/events/${event.id}`);
			const description = unescapeIcs(props.get('DESCRIPTION')!);
			expect(description.startsWith(event.summary)).toBe(true);
			expect(description).toContain(`Date: ${event.date}`);
			expect(description).toContain(event.passages[0].quote);
			expect(description.endsWith(`https://timeline.example/events/${event.id}`)).toBe(true);
		});
	});

	it.each([
		['2023-11-08', '20231108', '20231109', 'Date: 2023-11-08'],
		['2023-04-16/2023-04-19', '20230416', '20230420', 'Date: 2023-04-16/2023-04-19'],
		['2023-11', '20231101', '20231201', 'Date: 2023-11'],
		['2023-09~', '20230901', '20231001', 'Date: 2023-09~ (approximate)'],
		['2023?', '20230101', '20240101', 'Date: 2023? (uncertain)'],
		['201X', '20100101', '20200101', 'Date: 201X (unspecified digits)'],
		['2024-12-31', '20241231', '20250101', 'Date: 2024-12-31'],
		['2023-04-16/2023-04-19?', '20230416', '20230420', 'Date: 2023-04-16/2023-04-19? (uncertain)'],
		// Alone, an open interval keeps its known endpoint's span.
		['2012~/..', '20120101', '20130101', 'Date: 2012~/.. (approximate, open end)']
	])('toIcs writes %s as DTSTART %s, exclusive DTEND %s', (date, start, end, line) => {
		const [{ props }] = parseIcs(
			toIcs([fixture({ date })], { permalinkBase: BASE, now: NOW })
		).components;
		expect([props.get('DTSTART;VALUE=DATE'), props.get('DTEND;VALUE=DATE')]).toEqual([start, end]);
		expect(unescapeIcs(props.get('DESCRIPTION')!)).toContain(`\n${line}\n`);
	});

	it('toIcs draws an open end to the latest end of the other events and says it is open', () => {
		const base = toRecord(fixture({}));
		const loaded = toTimelineEvents([
			{ ...base, id: 'stage', type: 'period', date: '2012~/..' },
			{ ...base, id: 'last', date: '2024-09-12/2024-09-14' }
		]);
		const text = toIcs(loaded, { permalinkBase: BASE, now: NOW });
		const stage = parseIcs(text).components.find(
			(c) => c.props.get('UID') === 'stage@cr-timeline'
		)!;
		expect(stage.props.get('DTSTART;VALUE=DATE')).toBe('20120101');
		expect(stage.props.get('DTEND;VALUE=DATE')).toBe('20240915');
		expect(unescapeIcs(stage.props.get('DESCRIPTION')!)).toContain(
			'Date: 2012~/.. (approximate, open end)'
		);
	});

	it('toIcs names an identification that is our reading', () => {
		const [{ props }] = parseIcs(
			toIcs([fixture({ identification: 'probable' })], { permalinkBase: BASE, now: NOW })
		).components;
		expect(unescapeIcs(props.get('DESCRIPTION')!)).toContain('\nIdentification: probable\n');
	});

	it('toIcs escapes backslashes, semicolons, commas and line breaks', () => {
		const title = 'A\\B; C, D\nE';
		const text = toIcs([fixture({ title, place: { city: 'Moscow', country: 'RU' } })], {
			permalinkBase: BASE,
			now: NOW
		});
		expect(text).toContain('SUMMARY:A\\\\B\\; C\\, D\\nE\r\n');
		expect(text).toContain('LOCATION:Moscow\\, RU\r\n');
		const [{ props }] = parseIcs(text).components;
		expect(unescapeIcs(props.get('SUMMARY')!)).toBe(title);
	});

	it('toIcs defaults DTSTAMP to the current time', () => {
		const [{ props }] = parseIcs(toIcs([fixture({})], { permalinkBase: BASE })).components;
		expect(props.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
	});
});

describe('foldIcsLine', () => {
	it.each([
		['ASCII', 'x'.repeat(200)],
		['Chinese (3 octets)', `SUMMARY:${'中俄两军举行会谈'.repeat(20)}`],
		['emoji (4 octets)', `SUMMARY:${'🙂'.repeat(60)}`],
		['mixed', `DESCRIPTION:${'a中🙂é'.repeat(40)}`]
	])('foldIcsLine folds %s at 75 octets without splitting a character', (_, line) => {
		const parts = foldIcsLine(line).split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		parts.forEach((part, i) => {
			expect(octets(part)).toBeLessThanOrEqual(75);
			if (i > 0) expect(part.startsWith(' ')).toBe(true);
			// A lone surrogate would mean a split character; TextEncoder would write U+FFFD for it.
			expect(part).not.toMatch(
				/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
			);
		});
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
	});

	it('foldIcsLine leaves a line of exactly 75 octets alone', () => {
		expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
	});

	it.each([
		['a\\b', 'a\\\\b'],
		['a;b,c', 'a\\;b\\,c'],
		['one\r\ntwo\nthree\rfour', 'one\\ntwo\\nthree\\nfour']
	])('escapeIcsText(%j) is %j', (text, escaped) => {
		expect(escapeIcsText(text)).toBe(escaped);
	});
});
