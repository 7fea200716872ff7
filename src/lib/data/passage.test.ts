import { describe, expect, it } from 'vitest';
import { closestPassage, passageAround } from './passage';

const TEXT = [
	'Defence ministers met in Moscow on 16 April 2023.',
	'',
	'They agreed to expand joint exercises. Both sides praised the talks.',
	'',
	'中俄两军举行会谈。双方同意加强合作。'
].join('\n');

describe('passageAround', () => {
	it.each([
		['joint exercises', '', 'They agreed to expand ', '. Both sides praised the talks.'],
		['Defence ministers', '', '', ' met in Moscow on 16 April 2023.'],
		['the talks.', '', 'They agreed to expand joint exercises. Both sides praised ', ''],
		['双方同意加强合作', '', '中俄两军举行会谈。', '。']
	])('passageAround splits %j out of its paragraph', (quote, _, before, after) => {
		const start = TEXT.indexOf(quote);
		const passage = passageAround(TEXT, start, start + quote.length);
		expect(passage).toEqual({ before, quote, after, paragraphStart: start - before.length });
		expect(TEXT.slice(passage.paragraphStart, start + quote.length + after.length)).toBe(
			before + quote + after
		);
	});

	it('passageAround yields every paragraph a quote spans', () => {
		const start = TEXT.indexOf('Moscow');
		const end = TEXT.indexOf('expand') + 'expand'.length;
		const passage = passageAround(TEXT, start, end);
		expect(passage.before).toBe('Defence ministers met in ');
		expect(passage.quote).toBe(TEXT.slice(start, end));
		expect(passage.after).toBe(' joint exercises. Both sides praised the talks.');
	});

	it('passageAround trims the paragraph’s surrounding whitespace', () => {
		const text = '  \t Leading space. Quote here. Trailing   \n';
		const start = text.indexOf('Quote');
		const passage = passageAround(text, start, start + 5);
		expect(passage).toEqual({
			before: 'Leading space. ',
			quote: 'Quote',
			after: ' here. Trailing',
			paragraphStart: 4
		});
	});

	it('passageAround cuts a long paragraph at a sentence boundary before the quote', () => {
		const sentences = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(
			' '
		);
		const text = `${sentences} QUOTE ${sentences}`;
		const start = text.indexOf('QUOTE');
		const passage = passageAround(text, start, start + 5, 100);
		expect(passage.quote).toBe('QUOTE');
		expect(passage.before.length).toBeLessThanOrEqual(100);
		expect(passage.before).toMatch(/^Sentence number \d+ is here\./);
		expect(text.slice(passage.paragraphStart, start)).toBe(passage.before);
		expect(passage.after).toBe(text.slice(start + 5, start + 5 + 100).trimEnd());
	});

	it('passageAround keeps the quote when it is the whole document', () => {
		expect(passageAround('Quote', 0, 5)).toEqual({
			before: '',
			quote: 'Quote',
			after: '',
			paragraphStart: 0
		});
	});
});

describe('closestPassage', () => {
	it('closestPassage finds an exact quote at its offsets', () => {
		const quote = 'agreed to expand joint exercises';
		const start = TEXT.indexOf(quote);
		expect(closestPassage(TEXT, quote)).toEqual({ start, end: start + quote.length, text: quote });
	});

	it.each([
		['Defense ministers met in Moskva', 'Defence ministers met in Mosc'],
		['They agreed to expand joint drills', 'They agreed to expand joint'],
		['中俄两军举行了会谈', '中俄两军举行会谈']
	])('closestPassage finds the passage most like %j', (quote, expected) => {
		const found = closestPassage(TEXT, quote);
		expect(found.text).toContain(expected);
		expect(found.text).toBe(TEXT.slice(found.start, found.end).replace(/\s+/g, ' '));
		expect(found.end - found.start).toBe(quote.length);
	});

	it('closestPassage collapses whitespace and shortens the snippet to 120 characters', () => {
		const text = `${'word\n\n'.repeat(5)}${'x'.repeat(300)}`;
		const found = closestPassage(text, `word word ${'x'.repeat(200)}`);
		expect(found.text).not.toMatch(/\n/);
		expect(found.text.length).toBe(121);
		expect(found.text.endsWith('…')).toBe(true);
	});

	it.each([
		['a text shorter than the quote', 'short', 'a much longer quote than the text'],
		['a one-character quote', 'abc', 'x'],
		['an empty text', '', 'abc'],
		['a quote with nothing in common', 'aaaa aaaa', 'zzzz']
	])('closestPassage stays inside %s', (_name, text, quote) => {
		const found = closestPassage(text, quote);
		expect(found.start).toBeGreaterThanOrEqual(0);
		expect(found.end).toBeGreaterThanOrEqual(found.start);
		expect(found.end).toBeLessThanOrEqual(text.length);
		expect(found.text).toBe(text.slice(found.start, found.end).replace(/\s+/g, ' '));
	});
});
