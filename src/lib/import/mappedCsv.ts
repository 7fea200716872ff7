/**
 * A researcher's own table read through a column mapping (`mapping.ts`): each row becomes one of our
 * records, each cell read by `cells.ts`. Rows keep their numbers and every problem names the file's
 * column, so "row 4, event_date: …" points at the cell to fix. A cell that cannot be read into an
 * optional field (a country, a coordinate) is left out with a note; a missing or unreadable date, or
 * a row with neither title nor summary, rejects the row.
 */
import Papa from 'papaparse';
import { delimiterOf, type CsvRow, type CsvTable } from './csv';
import { unescapeCsvCell } from './csvCells';
import { readCoordinateCell, readCountryCell, readDateCell } from './cells';
import { guessMapping, type ColumnMapping, type MapIssue } from './mapping';
import { DEFAULT_CATEGORY, finish, idMaker, type Raw } from './records';
import { slugify } from './text';
import type { Draft, ImportProblem, ImportResult } from './types';

/** Data rows a mapping preview shows. */
export const PREVIEW_ROWS = 5;

/**
 * What the mapping dialog needs: the file's columns, its first rows and the guess; `issues` say why
 * a mapping the address gave could not be used.
 */
export interface MappingRequest {
	header: string[];
	/** The first {@link PREVIEW_ROWS} non-blank data rows: cells and 1-based row numbers. */
	sample: { row: number; cells: string[] }[];
	guess: ColumnMapping;
	issues: MapIssue[];
}

