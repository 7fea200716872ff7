// The column-mapping guesser, the address form of a mapping (round trip, garbage) and a foreign table
// read through a mapping, with its problems by row and column.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkMapping,
	formatMapping,
	guessMapping,
	MAP_FIELDS,
	mapParamValue,
	parseMapping,
	type ColumnMapping
} from './mapping';
import { importDataset } from './registry';

const ACLED_HEADER =
	'event_id_cnty,event_date,year,event_type,sub_event_type,actor1,country,location,latitude,longitude,source,notes,fatalities'.split(
		','
	);

describe('guessMapping', () => {
	it('guessMapping maps ACLED-style columns by synonym', () => {
		expect(guessMapping(ACLED_HEADER)).toEqual({
			id: 'event_id_cnty',
			start: 'event_date',
			category: 'event_type',
			country: 'country',
			place: 'location',
			lat: 'latitude',
			lon: 'longitude',
			sourceTitle: 'source',
			summary: 'notes'
		});
	});

	it.each([
		[
			['Event Date', 'TITLE', 'Description'],
			{ start: 'Event Date', title: 'TITLE', summary: 'Description' }
		],
		[['  event-type ', 'When'], { category: 'event-type', start: 'When' }],
		[['Headline', 'Year', 'Start Date'], { title: 'Headline', start: 'Start Date' }],
		[['a', 'b'], {}],
		[[], {}]
	])('guessMapping(%j) ignores case, spaces and punctuation', (header, expected) => {
		expect(guessMapping(header)).toEqual(expected);
	});

	it('guessMapping gives each column to one field at most', () => {
		const guess = guessMapping(['date', 'date', 'type']);
		expect(Object.values(guess).filter((c) => c === 'date')).toHaveLength(1);
	});
});

