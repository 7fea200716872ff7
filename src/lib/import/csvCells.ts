/**
 * Formula escaping of CSV cells, shared by the export (`toCsv`) and the import (`importDataset`), so
 * that a spreadsheet never runs a cell of ours as a formula and a round trip loses nothing.
 *
 * The rule: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is one a spreadsheet
 * may evaluate (`-2+3`, `-1+cmd|' /C calc'!A0`); unless it is exactly a number (`-12`, `-0.5`,
 * `-0100`), it is written with a `'` in front. A cell that itself starts with `'` followed by one of
 * those characters or by another `'` gets a `'` too, so the reader can always tell our escape from
 * data: it removes one `'` from a cell starting with `'` and one of `= + - @ tab CR '`, and leaves
 * every other cell (`'tis`, `'90s`) as it is.
 */

/** Characters that make a spreadsheet evaluate a cell when they come first. */
const TRIGGER = /^[=+\-@\t\r]/;
/** A number as spreadsheets read it without evaluating: an optional minus, digits, a fraction. */
const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** What {@link unescapeCsvCell} takes as an escape: a `'` before a trigger or another `'`. */
const ESCAPED = /^'[=+\-@\t\r']/;

/**
 * The cell as the export writes it: `'` + `value` when a spreadsheet would evaluate `value` (see the
 * module comment) or when `value` would otherwise read as escaped; else `value` unchanged.
 * {@link unescapeCsvCell} undoes it for every string.
 */
export function escapeCsvCell(value: string): string {
	if (TRIGGER.test(value) && !NUMBER.test(value)) return `'${value}`;
	return ESCAPED.test(value) ? `'${value}` : value;
}

/**
 * The value of a cell read from CSV: without the `'` that {@link escapeCsvCell} (or a careful
 * spreadsheet) put before `= + - @ tab CR '`; any other cell unchanged.
 */
export function unescapeCsvCell(cell: string): string {
	// Looking at the first character first spares the regular expression for almost every cell.
	return cell.charCodeAt(0) === 39 && ESCAPED.test(cell) ? cell.slice(1) : cell;
}
