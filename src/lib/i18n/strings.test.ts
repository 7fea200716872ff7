import { beforeAll, describe, expect, it } from 'vitest';
import { t } from './all';
import { en as enFirst } from './en';
import { enLater } from './enLater';
import { LANGS } from './lang';
import { loadStrings, pluralCategory, t as tFirst, type Message, type Messages } from './strings';

const en: Messages = { ...enFirst, ...enLater };

const tables: [string, Messages][] = [];
beforeAll(async () => {
	for (const lang of LANGS) {
		await loadStrings(lang.code);
		tables.push([lang.code, await lang.load()]);
	}
});

const placeholders = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** The placeholders a message uses: a template's, or the union over a plural object's forms. */
function placeholdersOf(message: Message<never>): string[] | null {
	if (typeof message === 'function') return null;
	if (typeof message === 'string') return placeholders(message);
	return placeholders(Object.values(message).join(' '));
}

describe('message tables', () => {
	it('every language has exactly the English keys (npm run check says so first)', () => {
		for (const [code, table] of tables)
			expect(Object.keys(table).sort(), code).toEqual(Object.keys(en).sort());
	});

	it('every language fills the placeholders English fills (a plural object may add {n})', () => {
		for (const [code, table] of tables)
			for (const key of Object.keys(en) as (keyof Messages)[]) {
				const english = placeholdersOf(en[key]);
				const own = placeholdersOf(table[key]);
				if (!english || !own) continue;
				expect(
					own.filter((p) => p !== 'n'),
					`${code}.${key}`
				).toEqual(english.filter((p) => p !== 'n'));
				if (typeof table[key] === 'object') expect(own, `${code}.${key}`).toContain('n');
			}
	});

	it('every plural object has the categories its language uses', () => {
		for (const [code, table] of tables) {
			const tag = LANGS.find((l) => l.code === code)!.tag;
			const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
			for (const [key, message] of Object.entries(table))
				if (typeof message === 'object')
					for (const category of categories)
						expect(message[category], `${code}.${key}.${category}`).toBeDefined();
		}
	});
});

describe('the two English files', () => {
	it('en.ts and enLater.ts share no key (npm run check says so first)', () => {
		expect(Object.keys(enFirst).filter((key) => key in enLater)).toEqual([]);
	});

	it('t of strings.ts and t of all.ts word a first-load message alike', () => {
		expect(tFirst('en', 'cluster', { n: 2 })).toBe('2 events');
		expect(t('en', 'cluster', { n: 2 })).toBe(tFirst('en', 'cluster', { n: 2 }));
		expect(tFirst('zh', 'zoomIn')).toBe(t('zh', 'zoomIn'));
	});

	it('t of all.ts words a later message in English, and in Chinese once loaded', () => {
		expect(t('en', 'dismiss')).toBe('Dismiss');
		expect(t('zh', 'dismiss')).not.toBe('Dismiss');
	});
});

describe('t', () => {
	it('t picks the singular for exactly one, by Intl.PluralRules', () => {
		expect(t('en', 'eventCount', { n: 1 })).toBe('1 event');
		expect(t('en', 'eventCount', { n: '1' })).toBe('1 event');
		expect(t('en', 'showing', { range: 'Jan 2021 – Dec 2022', n: 1 })).toBe(
			'Showing Jan 2021 – Dec 2022, 1 event'
		);
		expect(t('en', 'problemsCount', { n: 1 })).toBe('1 problem');
		expect(t('en', 'presentInRange', { n: 1 })).toBe('1 event in this range');
		expect(t('en', 'exportEvents', { n: 1 })).toBe('Export 1 event');
		expect(t('en', 'shownOf', { shown: 1, n: 1 })).toBe('1 of 1 event');
	});

	it.each([0, 2, '0', '2', '1,000', '1.0', '01', 1000, 1.5, ''])(
		't uses the plural for %j',
		(n) => {
			expect(t('en', 'eventCount', { n })).toBe(`${n} events`);
			expect(t('en', 'cluster', { n })).toBe(`${n} events`);
			expect(t('en', 'problemsCount', { n })).toBe(`${n} problems`);
		}
	);

	it('t leaves a missing value as its placeholder', () => {
		// @ts-expect-error: the compiler asks for `n`; at run time the placeholder shows.
		expect(t('en', 'eventCount')).toBe('{n} events');
		expect(t('en', 'eventCount', {} as { n: number })).toBe('{n} events');
	});

	it('t leaves messages without plural forms alone for one', () => {
		expect(t('en', 'presentStep', { k: 1, n: 1 })).toBe('Step 1 of 1');
		expect(t('en', 'tableAll', { n: 1 })).toBe('All matching events (1)');
	});

	it('t has one form in Chinese', () => {
		expect(t('zh', 'eventCount', { n: 1 })).toBe('1 个事件');
		expect(t('zh', 'eventCount', { n: 2 })).toBe('2 个事件');
		expect(t('zh', 'showing', { range: '2021年1月', n: 1 })).toBe('显示 2021年1月，1 个事件');
		expect(t('zh', 'problemsCount', { n: '1' })).toBe('1 个问题');
	});

	it('t fills a placeholder once, never a placeholder inside a value', () => {
		expect(t('en', 'goToInvalid', { value: '{value}' })).toBe(
			'"{value}" is not a date: type YYYY, YYYY-MM or YYYY-MM-DD'
		);
		expect(t('en', 'withFormat', { name: '$&', format: '$1' })).toBe('$& ($1)');
	});
});

describe('pluralCategory', () => {
	it.each([
		['en', 1, 'one'],
		['en', 0, 'other'],
		['en', 21, 'other'],
		['en', '1', 'one'],
		['en', '1.0', 'other'],
		['en', undefined, 'other'],
		['zh', 1, 'other']
	] as const)('pluralCategory(%s, %j) is %s', (lang, n, category) => {
		expect(pluralCategory(lang, n)).toBe(category);
	});
});
