import { describe, expect, it } from 'vitest';
import type { TourStop } from '$lib/data/tours';
import type { TimelineEvent } from '$lib/data/load';
import { formatElapsed, formatTypedRange, stopHeading, tourTitle } from './describe';
import { parseTypedDate } from '$lib/timeline/userDates';

function rangeStop(from: string, to: string): TourStop {
	return {
		event: null,
		from,
		to,
		title: null,
		titleZh: null,
		notes: null,
		notesZh: null,
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

describe('stopHeading', () => {
	const event = { id: 'e', title: 'Putin receives Zhang Youxia', titleZh: '普京会见张又侠' };
	const events = [event] as unknown as TimelineEvent[];
	const eventStop: TourStop = { ...rangeStop('2023', '2023'), event: 'e', from: null, to: null };

	it.each([
		['en', { text: 'Putin receives Zhang Youxia', lang: undefined }],
		['zh', { text: '普京会见张又侠', lang: undefined }]
	] as const)('stopHeading of an event stop in %s is the event’s title', (lang, expected) => {
		expect(stopHeading(eventStop, events, lang)).toEqual(expected);
	});

	it('stopHeading prefers the tour’s own title, in Chinese when it has one', () => {
		const stop = { ...rangeStop('2023-10', '2023-11'), title: 'Autumn', titleZh: '秋季' };
		expect(stopHeading(stop, events, 'zh')).toEqual({ text: '秋季', lang: undefined });
		expect(stopHeading(stop, events, 'en')).toEqual({ text: 'Autumn', lang: undefined });
	});

	it('stopHeading marks an English title without a Chinese one as English', () => {
		const stop = { ...rangeStop('2023-10', '2023-11'), title: 'Autumn' };
		expect(stopHeading(stop, events, 'zh')).toEqual({ text: 'Autumn', lang: 'en' });
	});

	it('stopHeading of an untitled range is the range, in the reader’s language', () => {
		expect(stopHeading(rangeStop('2023-10', '2023-11'), events, 'zh').text).toBe(
			'2023年10月 – 2023年11月'
		);
	});
});

describe('tourTitle', () => {
	it('tourTitle gives a tour’s Chinese title to Chinese readers', () => {
		const tour = { id: 'x', title: 'A year', titleZh: '一年' };
		expect(tourTitle(tour, 'zh')).toBe('一年');
		expect(tourTitle(tour, 'en')).toBe('A year');
	});
});
