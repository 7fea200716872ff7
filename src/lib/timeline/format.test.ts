import { beforeAll, describe, expect, it } from 'vitest';
import { parseEdtf } from './dates';
import { formatRange, formatSpan, formatUtc, loadLocale } from './format';

// Chinese date names load on demand in the app; load them once for these tests.
beforeAll(() => loadLocale('zh'));

const utc = Date.UTC;

describe('formatSpan', () => {
	it.each([
		['2024-09-12', '12 Sep 2024', '2024年9月12日'],
		['2012-06', 'Jun 2012', '2012年6月'],
		['2023', '2023', '2023年'],
		// Midnight UTC on 1 January is still 31 December in Los Angeles.
		['2024', '2024', '2024年'],
		['2024-01', 'Jan 2024', '2024年1月'],
		['2024-01-01', '1 Jan 2024', '2024年1月1日'],
		['2023-21', 'Jan 2023–Mar 2023', '2023年1月–2023年3月'],
		['2023-24', 'Oct 2023–Dec 2023', '2023年10月–2023年12月'],
		['2023-04-16/2023-04-19', '16–19 Apr 2023', '2023年4月16日–19日'],
		['2023-04-16/2023-05-02', '16 Apr – 2 May 2023', '2023年4月16日–5月2日'],
		['2023-11-30/2024-01-02', '30 Nov 2023–2 Jan 2024', '2023年11月30日–2024年1月2日'],
		['2000/2004', '2000–2004', '2000年–2004年'],
		['2023-09~', 'Sep 2023, approx.', '2023年9月（约）'],
		['2023?', '2023, uncertain', '2023年（存疑）'],
		['2023-06%', 'Jun 2023, approx., uncertain', '2023年6月（约，存疑）'],
		['201X', '2010s', '2010年代'],
		['2023-XX', '2023', '2023年'],
		['2023-09-XX', 'Sep 2023', '2023年9月'],
		['2023-09-25?/2023-09-30?', '25–30 Sep 2023, uncertain', '2023年9月25日–30日（存疑）'],
		// One end qualified: say which.
		[
			'2023-04-16/2023-04-19?',
			'16–19 Apr 2023, end uncertain',
			'2023年4月16日–19日（结束日期存疑）'
		],
		[
			'2023-04-16~/2023-04-19',
			'16–19 Apr 2023, start approx.',
			'2023年4月16日–19日（起始日期为约数）'
		],
		[
			'2023-04-16~/2023-04-19?',
			'16–19 Apr 2023, start approx., end uncertain',
			'2023年4月16日–19日（起始日期为约数，结束日期存疑）'
		],
		// Any era: BCE with its era, deep time in years ago, times of day at their own offset.
		['-0043-03-15', '15 Mar 44 BC', '公元前44年3月15日'],
		['-0043', '44 BC', '公元前44年'],
		['0000', '1 BC', '公元前1年'],
		['0800', '800', '800年'],
		['-9999', '10,000 BC', '公元前10000年'],
		['Y-66000000', '66 million years ago', '6600万年前'],
		['Y-13800000000', '13.8 billion years ago', '138亿年前'],
		['-0500/-0100', '501 BC–101 BC', '公元前501年–公元前101年'],
		['2023-11-08T14:30:00Z', '8 Nov 2023, 14:30:00 UTC', '2023年11月8日 14:30:00 UTC'],
		['2023-11-08T14:30+03:00', '8 Nov 2023, 14:30 UTC+03:00', '2023年11月8日 14:30 UTC+03:00'],
		['2023-11-08T14:30', '8 Nov 2023, 14:30', '2023年11月8日 14:30'],
		// Open intervals show their known end, never the horizon they are drawn to.
		['2012~/..', 'since 2012, approx.', '2012年起（约）'],
		['2012/..', 'since 2012', '2012年起'],
		['2012-05-07/..', 'since 7 May 2012', '2012年5月7日起'],
		['2023-09/..', 'since Sep 2023', '2023年9月起'],
		['../2004', 'until 2004', '2004年止'],
		['../2004-10-14', 'until 14 Oct 2004', '2004年10月14日止']
	])('formatSpan shows %s as %j in English and %j in Chinese', (edtf, en, zh) => {
		const span = parseEdtf(edtf);
		expect(formatSpan(span, 'en')).toBe(en);
		expect(formatSpan(span, 'zh')).toBe(zh);
	});

	it('formatSpan shows an open end as open once the loader has stretched it to a horizon', () => {
		const span = { ...parseEdtf('2012~/..'), endMs: utc(2024, 8, 15) };
		expect(formatSpan(span, 'en')).toBe('since 2012, approx.');
		expect(formatSpan(span, 'zh')).toBe('2012年起（约）');
	});

	it('formatSpan defaults to English', () => {
		expect(formatSpan(parseEdtf('2024-09-12'))).toBe('12 Sep 2024');
	});
});

