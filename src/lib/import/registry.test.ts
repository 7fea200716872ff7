import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from './oursCsv';
import { importDataset } from './registry';
import { htmlToText, parseParticipants, slugify } from './text';
import { MAX_IMPORT_BYTES, type ImportResult } from './types';

const HEADER = CSV_COLUMNS.join(',');

/** A row of our CSV from named cells (the rest empty). */
function row(cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): string {
	return CSV_COLUMNS.map((c) => {
		const v = cells[c] ?? '';
		return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
	}).join(',');
}

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

/** The contract every import keeps: nothing dropped, every rejected record explained. */
function expectAccounted(result: ImportResult) {
	expect(result.events.length + result.invalid).toBe(result.total);
	const rows = new Set(result.problems.map((p) => p.row).filter((r) => r !== null));
	expect(rows.size).toBeGreaterThanOrEqual(result.invalid);
}

const OURS = JSON.stringify({
	events: [
		{
			id: 'talks-in-moscow',
			title: 'Talks in Moscow',
			type: 'talks',
			date: '2023-04-16/2023-04-19',
			dateBasis: 'stated',
			summary: 'They talked.',
			sources: [{ url: 'https://example.org/a', quote: 'they talked' }]
		},
		{ id: 'Bad Id', title: 'x', type: 'visit', date: '2023', dateBasis: 'stated', summary: 's' },
		{ id: 'no-date', title: 'x', type: 'visit', date: '2023-13', dateBasis: 'stated', summary: 's' }
	]
});

const TIMELINEJS = JSON.stringify({
	title: { text: { headline: 'Military <b>ties</b> &amp; more', text: '<p>Intro</p>' } },
	events: [
		{
			start_date: { year: 2023, month: 4, day: 16 },
			end_date: { year: '2023', month: '4', day: '19' },
			text: {
				headline: 'Li&nbsp;Shangfu <i>visits</i> Russia',
				text: '<p>Four&#8209;day visit.<br>Talks.</p>'
			},
			media: { url: 'https://example.org/li', caption: 'AFP &quot;report&quot;', credit: 'AFP' },
			group: 'Visits',
			unique_id: 'Li_Visit'
		},
		{
			start_date: { year: 2023, month: 11 },
			text: { headline: 'Zhang Youxia in Moscow' },
			group: 'Military ties'
		},
		{ start_date: { year: 2023, month: 2, day: 30 }, text: { headline: 'No such day' } },
		{ start_date: { year: 2024 }, text: { headline: '' } }
	],
	eras: [{ start_date: { year: 2012 }, end_date: { year: 2021 }, text: { headline: 'New era' } }]
});

const TIMELINEJS_CSV = [
	'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
	',,,,,,,,,Sino-Russian <em>ties</em>,Intro,,,,,title,,',
	'2023,4,16,,2023,4,19,,,Li visits Russia,"<p>A visit, four days.</p>",https://example.org/li,AFP,Report,,,visit,',
	'2012,,,,2021,,,,Since 2012,New type relations,,,,,,era,,',
	'2023,13,,,,,,,,Bad month,,,,,,,,',
	'2024,9,12,,,,,,,Forum,,not a url,,,,,Forums,'
].join('\r\n');

