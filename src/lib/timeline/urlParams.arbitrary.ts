/**
 * Test data for the property tests of the URL parsers: random URLSearchParams built from the real
 * parameter names plus junk, with hostile values. Imported by tests only.
 */
import fc from 'fast-check';

/** Parameter names: every real one (of `/` and `/embed`), and some that are not. */
export const KEYS = [
	'from',
	'to',
	'event',
	'q',
	'types',
	'countries',
	'sources',
	'participants',
	'basis',
	'data',
	'selected',
	'events',
	'theme',
	'lang',
	'controls',
	'tour',
	'junk',
	'FROM',
	''
];

/** Dates as people type them, valid or not: any year (1 to 99999), month 0–13, day 0–32. */
export const dateText = fc.oneof(
	fc.integer({ min: 1, max: 99999 }).map(String),
	fc
		.tuple(fc.integer({ min: 900, max: 3100 }), fc.integer({ min: 0, max: 13 }))
		.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
	fc
		.tuple(
			fc.integer({ min: 900, max: 3100 }),
			fc.integer({ min: 0, max: 13 }),
			fc.integer({ min: 0, max: 32 })
		)
		.map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
);

/** Hostile and ordinary values: any text, graphemes, lone surrogates, numbers, huge strings. */
export const value = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 50 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	dateText,
	fc.constantFrom(
		'2023',
		'2023-04',
		'2023-04-31',
		'99999',
		'0000',
		'-1',
		'2024-13',
		'2001-02-29',
		'1999-12-31',
		'NaN',
		'Infinity',
		' 2023 ',
		'<script>alert(1)</script>',
		'javascript:alert(1)',
		'http://example.org/x.json',
		'forum,nope',
		'forum,,forum, visit ',
		'a,b',
		'CN,ZZ',
		'stated',
		'inferred',
		'dark',
		'zh',
		'off',
		'x'.repeat(5000),
		`2023,${'y'.repeat(300)}`
	),
	fc.integer().map(String),
	fc.double().map(String)
);

/** Random parameter sets, from zero to a dozen pairs (names may repeat). */
export const randomParams = fc
	.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 12 })
	.map((pairs) => new URLSearchParams(pairs));

/** A `from`/`to` pair of typed dates, often reversed, with other random parameters around it. */
export const rangeParams = fc
	.tuple(dateText, dateText, fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 4 }))
	.map(([from, to, rest]) => new URLSearchParams([['from', from], ['to', to], ...rest]));
