import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadDataDir } from '../server/dataDir';
import { NO_FILTERS, type Filters } from '../timeline/viewState';
import { facetsOf, filterEvents, isUnfiltered, sourceIdsOf } from './filter';

const { events } = loadDataDir(FIXTURE_DIR);
const none: Filters = NO_FILTERS;

describe('filterEvents', () => {
	it('filterEvents returns everything when nothing is set', () => {
		expect(isUnfiltered(none)).toBe(true);
		expect(filterEvents(events, none)).toHaveLength(events.length);
	});

	it.each([
		[
			'types',
			{ ...none, types: ['exercise'] },
			(e: (typeof events)[number]) => e.type === 'exercise' || e.type === 'period'
		],
		[
			'countries',
			{ ...none, countries: ['RU'] },
			(e: (typeof events)[number]) => e.participants.some((p) => p.country === 'RU')
		],
		[
			'sources',
			{ ...none, sources: ['china-russia-military-chiefs-two-talks-zh'] },
			(e: (typeof events)[number]) =>
				sourceIdsOf(e).includes('china-russia-military-chiefs-two-talks-zh')
		],
		[
			'basis',
			{ ...none, basis: 'stated' as const },
			(e: (typeof events)[number]) => e.dateBasis === 'stated'
		]
	])('filterEvents by %s keeps exactly the matching events', (_, filters, keep) => {
		const result = filterEvents(events, filters);
		expect(result.length).toBeGreaterThan(0);
		expect(result.map((e) => e.id)).toEqual(events.filter(keep).map((e) => e.id));
	});

	it('filterEvents combines filters with AND and search hits', () => {
		const hits = new Set([
			'zhang-youxia-shoigu-talks-beijing-2023',
			'li-shangfu-visits-russia-2023'
		]);
		const result = filterEvents(events, { ...none, types: ['talks'] }, hits);
		expect(result.map((e) => e.id)).toEqual(['zhang-youxia-shoigu-talks-beijing-2023']);
	});
});

describe('facetsOf', () => {
	it('facetsOf counts each value once per event, most frequent first', () => {
		const facets = facetsOf(events);
		const types = Object.fromEntries(facets.types.map((f) => [f.value, f.count]));
		expect(types.period).toBe(events.filter((e) => e.type === 'period').length);
		for (const list of Object.values(facets)) {
			for (let i = 1; i < list.length; i++)
				expect(list[i - 1].count).toBeGreaterThanOrEqual(list[i].count);
		}
	});
});