describe('importDataset: format detection', () => {
	it.each([
		['ours', OURS, undefined],
		['timelinejs-json', TIMELINEJS, undefined],
		['csv', csv(row({ title: 'A', date: '2023' })), undefined],
		['csv', csv(row({ title: 'A', date: '2023' })), 'data.txt'],
		['timelinejs-csv', TIMELINEJS_CSV, 'sheet.csv'],
		['timelinejs-csv', TIMELINEJS_CSV.toLowerCase(), undefined],
		['ours', '\ufeff{"events": []}', 'x.json']
	])('importDataset detects %s', (format, text, name) => {
		expect(importDataset(text, name).format).toBe(format);
	});

	it.each([
		[
			'plain text',
			'hello world',
			undefined,
			/unrecognised format.*TimelineJS JSON.*our JSON.*TimelineJS.*our CSV/
		],
		[
			'a one-column CSV without our header',
			'a\n1',
			'x.csv',
			/none of the formats.*Year, Month, Day, Headline.*"title" and "date"/
		],
		['a JSON array', '[1, 2]', undefined, /JSON array.*Accepted formats/],
		['an empty file', '', undefined, /unrecognised format/]
	])(
		'importDataset rejects %s with one problem naming the accepted formats',
		(_, text, name, re) => {
			const result = importDataset(text, name);
			expect(result.format).toBeNull();
			expect(result.problems).toHaveLength(1);
			expect(result.problems[0].message).toMatch(re);
			expect(result.problems[0].row).toBeNull();
			expect(result.total).toBe(0);
		}
	);

	it('importDataset reports malformed JSON with its line and column', () => {
		const result = importDataset('{\n  "events": [\n    {"id": "a",}\n  ]\n}', 'bad.json');
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].message).toMatch(/malformed JSON at line 3, column 16/);
		expect(result.events).toEqual([]);
	});

	it('importDataset treats a .json name as JSON even when the text is not', () => {
		expect(importDataset('title,date', 'x.json').problems[0].message).toMatch(/malformed JSON/);
	});

	it('importDataset refuses texts over its limit, counting UTF-8 bytes', () => {
		expect(MAX_IMPORT_BYTES).toBe(500 * 1024 * 1024);
		const maxBytes = 3000;
		const ascii = importDataset('x'.repeat(maxBytes + 1), 'a.csv', { maxBytes });
		const wide = importDataset('中'.repeat(maxBytes / 3 + 1), 'a.csv', { maxBytes });
		for (const result of [ascii, wide]) {
			expect(result.problems).toEqual([
				{ row: null, message: expect.stringMatching(/larger than 3000 bytes/) }
			]);
		}
		expect(
			importDataset('中'.repeat(maxBytes / 3), 'a.csv', { maxBytes }).problems[0].message
		).not.toMatch(/larger/);
	});
});

describe('importDataset: our JSON', () => {
	it('importDataset validates each record and maps problems to positions', () => {
		const result = importDataset(OURS, 'ours.json');
		expect(result.format).toBe('ours');
		expect(result.events.map((e) => e.id)).toEqual(['talks-in-moscow']);
		expect(result.events[0].span.precision).toBe('day');
		expect(result).toMatchObject({ total: 3, invalid: 2 });
		expect(result.problems).toEqual([
			{ row: 2, id: 'Bad Id', field: 'id', message: expect.stringMatching(/kebab-case/) },
			{ row: 3, id: 'no-date', field: 'date', message: expect.stringMatching(/2023-13/) }
		]);
		expectAccounted(result);
	});

	it('importDataset reports duplicate ids with the first row and unknown top-level keys', () => {
		const e = {
			id: 'a',
			title: 'A',
			type: 'visit',
			date: '2023',
			dateBasis: 'stated',
			summary: 's'
		};
		const result = importDataset(JSON.stringify({ name: 'x', events: [e, e, null] }));
		expect(result.problems).toEqual([
			{ row: null, message: 'unknown top-level key "name" ignored' },
			{ row: 2, id: 'a', field: 'id', message: 'duplicate event id (also row 1)' },
			{ row: 3, message: expect.any(String) }
		]);
		expectAccounted(result);
	});

	it('importDataset applies the dataset rules: an inferred date needs a note and a reference', () => {
		const e = {
			id: 'a',
			title: 'A',
			type: 'visit',
			date: '2023',
			dateBasis: 'inferred',
			summary: 's'
		};
		const result = importDataset(JSON.stringify({ events: [e] }));
		expect(result.problems.map((p) => p.field)).toEqual(['dateNote', 'dateReference']);
	});
});

