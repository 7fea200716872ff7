// The hand-written reading of event records (`fastEvent.ts`) never disagrees with zod: for any
// record, near-valid or broken, it either declines (null) or gives exactly `eventSchema`'s parsed
// value, keys in the same order at every level. It must also accept the records imports make.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, readDataDir } from '../server/dataDir';
import { FAST_EVENT_KEYS, fastEvent } from './fastEvent';
import { eventSchema } from './schema';

const RUNS = { numRuns: 200 };

/** Values of the wrong kind for any field; `undefined` keeps the key with nothing in it. */
const wrong = fc.oneof(
	fc.constantFrom(undefined, null, 0, -0, 1.5, NaN, Infinity, true, [], {}, ['a'], [undefined]),
	fc.anything({ maxDepth: 1 })
);
/** Mostly `valid`, now and then `invalid` (near misses) or a value of the wrong kind. */
const field = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown> = wrong) =>
	fc.oneof(
		{ weight: 40, arbitrary: valid },
		{ weight: 1, arbitrary: invalid },
		{ weight: 1, arbitrary: wrong }
	);

/** Text `nonEmpty` accepts: plain, padded, odd spaces around it, long. */
const goodText = fc.oneof(
	fc.constantFrom('Li', '  padded  ', '\u00a0x\u2028', '\ufeffy', 'x'.repeat(121)),
	fc.string({ minLength: 1, maxLength: 6 }).filter((t) => t.trim() !== '')
);
const badText = fc.constantFrom('', '   ', '\n\t', '\u00a0');
const text = field(goodText, badText);
const id = field(
	fc.constantFrom('e-1', 'a', 'ok-id', 'event-12-12', '0'),
	fc.constantFrom('Bad Id', '-a', 'a--b', 'a-', ' a', 'a\n', 'é', '')
);
const type = field(
	fc.oneof(
		goodText.filter((t) => t.trim().length <= 120),
		fc.constantFrom(` ${'x'.repeat(120)} `)
	),
	fc.constantFrom('', ' ', 'x'.repeat(121))
);
const date = field(
	fc.constantFrom('2023', '2023-04-16', ' 2023 ', '2024/2001', '..', 'not a date'),
	badText
);
const country = field(fc.constantFrom('CN', 'RU', null), fc.constantFrom('RUS', 'cn', '', ' CN'));
const url = field(
	fc.constantFrom('https://example.org/a', 'http://x.y/b?c=d'),
	fc.constantFrom('ftp://x', 'x', 'https://', 'javascript:alert(1)', ' https://example.org ')
);
const coordinate = (limit: number) =>
	field(
		fc.oneof(
			fc.double({ min: -limit, max: limit, noNaN: true }),
			fc.constantFrom(-limit, limit, -0)
		),
		fc.constantFrom(limit + 0.0001, -limit - 1, NaN, Infinity, '12')
	);

/** Now and then a value of `arb`, mostly null. */
const rarely = <T>(arb: fc.Arbitrary<T>) =>
	fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/**
 * A record of `fields`: keys of `required` present (unless dropped, now and then), others present
 * or absent; an unexpected key now and then; some objects without a prototype (zod reads them as
 * any other).
 */
function recordOf<T>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[] = []) {
	return fc
		.tuple(
			fc.record(fields, { requiredKeys: required }),
			rarely(fc.constantFrom(...required)),
			rarely(fc.constantFrom('unexpected', '__proto__', 'constructor')),
			fc.boolean()
		)
		.map(([o, drop, extra, bare]) => {
			const out: Record<string, unknown> = bare ? Object.create(null) : {};
			for (const [k, v] of Object.entries(o as object)) if (k !== drop) out[k] = v;
			if (extra)
				Object.defineProperty(out, extra, { value: 'x', enumerable: true, writable: true });
			return out;
		});
}

const participant = recordOf(
	{ name: text, nameZh: text, role: field(fc.string({ maxLength: 4 })), country },
	['name', 'role', 'country']
);
const place = field(
	fc.oneof(
		fc.constant(null),
		recordOf(
			{
				city: fc.oneof(text, fc.constant(null)),
				country,
				lat: coordinate(90),
				lon: coordinate(180)
			},
			['city', 'country']
		)
	)
);
const citation = fc.oneof(
	recordOf({ url, title: text, quote: text }, ['url']),
	recordOf(
		{
			source: text,
			quote: text,
			start: field(fc.nat({ max: 50 }), fc.constantFrom(-1, 1.5)),
			end: field(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, -1, 2.5)),
			translation: text
		},
		['source', 'quote', 'start', 'end']
	)
);
const dateReference = recordOf(
	{
		outlet: text,
		title: text,
		published: date,
		url,
		language: field(fc.constantFrom('ru', 'zh-Hans'), fc.constantFrom('RU', '', 'r'))
	},
	['outlet', 'title', 'published']
);
const media = recordOf({ url, caption: text, credit: text }, ['url']);
const list = <T>(item: fc.Arbitrary<T>, maxLength: number) =>
	field(fc.array(field(item), { maxLength }), fc.constantFrom([undefined], 'a'));

