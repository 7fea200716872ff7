/** An import's problems as a CSV file, every one of them, for a researcher to fix their data by. */
import Papa from 'papaparse';
import { escapeCsvCell } from './csvCells';
import type { ImportProblem } from './types';

/**
 * `problems` as CSV (UTF-8 with a byte-order mark, CRLF, formulas escaped): columns `row` (empty for
 * the file as a whole), `id`, `field`, `kind` (`problem`, or `note` for a change to a kept record)
 * and `message`.
 */
export function problemsCsv(problems: readonly ImportProblem[]): string {
	const data = problems.map((p) =>
		[
			p.row === null ? '' : String(p.row),
			p.id ?? '',
			p.field ?? '',
			p.notice ? 'note' : 'problem',
			p.message
		].map(escapeCsvCell)
	);
	const fields = ['row', 'id', 'field', 'kind', 'message'];
	return `\ufeff${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
