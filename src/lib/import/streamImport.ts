/**
 * A large import from its bytes: read in slices and decoded as they come (`stream.ts`), a CSV parsed
 * row by row as its text arrives, a JSON text gathered and parsed whole, then every record checked as
 * `importDataset` checks it, with progress in bytes and rows along the way. The import worker runs it;
 * it gives the result `importDataset` gives for the decoded text.
 */
import { importCsvTable, importDataset, isJsonText } from './registry';
import { CsvStream, decodeSlices, SLICE_BYTES, type ByteSource } from './stream';
import type { ImportProgress, ImportResult } from './types';

/** How often progress is reported, at most (ms). */
const PROGRESS_EVERY_MS = 100;

/** Text kept from the start of a CSV for the column-mapping dialog's sample rows. */
const SAMPLE_CHARS = 256 * 1024;

export async function importBytes(
	source: ByteSource,
	name: string,
	{
		map = null,
		onProgress = () => {},
		sliceBytes = SLICE_BYTES
	}: {
		/** A column mapping in its address form (see `importDataset`). */
		map?: string | null;
		onProgress?: (progress: ImportProgress) => void;
		sliceBytes?: number;
	} = {}
): Promise<ImportResult> {
	const totalBytes = source instanceof Uint8Array ? source.byteLength : source.size;
	// Set by the reader's callbacks.
	let mode = 'unknown' as 'unknown' | 'json' | 'csv';
	let head = '';
	let csv = new CsvStream();
	let json: string[] = [];
	let sample = '';
	let bytes = 0;
	let last = 0;
	const report = (progress: ImportProgress, force = false) => {
		const now = performance.now();
		if (!force && now - last < PROGRESS_EVERY_MS) return;
		last = now;
		onProgress(progress);
	};
	const take = (text: string) => {
		if (mode === 'json') return void json.push(text);
		if (sample.length < SAMPLE_CHARS) sample += text.slice(0, SAMPLE_CHARS - sample.length);
		csv.push(text);
	};
	const outcome = await decodeSlices(
		source,
		(text, read) => {
			bytes = read;
			if (mode === 'unknown') {
				// The first characters that are not blank decide, as `importDataset` decides.
				head += text;
				if (!head.trim() && read < totalBytes) return;
				mode = isJsonText(head, name) ? 'json' : 'csv';
				text = head;
				head = '';
			}
			take(text);
			report({ phase: 'reading', bytes, totalBytes, rows: mode === 'csv' ? csv.rows : 0 });
		},
		() => {
			// Not UTF-8 after all: read again as Windows-1252.
			mode = 'unknown';
			head = '';
			csv = new CsvStream();
			json = [];
			sample = '';
		},
		sliceBytes
	);
	report({ phase: 'reading', bytes, totalBytes, rows: csv.rows }, true);
	const checking = (rows: number, totalRows: number) =>
		report({ phase: 'checking', bytes, totalBytes, rows, totalRows });
	const result =
		mode === 'csv'
			? importCsvTable(csv.end(), name, { map, onProgress: checking, sample })
			: importDataset(json.join('') || head, name, { map, onProgress: checking });
	return outcome.problem ? { ...result, problems: [outcome.problem, ...result.problems] } : result;
}