/** A record near the schema: each field valid or absent, now and then subtly wrong or of the wrong kind. */
const nearRecord = recordOf(
	{
		id,
		title: text,
		titleZh: text,
		type,
		date,
		dateBasis: field(
			fc.constantFrom('stated', 'inferred'),
			fc.constantFrom('Stated', ' stated', 'guessed')
		),
		dateNote: text,
		dateNoteZh: text,
		dateReference: field(dateReference),
		participants: list(participant, 3),
		place,
		summary: text,
		summaryZh: text,
		identification: field(fc.constantFrom('probable', 'possible'), fc.constantFrom('Probable', '')),
		sources: list(citation, 2),
		media: field(media),
		notes: text,
		notesZh: text
	},
	['id', 'title', 'type', 'date', 'dateBasis', 'summary']
);

/** A record of the shape imports make: required fields valid, optional ones valid or absent. */
const commonRecord = fc.record(
	{
		id: fc.constantFrom('e-1', 'event-12-12', 'a'),
		title: fc.constantFrom('Event 1', '  padded  '),
		titleZh: fc.constantFrom('事件'),
		type: fc.constantFrom('visit', ' forum '),
		date: fc.constantFrom('2023', '2023-04-16/2023-04-19'),
		dateBasis: fc.constantFrom('stated', 'inferred'),
		dateNote: fc.constantFrom('a note'),
		participants: fc.array(
			fc.record({
				name: fc.constantFrom('Li'),
				role: fc.constantFrom('', 'minister'),
				country: fc.constantFrom('CN', null)
			}),
			{ maxLength: 2 }
		),
		place: fc.oneof(
			fc.constant(null),
			fc.record({ city: fc.constantFrom('Moscow', null), country: fc.constantFrom('RU', null) })
		),
		summary: fc.constantFrom('A summary.'),
		identification: fc.constantFrom('probable', 'possible'),
		sources: fc.array(
			fc.record({ url: fc.constantFrom('https://example.org/a'), quote: fc.constantFrom('q') }),
			{ maxLength: 1 }
		),
		notes: fc.constantFrom('notes')
	},
	{ requiredKeys: ['id', 'title', 'type', 'date', 'dateBasis', 'summary'] }
);

/** zod's reading of `record` and the fast one agree, or the fast one declines. */
function agrees(record: unknown): boolean {
	const fast = fastEvent(record);
	if (fast === null) return true;
	const parsed = eventSchema.safeParse(record);
	expect(parsed.success).toBe(true);
	expect(fast).toStrictEqual(parsed.data);
	// Same keys in the same order, at every level (an export writes them in this order).
	expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
	return true;
}

describe('fastEvent', () => {
	it('fastEvent knows the keys of eventSchema, in its order', () => {
		expect([...FAST_EVENT_KEYS]).toEqual(Object.keys(eventSchema.shape));
	});

	it('fastEvent declines or agrees with zod on near-valid and broken records', () => {
		let accepted = 0;
		fc.assert(
			fc.property(nearRecord, (record) => {
				if (fastEvent(record)) accepted++;
				return agrees(record);
			}),
			RUNS
		);
		// Not vacuous: many of the records are accepted, and compared.
		expect(accepted).toBeGreaterThan(RUNS.numRuns / 20);
	});

	it('fastEvent declines or agrees with zod on anything at all', () => {
		fc.assert(fc.property(fc.anything({ maxDepth: 2 }), agrees), RUNS);
	});

	it('fastEvent reads the records imports make, as zod does', () => {
		fc.assert(
			fc.property(commonRecord, (record) => {
				expect(fastEvent(record)).not.toBeNull();
				return agrees(record);
			}),
			RUNS
		);
	});

	it('fastEvent reads every curated record as zod does', () => {
		const { events } = JSON.parse(readDataDir(FIXTURE_DIR).eventsText!);
		for (const record of events) {
			expect(fastEvent(record)).not.toBeNull();
			agrees(record);
		}
	});
});
