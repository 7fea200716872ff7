import { describe, expect, it } from 'vitest';
import { parseEdtf } from './dates';
import { formatEdtf, utcMs } from './calendar';
import { looseDateToEdtf, parseTypedDate } from './userDates';

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
		['2999-12-31', utc(2999, 11, 31), utc(3000, 0, 1), 'day'],
		// Any era, and times of day.
		['0999', utcMs(999), utcMs(1000), 'year'],
		['-0043-03-15', utcMs(-43, 2, 15), utcMs(-43, 2, 16), 'day'],
		['-2023', utcMs(-2023), utcMs(-2022), 'year'],
		['Y-66000000', utcMs(-66000000), utcMs(-65999999), 'year'],
		['2023-11-08T14:30', utc(2023, 10, 8, 14, 30), utc(2023, 10, 8, 14, 31), 'minute'],
		['2023-11-08T14:30:05Z', utc(2023, 10, 8, 14, 30, 5), utc(2023, 10, 8, 14, 30, 6), 'second'],
		// Dates written out, read strictly by dayjs.
		['16 April 2023', utc(2023, 3, 16), utc(2023, 3, 17), 'day'],
		['16 Apr 2023', utc(2023, 3, 16), utc(2023, 3, 17), 'day'],
		['April 16, 2023', utc(2023, 3, 16), utc(2023, 3, 17), 'day'],
		['Apr 2023', utc(2023, 3, 1), utc(2023, 4, 1), 'month'],
		['2023/4/16', utc(2023, 3, 16), utc(2023, 3, 17), 'day'],
		['4/16/2023', utc(2023, 3, 16), utc(2023, 3, 17), 'day']
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
		'Y12',
		'2023-13',
		'2023-00',
		'2023-02-29',
		'2023-04-31',
		'2023-04-00',
		'2023-4',
		'2023-4-16',
		'16/04/2023',
		'31 April 2023',
		'2023-04-16T24:00',
		'2023-04-16~',
		'+2023',
		'２０２３'
	])('parseTypedDate rejects %j', (input) => {
		expect(parseTypedDate(input)).toBeNull();
	});

	it('parseTypedDate reads back what formatEdtf writes', () => {
		for (const ms of [utc(2000, 0, 1), utc(2023, 3, 16), utc(2024, 1, 29), utcMs(-43, 2, 15)]) {
			expect(parseTypedDate(formatEdtf(ms))).toEqual({
				startMs: ms,
				endMs: ms + 86_400_000,
				precision: 'day'
			});
		}
	});
});

describe('formatEdtf', () => {
	it.each([
		[utc(2023, 3, 16), 'day', '2023-04-16'],
		[utc(2023, 3, 16, 23, 59, 59, 999), 'day', '2023-04-16'],
		// Midnight UTC on New Year's Day is still the previous year in Los Angeles.
		[utc(2024, 0, 1), 'day', '2024-01-01'],
		[utc(1000, 0, 1), 'day', '1000-01-01'],
		[utcMs(44), 'day', '0044-01-01'],
		[utcMs(-43, 2, 15), 'day', '-0043-03-15'],
		[utc(2023, 10, 8, 14, 30), 'minute', '2023-11-08T14:30'],
		[utcMs(-66000000), 'day', 'Y-66000000'],
		[utcMs(2023), 'year', '2023']
	] as const)('formatEdtf(%i, %s) is %s in UTC', (ms, unit, expected) => {
		expect(formatEdtf(ms, unit)).toBe(expected);
	});
});

describe('looseDateToEdtf', () => {
	it.each([
		[['2023'], '2023'],
		[['2023', '4'], '2023-04'],
		[['2023', '04'], '2023-04'],
		[['2023', '4', '16'], '2023-04-16'],
		[[' 2023 ', ' 4 ', ' 6 '], '2023-04-06'],
		[['-44'], '-0044'],
		[['999'], '0999'],
		[['-13800000000', '1', '1'], 'Y-13800000000'],
		[['800', '3'], '0800-03'],
		[['2023', '11', '8', '14:30'], '2023-11-08T14:30'],
		[['2023', '11', '8', '9:05:30'], '2023-11-08T09:05:30'],
		[['2024', '2', '29'], '2024-02-29'],
		[['2023', '', '5'], '2023'],
		[['2023', '  ', '  '], '2023']
	] as [[string, string?, string?, string?], string][])(
		'looseDateToEdtf(%j) is %j',
		(args, expected) => {
			expect(looseDateToEdtf(...args)).toBe(expected);
			expect(() => parseEdtf(expected)).not.toThrow();
		}
	);

	it.each([
		[['']],
		[['abc']],
		[['2023.5']],
		[['--2023']],
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
