/**
 * Test data for the property tests of the URL parsers: random URLSearchParams built from the real
 * parameter names plus junk, with hostile values. Imported by tests only.
 */
import fc from 'fast-check';

/** Parameter names: every real one, and some that are not. */
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
	''
];
const value = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 50 }),
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
		'<script>alert(1)</script>',
		'forum,nope',
		'stated',
		'x'.repeat(5000)
	),
	fc.integer().map(String)
);
/** Random parameter sets. */
export const randomParams = fc
	.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 12 })
	.map((pairs) => new URLSearchParams(pairs));
