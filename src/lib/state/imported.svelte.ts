/**
 * A researcher's own dataset: opened from a file, dropped, or fetched from `?data=<URL>`, then parsed and
 * validated (a large one in a Web Worker, read in slices). Holds the status, progress and result; the
 * curated dataset is never touched. A table whose columns are not ours waits in `pending` for its
 * column mapping (`import/mapping.ts`).
 */
import { decodeBytes, type Decoded } from '$lib/import/decode';
import type { ImportReply, ImportRequest } from '$lib/import/import.worker';
import type { MappingRequest } from '$lib/import/mappedCsv';
import type { ImportProblem, ImportProgress, ImportResult } from '$lib/import/types';
import { MAX_IMPORT_BYTES } from '$lib/import/types';
import ImportWorker from '$lib/import/import.worker?worker';
import { checkDataUrl, fetchBytes } from '$lib/import/remote';

/** `mapping`: a table named by the address waits for its column mapping (see `pending`). */
export type ImportStatus = 'idle' | 'loading' | 'done' | 'failed' | 'mapping';

/** A table waiting for its column mapping, with what is needed to read it once chosen. */
export interface PendingMapping {
	request: MappingRequest;
	name: string;
	/** What to read again: the text (a small input), or the bytes (a large one, read in the worker). */
	input: { text: string; decoding: ImportProblem | null } | { blob: Blob };
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

/** Inputs of at least this many bytes (some 25,000 events) are read in a worker, in slices. */
const WORKER_THRESHOLD_BYTES = 3_000_000;

/** The start of a large file read to decide whether it needs a column mapping (its first rows). */
const HEAD_BYTES = 256 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** One import at a time; a new one supersedes the last. */
export class ImportedData {
	status = $state<ImportStatus>('idle');
	/** What is being read: a file name or URL. */
	name = $state('');
	/** Bytes downloaded so far (`?data=`), and of how many (0 when the server does not say). */
	bytes = $state(0);
	totalBytes = $state(0);
	/** How far the worker has got with a large input. */
	progress = $state<ImportProgress | null>(null);
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

	/**
	 * A file as the importer reads it: a large one as it is (the worker reads it in slices), a
	 * spreadsheet's first sheet as CSV (`xlsx.ts`), anything else decoded (`decode.ts`).
	 */
	async #read(file: File): Promise<Decoded | { blob: Blob }> {
		const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
		if (isSpreadsheet(file.name, head)) {
			const { xlsxToCsv } = await import('$lib/import/xlsx');
			const text = await xlsxToCsv(new Uint8Array(await file.arrayBuffer()));
			return text.length >= WORKER_THRESHOLD_BYTES
				? { blob: new Blob([text]) }
				: { text, encoding: 'utf-8', problem: null };
		}
		if (file.size >= WORKER_THRESHOLD_BYTES) return { blob: file };
		return decodeBytes(new Uint8Array(await file.arrayBuffer()));
	}

	/**
	 * Opens the mapping dialog for `file` if it is a table of columns none of the formats reads, and
	 * says whether it did; nothing on the page changes meanwhile. Only the start of a large file is
	 * read for this. Unreadable files answer false (the import then says why).
	 */
	async askMapping(file: File): Promise<boolean> {
		if (file.size > MAX_IMPORT_BYTES) return false;
		try {
			const [read, { mappingRequest }] = await Promise.all([
				this.#read(file),
				import('$lib/import/registry')
			]);
			const sample =
				'blob' in read
					? new TextDecoder().decode(await read.blob.slice(0, HEAD_BYTES).arrayBuffer())
					: read.text;
			const request = mappingRequest(sample, file.name);
			if (!request) return false;
			const input = 'blob' in read ? read : { text: read.text, decoding: read.problem };
			this.pending = { request, name: file.name, input, file, switched: false };
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
				`${file.name} is ${mb(file.size)}, over the ${mb(MAX_IMPORT_BYTES)} limit; split it into smaller files`
			);
		try {
			const read = await this.#read(file);
			const input = 'blob' in read ? read : { text: read.text, decoding: read.problem };
			await this.#import(generation, input, file.name, map, file);
		} catch (error) {
			this.#fail(generation, String((error as Error).message ?? error));
		}
	}