describe('parseMapping and formatMapping', () => {
	it('formatMapping writes fields in order, escaping , : and %', () => {
		expect(formatMapping({ summary: 'notes', start: 'a,b:c 50%' })).toBe(
			'start:a%2Cb%3Ac 50%25,summary:notes'
		);
	});

	it('parseMapping reads aliases and loose field names', () => {
		expect(parseMapping('Date:event_date,TYPE:event_type,description:notes').mapping).toEqual({
			start: 'event_date',
			category: 'event_type',
			summary: 'notes'
		});
	});

	it.each([
		['title', [{ code: 'mapSyntax', part: 'title' }]],
		['title:', [{ code: 'mapSyntax', part: 'title:' }]],
		[':notes', [{ code: 'mapSyntax', part: ':notes' }]],
		['colour:notes', [{ code: 'mapField', field: 'colour' }]],
		['title:a,title:b', [{ code: 'mapTwice', field: 'title' }]]
	])('parseMapping(%j) names what is wrong', (value, issues) => {
		expect(parseMapping(value).issues).toEqual(issues);
	});

	it('checkMapping names a column the file lacks and a required field left out', () => {
		const { mapping, issues } = checkMapping({ title: 'NOTES', end: 'finish' }, ['notes', 'x']);
		expect(mapping).toEqual({ title: 'notes' });
		expect(issues).toEqual([
			{ code: 'mapColumn', field: 'end', column: 'finish' },
			{ code: 'mapRequired', field: 'start' }
		]);
	});

	it('formatMapping and parseMapping round-trip any mapping, also through an address', () => {
		const column = fc
			.string({ minLength: 1, maxLength: 12 })
			.filter((s) => s.trim() === s && s !== '');
		const mapping = fc.record(
			Object.fromEntries(MAP_FIELDS.map((f) => [f, column])) as Record<
				(typeof MAP_FIELDS)[number],
				fc.Arbitrary<string>
			>,
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(mapping, (m: ColumnMapping) => {
				const text = formatMapping(m);
				expect(parseMapping(text)).toEqual({ mapping: m, issues: [] });
				const params = new URLSearchParams(`data=x&map=${mapParamValue(text)}&lang=zh`);
				expect(parseMapping(params.get('map')!).mapping).toEqual(m);
			}),
			{ numRuns: 300 }
		);
	});

	it('parseMapping never throws on garbage and keeps only fields it knows', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 60 }), (text) => {
				const { mapping } = parseMapping(text);
				for (const key of Object.keys(mapping)) expect(MAP_FIELDS).toContain(key);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('importDataset with a mapping', () => {
	const acled = readFileSync('tests/fixtures/acled-style.csv', 'utf8');

	it('importDataset asks for a mapping for a table of foreign columns, with the guess and rows', () => {
		const result = importDataset(acled, 'acled-style.csv');
		expect(result.events).toEqual([]);
		expect(result.needsMapping?.header).toEqual(ACLED_HEADER);
		expect(result.needsMapping?.sample.map((s) => s.row)).toEqual([1, 2, 3, 4, 5]);
		expect(result.needsMapping?.guess.start).toBe('event_date');
	});

	it('importDataset reads every row of the ACLED-style fixture through the guessed mapping', () => {
		const map = formatMapping(guessMapping(ACLED_HEADER));
		const result = importDataset(acled, 'acled-style.csv', { map });
		expect(result.problems.filter((p) => !p.notice)).toEqual([]);
		expect(result.events).toHaveLength(30);
		expect(new Set(result.events.map((e) => e.type)).size).toBe(6);
		const protest = result.events.find((e) => e.id === 'syn0007')!;
		expect(protest.title).toBe('Protest over water tariffs in Lindenport');
		expect(protest.date).toBe('2024-03-15');
		expect(protest.place).toEqual({ city: 'Lindenport', country: 'UA', lat: 48.51, lon: 35.02 });
		expect(protest.notes).toBe('Source: Example Daily; Sample Wire');
	});

	it.each([
		['15 March 2024', '2024-03-15'],
		['2024-03-15', '2024-03-15'],
		['March 2024', '2024-03'],
		['2024', '2024'],
		['2024-03~', '2024-03~'],
		['2024-03-01/2024-03-05', '2024-03-01/2024-03-05'],
		['3/15/2024', '2024-03-15'],
		['2024/3/15', '2024-03-15']
	])('importDataset reads the date %j as %j', (cell, edtf) => {
		const text = `when,what\n"${cell}",Something happened`;
		const result = importDataset(text, 'x.csv', { map: 'start:when,title:what' });
		expect(result.events.map((e) => e.date)).toEqual([edtf]);
	});

	it('importDataset rejects an unreadable date by row and column, and keeps the other rows', () => {
		const text = 'when,what,land\nsoon,A,Ukraine\n2024-02-30,B,\n2024-01-02,C,Atlantis\n,D,';
		const result = importDataset(text, 'x.csv', { map: 'start:when,title:what,country:land' });
		expect(result.events.map((e) => e.title)).toEqual(['C']);
		expect(result.invalid).toBe(3);
		const said = result.problems.map((p) => `${p.row} ${p.field} ${p.notice ? 'note' : 'problem'}`);
		expect(said).toEqual(['1 when problem', '2 when problem', '3 land note', '4 when problem']);
		expect(result.problems[0].message).toMatch(/"soon" is not a date/);
		expect(result.problems[2].message).toMatch(/"Atlantis" is not a country/);
	});

	it('importDataset asks again, with the issues, when the address mapping does not fit', () => {
		const result = importDataset(acled, 'acled-style.csv', { map: 'title:headline,colour:x' });
		expect(result.events).toEqual([]);
		expect(result.needsMapping?.issues).toEqual([
			{ code: 'mapField', field: 'colour' },
			{ code: 'mapColumn', field: 'title', column: 'headline' },
			{ code: 'mapRequired', field: 'start' },
			{ code: 'mapRequired', field: 'title', either: 'summary' }
		]);
	});
});