describe('importDataset: our CSV', () => {
	it('importDataset reads every column of a full row', () => {
		const text = csv(
			row({
				id: 'li-visit',
				title: 'Li visits Russia',
				titleZh: '李尚福访俄',
				type: 'Visit',
				date: '2023-04-16/2023-04-19',
				dateBasis: 'inferred',
				dateNote: 'The text gives no date.',
				summary: 'A four-day visit, with talks.',
				place: 'Moscow',
				country: 'ru',
				participants:
					'Li Shangfu (Minister of National Defence, CN); Hosts (not named) (hosts, RU)',
				sourceUrl: 'https://example.org/li',
				sourceTitle: 'AFP report',
				quote: 'began his four-day visit',
				dateReferenceOutlet: 'AFP',
				dateReferenceTitle: 'Li to visit Russia',
				dateReferencePublished: '2023-04-14',
				dateReferenceUrl: 'https://example.org/afp',
				notes: 'A note.'
			})
		);
		const result = importDataset(text, 'events.csv');
		expect(result.problems).toEqual([]);
		const { span, fuzzy, lane, passages, ...record } = result.events[0];
		expect({ fuzzy, lane, passages, endMs: span.endMs }).toEqual({
			fuzzy: false,
			lane: 0,
			passages: [],
			endMs: Date.UTC(2023, 3, 20)
		});
		expect(record).toEqual({
			id: 'li-visit',
			title: 'Li visits Russia',
			titleZh: '李尚福访俄',
			type: 'Visit',
			date: '2023-04-16/2023-04-19',
			dateBasis: 'inferred',
			dateNote: 'The text gives no date.',
			dateReference: {
				outlet: 'AFP',
				title: 'Li to visit Russia',
				published: '2023-04-14',
				url: 'https://example.org/afp'
			},
			participants: [
				{ name: 'Li Shangfu', role: 'Minister of National Defence', country: 'CN' },
				{ name: 'Hosts (not named)', role: 'hosts', country: 'RU' }
			],
			place: { city: 'Moscow', country: 'RU' },
			summary: 'A four-day visit, with talks.',
			sources: [
				{ url: 'https://example.org/li', title: 'AFP report', quote: 'began his four-day visit' }
			],
			notes: 'A note.'
		});
	});

	it('importDataset keeps a sheet’s own categories, each drawn in a lane of its own', () => {
		const result = importDataset(
			csv(
				row({ title: 'A', date: '1942', type: 'Battles' }),
				row({ title: 'B', date: '1943', type: 'Protests' }),
				row({ title: 'C', date: '1944', type: 'Battles' })
			)
		);
		expect(result.problems).toEqual([]);
		expect(result.vocabulary.lanes.map((l) => [l.id, l.categories])).toEqual([
			['Battles', ['Battles']],
			['Protests', ['Protests']]
		]);
		expect(result.events.map((e) => [e.title, e.lane])).toEqual([
			['A', 0],
			['B', 1],
			['C', 0]
		]);
	});

	it('importDataset needs only title and date, in any column order', () => {
		const result = importDataset('Date,Title\r\n2023-09~,"Drills, approximately"\r\n');
		expect(result.problems).toEqual([]);
		expect(result.events[0]).toMatchObject({
			id: 'drills-approximately-1',
			type: 'event',
			dateBasis: 'stated',
			summary: 'Drills, approximately',
			participants: [],
			place: null,
			sources: [],
			fuzzy: true
		});
	});

	it('importDataset makes generated ids unique, avoiding the ids the file gives', () => {
		const result = importDataset(
			csv(
				row({ title: 'Talks', date: '2023' }),
				row({ id: 'talks-3', title: 'Other', date: '2023' }),
				row({ title: 'Talks', date: '2023' }),
				row({ title: '会谈', date: '2023' })
			)
		);
		expect(result.events.map((e) => e.id).sort()).toEqual([
			'event-4',
			'talks-1',
			'talks-3',
			'talks-3-2'
		]);
	});

	it('importDataset numbers data rows from 1 after the header, counting blank rows but not reading them', () => {
		const text = csv(
			row({ title: 'A', date: '2023' }),
			'',
			',,,,,,,',
			row({ title: 'B', date: 'soon' }),
			row({ title: '', date: '2023' })
		);
		const result = importDataset(text);
		expect(result).toMatchObject({ total: 3, invalid: 2 });
		expect(result.problems.map((p) => [p.row, p.field])).toEqual([
			[4, 'date'],
			[5, 'title']
		]);
		expectAccounted(result);
	});

	it.each([
		[
			'a quote without a URL',
			{ title: 'A', date: '2023', quote: 'q' },
			'sourceUrl',
			/needs the sourceUrl/
		],
		['a bad URL', { title: 'A', date: '2023', sourceUrl: 'ftp://x' }, 'sourceUrl', /URL/],
		['a bad country', { title: 'A', date: '2023', country: 'Russia' }, 'country', /ISO 3166/],
		['a reversed range', { title: 'A', date: '2024/2023' }, 'date', /2024\/2023/],
		[
			'a reference without its date',
			{ title: 'A', date: '2023', dateReferenceOutlet: 'AFP', dateReferenceTitle: 't' },
			'dateReferencePublished',
			/must not be empty/
		],
		[
			'a participant with a bad country',
			{ title: 'A', date: '2023', participants: 'Li (minister, RUS)' },
			'participants[0].country',
			/ISO 3166/
		]
	])('importDataset rejects %s, naming the column', (_, cells, field, message) => {
		const result = importDataset(csv(row(cells)));
		expect(result.invalid).toBe(1);
		expect(result.problems).toContainEqual(
			expect.objectContaining({ row: 1, field, message: expect.stringMatching(message) })
		);
	});

	it('importDataset reports cells beyond the header, broken quotes and unknown columns', () => {
		const text = 'title,date,sumary\nA,2023,s,extra\nB,2023,s\nC,"2023\n';
		const result = importDataset(text);
		expect(result.problems).toEqual([
			{
				row: null,
				field: 'sumary',
				message: expect.stringMatching(/^unknown column ignored; the columns are id, title/)
			},
			{ row: 1, id: 'a-1', message: expect.stringMatching(/4 cells but 3 columns/) },
			{ row: 3, id: 'c-3', message: expect.stringMatching(/^CSV: /) }
		]);
		expect(result.events.map((e) => e.title)).toEqual(['B']);
		expectAccounted(result);
	});

	it('importDataset reads tab-separated files', () => {
		const result = importDataset('title\tdate\tsummary\nA, with comma\t2023-05\tS\n');
		expect(result.events[0]).toMatchObject({
			title: 'A, with comma',
			date: '2023-05',
			summary: 'S'
		});
	});
});

