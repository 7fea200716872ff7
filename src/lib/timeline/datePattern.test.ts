import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPattern } from './datePattern';

// date-fns is the oracle: datePattern.ts must print what date-fns's `format` printed before it.
const PATTERNS = [
	'd MMM yyyy',
	'MMM yyyy',
	'yyyy',
	'd MMM',
	'MMM',
	'd',
	'MMMM yyyy',
	'd MMMM yyyy',
	'QQQ',
	'd MMM y G',
	'MMMM y G',
	'y G',
	'yyyy年M月d日',
	'yyyy年M月',
	'yyyy年',
	'M月d日',
	'M月',
	'd日',
	'GGGGy年M月d日',
	'GGGGy年',
	'dd.MM.yyyy',
	'Q GGGG'
];

/** A local Date at noon with the given calendar fields (years 0–99 stay themselves). */
function local(year: number, month: number, day: number): Date {
	const d = new Date(2000, 0, 1, 12);
	d.setFullYear(year, month, day);
	return d;
}

describe('formatPattern', () => {
	it('formatPattern prints what date-fns prints, in English and Chinese', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -9999, max: 9999 }),
				fc.integer({ min: 0, max: 11 }),
				fc.integer({ min: 1, max: 28 }),
				fc.constantFrom(...PATTERNS),
				fc.constantFrom('en' as const, 'zh' as const),
				(year, month, day, pattern, lang) => {
					const expected = format(local(year, month, day), pattern, {
						locale: lang === 'zh' ? zhCN : enGB
					});
					expect(formatPattern({ year, month, day }, pattern, lang)).toBe(expected);
				}
			),
			{ numRuns: 400 }
		);
	});

	it.each([
		['d MMM yyyy', 'en', '16 Apr 2023'],
		['MMM', 'en', 'Apr'],
		['d MMM y G', 'en', '16 Apr 2023 AD'],
		['yyyy年M月d日', 'zh', '2023年4月16日'],
		['QQQ', 'zh', '第二季'],
		["'Q'Q yyyy", 'en', 'Q2 2023']
	] as const)('formatPattern formats %s in %s', (pattern, lang, expected) => {
		expect(formatPattern({ year: 2023, month: 3, day: 16 }, pattern, lang)).toBe(expected);
	});

	it('formatPattern counts BC years of the era: -43 is 44 BC', () => {
		expect(formatPattern({ year: -43, month: 2, day: 15 }, 'd MMM y G', 'en')).toBe('15 Mar 44 BC');
		expect(formatPattern({ year: 0, month: 0, day: 1 }, 'GGGGy年', 'zh')).toBe('公元前1年');
	});

	it('formatPattern throws on a token it does not know', () => {
		expect(() => formatPattern({ year: 2023, month: 0, day: 1 }, 'EEE', 'en')).toThrow(/EEE/);
	});
});
