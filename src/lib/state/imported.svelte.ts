/**
 * A researcher's own dataset: opened from a file, dropped, or fetched from `?data=<URL>`, then parsed and
 * validated in a Web Worker. Holds the status, progress and result; the curated dataset is never touched.
 * A table whose columns are not ours waits in `pending` for its column mapping (`import/mapping.ts`).
 */
import { decodeBytes, type Decoded } from '$lib/import/decode';
import type { MappingRequest } from '$lib/import/mappedCsv';
import type { ImportProblem, ImportResult } from '$lib/import/types';
import { MAX_IMPORT_BYTES } from '$lib/import/types';
import ImportWorker from '$lib/import/import.worker?worker';
import { checkDataUrl, fetchCapped } from '$lib/import/remote';

/** `mapping`: a table named by the address waits for its column mapping (see `pending`). */
export type ImportStatus = 'idle' | 'loading' | 'done' | 'failed' | 'mapping';

/** A table waiting for its column mapping, with what is needed to read it once chosen. */
export interface PendingMapping {
	request: MappingRequest;
	name: string;
	text: string;
	decoding: ImportProblem | null;
	/** The file it came from (kept for the tab once mapped), null for a download. */
	file: File | null;
	/** Whether the address already names it (`?data=`, `?file=`): cancelling then shows the curated data. */
	switched: boolean;
}

/** A `map=` value as the address writes it, decoded as the browser decodes query values. */
const decodeMapParam = (value: string) => {
	try {
		return decodeURIComponent(value.replace(/\+/g, ' '));
	} catch {
		return value; // a stray `%`: read as written, and the mapping's check names what it lacks
	}
};

