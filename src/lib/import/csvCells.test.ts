import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, unescapeCsvCell } from './csvCells';

describe('escapeCsvCell', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		['+1 more', "'+1 more"],
		['@SUM(A1)', "'@SUM(A1)"],
		['- a dash', "'- a dash"],
		["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
		['-2+3', "'-2+3"],
		['-0044-03-15', "'-0044-03-15"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		["'=1", "''=1"],
		["''", "'''"],
		["'-5", "''-5"]
	])(
		'escapeCsvCell(%j) is %j: a spreadsheet would evaluate it, or it would read as escaped',
		(value, cell) => {
			expect(escapeCsvCell(value)).toBe(cell);
		}
	);

	it.each(['-12', '-0.5', '-0100', '12', 'plain', "'tis the season", "'90s", '', 'a=b', ' =1'])(
		'escapeCsvCell(%j) leaves a number or a harmless cell as it is',
		(value) => {
			expect(escapeCsvCell(value)).toBe(value);
		}
	);
});

describe('unescapeCsvCell', () => {
	it.each([
		["'=1", '=1'],
		["''=1", "'=1"],
		["'-2+3", '-2+3'],
		["'tis", "'tis"],
		["'", "'"],
		['-12', '-12']
	])('unescapeCsvCell(%j) is %j', (cell, value) => {
		expect(unescapeCsvCell(cell)).toBe(value);
	});

	// Strings biased towards the characters that matter: triggers and quotes at the start.
	const tricky = fc
		.tuple(
			fc.array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '1', '.', ' ', 'a'), {
				maxLength: 4
			}),
			fc.string({ unit: 'grapheme', maxLength: 12 })
		)
		.map(([head, tail]) => head.join('') + tail);

	it('unescapeCsvCell undoes escapeCsvCell for every string', () => {
		fc.assert(
			fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), (value) => {
				expect(unescapeCsvCell(escapeCsvCell(value))).toBe(value);
			}),
			{ numRuns: 3000 }
		);
	});

	it('escapeCsvCell never leaves a cell a spreadsheet would evaluate, unless it is a number', () => {
		fc.assert(
			fc.property(tricky, (value) => {
				const cell = escapeCsvCell(value);
				expect(/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)).toBe(false);
			}),
			{ numRuns: 3000 }
		);
	});
});
