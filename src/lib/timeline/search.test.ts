import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { buildIndex, searchIndex, tokenize, type SearchDoc } from './search';

const docs: SearchDoc[] = [
	{
		id: 'xiangshan',
		title: '10th Beijing Xiangshan Forum',
		summary: 'Shoigu attends the forum in Beijing.',
		body: '访华并出席第十届北京香山论坛的绍伊古'
	},
	{
		id: 'visit',
		title: 'Li Shangfu visits Russia',
		summary: 'A four-day visit to Moscow.',
		body: 'military academies'
	},
	{
		id: 'exercise',
		title: 'Counter-terrorism exercise in Primorye',
		summary: 'Troops in the Russian Far East.',
		body: 'anti-terrorism combat Xi'
	}
];
const index = buildIndex(docs);

describe('tokenize', () => {
	it('tokenize lower-cases words and splits CJK runs into characters', () => {
		expect(tokenize('Beijing Xiangshan-Forum 香山论坛')).toEqual([
			'beijing',
			'xiangshan',
			'forum',
			'香',
			'山',
			'论',
			'坛'
		]);
	});
});

describe('searchIndex', () => {
	it.each([
		['xiangshan', ['xiangshan']],
		['xiang', ['xiangshan']], // prefix
		['xiangshen', ['xiangshan']], // fuzzy: one typo
		['moscow', ['visit']], // summary
		['academies', ['visit']], // quote
		['香山', ['xiangshan']], // Chinese quote
		['beijing forum', ['xiangshan']], // all terms must match
		['russia', ['visit', 'exercise']]
	])('searchIndex finds %j in %j', (query, ids) => {
		expect(searchIndex(index, query)!.ids.sort()).toEqual([...ids].sort());
	});

	it('searchIndex returns null for an empty query and no hits for nonsense', () => {
		expect(searchIndex(index, '  ')).toBeNull();
		expect(searchIndex(index, 'qqqqzzzz')!.ids).toEqual([]);
	});

	it('searchIndex ranks title matches first and reports matched terms', () => {
		const hits = searchIndex(index, 'forum')!;
		expect(hits.ids[0]).toBe('xiangshan');
		expect(hits.terms).toContain('forum');
	});
});

describe('highlight', () => {
	it('highlight marks every case-insensitive occurrence of the terms', () => {
		expect(highlight('Forum of the forum', ['forum'])).toEqual([
			{ text: 'Forum', hit: true },
			{ text: ' of the ', hit: false },
			{ text: 'forum', hit: true }
		]);
	});
	it('highlight prefers longer terms and escapes regex characters', () => {
		expect(highlight('Xiangshan (x)', ['xiang', 'xiangshan', '(x)'])).toEqual([
			{ text: 'Xiangshan', hit: true },
			{ text: ' ', hit: false },
			{ text: '(x)', hit: true }
		]);
	});
	it('highlight returns the text whole when there are no terms', () => {
		expect(highlight('abc', [])).toEqual([{ text: 'abc', hit: false }]);
	});
});
