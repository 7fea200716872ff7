/**
 * Import of researchers' datasets: detects the format of a text and hands it to that format's module.
 * {@link IMPORT_FORMATS} lists the modules in the order they are tried; a new format is one module
 * (see `format.ts`) and one line here. Every record goes through `validateEvents`, the rules of
 * `npm run check:data`, with URL citations allowed in place of local documents. Nothing is dropped
 * silently: each rejected record has at least one problem naming its row, and
 * `events.length + invalid === total`.
 */
import { parseJson } from '../data/validate';
import { headerNames, parseCsv } from './csv';
import type { CsvTable } from './csv';
import type { CheckProgress, ImportFormatModule } from './format';
import { mappingRequestOf, readMapped, type MappingRequest } from './mappedCsv';
import { checkMapping, parseMapping, type MapIssue } from './mapping';
import { oursCsv } from './oursCsv';
import { oursJson } from './oursJson';
import { failure, obj } from './records';
import { timelinejsCsv } from './timelinejsCsv';
import { timelinejsJson } from './timelinejsJson';
import { utf8Bytes } from './text';
import { MAX_IMPORT_BYTES, type ImportResult } from './types';

/** The formats, in the order they are tried (the more specific first). */
export const IMPORT_FORMATS: readonly ImportFormatModule[] = [
	timelinejsJson,
	oursJson,
	timelinejsCsv,
	oursCsv
];

/** The module of format `id`, if any. */
export const formatById = (id: string | null) => IMPORT_FORMATS.find((f) => f.id === id);

const megabytes = (bytes: number) =>
	bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;

const accepted = () => `Accepted formats: ${IMPORT_FORMATS.map((f) => f.summary).join('; ')}.`;

function importJson(text: string, file: string, onProgress?: CheckProgress): ImportResult {
	const { value, problem } = parseJson(text, file);
	if (problem) return failure(problem.message);
	const input = { syntax: 'json' as const, root: obj(value), file, onProgress };
	for (const format of IMPORT_FORMATS)
		if (format.syntax === 'json' && format.detect(input)) return format.read(input);
	return failure(
		`${Array.isArray(value) ? 'a JSON array' : 'this JSON'} is not a dataset. ${accepted()}`
	);
}

/** What {@link importDataset} may be told besides the text. */
export interface ImportOptions {
	/** A column mapping in its address form (`mapping.ts`), for a table whose columns are not ours. */
	map?: string | null;
	/** Told how many records have been checked. */
	onProgress?: CheckProgress;
	/** Largest text read (default {@link MAX_IMPORT_BYTES}). */
	maxBytes?: number;
}

/** A result that asks for a column mapping: no records yet, the dialog's request. */
function askMapping(text: string, issues: MapIssue[] = []): ImportResult {
	return { ...failure(''), problems: [], needsMapping: mappingRequestOf(text, issues) };
}

/**
 * The mapping dialog's request when `text` is a table of at least two columns that none of the
 * formats reads (see {@link importDataset}); null for JSON and for tables a format reads. Reads the
 * header and the first rows only.
 */
export function mappingRequest(text: string, name = 'import'): MappingRequest | null {
	const body = text.replace(/^\ufeff/, '');
	if (isJsonText(body, name)) return null;
	const names = headerNames(body);
	if (!isTable(names, /\r?\n\s*\S/.test(body))) return null;
	if (IMPORT_FORMATS.some((f) => f.syntax === 'csv' && f.detect(names))) return null;
	return mappingRequestOf(body);
}

/** A table: a header of at least two named columns, with rows under it (the one rule for both readers). */
const isTable = (names: readonly string[], hasRows: boolean) =>
	names.filter(Boolean).length >= 2 && hasRows;

/**
 * Reads a dataset in any format of {@link IMPORT_FORMATS} from its text; `name` is the file name,
 * used for detection and in validation messages. JSON is recognised by its first character (or a
 * `.json` name), CSV by its header row (comma- or tab-separated), then each format's `detect`
 * decides. A table of at least two columns in none of the formats asks for a column mapping
 * (`needsMapping`); with `options.map`, a table is read through that mapping (`mappedCsv.ts`), or
 * asks again, with the mapping's issues, when it does not fit the file. Malformed JSON gives one
 * problem with its line and column; an unknown format or a text over `options.maxBytes` (default
 * {@link MAX_IMPORT_BYTES}) gives one clear problem and no records. `options.onProgress` hears how
 * many records have been checked (a large file's import shows it).
 */
export function importDataset(
	text: string,
	name = 'import',
	options: ImportOptions = {}
): ImportResult {
	const { maxBytes = MAX_IMPORT_BYTES } = options;
	if (text.length > maxBytes || utf8Bytes(text, maxBytes) > maxBytes)
		return failure(`the file is larger than ${megabytes(maxBytes)}; split it into smaller files`);
	const body = text.replace(/^\ufeff/, '');
	if (isJsonText(body, name)) return importJson(body, name, options.onProgress);
	return importCsvTable(parseCsv(body), name, { ...options, sample: body });
}

/** Whether a text (or its first part) is read as JSON: it starts with `{` or `[`, or is named `.json`. */
export function isJsonText(text: string, name: string): boolean {
	const start = text.trimStart()[0];
	return start === '{' || start === '[' || /\.json$/i.test(name);
}

/**
 * Reads a CSV already parsed into a table (a large file is parsed as it is read): see `importDataset`.
 * `options.sample` is the start of the text (at least its first rows), for the mapping dialog.
 */
export function importCsvTable(
	table: CsvTable,
	name: string,
	options: ImportOptions & { sample: string }
): ImportResult {
	const { onProgress, sample } = options;
	const tabular = isTable(table.names, table.rows.length > 0);
	if (options.map != null && tabular) {
		const parsed = parseMapping(options.map);
		const checked = checkMapping(parsed.mapping, table.header);
		const issues = [...parsed.issues, ...checked.issues];
		if (!issues.length) return readMapped(table, checked.mapping, name);
		return askMapping(sample, issues);
	}
	for (const format of IMPORT_FORMATS)
		if (format.syntax === 'csv' && format.detect(table.names))
			return format.read({ syntax: 'csv', table, file: name, onProgress });
	if (tabular) return askMapping(sample);
	const why = /\.(csv|tsv)$/i.test(name)
		? `the header row names the columns of none of the formats.`
		: 'unrecognised format.';
	return failure(`${why} ${accepted()}`);
}
