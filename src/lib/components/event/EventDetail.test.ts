// What the event detail shows for URLs from a researcher's data: only safe links, hosts in punycode.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { toTimelineEvents } from '$lib/data/load';
import { vocabularyOf } from '$lib/data/vocabulary';
import type { EventRecord } from '$lib/data/schema';
import EventDetail from './EventDetail.svelte';

/** An imported event citing `urls` (with titles) and a date reference at `referenceUrl`. */
function detail(urls: { url: string; title?: string }[], referenceUrl?: string) {
	const record: EventRecord = {
		id: 'imported',
		title: 'Imported',
		type: 'talks',
		date: '2023-04-16',
		dateBasis: 'inferred',
		dateNote: 'From a reference.',
		dateReference: {
			outlet: 'Outlet',
			title: 'Reference',
			published: '2023-04-14',
			...(referenceUrl ? { url: referenceUrl } : {})
		},
		participants: [],
		place: null,
		summary: 'A summary.',
		sources: urls
	};
	const [event] = toTimelineEvents([record]);
	const vocabulary = vocabularyOf(null, [record.type]);
	return render(EventDetail, { props: { event, vocabulary, sources: [], imported: true } }).body;
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('EventDetail source links', () => {
	it('EventDetail never links a URL with a user name or password, and says why', () => {
		const html = detail(
			[{ url: 'https://user:secret@example.org/doc', title: 'The document' }],
			'https://trusted.example@evil.example/'
		);
		expect(hrefs(html).filter((h) => h.includes('@'))).toEqual([]);
		// (The citation to copy quotes the data as it is, as text.)
		expect(html.replace(/<p class="citation[^]*?<\/p>/, '')).not.toContain('secret');
		expect(html).toContain('The document');
		expect(html.match(/not linked: the address holds a user name or password/g)).toHaveLength(2);
	});

	it('EventDetail links http with a visible "not encrypted" warning, https without', () => {
		const html = detail([
			{ url: 'http://example.org/plain', title: 'Plain' },
			{ url: 'https://example.org/secure', title: 'Secure' }
		]);
		expect(hrefs(html)).toEqual(['http://example.org/plain', 'https://example.org/secure']);
		expect(html.match(/not encrypted \(http\)/g)).toHaveLength(1);
		expect(html.indexOf('not encrypted')).toBeLessThan(html.indexOf('Secure'));
	});

	it('EventDetail shows the punycode host of an internationalised domain beside the title', () => {
		// Cyrillic letters that look like "apple".
		const html = detail(
			[{ url: 'https://аррӏе.com/news', title: 'Apple news' }],
			'https://bücher.example/x'
		);
		expect(hrefs(html)).toEqual([
			'https://xn--bcher-kva.example/x',
			'https://xn--80ak6aa92e.com/news'
		]);
		expect(html).toContain('(xn--80ak6aa92e.com)');
		// A reference without a title shows its address, host in punycode.
		expect(html).toContain('>https://xn--bcher-kva.example/x</a>');
		expect(html.replace(/<p class="citation[^]*?<\/p>/, '')).not.toContain('аррӏе');
	});
});
