import { describe, expect, it } from 'vitest';
import { eventCitationTags, highwireDate, sourceCitationTags } from './highwire';
import type { SourceRecord } from '../data/schema';

describe('highwireDate', () => {
	it.each([
		['2023-04-16', '2023/04/16'],
		['2023-04-16/2023-04-19', '2023/04/16'],
		['2012-06', '2012/06'],
		['2023-09~', '2023/09'],
		['2023?', '2023'],
		['201X', null],
		['../2012', null],
		[null, null]
	])('highwireDate(%j) is %j', (edtf, expected) => {
		expect(highwireDate(edtf)).toBe(expected);
	});
});

const source: SourceRecord = {
	id: 'doc',
	file: 'doc.txt',
	title: '中俄关系',
	shortTitle: 'Relations',
	language: 'zh',
	kind: 'commentary',
	outlet: 'Xinhua',
	author: null,
	published: '2023-04-18',
	originalName: 'doc.txt',
	reliability: 'high',
	notes: 'n'
};

describe('citation tags', () => {
	it('eventCitationTags names the title, publisher, date and address', () => {
		expect(
			eventCitationTags({ title: 'A visit', date: '2023-04-16/2023-04-19' }, 'Site', 'https://x/e')
		).toEqual([
			['citation_title', 'A visit'],
			['citation_publisher', 'Site'],
			['citation_author', 'Site'],
			['citation_date', '2023/04/16'],
			['citation_public_url', 'https://x/e'],
			['citation_language', 'en']
		]);
	});
	it('sourceCitationTags uses the outlet as author when the document has none', () => {
		const tags = new Map(sourceCitationTags(source, '/sources/doc'));
		expect(tags.get('citation_author')).toBe('Xinhua');
		expect(tags.get('citation_publisher')).toBe('Xinhua');
		expect(tags.get('citation_date')).toBe('2023/04/18');
		expect(tags.get('citation_language')).toBe('zh');
	});
	it('sourceCitationTags leaves out an unknown date', () => {
		const tags = new Map(sourceCitationTags({ ...source, published: null }, '/s'));
		expect(tags.has('citation_date')).toBe(false);
	});
});