	/** Reads the pending table through the column mapping `map` (as the address writes it). */
	async loadPending(pending: PendingMapping, map: string): Promise<void> {
		const generation = this.#begin(pending.name);
		await this.#import(generation, pending.input, pending.name, map, pending.file);
	}

	/**
	 * Fetches `raw` (https or this site only, size-capped) and parses it, through `map` if given (as
	 * the address writes it).
	 */
	async loadUrl(raw: string, pageOrigin: string, map: string | null = null): Promise<void> {
		const generation = this.#begin(raw);
		const checked = checkDataUrl(raw, pageOrigin);
		if (checked.error) return this.#fail(generation, checked.error);
		try {
			const bytes = await fetchBytes(checked.url!, MAX_IMPORT_BYTES, (n, total) => {
				if (generation !== this.#generation) return;
				this.bytes = n;
				this.totalBytes = total;
			});
			if (generation !== this.#generation) return;
			const name = checked.url!.pathname.split('/').pop() || checked.url!.href;
			if (bytes.byteLength >= WORKER_THRESHOLD_BYTES)
				return await this.#import(generation, { blob: new Blob([bytes]) }, name, map, null);
			const { text, problem } = decodeBytes(bytes);
			await this.#import(generation, { text, decoding: problem }, name, map, null);
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
		this.totalBytes = 0;
		this.progress = null;
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
	#done(result: ImportResult, source: Omit<PendingMapping, 'request' | 'switched'>): void {
		if (result.needsMapping) {
			this.pending = { ...source, request: result.needsMapping, switched: true };
			this.status = 'mapping';
			return;
		}
		const decoding = 'text' in source.input ? source.input.decoding : null;
		this.result = decoding ? { ...result, problems: [decoding, ...result.problems] } : result;
		this.status = 'done';
	}

	/** Reads a small text here (quicker than shipping it to a worker), a large input in the worker. */
	async #import(
		generation: number,
		input: PendingMapping['input'],
		name: string,
		map: string | null,
		file: File | null
	): Promise<void> {
		// `map` is as the address writes it (`mapParamValue`); the importer reads it decoded.
		if (map !== null) map = decodeMapParam(map);
		const source = { input, name, file };
		if ('blob' in input) return this.#inWorker(generation, input.blob, source, map);
		const { importDataset } = await import('$lib/import/registry');
		if (generation !== this.#generation) return;
		this.#done(importDataset(input.text, name, { map }), source);
	}

	/**
	 * Reads a large input in a worker, slice by slice (a file, or a download's bytes as a Blob). The
	 * worker reports progress; ending it (a new import, Close) cancels the import.
	 */
	#inWorker(
		generation: number,
		blob: Blob,
		source: Omit<PendingMapping, 'request' | 'switched'>,
		map: string | null
	): Promise<void> {
		return new Promise((resolve) => {
			const worker = new ImportWorker();
			this.#worker = worker;
			this.#settle = resolve;
			const end = () => {
				if (this.#worker === worker) this.#stopWorker();
			};
			worker.onmessage = (event: MessageEvent<ImportReply>) => {
				const reply = event.data;
				if (generation !== this.#generation) return;
				if ('progress' in reply) {
					this.progress = reply.progress;
					return;
				}
				end();
				if ('result' in reply) this.#done(reply.result, source);
				else this.#fail(generation, reply.error);
				resolve();
			};
			worker.onerror = (event) => {
				end();
				this.#fail(generation, `the data could not be read: ${event.message}`);
				resolve();
			};
			const request: ImportRequest = { source: blob, name: source.name, map };
			worker.postMessage(request);
		});
	}
}
