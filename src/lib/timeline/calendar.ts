/**
 * Years across every era as UTC milliseconds. Within JavaScript's dates (±271,821 years) times are
 * exact proleptic Gregorian UTC, with astronomical year numbering as ISO 8601 and EDTF use it
 * (year 0 is 1 BC, -43 is 44 BC); beyond them (deep time: `Y-13800000000`), a year is 365.2425 days
 * of milliseconds counted from 1970, a float that scales still place to the pixel. Pure.
 */

/** The largest |ms| a JavaScript Date holds. */
export const DATE_LIMIT_MS = 8.64e15;
/** A mean Gregorian year. */
export const YEAR_MS = 365.2425 * 86_400_000;

/** True when `ms` is a time a JavaScript Date can hold (and date formatting can name). */
export function inDateRange(ms: number): boolean {
	return Math.abs(ms) <= DATE_LIMIT_MS;
}

/**
 * The UTC instant of a calendar moment (month 0-based). Years 0–99 are years 0–99, not 1900–1999 as
 * `Date.UTC` would have them; years beyond Dates' range count mean years (month and day ignored).
 */
export function utcMs(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
	const approx = (year - 1970) * YEAR_MS;
	if (!inDateRange(approx)) return approx;
	const d = new Date(0);
	d.setUTCFullYear(year, month, day);
	d.setUTCHours(hour, minute, second, 0);
	return d.getTime();
}

/** The (astronomical) year an instant falls in. */
export function yearOf(ms: number): number {
	if (inDateRange(ms)) return new Date(ms).getUTCFullYear();
	// Mean years of float milliseconds: a year's own first instant may land a hair below it.
	const year = ms / YEAR_MS + 1970;
	return Math.floor(year + Math.abs(year) * 1e-12);
}

/** The year as people count it: 44 BC for -43, with `bc` set; 2023 for 2023. */
export function historicalYear(year: number): { n: number; bc: boolean } {
	return year <= 0 ? { n: 1 - year, bc: true } : { n: year, bc: false };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A year as EDTF writes it: four digits with a minus for BCE (-0043), or Y and more digits. */
export function formatEdtfYear(year: number): string {
	if (Math.abs(year) > 9999) return `Y${year}`;
	return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

/**
 * An instant as an EDTF date for addresses and exports, to the `unit` asked for: `2023-04-16`,
 * `2023-11-08T14:30` (UTC, no zone written), `-0043-03-15`, or the year alone beyond JavaScript dates
 * (`Y-13800000000`) whatever the unit.
 */
export function formatEdtf(ms: number, unit: 'year' | 'day' | 'minute' = 'day'): string {
	if (unit === 'year' || !inDateRange(ms)) return formatEdtfYear(yearOf(ms));
	const d = new Date(ms);
	const day = `${formatEdtfYear(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	return unit === 'day' ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
