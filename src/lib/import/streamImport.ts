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

export async function importBytes(
	source: ByteSource,
	name: string,
	onProgress: (progress: ImportProgress) => void = () => {},
	sliceBytes = SLICE_BYTES
): Promise<ImportResult> {
	const totalBytes = source instanceof Uint8Array ? source.byteLength : source.size;
	// Set by the reader's callbacks.
	let mode = 'unknown' as 'unknown' | 'json' | 'csv';
	let head = '';
	let csv = new CsvStream();
	let json: string[] = [];
	let bytes = 0;
	let last = 0;
	const report = (progress: ImportProgress, force = false) => {
		const now = performance.now();
		if (!force && now - last < PROGRESS_EVERY_MS) return;
		last = now;
		onProgress(progress);
	};
	const take = (text: string) => {
		if (mode === 'json') json.push(text);
		else csv.push(text);
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
		},
		sliceBytes
	);
	report({ phase: 'reading', bytes, totalBytes, rows: csv.rows }, true);
	const checking = (rows: number, totalRows: number) =>
		report({ phase: 'checking', bytes, totalBytes, rows, totalRows });
	const result =
		mode === 'csv'
			? importCsvTable(csv.end(), name, checking)
			: importDataset(json.join('') || head, name, { onProgress: checking });
	return outcome.problem ? { ...result, problems: [outcome.problem, ...result.problems] } : result;
}