describe('importDataset: TimelineJS', () => {
	it('importDataset converts TimelineJS JSON slides, eras and the title', () => {
		const result = importDataset(TIMELINEJS, 'timeline.json');
		expect(result.format).toBe('timelinejs-json');
		expect(result.title).toBe('Military ties & more');
		expect(result).toMatchObject({ total: 5, invalid: 1 });
		const byId = Object.fromEntries(result.events.map((e) => [e.id, e]));
		expect(Object.keys(byId).sort()).toEqual([
			'event-4',
			'li-visit',
			'new-era-5',
			'zhang-youxia-in-moscow-2'
		]);
		expect(byId['li-visit']).toMatchObject({
			title: 'Li Shangfu visits Russia',
			summary: 'Four\u2011day visit.\nTalks.',
			type: 'Visits',
			date: '2023-04-16/2023-04-19',
			dateBasis: 'stated',
			// Media stay media (shown as a link), never a citation or a passage.
			sources: [],
			media: { url: 'https://example.org/li', caption: 'AFP "report"', credit: 'AFP' }
		});
		// A slide without a headline is titled from its date, with a notice.
		expect(byId['event-4']).toMatchObject({ title: '2024', date: '2024' });
		// A TimelineJS group is a category of the dataset, drawn in its own lane.
		expect(byId['zhang-youxia-in-moscow-2']).toMatchObject({
			type: 'Military ties',
			date: '2023-11',
			summary: 'Zhang Youxia in Moscow'
		});
		expect(result.vocabulary.lanes.map((l) => l.label)).toEqual([
			'Visits',
			'Military ties',
			'event'
		]);
		expect(byId['new-era-5']).toMatchObject({ type: 'period', date: '2012/2021', lane: -1 });
		expect(result.problems).toEqual([
			{
				row: 1,
				id: 'li-visit',
				field: 'unique_id',
				message: 'unique_id "Li_Visit" written as "li-visit" (ids here are kebab-case)',
				notice: true
			},
			{
				row: 3,
				id: 'no-such-day-3',
				field: 'start_date',
				message: '"2023/2/30" (year/month/day) is not a date'
			},
			{
				row: 4,
				id: 'event-4',
				field: 'text.headline',
				message: 'no headline: the title “2024” is taken from the date',
				notice: true
			}
		]);
		expectAccounted(result);
	});

	it('importDataset converts the TimelineJS sheet: title row, eras, groups, media and HTML', () => {
		const result = importDataset(TIMELINEJS_CSV, 'sheet.csv');
		expect(result.title).toBe('Sino-Russian ties');
		expect(result).toMatchObject({ total: 4, invalid: 1 });
		expect(result.events.map((e) => [e.id, e.type, e.date])).toEqual([
			['new-type-relations-3', 'period', '2012/2021'],
			['li-visits-russia-2', 'visit', '2023-04-16/2023-04-19'],
			['forum-5', 'Forums', '2024-09-12']
		]);
		expect(result.events[0].dateNote).toBe('Shown as “Since 2012” in the TimelineJS file.');
		expect(result.events[1]).toMatchObject({
			summary: 'A visit, four days.',
			media: { url: 'https://example.org/li', caption: 'Report', credit: 'AFP' }
		});
		expect(result.events[2].media).toBeUndefined();
		expect(result.problems).toEqual([
			{
				row: 4,
				id: 'bad-month-4',
				field: 'Year',
				message: '"2023/13/" (year/month/day) is not a date'
			},
			{
				row: 5,
				id: 'forum-5',
				field: 'Media',
				message: 'media dropped: only http(s) addresses are kept, not “not a url”',
				notice: true
			}
		]);
		expectAccounted(result);
	});
});

