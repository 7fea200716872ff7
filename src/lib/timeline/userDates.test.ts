import { describe, expect, it } from 'vitest';
import { parseEdtf } from './dates';
import { formatIsoDay, looseDateToEdtf, parseTypedDate, TYPED_YEAR_RANGE } from './userDates';

const utc = Date.UTC;

describe('parseTypedDate', () => {
	it.each([
		['2023', utc(2023, 0, 1), utc(2024, 0, 1), 'year'],
		['2023-04', utc(2023, 3, 1), utc(2023, 4, 1), 'month'],
		['2023-12', utc(2023, 11, 1), utc(2024, 0, 1), 'month'],
		['2023-04-16', utc(2023, 3, 16), utc(2023, 3, 17), 'day'],
		['2023-12-31', utc(2023, 11, 31), utc(2024, 0, 1), 'day'],
		['2024-02-29', utc(2024, 1, 29), utc(2024, 2, 1), 'day'],
		[' 2023-04 ', utc(2023, 3, 1), utc(2023, 4, 1), 'month'],
		['1000', utc(1000, 0, 1), utc(1001, 0, 1), 'year'],
		['2999-12-31', utc(2999, 11, 31), utc(3000, 0, 1), 'day']
	])('parseTypedDate(%j) is [%i, %i) at %s precision', (input, startMs, endMs, precision) => {
		expect(parseTypedDate(input)).toEqual({ startMs, endMs, precision });
	});

	it.each([
		'',
		'   ',
		null,
		undefined,
		'banana',
		'99999',
		'0999',
		'3000',
		'2023-13',
		'2023-00',
		'2023-02-29',
		'2023-04-31',
		'2023-04-00',
		'2023-4',
		'2023-4-16',
		'2023/04/16',
		'16/04/2023',
		'4/16/2023',
		'2023-04-16T00:00',
		'+2023',
		'-2023',
		'２０２３'
	])('parseTypedDate rejects %j', (input) => {
		expect(parseTypedDate(input)).toBeNull();
	});

	it('parseTypedDate reads back what formatIsoDay writes', () => {
		for (const ms of [utc(2000, 0, 1), utc(2023, 3, 16), utc(2024, 1, 29), utc(2024, 11, 31)]) {
			expect(parseTypedDate(formatIsoDay(ms))).toEqual({
				startMs: ms,
				endMs: ms + 86_400_000,
				precision: 'day'
			});
		}
	});

	it('parseTypedDate accepts exactly the years in TYPED_YEAR_RANGE', () => {
		const [min, max] = TYPED_YEAR_RANGE;
		expect(parseTypedDate(String(min))).not.toBeNull();
		expect(parseTypedDate(String(max))).not.toBeNull();
		expect(parseTypedDate(String(min - 1).padStart(4, '0'))).toBeNull();
		expect(parseTypedDate(String(max + 1))).toBeNull();
	});
});

describe('formatIsoDay', () => {
	it.each([
		[utc(2023, 3, 16), '2023-04-16'],
		[utc(2023, 3, 16, 23, 59, 59, 999), '2023-04-16'],
		// Midnight UTC on New Year's Day is still the previous year in Los Angeles.
		[utc(2024, 0, 1), '2024-01-01'],
		[utc(2024, 1, 29, 12), '2024-02-29'],
		[utc(1000, 0, 1), '1000-01-01']
	])('formatIsoDay(%i) is %s in UTC', (ms, expected) => {
		expect(formatIsoDay(ms)).toBe(expected);
	});
});

describe('looseDateToEdtf', () => {
	it.each([
		[['2023'], '2023'],
		[['2023', '4'], '2023-04'],
		[['2023', '04'], '2023-04'],
		[['2023', '4', '16'], '2023-04-16'],
		[[' 2023 ', ' 4 ', ' 6 '], '2023-04-06'],
		[['2024', '2', '29'], '2024-02-29'],
		[['2023', '', '5'], '2023'],
		[['2023', '  ', '  '], '2023']
	] as [[string, string?, string?], string][])('looseDateToEdtf(%j) is %j', (args, expected) => {
		expect(looseDateToEdtf(...args)).toBe(expected);
		expect(() => parseEdtf(expected)).not.toThrow();
	});

	it.each([
		[['']],
		[['abc']],
		[['999']],
		[['-2023']],
		[['20233']],
		[['3000']],
		[['2023', '13']],
		[['2023', '0']],
		[['2023', 'Apr']],
		[['2023', '2', '30']],
		[['2023', '4', '31']],
		[['2023', '4', 'x']]
	] as [[string, string?, string?]][])('looseDateToEdtf(%j) is null', (args) => {
		expect(looseDateToEdtf(...args)).toBeNull();
	});
});
