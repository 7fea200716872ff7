/**
 * What TimelineJS's JSON (v3, and the older v2 layout) and its spreadsheet template share: a slide
 * (headline, text, dates, media, group) becomes our record. TimelineJS writes 44 BC as year -44;
 * EDTF counts astronomically (-0043). A slide without a headline is titled from its text, media
 * caption or date, with a notice; media are kept as media (never as a citation); what cannot be kept
 * (an unsafe media URL, a background) is named in a notice.
 */
import { PERIOD } from '../data/vocabulary';
import { looseDateToEdtf } from '../timeline/userDates';
import { DEFAULT_CATEGORY, type Raw } from './records';
import { htmlToText } from './text';
import type { Draft, ImportProblem } from './types';

/** A TimelineJS year as EDTF's: -44 (44 BC, TimelineJS has no year 0) is -43. */
export function timelineJsYear(year: string): string {
	const y = year.trim();
	return /^-\d+$/.test(y) ? String(Number(y) + 1) : y;
}

/** A date as TimelineJS splits it: year, month, day and time of day (strings, possibly empty). */
export type DateParts = [string, string, string, string];

/** The EDTF date `a` or range `a/b` of TimelineJS start and end parts; `bad` names unreadable parts. */
export function looseRange(
	start: DateParts,
	end: DateParts | null
): { date: string; bad: string | null } {
	const a = looseDateToEdtf(timelineJsYear(start[0]), start[1], start[2], start[3]);
	const shown = (p: DateParts) => p.slice(0, 3).join('/') + (p[3] ? ` ${p[3]}` : '');
	if (!a) return { date: '', bad: shown(start) };
	if (!end || end.every((p) => !p.trim())) return { date: a, bad: null };
	const year = end[0].trim() ? end[0] : start[0];
	const b = looseDateToEdtf(timelineJsYear(year), end[1], end[2], end[3]);
	if (!b) return { date: '', bad: shown(end) };
	return { date: a === b ? a : `${a}/${b}`, bad: null };
}

/** A slide's parts, as any TimelineJS layout gives them (HTML as written). */
export interface Slide {
	headline: string;
	text: string;
	group: string;
	/** An era (or a sheet row of type `era`): drawn as a period. */
	period: boolean;
	display: string;
	media: { url: string; caption: string; credit: string };
	/** The slide sets a background (image or colour), which a timeline of ours does not draw. */
	background: boolean;
}

const isHttp = (url: string) => /^https?:\/\/[^\s<>"]+$/i.test(url);

/** At most `max` characters of `text`, cut at a word, with an ellipsis when cut. */
function shorten(text: string, max = 80): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const cut = line.slice(0, max);
	const at = cut.lastIndexOf(' ');
	return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The title of a slide: its headline, else (with a notice) the start of its text, its media caption
 * or its date. `fields` names the file's fields for the notice (`text.headline` or `Headline`).
 */
export function slideTitle(
	s: Slide,
	date: string,
	fields: { headline: string; text: string; caption: string }
): { title: string; from: string | null } {
	const headline = htmlToText(s.headline);
	if (headline) return { title: headline, from: null };
	const text = htmlToText(s.text);
	if (text) return { title: shorten(text), from: fields.text };
	const caption = htmlToText(s.media.caption);
	if (caption) return { title: shorten(caption), from: fields.caption };
	const display = htmlToText(s.display);
	if (display || date) return { title: display || date, from: 'the date' };
	return { title: '', from: null };
}

/** The file's names for a slide's fields, in notices and problems. */
export interface SlideFields {
	headline: string;
	text: string;
	caption: string;
	media: string;
	background: string;
}

/** A TimelineJS slide → our record, with the problems (and notices) of converting it. */
export function slideDraft(
	row: number,
	s: Slide,
	date: { date: string; bad: string | null },
	id: string,
	fields: SlideFields
): Draft {
	const problems: ImportProblem[] = [];
	const notice = (field: string, message: string) =>
		problems.push({ row, id, field, message, notice: true });
	const { title, from } = slideTitle(s, date.date, fields);
	if (from) notice(fields.headline, `no headline: the title “${title}” is taken from ${from}`);
	// A TimelineJS group is a category of its own, drawn in a lane of its own.
	const type = s.period ? PERIOD : s.group.trim() || DEFAULT_CATEGORY;
	const record: Raw = { id, title, type, date: date.date, dateBasis: 'stated' };
	if (s.display.trim())
		record.dateNote = `Shown as “${htmlToText(s.display)}” in the TimelineJS file.`;
	record.summary = htmlToText(s.text) || title || '(no title)';
	let url = s.media.url.trim();
	// A protocol-relative address (//upload.wikimedia.org/…) means https on any page served today.
	if (/^\/\/[^/\s]/.test(url)) {
		url = `https:${url}`;
		notice(fields.media, `media address “${s.media.url.trim()}” read as ${url}`);
	}
	const [caption, credit] = [htmlToText(s.media.caption), htmlToText(s.media.credit)];
	if (isHttp(url))
		record.media = { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
	else if (url)
		notice(
			fields.media,
			`media dropped: only http(s) addresses are kept, not “${shorten(url, 60)}”`
		);
	if (s.background) notice(fields.background, 'background dropped: timelines here draw none');
	if (date.bad)
		problems.push({
			row,
			id,
			field: 'date',
			message: `"${date.bad}" (year/month/day) is not a date`
		});
	return { row, record, problems };
}
