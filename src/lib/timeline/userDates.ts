/**
 * Parsing of dates people type: URL parameters, the "Go to" control, imported CSV and TimelineJS
 * cells. The only module that imports dayjs: dayjs parses loose input strictly; date-fns (format.ts) formats.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import utc from 'dayjs/plugin/utc.js';
import { plainSpan } from './edtfPlain';
import { precisionOf } from './precision';

dayjs.extend(customParseFormat);
dayjs.extend(utc);

/** How much of a typed date was given. */
export type TypedPrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

/** A typed date as the half-open UTC span it names: "2023-04" → all of April 2023. */
export interface TypedDate {
	startMs: number;
	endMs: number;
	precision: TypedPrecision;
}

// What addresses and data write, read as EDTF: YYYY, YYYY-MM, YYYY-MM-DD (a BCE year with a minus:
// -0043 is 44 BC), a date and time (2023-11-08T14:30, with Z or an offset), a long year (Y-66000000).
const EDTF_FORM =
	/^(-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?|Y-?\d{5,})$/;

// What people type, read strictly (English month names): 16 April 2023, Apr 2023, April 16, 2023,
// 2023/4/16, 4/16/2023 (month first, as TimelineJS sheets write it).
const HUMAN_FORMS: [string, 'day' | 'month'][] = [
	['D MMMM YYYY', 'day'],
	['D MMM YYYY', 'day'],
	['MMMM D, YYYY', 'day'],
	['MMM D, YYYY', 'day'],
	['MMMM YYYY', 'month'],
	['MMM YYYY', 'month'],
	['YYYY/M/D', 'day'],
	['M/D/YYYY', 'day']
];

/**
 * Parses a date someone typed or an address holds into the UTC span it names, strictly (no
 * 2023-02-30): EDTF's forms of any era and time of day, or a date written out (16 April 2023,
 * 4/16/2023). Returns null for anything else, uncertain or qualified dates included.
 */
export function parseTypedDate(input: string | null | undefined): TypedDate | null {
	const text = String(input ?? '').trim();
	if (EDTF_FORM.test(text)) {
		try {
			const [startMs, endMs] = plainSpan(text)!;
			return { startMs, endMs, precision: precisionOf(text) as TypedPrecision };
		} catch {
			return null; // no such month, day or time
		}
	}
	for (const [format, precision] of HUMAN_FORMS) {
		const d = dayjs.utc(text, format, true);
		if (!d.isValid()) continue;
		const start = d.startOf(precision);
		return { startMs: start.valueOf(), endMs: start.add(1, precision).valueOf(), precision };
	}
	return null;
}

/**
 * Reads the date cells of imported sheets (TimelineJS's Year, Month, Day and Time columns) as EDTF of
 * the precision given: astronomical years (a BCE year negative, 0 for 1 BC), an optional time of day
 * (`14:30`, `14:30:05`). Returns null when unreadable.
 */
export function looseDateToEdtf(year: string, month = '', day = '', time = ''): string | null {
	const valid = (edtf: string) => (parseTypedDate(edtf) ? edtf : null);
	const y = year.trim();
	// A year beyond four digits is known only as a year (EDTF's Y form): deep time has no months.
	if (/^-?\d{5,}$/.test(y)) return valid(`Y${Number(y)}`);
	if (!/^-?\d{1,4}$/.test(y)) return null;
	const yyyy = `${y.startsWith('-') ? '-' : ''}${y.replace('-', '').padStart(4, '0')}`;
	if (!month.trim()) return valid(yyyy);
	const mm = month.trim().padStart(2, '0');
	if (!day.trim()) return valid(`${yyyy}-${mm}`);
	const dd = day.trim().padStart(2, '0');
	const t = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
	if (!t) return valid(`${yyyy}-${mm}-${dd}`);
	return valid(`${yyyy}-${mm}-${dd}T${t[1].padStart(2, '0')}:${t[2]}${t[3] ? `:${t[3]}` : ''}`);
}
