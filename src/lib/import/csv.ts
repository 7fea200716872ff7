/**
 * A CSV (or tab-separated) text as a table of named cells, shared by the CSV formats: the header row,
 * the data rows numbered from 1 (blank rows counted, not read), papaparse's quoting errors by row,
 * and a reader that undoes the export's formula escaping.
 */
import Papa from 'papaparse';
import { unescapeCsvCell } from './csvCells';
import type { ImportProblem } from './types';

/** One data row: its cells and 1-based number (the header is row 0). */
export interface CsvRow {
	cells: string[];
	row: number;
	/** The cell of column `name` (lower-case), trimmed, formula escape undone; '' when absent. */
	cell: (name: string) => string;
	/** Problems of the row as a row: broken quoting, more cells than the header has columns. */
	problems: ImportProblem[];
}

/** A parsed CSV. */
export interface CsvTable {
	/** Header cells as written. */
	header: string[];
	/** Header cells trimmed and lower-cased. */
	names: string[];
	/** Rows with at least one non-blank cell, or a quoting error. */
	rows: CsvRow[];
}

/** Tab when the first line has tabs and no comma, else comma. */
export function delimiterOf(text: string): string {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	return !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
}

/** The header row's cells, trimmed and lower-cased (only the first line is parsed). */
export function headerNames(text: string): string[] {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const cells = Papa.parse<string[]>(firstLine, { delimiter: delimiterOf(text) }).data[0] ?? [];
	return cells.map((h) => h.trim().toLowerCase());
}

/** Parses `text` into a {@link CsvTable}. */
export function parseCsv(text: string): CsvTable {
	const builder = new CsvTableBuilder();
	builder.add(text);
	return builder.table();
}

/**
 * Builds a {@link CsvTable} from rows parsed in runs (`stream.ts` parses a large file as it is read),
 * the first run starting with the header row; rows are numbered across runs as in the whole text.
 * `parseCsv` is one run.
 */
export class CsvTableBuilder {
	#header: string[] | null = null;
	#names: string[] = [];
	#index = new Map<string, number>();
	#rows: CsvRow[] = [];
	/** Data rows seen so far, blank ones included (the number of the last). */
	#count = 0;

	/** Data rows read so far (blank rows included). */
	get count(): number {
		return this.#count;
	}

	/** Parses a whole CSV text and adds its rows (the delimiter is found from its first line). */
	add(text: string): void {
		const parsed = Papa.parse<string[]>(text, {
			delimiter: delimiterOf(text),
			skipEmptyLines: false
		});
		this.addParsed(parsed.data, parsed.errors);
	}

	/** Adds rows as papaparse gave them, with its errors (numbered from 0 in `data`). */
	addParsed(data: string[][], errors: readonly Papa.ParseError[]): void {
		// In the first run, row 0 is the header.
		let offset = this.#count + 1;
		if (this.#header === null) {
			const header = data[0] ?? [];
			this.#header = header;
			this.#names = header.map((h) => h.trim().toLowerCase());
			this.#names.forEach((n, i) => this.#index.has(n) || this.#index.set(n, i));
			data = data.slice(1);
			offset = 0;
		}
		const quoteErrors = new Map<number, string>();
		for (const e of errors) {
			if (e.row !== undefined && !quoteErrors.has(e.row + offset))
				quoteErrors.set(e.row + offset, e.message);
		}
		const width = this.#header.length;
		const index = this.#index;
		for (const cells of data) {
			const row = ++this.#count;
			if (!quoteErrors.has(row) && !filledFrom(cells, 0)) continue;
			const problems: ImportProblem[] = [];
			if (quoteErrors.has(row)) problems.push({ row, message: `CSV: ${quoteErrors.get(row)}` });
			if (filledFrom(cells, width))
				problems.push({
					row,
					message: `${cells.length} cells but ${width} columns in the header (an unquoted comma?)`
				});
			// A cell that our export (or a careful spreadsheet) escaped as '=… is read without the '.
			const cell = (name: string) => {
				const at = index.get(name);
				const value = at === undefined ? undefined : cells[at];
				return value ? unescapeCsvCell(value.trim()) : '';
			};
			this.#rows.push({ cells, row, cell, problems });
		}
	}

	/** The table so far. */
	table(): CsvTable {
		return { header: this.#header ?? [], names: this.#names, rows: this.#rows };
	}
}

/** Whether a cell from `from` on has more than blanks (a loop: this runs for every row). */
function filledFrom(cells: readonly string[], from: number): boolean {
	for (let i = from; i < cells.length; i++) if (cells[i].trim()) return true;
	return false;
}

/** A problem for each header cell not among `known` (compared lower-case). */
export function unknownColumns(table: CsvTable, known: readonly string[]): ImportProblem[] {
	const lower = known.map((c) => c.toLowerCase());
	return table.header
		.filter((h, i) => h.trim() && !lower.includes(table.names[i]))
		.map((h) => ({
			row: null,
			field: h.trim(),
			message: `unknown column ignored; the columns are ${known.join(', ')}`
		}));
}
