import { describe, expect, it } from 'vitest';
import type { TourStop } from '$lib/data/tours';
import { formatElapsed, formatTypedRange } from './describe';
import { parseTypedDate } from '$lib/timeline/userDates';

function rangeStop(from: string, to: string): TourStop {
	return {
		event: null,
		from,
		to,
		title: null,
		notes: null,
		startMs: parseTypedDate(from)!.startMs,
		endMs: parseTypedDate(to)!.endMs
	};
}

describe('formatTypedRange', () => {
	it.each([
		['2023', '2023', 'en', '2023'],
		['2001', '2004', 'en', '2001–2004'],
		['2023-10', '2023-11', 'en', 'Oct–Nov 2023'],
		['2023-12', '2024-01', 'en', 'Dec 2023 – Jan 2024'],
		['2023-10-29', '2023-11-08', 'en', '29 Oct – 8 Nov 2023'],
		['2023-04-16', '2023-04-16', 'en', '16 Apr 2023'],
		['2023', '2023-06', 'en', '2023 – Jun 2023'],
		['2023-10', '2023-11', 'zh', '2023年10月 – 2023年11月']
	] as const)('formatTypedRange(%s, %s, %s) is %j', (from, to, lang, expected) => {
		expect(formatTypedRange(rangeStop(from, to), lang)).toBe(expected);
	});
});

describe('formatElapsed', () => {
	it.each([
		[0, '0:00'],
		[7_400, '0:07'],
		[754_000, '12:34'],
		[3_723_000, '1:02:03'],
		[-5, '0:00'],
		[NaN, '0:00']
	])('formatElapsed(%d) is %j', (ms, expected) => {
		expect(formatElapsed(ms)).toBe(expected);
	});
});
