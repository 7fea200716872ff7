/**
 * The shape of an import format module. Each format (`oursJson.ts`, `oursCsv.ts`,
 * `timelinejsJson.ts`, `timelinejsCsv.ts`) exports one {@link ImportFormatModule}; `registry.ts`
 * lists them in the order they are tried. A new format is one module and one line there.
 */
import type { StringKey } from '../i18n/strings';
import type { CsvTable } from './csv';
import type { Raw } from './records';
import type { ImportResult } from './types';

/** Told how many records have been checked, of how many (large imports show it). */
export type CheckProgress = (checked: number, total: number) => void;

/** A file read as JSON: its top-level value (an object, or `{}`), and its name. */
export interface JsonInput {
	syntax: 'json';
	root: Raw;
	file: string;
	onProgress?: CheckProgress;
}

/** A file read as CSV: its table, and its name. */
export interface CsvInput {
	syntax: 'csv';
	table: CsvTable;
	file: string;
	onProgress?: CheckProgress;
}

/** One import format. */
export type ImportFormatModule = {
	/** The id `ImportResult.format` reports. */
	id: string;
	/** Its name in the data panel. */
	label: StringKey;
	/** One line for the "accepted formats" message. */
	summary: string;
} & (
	| {
			syntax: 'json';
			/** Whether this JSON is in this format. */
			detect: (input: JsonInput) => boolean;
			read: (input: JsonInput) => ImportResult;
	  }
	| {
			syntax: 'csv';
			/** Whether a header row (trimmed, lower-cased names) is this format's. */
			detect: (names: readonly string[]) => boolean;
			read: (input: CsvInput) => ImportResult;
	  }
);
