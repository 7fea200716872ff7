// Random URL parameters never make the embed's parser throw, and it keeps only known values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from './params';

const KEYS = [
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
const params = fc
	.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 12 })
	.map((pairs) => new URLSearchParams(pairs));
const context = {
	eventIds: new Set(['a', 'b']),
	types: ['forum', 'visit'],
	countries: ['CN', 'RU'],
	sources: ['doc']
};

describe('parseEmbedParams on random input', () => {
	it('parseEmbedParams never throws and keeps only known values', () => {
		fc.assert(
			fc.property(params, (p) => {
				const { config } = parseEmbedParams(p, { ...context, tours: new Set(['t']) });
				expect(['light', 'dark', 'auto']).toContain(config.theme);
				expect(['en', 'zh']).toContain(config.lang);
				for (const id of config.events) expect(context.eventIds.has(id)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});
