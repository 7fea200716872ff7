// Random malformed datasets never make the loader or the importer throw, and nothing is dropped silently.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../research/importData';
import { loadDataset } from './load';

const SOURCES = JSON.stringify([
	{
		id: 'doc',
		file: 'sources/doc.txt',
		title: 'Doc',
		shortTitle: 'Doc',
		language: 'en',
		kind: 'news report',
		outlet: null,
		author: null,
		published: null,
		originalName: 'x.txt',
		reliability: 'low',
		notes: 'n'
	}
]);
const TEXTS = { doc: 'The defence ministers met in Moscow on 16 April 2023.' };

const eventLike = fc.record(
	{
		id: fc.oneof(fc.string(), fc.constantFrom('a', 'b', 'ok-id', 'Bad Id')),
		title: fc.oneof(fc.string(), fc.constant(''), fc.integer()),
		type: fc.oneof(fc.constantFrom('forum', 'visit', 'parade'), fc.string()),
		date: fc.oneof(
			fc.constantFrom('2023', '2023-04-16', '2023-02-30', '2024/2001', '99999', '2023-XX', '..'),
			fc.string()
		),
		dateBasis: fc.constantFrom('stated', 'inferred', 'guessed'),
		summary: fc.string(),
		sources: fc.array(
			fc.record({
				source: fc.constantFrom('doc', 'nope'),
				quote: fc.constantFrom('defence ministers met', 'not there', ''),
				start: fc.integer({ min: -5, max: 60 }),
				end: fc.integer({ min: -5, max: 60 })
			}),
			{ maxLength: 2 }
		)
	},
	{ requiredKeys: [] }
);

describe('loadDataset and importDataset on random input', () => {
	it('loadDataset never throws and reports every record it leaves out', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(eventLike, fc.anything()), { maxLength: 8 }), (events) => {
				const text = JSON.stringify({ events });
				const { events: valid, problems } = loadDataset(text, SOURCES, TEXTS);
				const rejected = events.length - valid.length;
				const named = new Set(
					problems.filter((p) => p.file.endsWith('events.json')).map((p) => p.id)
				);
				expect(named.size).toBeGreaterThanOrEqual(rejected > 0 ? 1 : 0);
				if (rejected > 0) expect(problems.length).toBeGreaterThan(0);
			}),
			{ numRuns: 1000 }
		);
	});

	it('loadDataset reports malformed JSON text with a position instead of throwing', () => {
		fc.assert(
			fc.property(fc.string(), fc.nat(), (junk, cut) => {
				const good = JSON.stringify({ events: [] });
				const text = good.slice(0, cut % good.length) + junk;
				expect(() => loadDataset(text, SOURCES, TEXTS)).not.toThrow();
			}),
			{ numRuns: 1000 }
		);
	});

	it('importDataset never throws and accounts for every record', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.array(eventLike, { maxLength: 8 }).map((events) => JSON.stringify({ events })),
					fc.string(),
					fc.json()
				),
				(text) => {
					const result = importDataset(text, 'random');
					expect(result.events.length + result.invalid).toBe(result.total);
					if (result.invalid > 0 || result.format === null)
						expect(result.problems.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