describe('helpers', () => {
	it.each([
		['<p>One</p><p>Two &amp; three</p>', 'One\nTwo & three'],
		['a&nbsp;&nbsp;b', 'a b'],
		['&lt;b&gt; is not a tag', '<b> is not a tag'],
		['&amp;lt; decodes once', '&lt; decodes once'],
		['&#39;quoted&#39; &quot;twice&quot; &#x4E2D;&#25991;', '\'quoted\' "twice" 中文'],
		['&#0; &#xD800; &bogus;', '\ufffd \ufffd &bogus;'],
		['<script>alert(1)</script>safe<style>p{}</style>', 'safe'],
		['<!-- hidden -->shown <a href="x>y">link</a>', 'shown y">link'],
		['a < b and c > d', 'a < b and c > d'],
		['line<br/>break<br>again', 'line\nbreak\nagain'],
		['<img src=x onerror=alert(1)', '']
	])('htmlToText(%j) is %j', (html, text) => {
		expect(htmlToText(html)).toBe(text);
	});

	it.each([
		['Li Shangfu visits Russia', 'li-shangfu-visits-russia'],
		['  Übung “Vostok” 2018!  ', 'ubung-vostok-2018'],
		['会谈', ''],
		['a'.repeat(60), 'a'.repeat(48)],
		[
			'the quick brown fox jumps over the lazy dog again and again',
			'the-quick-brown-fox-jumps-over-the-lazy-dog'
		]
	])('slugify(%j) is %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it.each([
		[
			'Li Shangfu (Minister of National Defence, CN)',
			[['Li Shangfu', 'Minister of National Defence', 'CN']]
		],
		[
			'Putin (President, ru); Xi (President, CN)',
			[
				['Putin', 'President', 'RU'],
				['Xi', 'President', 'CN']
			]
		],
		['SCO', [['SCO', '', null]]],
		['Shoigu (RU)', [['Shoigu', '', 'RU']]],
		['Shoigu (host)', [['Shoigu', 'host', null]]],
		[
			'Li (foreign minister, signed (public record; not named), CN)',
			[['Li', 'foreign minister, signed (public record; not named)', 'CN']]
		],
		['Leaders (not named) (hosts, RU);; ', [['Leaders (not named)', 'hosts', 'RU']]],
		['Broken (role, CN', [['Broken (role, CN', '', null]]],
		['Putin (President, RUS)', [['Putin', 'President', 'RUS']]],
		['Staff (head, of PLA)', [['Staff', 'head, of PLA', null]]]
	])('parseParticipants(%j) reads name, role and country', (cell, expected) => {
		expect(parseParticipants(cell).map((p) => [p.name, p.role, p.country])).toEqual(expected);
	});
});

/** A tiny seeded linear congruential generator (Numerical Recipes constants), in [0, 1). */
function lcg(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

describe('importDataset at scale', () => {
	it(
		'importDataset reads a generated 20,000-row CSV, rejecting exactly the broken rows',
		{ timeout: 120_000 },
		() => {
			const random = lcg(42);
			const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
			const types = ['forum', 'visit', 'talks', 'exercise', 'summit', 'agreement', 'milestone'];
			const broken = new Set<number>();
			const lines = [HEADER];
			for (let i = 1; i <= 20_000; i++) {
				const year = 2000 + Math.floor(random() * 25);
				const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
				const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
				let date = pick([
					`${year}`,
					`${year}-${month}`,
					`${year}-${month}-${day}`,
					`${year}-${month}~`
				]);
				if (random() < 0.01) {
					date = `${year}-${month}-32`;
					broken.add(i);
				}
				lines.push(
					row({
						title: `Event ${i}, "quoted" ${pick(['Moscow', 'Beijing', '北京'])}`,
						type: pick(types),
						date,
						summary: `Summary of event ${i}.\nSecond line.`,
						participants: `Person ${i} (role, ${pick(['CN', 'RU'])})`,
						sourceUrl: `https://example.org/${i}`
					})
				);
			}
			const result = importDataset(lines.join('\r\n'), 'synthetic.csv');
			expect(result).toMatchObject({ format: 'csv', total: 20_000, invalid: broken.size });
			expect(new Set(result.problems.map((p) => p.row))).toEqual(broken);
			expect(new Set(result.events.map((e) => e.id)).size).toBe(20_000 - broken.size);
			const first = result.events.find(
				(e) => e.id === 'event-1-quoted-moscow-1' || e.id.endsWith('-1')
			);
			expect(first?.summary).toBe('Summary of event 1.\nSecond line.');
			expectAccounted(result);
		}
	);
});