/** A spreadsheet (`.xlsx`, or a zip's signature): read by `import/xlsx.ts`, loaded only then. */
const isSpreadsheet = (name: string, bytes: Uint8Array) =>
	/\.xlsx$/i.test(name) ||
	(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/** Files at least this long (UTF-16 units, about 3 MB; some 25,000 events) are parsed in a worker. */
const WORKER_THRESHOLD_CHARS = 3_000_000;

/** One import at a time; a new one supersedes the last. */
export class ImportedData {
	status = $state<ImportStatus>('idle');
	/** What is being read: a file name or URL. */
	name = $state('');
	/** Bytes read so far (downloads), for the progress indicator. */
	bytes = $state(0);
	/** Shown once loading has taken longer than half a second. */
	slow = $state(false);
	result = $state.raw<ImportResult | null>(null);
	error = $state('');
	/** A table waiting for its column mapping (the dialog shows while this is set). */
	pending = $state.raw<PendingMapping | null>(null);
	#generation = 0;
	/** The worker reading a large file, ended when its import is superseded or closed. */
	#worker: Worker | null = null;
	/** Settles the promise of the worker's import when it is ended early. */
	#settle: (() => void) | null = null;

	/** A file's text: decoded (`decode.ts`), or a spreadsheet's first sheet as CSV (`xlsx.ts`). */
	async #read(file: File): Promise<Decoded> {
		const bytes = new Uint8Array(await file.arrayBuffer());
		if (!isSpreadsheet(file.name, bytes)) return decodeBytes(bytes);
		const { xlsxToCsv } = await import('$lib/import/xlsx');
		return { text: await xlsxToCsv(bytes), encoding: 'utf-8', problem: null };
	}

	/**
	 * Opens the mapping dialog for `file` if it is a table of columns none of the formats reads, and
	 * says whether it did; nothing on the page changes meanwhile. Unreadable files answer false (the
	 * import then says why).
	 */
	async askMapping(file: File): Promise<boolean> {
		if (file.size > MAX_IMPORT_BYTES) return false;
		try {
			const [decoded, { mappingRequest }] = await Promise.all([
				this.#read(file),
				import('$lib/import/registry')
			]);
			const request = mappingRequest(decoded.text, file.name);
			if (!request) return false;
			const { text, problem: decoding } = decoded;
			this.pending = { request, name: file.name, text, decoding, file, switched: false };
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Reads a file the user picked or dropped, through the column mapping `map` if given (as the
	 * address writes it: `mapParamValue` in `import/mapping.ts`).
	 */
	async loadFile(file: File, map: string | null = null): Promise<void> {
		const generation = this.#begin(file.name);
		if (file.size > MAX_IMPORT_BYTES)
			return this.#fail(
				generation,
				`${file.name} is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`
			);
		try {
			const decoded = await this.#read(file);
			await this.#parse(generation, decoded.text, file.name, decoded.problem, map, file);
		} catch (error) {
			this.#fail(generation, String((error as Error).message ?? error));
		}
	}

	/** Reads the pending table through the column mapping `map` (as the address writes it). */
	async loadPending(pending: PendingMapping, map: string): Promise<void> {
		const generation = this.#begin(pending.name);
		await this.#parse(generation, pending.text, pending.name, pending.decoding, map, pending.file);
	}

	/** Fetches `raw` (https or this site only, size-capped) and parses it, through `map` if given. */
	async loadUrl(raw: string, pageOrigin: string, map: string | null = null): Promise<void> {
		const generation = this.#begin(raw);
		const checked = checkDataUrl(raw, pageOrigin);
		if (checked.error) return this.#fail(generation, checked.error);
		try {
			const { text, problem } = await fetchCapped(checked.url!, MAX_IMPORT_BYTES, (n) => {
				if (generation === this.#generation) this.bytes = n;
			});
			await this.#parse(
				generation,
				text,
				checked.url!.pathname.split('/').pop() || checked.url!.href,
				problem,
				map
			);
		} catch (error) {
			this.#fail(
				generation,
				`could not load ${raw.slice(0, 120)}: ${String((error as Error).message ?? error)}`
			);
		}
	}

	/** Forgets the import (back to the curated dataset). */
	clear(): void {
		this.#generation++;
		this.#stopWorker();
		this.status = 'idle';
		this.pending = null;
		this.result = null;
		this.error = '';
		this.name = '';
	}

	#stopWorker(): void {
		if (!this.#worker) return;
		this.#worker.terminate();
		this.#worker = null;
		this.#settle?.();
		this.#settle = null;
	}

	#begin(name: string): number {
		const generation = ++this.#generation;
		this.#stopWorker();
		this.pending = null;
		this.status = 'loading';
		this.name = name;
		this.bytes = 0;
		this.slow = false;
		this.error = '';
		setTimeout(() => {
			if (generation === this.#generation && this.status === 'loading') this.slow = true;
		}, 500);
		return generation;
	}

	#fail(generation: number, message: string): void {
		if (generation !== this.#generation) return;
		this.status = 'failed';
		this.error = message;
	}

	/**
	 * The result, with what decoding the bytes had to say first; or, for a table that asks for its
	 * column mapping, the mapping waiting (the address already names the data).
	 */
	#done(
		result: ImportResult,
		source: { text: string; name: string; decoding: ImportProblem | null; file: File | null }
	): void {
		const { decoding } = source;
		if (result.needsMapping) {
			this.pending = { ...source, request: result.needsMapping, switched: true };
			this.status = 'mapping';
			return;
		}
		this.result = decoding ? { ...result, problems: [decoding, ...result.problems] } : result;
		this.status = 'done';
	}

	async #parse(
		generation: number,
		text: string,
		name: string,
		decoding: ImportProblem | null = null,
		map: string | null = null,
		file: File | null = null
	): Promise<void> {
		const source = { text, name, decoding, file };
		// `map` is as the address writes it (`mapParamValue`); the importer reads it decoded.
		if (map !== null) map = decodeMapParam(map);
		// A small file is quicker to read here than to ship to a worker that must first load its code.
		if (text.length < WORKER_THRESHOLD_CHARS) {
			const { importDataset } = await import('$lib/import/registry');
			if (generation !== this.#generation) return;
			this.#done(importDataset(text, name, { map }), source);
			return;
		}
		return new Promise((resolve) => {
			const worker = new ImportWorker();
			this.#worker = worker;
			this.#settle = resolve;
			const end = () => {
				if (this.#worker === worker) this.#stopWorker();
			};
			worker.onmessage = (event: MessageEvent<{ result?: ImportResult; error?: string }>) => {
				end();
				if (generation === this.#generation) {
					if (event.data.result) this.#done(event.data.result, source);
					else this.#fail(generation, event.data.error ?? 'the data could not be read');
				}
				resolve();
			};
			worker.onerror = (event) => {
				end();
				this.#fail(generation, `the data could not be read: ${event.message}`);
				resolve();
			};
			worker.postMessage({ text, name, map });
		});
	}
}
