// The exports are read back by Citation.js (its BibTeX and RIS parsers, and its CSL-JSON input), so
// what a reference manager imports is what we wrote.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBibtex } from './bibtex';
import { eventToCsl, toCslJson, type CslItem } from './csl';
import { toRis } from './ris';
import { FIXTURE_DIR } from '../server/dataDir';
import { formatCitation } from './styles';

const SITE = 'China–Russia military diplomacy timeline';
const ACCESSED = Date.UTC(2026, 11, 5);
const events: { id: string; title: string; date: string; summary: string }[] = JSON.parse(
	readFileSync(join(FIXTURE_DIR, 'events.json'), 'utf8')
).events;
const items = events.map((e) =>
	eventToCsl(e, `https://example.org/events/${e.id}`, SITE, ACCESSED)
);
// Titles TeX and RIS could break: braces, percent, ampersand, a line break, Chinese.
const tricky: CslItem = eventToCsl(
	{
		id: 'tricky',
		title: 'Talks {50%} & “more”: $5 #1 under_score ~ ^ \\ 中俄',
		date: '2023-04',
		summary: 'Two lines\nof summary'
	},
	'https://example.org/events/tricky?x=1&y=2',
	SITE,
	ACCESSED
);

/** Citation.js's reading of a file, as CSL-JSON. */
const parse = (text: string) => new Cite(text).data as Record<string, unknown>[];
const issued = (item: Record<string, unknown>) =>
	(item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];

describe('citation exports', () => {
	it('toCslJson is read back by Citation.js unchanged in title, date and address', () => {
		const back = parse(toCslJson([...items, tricky]));
		expect(back).toHaveLength(items.length + 1);
		back.forEach((item, i) => {
			const want = [...items, tricky][i];
			expect(item.title).toBe(want.title);
			expect(item.URL).toBe(want.URL);
			expect(issued(item)).toEqual(want.issued?.['date-parts'][0]);
		});
	});

	it('toBibtex is parsed back by Citation.js with every title, date and url', () => {
		const back = parse(toBibtex([...items, tricky]));
		expect(back).toHaveLength(items.length + 1);
		back.forEach((item, i) => {
			const want = [...items, tricky][i];
			expect(item.title).toBe(want.title);
			expect(item.URL).toBe(want.URL);
			expect(issued(item)).toEqual(want.issued?.['date-parts'][0]);
		});
	});

	it('toRis is parsed back by Citation.js with every title, date and url', () => {
		const back = parse(toRis([...items, tricky]));
		expect(back).toHaveLength(items.length + 1);
		back.forEach((item, i) => {
			const want = [...items, tricky][i];
			expect(item.title).toBe(want.title);
			expect(item.URL).toBe(want.URL);
			expect(issued(item)).toEqual(want.issued?.['date-parts'][0]);
		});
	});

	it('eventToCsl keeps a vague date readable in a note', () => {
		const item = eventToCsl({ id: 'x', title: 'X', date: '201X' }, '/e/x', SITE);
		expect(item.issued).toBeUndefined();
		expect(item.note).toBe('Date (EDTF): 201X');
		expect(eventToCsl({ id: 'y', title: 'Y', date: '2023-04-16' }, '/e/y', SITE).note).toBe(
			undefined
		);
	});
});

describe('formatCitation', () => {
	const item = eventToCsl(
		{ id: 'li', title: 'Li Shangfu visits Russia', date: '2023-04-16/2023-04-19' },
		'https://example.org/events/li',
		SITE,
		ACCESSED
	);
	it.each([
		[
			'chicago',
			'“Li Shangfu Visits Russia.” China–Russia military diplomacy timeline. April 16, 2023. https://example.org/events/li.'
		],
		[
			'apa',
			// The APA template names the publishing site as the group author when there is no other.
			'China–Russia military diplomacy timeline. (2023, April 16). Li Shangfu visits Russia. China–Russia Military Diplomacy Timeline. https://example.org/events/li'
		],
		[
			'mla',
			'“Li Shangfu Visits Russia.” China–Russia military diplomacy timeline, 16 Apr. 2023, https://example.org/events/li. Accessed 5 Dec. 2026.'
		]
	] as const)('formatCitation(item, %s) writes the style’s entry', async (style, expected) => {
		expect(await formatCitation(item, style)).toBe(expected);
	});
});