describe('formatRange', () => {
	it.each([
		[utc(2001, 0, 1), utc(2025, 0, 1), '2001–2024', '2001年–2024年'],
		[utc(2000, 0, 1), utc(2024, 0, 1), '2000–2023', '2000年–2023年'],
		[utc(2023, 0, 1), utc(2023, 6, 1), 'Jan 2023 – Jun 2023', '2023年1月 – 2023年6月'],
		[utc(2023, 3, 3), utc(2023, 4, 10), '3 Apr 2023 – 9 May 2023', '2023年4月3日 – 2023年5月9日'],
		[utc(2023, 3, 1), utc(2023, 4, 1), '1 Apr 2023 – 30 Apr 2023', '2023年4月1日 – 2023年4月30日'],
		[utc(2024, 0, 1), utc(2024, 0, 2), '1 Jan 2024 – 1 Jan 2024', '2024年1月1日 – 2024年1月1日']
	])('formatRange(%i, %i) is %j in English and %j in Chinese', (from, to, en, zh) => {
		expect(formatRange(from, to, 'en')).toBe(en);
		expect(formatRange(from, to, 'zh')).toBe(zh);
	});

	it('formatRange switches from days to months above 62 days', () => {
		const from = utc(2023, 0, 1);
		expect(formatRange(from, from + 62 * 86_400_000)).toBe('1 Jan 2023 – 3 Mar 2023');
		expect(formatRange(from, from + 63 * 86_400_000)).toBe('Jan 2023 – Mar 2023');
	});

	it('formatRange switches from months to years above three years of days', () => {
		const from = utc(2020, 0, 1);
		expect(formatRange(from, from + 3 * 365 * 86_400_000)).toBe('Jan 2020 – Dec 2022');
		expect(formatRange(from, from + 3 * 365 * 86_400_000 + 86_400_000)).toBe('2020–2022');
	});

	it('formatRange treats its end as exclusive', () => {
		expect(formatRange(utc(2023, 3, 16), utc(2023, 3, 20))).toBe('16 Apr 2023 – 19 Apr 2023');
	});
});

describe('formatUtc', () => {
	it.each([
		[utc(2024, 0, 1), 'yyyy', 'en', '2024'],
		[utc(2024, 0, 1), 'yyyy-MM-dd', 'en', '2024-01-01'],
		[utc(2023, 11, 31, 23, 59), 'yyyy-MM-dd', 'en', '2023-12-31'],
		[utc(2023, 6, 1, 3, 0), 'd MMM yyyy', 'en', '1 Jul 2023'],
		[utc(2023, 6, 1), 'MMMM', 'en', 'July'],
		[utc(2024, 8, 12), 'yyyy年M月d日', 'zh', '2024年9月12日'],
		[utc(2024, 8, 12), 'MMMM', 'zh', '九月'],
		[utc(1000, 0, 1), 'yyyy-MM-dd', 'en', '1000-01-01'],
		// Midnight and 02:30 on the day Los Angeles springs forward: dates only, never shifted.
		[utc(2023, 2, 12, 2, 30), 'yyyy-MM-dd', 'en', '2023-03-12'],
		[utc(2023, 2, 12), 'yyyy-MM-dd', 'en', '2023-03-12']
	] as const)(
		'formatUtc(%i, %j, %s) is %j whatever the time zone',
		(ms, pattern, lang, expected) => {
			expect(formatUtc(ms, pattern, lang)).toBe(expected);
		}
	);

	it('formatUtc defaults to English', () => {
		expect(formatUtc(utc(2023, 8, 1), 'MMM')).toBe('Sep');
	});

	it('formatUtc runs under a time zone west of UTC in these tests', () => {
		// Guards the premise of the cases above: a local-time leak would show here.
		expect(new Date(utc(2024, 0, 1)).getFullYear()).toBe(2023);
	});
});