/** Up to `maxLength` characters of `text`'s first sentence, cut at a word, for a made title. */
export function titleFrom(text: string, maxLength = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
	if (sentence.length <= maxLength) return sentence.replace(/\.$/, '');
	const cut = sentence.slice(0, maxLength - 1);
	const at = cut.lastIndexOf(' ');
	return `${(at > maxLength / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** One row through `mapping` → our record, with the problems of its cells. */
export function mappedDraft(r: CsvRow, mapping: ColumnMapping, id: string): Draft {
	const { row } = r;
	const cell = (field: keyof ColumnMapping) => {
		const column = mapping[field];
		return column === undefined ? '' : r.cell(column.toLowerCase());
	};
	const problems: ImportProblem[] = r.problems.map((p) => ({ ...p, id }));
	// Problems name our fields (`date`, `place.country`); `finish` writes the file's column for each.
	const note = (field: string, message: string) =>
		problems.push({ row, id, field, message, notice: true });
	const summary = cell('summary');
	let title = cell('title');
	if (!title && summary) {
		title = titleFrom(summary);
		if (mapping.title !== undefined) note('title', 'empty; a title was made from the summary');
	}
	const record: Raw = { id, title, type: cell('category') || DEFAULT_CATEGORY };
	const start = readDateCell(cell('start'));
	const endCell = cell('end');
	const end = endCell ? readDateCell(endCell) : null;
	if (start.error) problems.push({ row, id, field: 'date', message: start.error });
	if (end?.error) problems.push({ row, id, field: 'dateEnd', message: end.error });
	record.date =
		end?.value && end.value !== start.value ? `${start.value}/${end.value}` : start.value;
	record.dateBasis = 'stated';
	record.summary = summary || title || '(no title)';
	record.place = placeOf(cell, note);
	const [url, sourceTitle, quote] = [cell('sourceUrl'), cell('sourceTitle'), cell('quote')];
	const notes: string[] = [];
	if (url)
		record.sources = [
			{ url, ...(sourceTitle ? { title: sourceTitle } : {}), ...(quote ? { quote } : {}) }
		];
	else {
		// A citation needs its URL; without one the source and quote are kept as notes, not lost.
		if (sourceTitle) notes.push(`Source: ${sourceTitle}`);
		if (quote) notes.push(`“${quote}”`);
	}
	if (notes.length) record.notes = notes.join('\n');
	return { row, record, problems };
}

type Cell = (field: keyof ColumnMapping) => string;
type Note = (field: string, message: string) => void;

/** The place of a row: city, country code, coordinates; unreadable ones left out with a note. */
function placeOf(cell: Cell, note: Note): Raw | null {
	const place: Raw = { city: cell('place') || null, country: null };
	if (cell('country')) {
		const country = readCountryCell(cell('country'));
		if (country.error) note('place.country', country.error);
		else place.country = country.value;
	}
	for (const [field, limit] of [
		['lat', 90],
		['lon', 180]
	] as const) {
		if (!cell(field)) continue;
		const n = readCoordinateCell(cell(field), limit);
		if (n.error) note(`place.${field}`, n.error);
		else place[field] = n.value;
	}
	if (place.lat === undefined || place.lon === undefined) {
		delete place.lat;
		delete place.lon;
	}
	return place.city || place.country || place.lat !== undefined ? place : null;
}

/** Our fields (as `validateEvents` names them) → the mapping's field, for problems. */
const FIELD_OF: Record<string, keyof ColumnMapping> = {
	id: 'id',
	title: 'title',
	type: 'category',
	date: 'start',
	dateEnd: 'end',
	summary: 'summary',
	'place.city': 'place',
	'place.country': 'country',
	'place.lat': 'lat',
	'place.lon': 'lon',
	'sources[0].url': 'sourceUrl',
	'sources[0].title': 'sourceTitle',
	'sources[0].quote': 'quote',
	sources: 'sourceUrl'
};

/** Each row of `table` through `mapping` → a draft (ids from the id column, else made). */
function mappedDrafts(table: CsvTable, mapping: ColumnMapping): Draft[] {
	const idOf = (r: CsvRow) => (mapping.id ? slugify(r.cell(mapping.id.toLowerCase())) : '');
	const makeId = idMaker(table.rows.map(idOf).filter(Boolean));
	return table.rows.map((r) =>
		mappedDraft(r, mapping, idOf(r) || makeId(slugify(titleOfRow(r, mapping)), r.row))
	);
}

/** Our fields → the file's columns under `mapping`, for `finish` to name in problems. */
function columnsOf(mapping: ColumnMapping): Record<string, string> {
	const columns: Record<string, string> = {};
	for (const [ours, field] of Object.entries(FIELD_OF)) {
		const column = mapping[field];
		if (column !== undefined) columns[ours] = column;
	}
	return columns;
}

/** Reads `table` through `mapping` (checked against its header: see `checkMapping`). */
export function readMapped(table: CsvTable, mapping: ColumnMapping, file: string): ImportResult {
	return finish(mappedDrafts(table, mapping), {
		format: 'mapped',
		file,
		columns: columnsOf(mapping)
	});
}

/** One previewed row: what it would import as, whether it would, and its problems. */
export interface PreviewRow {
	row: number;
	date: string;
	title: string;
	category: string;
	place: string;
	accepted: boolean;
	problems: ImportProblem[];
}

/** The preview of `request` under `mapping`: its sample rows read exactly as the whole file would be. */
export function previewMapping(request: MappingRequest, mapping: ColumnMapping): PreviewRow[] {
	const drafts = mappedDrafts(tableOf(request.header, request.sample), mapping);
	const result = finish(drafts, { format: 'mapped', file: 'preview', columns: columnsOf(mapping) });
	return drafts.map(({ row, record }) => {
		const r = record as Raw;
		const place = (r.place ?? {}) as Raw;
		const problems = result.problems.filter((p) => p.row === row);
		return {
			row,
			date: typeof r.date === 'string' ? r.date : '',
			title: String(r.title ?? ''),
			category: String(r.type ?? ''),
			place: [place.city, place.country].filter(Boolean).join(', '),
			accepted: !problems.some((p) => !p.notice),
			problems
		};
	});
}

const titleOfRow = (r: CsvRow, mapping: ColumnMapping) =>
	(mapping.title && r.cell(mapping.title.toLowerCase())) ||
	(mapping.summary ? titleFrom(r.cell(mapping.summary.toLowerCase())) : '');

/** A table of given rows (the preview's), read like `parseCsv` reads a text. */
export function tableOf(header: string[], rows: { row: number; cells: string[] }[]): CsvTable {
	const names = header.map((h) => h.trim().toLowerCase());
	const index = new Map<string, number>();
	names.forEach((n, i) => index.has(n) || index.set(n, i));
	return {
		header,
		names,
		rows: rows.map(({ row, cells }) => ({
			row,
			cells,
			problems: [],
			cell: (name: string) => {
				const at = index.get(name);
				return unescapeCsvCell(at === undefined ? '' : (cells[at] ?? '').trim());
			}
		}))
	};
}

/** The mapping dialog's request for a CSV text: its header, first rows and the guess. */
export function mappingRequestOf(text: string, issues: MapIssue[] = []): MappingRequest {
	// Only the first rows are parsed: a 50 MB file's dialog opens at once.
	const parsed = Papa.parse<string[]>(text, {
		delimiter: delimiterOf(text),
		preview: 50,
		skipEmptyLines: false
	});
	const [header = [], ...data] = parsed.data;
	const sample: MappingRequest['sample'] = [];
	data.forEach((cells, i) => {
		if (sample.length < PREVIEW_ROWS && cells.some((c) => c.trim()))
			sample.push({ row: i + 1, cells });
	});
	return { header: header.map((h) => h.trim()), sample, guess: guessMapping(header), issues };
}
