/**
 * Parsing of dates people type: URL parameters, the "Go to" control, imported CSV and TimelineJS
 * cells. The only module that imports dayjs: dayjs parses loose input strictly; date-fns (format.ts) formats.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

/** How much of a typed date was given. */
export type TypedPrecision = 'year' | 'month' | 'day';

/** A typed date as the half-open UTC span it names: "2023-04" → all of April 2023. */
export interface TypedDate {
	startMs: number;
	endMs: number;
	precision: TypedPrecision;
}

const FORMATS: [RegExp, string, TypedPrecision][] = [
	[/^\d{4}$/, 'YYYY', 'year'],
	[/^\d{4}-\d{2}$/, 'YYYY-MM', 'month'],
	[/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD', 'day']
];

/** Years a typed date may name; anything else is treated as a typing error. */
export const TYPED_YEAR_RANGE: [number, number] = [1000, 2999];

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (strictly: no 2023-02-30) into the UTC span it names.
 * Returns null for anything else, including years outside {@link TYPED_YEAR_RANGE}.
 */
export function parseTypedDate(input: string | null | undefined): TypedDate | null {
	const text = String(input ?? '').trim();
	const match = FORMATS.find(([re]) => re.test(text));
	if (!match) return null;
	const [, pattern, precision] = match;
	const d = dayjs.utc(text, pattern, true);
	if (!d.isValid()) return null;
	if (d.year() < TYPED_YEAR_RANGE[0] || d.year() > TYPED_YEAR_RANGE[1]) return null;
	const start = d.startOf(precision);
	return { startMs: start.valueOf(), endMs: start.add(1, precision).valueOf(), precision };
}

export { formatIsoDay } from './isoDay';

/**
 * Reads a loose date cell from imported files (TimelineJS sheets write "2023", "4/16/2023", "2023-04-16").
 * Returns an EDTF string of the precision given, or null when unreadable.
 */
export function looseDateToEdtf(year: string, month = '', day = ''): string | null {
	const y = year.trim();
	if (!/^-?\d{1,4}$/.test(y)) return null;
	const yyyy = y.padStart(4, '0');
	if (!month.trim()) return parseTypedDate(yyyy) ? yyyy : null;
	const mm = month.trim().padStart(2, '0');
	if (!day.trim()) return parseTypedDate(`${yyyy}-${mm}`) ? `${yyyy}-${mm}` : null;
	const dd = day.trim().padStart(2, '0');
	return parseTypedDate(`${yyyy}-${mm}-${dd}`) ? `${yyyy}-${mm}-${dd}` : null;
}
