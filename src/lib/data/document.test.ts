import { describe, expect, it } from 'vitest';
import { splitDocument, type QuoteSpan } from './document';

const TEXT =
	'First line of the report.\nDefence ministers met in Moscow.\n\nThey agreed to expand joint exercises.\n';

function quote(eventId: string, text: string, fragment: string): QuoteSpan {
	const start = text.indexOf(fragment);
	if (start < 0) throw new Error(`fixture: ${fragment} not in text`);
	return { eventId, title: `Title of ${eventId}`, start, end: start + fragment.length };
}

const join = (paragraphs: { text: string }[][]) =>
	paragraphs
		.flat()
		.map((r) => r.text)
		.join('');

describe('splitDocument', () => {
	it.each([
		['no quotes', TEXT, []],
		['one quote', TEXT, [quote('a', TEXT, 'Defence ministers')]],
		['a quote across a line break', TEXT, [quote('a', TEXT, 'Moscow.\n\nThey')]],
		[
			'overlapping quotes',
			TEXT,
			[quote('a', TEXT, 'ministers met in'), quote('b', TEXT, 'met in Moscow')]
		],
		['a quote of the whole text', TEXT, [{ eventId: 'a', title: 'A', start: 0, end: TEXT.length }]],
		['out-of-range offsets', TEXT, [{ eventId: 'a', title: 'A', start: -5, end: 10_000 }]],
		[
			'Windows line breaks',
			'One.\r\nTwo quoted.\r\n',
			[quote('a', 'One.\r\nTwo quoted.\r\n', 'quoted')]
		],
		['no final line break', 'Only line', [quote('a', 'Only line', 'line')]],
		[
			'Chinese text',
			'中俄两军举行会谈。\n双方同意加强合作。',
			[quote('a', '中俄两军举行会谈。\n双方同意加强合作。', '加强合作')]
		]
	])(
		'splitDocument gives back the document exactly when its runs are joined (%s)',
		(_name, text, quotes) => {
			expect(join(splitDocument(text, quotes))).toBe(text);
		}
	);

	it('splitDocument gives no paragraphs for an empty document', () => {
		expect(splitDocument('', [])).toEqual([]);
	});

	it('splitDocument splits at line breaks and keeps them in the runs', () => {
		const paragraphs = splitDocument(TEXT, []);
		expect(paragraphs.map((p) => p.map((r) => r.text))).toEqual([
			['First line of the report.\n'],
			['Defence ministers met in Moscow.\n'],
			['\n'],
			['They agreed to expand joint exercises.\n']
		]);
		for (const run of paragraphs.flat()) expect(run.events).toEqual([]);
	});

	it('splitDocument marks a quoted run with its event', () => {
		const paragraphs = splitDocument(TEXT, [quote('li-visit', TEXT, 'Defence ministers')]);
		expect(paragraphs[1]).toEqual([
			{ text: 'Defence ministers', events: [{ id: 'li-visit', title: 'Title of li-visit' }] },
			{ text: ' met in Moscow.\n', events: [] }
		]);
	});

	it('splitDocument marks every run of a quote that spans paragraphs', () => {
		const paragraphs = splitDocument(TEXT, [quote('a', TEXT, 'Moscow.\n\nThey')]);
		const quoted = paragraphs.flat().filter((r) => r.events.length);
		expect(quoted.map((r) => r.text)).toEqual(['Moscow.\n', '\n', 'They']);
		for (const run of quoted) expect(run.events).toEqual([{ id: 'a', title: 'Title of a' }]);
	});

	it('splitDocument gives runs of overlapping quotes every event that quotes them', () => {
		const quotes = [quote('a', TEXT, 'ministers met in'), quote('b', TEXT, 'met in Moscow')];
		const runs = splitDocument(TEXT, quotes)[1];
		expect(runs.map((r) => [r.text, r.events.map((e) => e.id)])).toEqual([
			['Defence ', []],
			['ministers ', ['a']],
			['met in', ['a', 'b']],
			[' Moscow', ['b']],
			['.\n', []]
		]);
	});

	it('splitDocument handles the same passage quoted by two events', () => {
		const quotes = [quote('a', TEXT, 'joint exercises'), quote('b', TEXT, 'joint exercises')];
		const run = splitDocument(TEXT, quotes)
			.flat()
			.find((r) => r.text === 'joint exercises');
		expect(run?.events.map((e) => e.id)).toEqual(['a', 'b']);
	});
});
