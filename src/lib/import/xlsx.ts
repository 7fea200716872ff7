/**
 * Spreadsheets (`.xlsx`): the first sheet as CSV text, which then goes through the same detection
 * as any CSV (our columns, the TimelineJS template's, else the column-mapping step). Loaded only
 * when a spreadsheet is opened: `read-excel-file` (MIT, with its unzip and XML reader) never
 * ships with the first page load.
 */
import Papa from 'papaparse';
import { escapeCsvCell } from './csvCells';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as text: strings as written, numbers in full, booleans as TRUE/FALSE, dates (which the
 * sheet stores as numbers with a date format) as ISO `2024-03-15`, or `2024-03-15T14:30` when they
 * carry a time of day.
 */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return '';
		const day = `${String(value.getUTCFullYear()).padStart(4, '0')}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
		const [h, m, s] = [value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
		if (!h && !m && !s) return day;
		return `${day}T${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return String(value);
}

/**
 * The first sheet of an `.xlsx` file as CSV (cells escaped as our export escapes them, so the CSV
 * reader gives back exactly the sheet's text). Throws a readable error for a file that is not a
 * spreadsheet.
 */
export async function xlsxToCsv(bytes: Uint8Array): Promise<string> {
	const { readSheet } = await import('read-excel-file/universal');
	let rows: unknown[][];
	try {
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		rows = (await readSheet(buffer as ArrayBuffer)) as unknown[][];
	} catch (error) {
		throw new Error(
			`this file could not be read as an .xlsx spreadsheet (${String((error as Error).message ?? error)})`,
			{ cause: error }
		);
	}
	const data = rows.map((row) => row.map((v) => escapeCsvCell(cellText(v))));
	return Papa.unparse(data, { newline: '\n' });
}
