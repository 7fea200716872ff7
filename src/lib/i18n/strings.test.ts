import { beforeAll, describe, expect, it } from 'vitest';
import { en, loadStrings, t, type StringKey } from './strings';
import { zh } from './zh';

beforeAll(() => loadStrings('zh'));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isSingular = (key: string) => key.endsWith('_one');

describe('string tables', () => {
	it('translates every English key into Chinese (singular `_one` forms are English-only)', () => {
		const missing = Object.keys(en).filter((k) => !isSingular(k) && !(k in zh));
		expect(missing).toEqual([]);
	});

	it('has no Chinese key that English lacks', () => {
		expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
	});

	it('uses the same placeholders in both languages', () => {
		for (const [key, text] of Object.entries(zh))
			expect(placeholders(text!), key).toEqual(placeholders(en[key as StringKey]));
	});

	it('gives every singular form a plural one with the same placeholders, including {n}', () => {
		for (const key of Object.keys(en).filter(isSingular)) {
			const base = key.slice(0, -'_one'.length) as StringKey;
			expect(en[base], key).toBeDefined();
			expect(placeholders(en[key as StringKey]), key).toEqual(placeholders(en[base]));
			expect(placeholders(en[base]), key).toContain('n');
		}
	});
});

describe('t', () => {
	it('uses the singular for exactly one', () => {
		expect(t('en', 'eventCount', { n: 1 })).toBe('1 event');
		expect(t('en', 'eventCount', { n: '1' })).toBe('1 event');
		expect(t('en', 'showing', { range: 'Jan 2021 – Dec 2022', n: 1 })).toBe(
			'Showing Jan 2021 – Dec 2022, 1 event'
		);
		expect(t('en', 'problemsCount', { n: 1 })).toBe('1 problem');
		expect(t('en', 'presentInRange', { n: 1 })).toBe('1 event in this range');
		expect(t('en', 'exportEvents', { n: 1 })).toBe('Export 1 event');
	});

	it.each([0, 2, '0', '2', '1,000', '1.0', '01', 1000, -1])('uses the plural for %j', (n) => {
		expect(t('en', 'eventCount', { n })).toBe(`${n} events`);
		expect(t('en', 'cluster', { n })).toBe(`${n} events`);
		expect(t('en', 'problemsCount', { n })).toBe(`${n} problems`);
	});

	it('uses the plural when no count is given', () => {
		expect(t('en', 'eventCount')).toBe('{n} events');
	});

	it('leaves strings without a singular form alone for one', () => {
		expect(t('en', 'presentStep', { k: 1, n: 1 })).toBe('Step 1 of 1');
		expect(t('en', 'tableAll', { n: 1 })).toBe('All matching events (1)');
	});

	it('is not affected in Chinese', () => {
		expect(t('zh', 'eventCount', { n: 1 })).toBe('1 个事件');
		expect(t('zh', 'eventCount', { n: 2 })).toBe('2 个事件');
		expect(t('zh', 'showing', { range: '2021年1月', n: 1 })).toBe('显示 2021年1月，1 个事件');
		expect(t('zh', 'problemsCount', { n: '1' })).toBe('1 个问题');
	});
});
