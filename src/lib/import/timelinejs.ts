/**
 * What TimelineJS's JSON and its spreadsheet template share: a slide (headline, text, dates, media,
 * group) becomes our record. TimelineJS writes 44 BC as year -44; EDTF counts astronomically (-0043).
 */
import { PERIOD } from '../data/vocabulary';
import { looseDateToEdtf } from '../timeline/userDates';
import { DEFAULT_CATEGORY, defaultSummary, type Raw } from './records';
import { htmlToText } from './text';
import type { Draft, ImportProblem } from './types';

/** A TimelineJS year as EDTF's: -44 (44 BC, TimelineJS has no year 0) is -43. */
export function timelineJsYear(year: string): string {
	const y = year.trim();
	return /^-\d+$/.test(y) ? String(Number(y) + 1) : y;
}

/** A date as TimelineJS splits it: year, month, day (strings, possibly empty). */
export type DateParts = [string, string, string];

/** The EDTF date `a` or range `a/b` of TimelineJS start and end parts; `bad` names unreadable parts. */
export function looseRange(
	start: DateParts,
	end: DateParts | null
): { date: string; bad: string | null } {
	const a = looseDateToEdtf(timelineJsYear(start[0]), start[1], start[2]);
	if (!a) return { date: '', bad: start.join('/') };
	if (!end || end.every((p) => !p.trim())) return { date: a, bad: null };
	const b = looseDateToEdtf(timelineJsYear(end[0].trim() ? end[0] : start[0]), end[1], end[2]);
	if (!b) return { date: '', bad: end.join('/') };
	return { date: a === b ? a : `${a}/${b}`, bad: null };
}

/** A slide's parts, as either TimelineJS format gives them. */
export interface Slide {
	headline: string;
	text: string;
	group: string;
	/** An era (or a sheet row of type `era`): drawn as a period. */
	period: boolean;
	display: string;
	media: { url: string; caption: string };
}

const isHttp = (url: string) => /^https?:\/\/\S+$/i.test(url);

/** A TimelineJS slide → our record, with the problems of converting it. */
export function slideDraft(
	row: number,
	s: Slide,
	date: { date: string; bad: string | null },
	id: string
): Draft {
	const title = htmlToText(s.headline);
	// A TimelineJS group is a category of its own, drawn in a lane of its own.
	const type = s.period ? PERIOD : s.group.trim() || DEFAULT_CATEGORY;
	const record: Raw = { id, title, type, date: date.date, dateBasis: 'stated' };
	if (s.display.trim())
		record.dateNote = `Shown as “${htmlToText(s.display)}” in the TimelineJS file.`;
	record.summary = htmlToText(s.text) || defaultSummary(title);
	const url = s.media.url.trim();
	if (isHttp(url))
		record.sources = [{ url, ...(s.media.caption ? { title: s.media.caption } : {}) }];
	const problems: ImportProblem[] = date.bad
		? [{ row, id, field: 'date', message: `"${date.bad}" (year/month/day) is not a date` }]
		: [];
	return { row, record, problems };
}
