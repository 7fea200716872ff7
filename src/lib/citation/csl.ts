/**
 * Events as CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the
 * common ground of the other citation formats here (`ris.ts`, `bibtex.ts`) and of the formatted
 * citations (`styles.ts`). An event is cited as a web page of this site: its title, the event's date as
 * `issued` (its precision kept: year, month or day), our permalink, and the summary as the abstract.
 * Pure: no DOM, no clock (the access date is given).
 */

/** The CSL-JSON fields these formats write and read. */
export interface CslItem {
	id: string;
	type: 'webpage';
	title: string;
	'container-title': string;
	publisher: string;
	issued?: { 'date-parts': number[][] };
	accessed?: { 'date-parts': number[][] };
	URL: string;
	abstract?: string;
	note?: string;
	language: string;
}

/** What an event needs to be cited. */
export interface CitableEvent {
	id: string;
	title: string;
	/** EDTF; its first date (year, month or day) becomes `issued`. */
	date: string;
	summary?: string;
	place?: { city?: string | null } | null;
}

/** The date parts `[y]`, `[y, m]` or `[y, m, d]` of an EDTF date's start, or null (`201X`, `..`). */
export function dateParts(edtf: string): number[] | null {
	const start = edtf.split('/')[0].replace(/[?~%]/g, '');
	const m = start.match(/^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/);
	if (!m) return null;
	return [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
}

/** A UTC day as CSL date parts (the access date). */
export function dayParts(ms: number): number[] {
	const d = new Date(ms);
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * The CSL-JSON item of `event`, cited at `permalink` (absolute when known), published by `site`,
 * accessed on the UTC day of `accessedMs` (left out when undefined).
 */
export function eventToCsl(
	event: CitableEvent,
	permalink: string,
	site: string,
	accessedMs?: number
): CslItem {
	const parts = dateParts(event.date);
	const item: CslItem = {
		id: event.id,
		type: 'webpage',
		title: event.title,
		'container-title': site,
		publisher: site,
		URL: permalink,
		language: 'en'
	};
	if (parts) item.issued = { 'date-parts': [parts] };
	// A date the CSL form cannot hold (a decade, an open range) stays readable as a note.
	if (!parts || event.date.includes('/') || /[?~%X]/.test(event.date))
		item.note = `Date (EDTF): ${event.date}`;
	if (accessedMs !== undefined) item.accessed = { 'date-parts': [dayParts(accessedMs)] };
	if (event.summary && event.summary !== event.title) item.abstract = event.summary;
	return item;
}

/** The CSL-JSON file of `items`: a JSON array, pretty-printed. */
export function toCslJson(items: readonly CslItem[]): string {
	return `${JSON.stringify(items, null, 2)}\n`;
}
