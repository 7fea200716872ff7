import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateLabelPx } from './labels';
import { utcMs } from './calendar';
import { loadLocale } from './format';
import { axisTicks, chooseTickLevel, stepYears, type TickLevelName } from './ticks';

beforeAll(() => loadLocale('zh'));

const utc = Date.UTC;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

// Approximate tick spacing of some levels, as in ticks.ts; a level is chosen when its ticks are
// >= 64 px apart.
const APPROX_MS: [TickLevelName, number][] = [
	['day', DAY],
	['week', 7 * DAY],
	['month', 30.44 * DAY],
	['quarter', 91.3 * DAY],
	['year', 365.2425 * DAY],
	['years2', 2 * 365.2425 * DAY],
	['fiveYears', 5 * 365.2425 * DAY],
	['decade', 10 * 365.2425 * DAY],
	['years20', 20 * 365.2425 * DAY]
];

describe('chooseTickLevel', () => {
	it.each([
		// 25 years at 1000 px: a year is 40 px, two years 80 px.
		[25 * YEAR, 1000, 'years2'],
		// 3 years: a month is 27.8 px, a quarter 83.3 px.
		[3 * YEAR, 1000, 'quarter'],
		// 4 months (122 days): a week is 57.4 px, a month 249.5 px.
		[122 * DAY, 1000, 'month'],
		// 10 days: a day is 100 px.
		[10 * DAY, 1000, 'day'],
		[30 * DAY, 1000, 'week'],
		[10 * YEAR, 1000, 'year'],
		[60 * YEAR, 1000, 'fiveYears'],
		[100 * YEAR, 1000, 'decade'],
		[1000 * YEAR, 1000, 'years100'],
		[14e9 * YEAR, 1000, 'years1000000000'],
		[24 * YEAR, 320, 'fiveYears'],
		[30 * YEAR, 320, 'decade'],
		[3 * DAY, 320, 'day'],
		[6 * 3_600_000, 1000, 'minute30']
	] as const)('chooseTickLevel(%d ms, %d px) is %s', (windowMs, widthPx, level) => {
		expect(chooseTickLevel(windowMs, widthPx)).toBe(level);
	});

	it.each(APPROX_MS.slice(0, -1))(
		'chooseTickLevel picks %s exactly at 64 px spacing and the next level just past it',
		(name, approxMs) => {
			const widthPx = 640;
			const windowMs = (approxMs * widthPx) / 64;
			const next = APPROX_MS[APPROX_MS.findIndex(([n]) => n === name) + 1][0];
			expect(chooseTickLevel(windowMs, widthPx)).toBe(name);
			expect(chooseTickLevel(windowMs * 1.001, widthPx)).toBe(next);
		}
	);

	it('chooseTickLevel honours a custom minimum spacing', () => {
		// 10 days at 1000 px: days are 100 px apart, not 120.
		expect(chooseTickLevel(10 * DAY, 1000, 100)).toBe('day');
		expect(chooseTickLevel(10 * DAY, 1000, 120)).toBe('week');
	});

	it('chooseTickLevel treats a zero or negative width as one pixel', () => {
		expect(chooseTickLevel(10 * DAY, 0)).toBe(chooseTickLevel(10 * DAY, 1));
		expect(chooseTickLevel(10 * DAY, -50)).toBe(chooseTickLevel(10 * DAY, 1));
		// Ten days in one pixel: two-year ticks are 73 px apart, years 36.5 px.
		expect(chooseTickLevel(10 * DAY, 0)).toBe('years2');
	});
});

describe('stepYears', () => {
	it.each([
		[-250, 250, 100, [-199, -99, 1, 100, 200]],
		[-30, 30, 10, [-29, -19, -9, 1, 10, 20, 30]],
		[1995, 2012, 5, [1995, 2000, 2005, 2010]],
		[-3, 2, 1, [-3, -2, -1, 0, 1, 2]],
		[-2e9, -1e9 + 5, 1e9, [1 - 2e9, 1 - 1e9]]
	])('stepYears(%i, %i, %i) counts years as people do', (from, to, step, years) => {
		expect(stepYears(from, to, step)).toEqual(years);
	});
});

