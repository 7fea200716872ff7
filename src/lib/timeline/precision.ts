/**
 * How finely an EDTF endpoint is known, read from its text alone. No dependencies, so date formatting
 * can use it without pulling the EDTF parser (`edtf`, in dates.ts) into a page's bundle.
 */

/** How finely a date is known, coarsest last. */
export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade';

/**
 * Precision of one endpoint, read from its text (`2012~` → year, `2023-09-XX` → month, `2023-21` →
 * season, `201X` → decade): the first unspecified or missing part decides. Qualifiers are ignored.
 */
export function precisionOf(text: string): Precision {
	const [year, month, day] = text.replace(/[?~%]/g, '').split('-');
	if (year.includes('X')) return 'decade';
	if (month === undefined || month === 'XX') return 'year';
	if (Number(month) >= 21) return 'season';
	if (day === undefined || day === 'XX') return 'month';
	return 'day';
}
