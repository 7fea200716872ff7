/**
 * How finely an EDTF endpoint is known, read from its text alone. No dependencies, so date formatting
 * can use it without pulling the EDTF parser (`edtf`, in dates.ts) into a page's bundle.
 */

/** How finely a date is known, coarsest last. */
export type Precision = 'second' | 'minute' | 'day' | 'month' | 'season' | 'year' | 'decade';

/** Precisions from finest to coarsest. */
export const PRECISIONS: readonly Precision[] = [
	'second',
	'minute',
	'day',
	'month',
	'season',
	'year',
	'decade'
];

/**
 * Precision of one endpoint, read from its text (`2012~` → year, `2023-09-XX` → month, `2023-21` →
 * season, `201X` → decade, `2023-11-08T14:30Z` → minute, `Y-13800000000` → year): the first
 * unspecified or missing part decides. Qualifiers and a BCE year's minus sign are ignored.
 */
export function precisionOf(text: string): Precision {
	if (text.startsWith('Y')) return 'year';
	const time = /T\d{2}:\d{2}(:\d{2})?/.exec(text);
	if (time) return time[1] ? 'second' : 'minute';
	const [year, month, day] = text.replace(/[?~%]/g, '').replace(/^-/, '').split('-');
	if (year.includes('X')) return 'decade';
	if (month === undefined || month === 'XX') return 'year';
	if (Number(month) >= 21) return 'season';
	if (day === undefined || day === 'XX') return 'month';
	return 'day';
}