describe('axisTicks', () => {
	it('axisTicks labels months with the year in the context row above', () => {
		const ticks = axisTicks(utc(2023, 3, 1), utc(2024, 2, 1), 1000);
		expect(ticks.level).toBe('month');
		expect(ticks.major.map((t) => t.label)).toEqual([
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec',
			'Jan',
			'Feb'
		]);
		expect(ticks.major[0].ms).toBe(utc(2023, 3, 1));
		expect(ticks.major[9].ms).toBe(utc(2024, 0, 1));
		expect(ticks.context).toEqual([
			{ ms: utc(2023, 3, 1), label: '2023' },
			{ ms: utc(2024, 0, 1), label: '2024' }
		]);
	});

	it('axisTicks labels months and years in Chinese', () => {
		const ticks = axisTicks(utc(2023, 3, 1), utc(2024, 2, 1), 1000, 'zh');
		expect(ticks.major.map((t) => t.label)).toEqual([
			'4月',
			'5月',
			'6月',
			'7月',
			'8月',
			'9月',
			'10月',
			'11月',
			'12月',
			'1月',
			'2月'
		]);
		expect(ticks.context.map((t) => t.label)).toEqual(['2023年', '2024年']);
	});

	it('axisTicks labels days with the month above, pinned to the left edge', () => {
		const from = utc(2023, 3, 10);
		const ticks = axisTicks(from, utc(2023, 3, 20), 1000);
		expect(ticks.level).toBe('day');
		expect(ticks.major.map((t) => t.label)).toEqual([
			'10',
			'11',
			'12',
			'13',
			'14',
			'15',
			'16',
			'17',
			'18',
			'19'
		]);
		expect(ticks.context).toEqual([{ ms: from, label: 'April 2023' }]);
		const zh = axisTicks(from, utc(2023, 3, 20), 1000, 'zh');
		expect(zh.major[0].label).toBe('10日');
		expect(zh.context.map((t) => t.label)).toEqual(['2023年4月']);
	});

	it('axisTicks puts week ticks on Mondays', () => {
		const ticks = axisTicks(utc(2023, 3, 1), utc(2023, 4, 1), 1000);
		expect(ticks.level).toBe('week');
		expect(ticks.major.map((t) => t.label)).toEqual(['3 Apr', '10 Apr', '17 Apr', '24 Apr']);
		for (const t of ticks.major) expect(new Date(t.ms).getUTCDay()).toBe(1);
		expect(ticks.context).toEqual([{ ms: utc(2023, 3, 1), label: '2023' }]);
	});

	it('axisTicks labels quarters with their years in English and Chinese', () => {
		const en = axisTicks(utc(2021, 0, 1), utc(2024, 0, 1), 1000);
		expect(en.level).toBe('quarter');
		expect(en.major.map((t) => t.label).slice(0, 5)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1']);
		expect(en.context.map((t) => t.label)).toEqual(['2021', '2022', '2023']);
		const zh = axisTicks(utc(2021, 0, 1), utc(2024, 0, 1), 1000, 'zh');
		expect(zh.major.map((t) => t.label).slice(0, 4)).toEqual([
			'第一季',
			'第二季',
			'第三季',
			'第四季'
		]);
		expect(zh.context.map((t) => t.label)).toEqual(['2021年', '2022年', '2023年']);
	});

	it('axisTicks labels five-year ticks by UTC year with no context row', () => {
		const ticks = axisTicks(utc(2000, 0, 1), utc(2025, 0, 1), 1000);
		expect(ticks.level).toBe('fiveYears');
		expect(ticks.major).toEqual(
			[2000, 2005, 2010, 2015, 2020].map((y) => ({ ms: utc(y, 0, 1), label: String(y) }))
		);
		expect(ticks.context).toEqual([]);
	});

	it('axisTicks drops the pinned context label when the next boundary would overprint it', () => {
		// 2023 would be pinned at 27 Dec, 5 days (about 15 px) left of the 2024 boundary.
		const ticks = axisTicks(utc(2023, 11, 27), utc(2024, 10, 27), 1000);
		expect(ticks.level).toBe('month');
		expect(ticks.context).toEqual([{ ms: utc(2024, 0, 1), label: '2024' }]);
	});

	it('axisTicks labels BCE years and deep time as people read them', () => {
		// From 251 BC (astronomical -250) to AD 250.
		const bc = axisTicks(utcMs(-250), utcMs(251), 1000);
		expect(bc.major.map((t) => t.label)).toEqual([
			'250 BC',
			'200 BC',
			'150 BC',
			'100 BC',
			'50 BC',
			'1',
			'50',
			'100',
			'150',
			'200',
			'250'
		]);
		const deep = axisTicks(utcMs(-14e9), utcMs(1), 1000);
		expect(deep.major.map((t) => t.label)).toContain('10 billion years ago');
		expect(axisTicks(utcMs(-14e9), utcMs(1), 1000, 'zh').major.map((t) => t.label)).toContain(
			'100亿年前'
		);
	});

	it('axisTicks shows hours and minutes within a day', () => {
		const ticks = axisTicks(utc(2023, 10, 8, 14), utc(2023, 10, 8, 16), 1000);
		expect(ticks.level).toBe('minute15');
		expect(ticks.major[0].label).toBe('14:00');
		expect(ticks.context).toEqual([{ ms: utc(2023, 10, 8, 14), label: '8 November 2023' }]);
	});

	it.each([
		[utc(2000, 0, 1), utc(2025, 0, 1), 1000],
		[utc(2000, 0, 1), utc(2025, 0, 1), 320],
		[utc(2021, 4, 17), utc(2024, 1, 3), 1000],
		[utc(2023, 3, 1, 12), utc(2023, 7, 1), 1000],
		[utc(2023, 3, 1, 12), utc(2023, 4, 1), 800],
		[utc(2023, 3, 10, 6), utc(2023, 3, 20, 18), 1000],
		[utc(1990, 0, 1), utc(2040, 0, 1), 1200]
	])('axisTicks gives increasing ticks inside [%i, %i) at %i px', (from, to, width) => {
		const { major, context } = axisTicks(from, to, width);
		expect(major.length).toBeGreaterThan(0);
		for (let i = 1; i < major.length; i++) expect(major[i].ms).toBeGreaterThan(major[i - 1].ms);
		for (let i = 1; i < context.length; i++)
			expect(context[i].ms).toBeGreaterThan(context[i - 1].ms);
		for (const t of [...major, ...context]) {
			expect(t.ms).toBeGreaterThanOrEqual(from);
			expect(t.ms).toBeLessThan(to);
			expect(t.label).not.toBe('');
		}
	});
});

describe('axisTicks on random views', () => {
	it('axisTicks never lets a tick label overlap the next, from minutes to billions of years', () => {
		const yearMs = 365.2425 * DAY;
		fc.assert(
			fc.property(
				fc.double({ min: -1.4e10, max: 2500, noNaN: true }),
				fc.double({ min: -8, max: 10.2, noNaN: true }),
				fc.integer({ min: 200, max: 2400 }),
				fc.constantFrom(12, 13, 18),
				fc.constantFrom('en' as const, 'zh' as const),
				(startYear, logYears, widthPx, fontPx, lang) => {
					const fromMs = utcMs(Math.floor(startYear));
					const toMs = fromMs + 10 ** logYears * yearMs;
					const { major } = axisTicks(fromMs, toMs, widthPx, lang, fontPx);
					const msPerPx = (toMs - fromMs) / widthPx;
					for (let i = 1; i < major.length; i++) {
						const gapPx = (major[i].ms - major[i - 1].ms) / msPerPx;
						expect(gapPx).toBeGreaterThanOrEqual(
							estimateLabelPx(major[i - 1].label, fontPx * 0.92, 9) - 1e-6
						);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
