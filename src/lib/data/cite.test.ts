import { describe, expect, it } from 'vitest';
import { citeEvent, citeQuote, citeSource } from './cite';
import { toTimelineEvents } from './load';
import type { EventRecord, SourceRecord } from './schema';

const TEXT =
	'Defence ministers met in Moscow on 16 April 2023.\nThey agreed to expand joint exercises.\n';
const ZH_TEXT = '中俄两军举行会谈。\n';
const TEXTS = { report: TEXT, 'zh-talks': ZH_TEXT };

function source(overrides: Partial<SourceRecord>): SourceRecord {
	return {
		id: 'report',
		file: 'sources/report.txt',
		title: 'Ministers meet in Moscow',
		shortTitle: 'Moscow report',
		language: 'en',
		kind: 'news report',
		outlet: 'Example News',
		author: null,
		published: '2023-04-17',
		originalName: 'a.txt',
		reliability: 'high',
		notes: 'A fixture.',
		...overrides
	};
}

const REPORT = source({});
const ZH = source({
	id: 'zh-talks',
	file: 'sources/zh-talks.txt',
	title: '中俄两军举行会谈',
	titleEn: 'Chinese and Russian militaries hold talks',
	language: 'zh',
	outlet: '示例报',
	author: 'Wang Wei',
	published: null
});

function record(overrides: Partial<EventRecord>): EventRecord {
	return {
		id: 'ministers-meet',
		title: 'Defence ministers meet in Moscow',
		type: 'talks',
		date: '2023-04-16/2023-04-19',
		dateBasis: 'stated',
		participants: [],
		place: null,
		summary: 'They met.',
		sources: [{ source: 'report', quote: 'Defence ministers met in Moscow', start: 0, end: 31 }],
		...overrides
	};
}

const eventOf = (overrides: Partial<EventRecord> = {}) =>
	toTimelineEvents([record(overrides)], TEXTS)[0];
const PERMALINK = 'https://example.org/events/ministers-meet';

describe('citeSource', () => {
	it.each([
		['an outlet and date', REPORT, 'Example News, “Ministers meet in Moscow” (2023-04-17)'],
		[
			'an author, an English title and no date',
			ZH,
			'Wang Wei, 示例报, “中俄两军举行会谈” [Chinese and Russian militaries hold talks] (n.d.)'
		],
		[
			'neither author nor outlet',
			source({ outlet: null, published: null }),
			'“Ministers meet in Moscow” (n.d.)'
		],
		[
			'an author only',
			source({ outlet: null, author: 'A. Writer' }),
			'A. Writer, “Ministers meet in Moscow” (2023-04-17)'
		]
	])('citeSource cites a source with %s', (_name, s, expected) => {
		expect(citeSource(s)).toBe(expected);
	});
});

describe('citeEvent', () => {
	it('citeEvent names the event, its date, its source and the permalink', () => {
		expect(citeEvent(eventOf(), [REPORT, ZH], PERMALINK)).toBe(
			'“Defence ministers meet in Moscow”, 16–19 Apr 2023. Source: Example News, “Ministers meet in Moscow” (2023-04-17). ' +
				'China–Russia military diplomacy timeline, https://example.org/events/ministers-meet'
		);
	});

	it('citeEvent cites a source quoted twice once', () => {
		const event = eventOf({
			sources: [
				{ source: 'report', quote: 'Defence ministers met in Moscow', start: 0, end: 31 },
				{ source: 'report', quote: 'joint exercises', start: 72, end: 87 }
			]
		});
		const citation = citeEvent(event, [REPORT], PERMALINK);
		expect(citation).toContain(' Source: Example News, “Ministers meet in Moscow” (2023-04-17).');
		expect(citation.split('Example News')).toHaveLength(2);
	});

	it('citeEvent lists several sources in the order cited', () => {
		const event = eventOf({
			sources: [
				{
					source: 'zh-talks',
					quote: '中俄两军举行会谈',
					start: 0,
					end: 8,
					translation: 'The militaries held talks'
				},
				{ source: 'report', quote: 'joint exercises', start: 72, end: 87 }
			]
		});
		expect(citeEvent(event, [REPORT, ZH], PERMALINK)).toContain(
			' Sources: Wang Wei, 示例报, “中俄两军举行会谈” [Chinese and Russian militaries hold talks] (n.d.); ' +
				'Example News, “Ministers meet in Moscow” (2023-04-17).'
		);
	});

	it('citeEvent leaves out the sources part when no cited source is known', () => {
		const citation = citeEvent(eventOf(), [ZH], PERMALINK);
		expect(citation).toBe(
			'“Defence ministers meet in Moscow”, 16–19 Apr 2023. China–Russia military diplomacy timeline, ' +
				PERMALINK
		);
	});

	it.each([
		['2012-06', 'Jun 2012'],
		['2023?', '2023, uncertain'],
		['2000/2004', '2000–2004']
	])('citeEvent gives the date %s as %j', (date, shown) => {
		expect(citeEvent(eventOf({ date }), [REPORT], PERMALINK)).toContain(`”, ${shown}.`);
	});
});

describe('citeQuote', () => {
	it('citeQuote quotes the passage and names its document and permalink', () => {
		expect(citeQuote('joint exercises', REPORT, 'https://example.org/sources/report#q-1')).toBe(
			'“joint exercises” — Example News, “Ministers meet in Moscow” (2023-04-17). https://example.org/sources/report#q-1'
		);
	});

	it('citeQuote cites a Chinese quote with its document’s English title', () => {
		expect(citeQuote('中俄两军举行会谈', ZH, '/sources/zh-talks')).toBe(
			'“中俄两军举行会谈” — Wang Wei, 示例报, “中俄两军举行会谈” [Chinese and Russian militaries hold talks] (n.d.). /sources/zh-talks'
		);
	});
});
