/**
 * The EDTF forms this product computes itself, without edtf.js: plain dates of any year from -9999 to
 * 9999 (`2023`, `2023-04`, `-0043-03-15`), dates with a time of day and long years (`Y-13800000000`).
 * No dependencies, so pages that read typed dates (addresses, "Go to") do not ship the EDTF parser.
 */
import { utcMs } from './calendar';

/** Thrown for strings that are not EDTF dates this product accepts. */
export class EdtfError extends Error {}

// A date and time of day: to the minute or second, in UTC (Z), at an offset, or with no zone given
// (then read as UTC, the only reading that needs nothing the record does not say).
export const DATE_TIME =
	/^(-?\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
// A year beyond four digits, as EDTF writes it: Y-13800000000, Y170000002.
export const LONG_YEAR = /^Y(-?\d{5,})$/;
const PLAIN = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;

/**
 * `[startMs, endMs)` of a plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a BCE year negative, optionally
 * qualified), or null for other shapes (seasons, X digits). Throws for impossible months and days, as
 * edtf.js does.
 */
function plainInterval(text: string): [number, number] | null {
	const m = PLAIN.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return [utcMs(year), utcMs(year + 1)];
	const month = Number(m[2]);
	if (month > 12) return null; // 21–24 are seasons; 13–20 and 25+ are errors edtf.js reports
	if (month < 1) throw new EdtfError(`"${text}" has month 00`);
	if (m[3] === undefined) return [utcMs(year, month - 1), utcMs(year, month)];
	const day = Number(m[3]);
	const start = utcMs(year, month - 1, day);
	if (day < 1 || new Date(start).getUTCMonth() !== month - 1) {
		throw new EdtfError(`"${text}" is not a day of ${m[1]}-${m[2]}`);
	}
	return [start, utcMs(year, month - 1, day + 1)];
}

/** `[startMs, endMs)` of a date and time: the minute (or second) it names, at its offset. */
function dateTimeInterval(text: string, whole: string): [number, number] | null {
	const m = DATE_TIME.exec(text);
	if (!m) return null;
	const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((k) => Number(m[k]));
	const second = m[6] === undefined ? 0 : Number(m[6]);
	const local = utcMs(year, month - 1, day, hour, minute, second);
	const check = new Date(local);
	if (
		month < 1 ||
		check.getUTCMonth() !== month - 1 ||
		hour > 23 ||
		minute > 59 ||
		second > 59 ||
		check.getUTCDate() !== day
	)
		throw new EdtfError(`"${whole}" has no such time: "${text}"`);
	const zone = m[7];
	const offsetMin =
		!zone || zone === 'Z'
			? 0
			: (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
	const start = local - offsetMin * 60_000;
	return [start, start + (m[6] === undefined ? 60_000 : 1_000)];
}

/** `[startMs, endMs)` of a year written with EDTF's Y prefix. */
function longYearInterval(text: string): [number, number] | null {
	const m = LONG_YEAR.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	return [utcMs(year), utcMs(year + 1)];
}

/**
 * `[startMs, endMs)` of a plain date, a date and time or a long year; null for other shapes (seasons,
 * X digits, ranges). Throws {@link EdtfError} for impossible months, days and times.
 */
export function plainSpan(text: string, whole = text): [number, number] | null {
	return plainInterval(text) ?? dateTimeInterval(text, whole) ?? longYearInterval(text);
}
