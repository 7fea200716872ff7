/**
 * A researcher's own dataset: opened from a file, dropped, or fetched from `?data=<URL>`, then parsed and
 * validated (a large one in a Web Worker, read in slices). Holds the status, progress and result; the
 * curated dataset is never touched.
 */
import { decodeBytes } from '$lib/import/decode';
import type { ImportReply, ImportRequest } from '$lib/import/import.worker';
import type { ImportProblem, ImportProgress, ImportResult } from '$lib/import/types';
import { MAX_IMPORT_BYTES } from '$lib/import/types';
import ImportWorker from '$lib/import/import.worker?worker';
import { checkDataUrl, fetchBytes } from '$lib/import/remote';

export type ImportStatus = 'idle' | 'loading' | 'done' | 'failed';

/** Inputs of at least this many bytes (some 25,000 events) are read in a worker, in slices. */
const WORKER_THRESHOLD_BYTES = 3_000_000;

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
	#generation = 0;
	/** The worker reading a large file, ended when its import is superseded or closed. */
	#worker: Worker | null = null;
	/** Settles the promise of the worker's import when it is ended early. */
	#settle: (() => void) | null = null;

	/** Reads a file the user picked or dropped. */
	async loadFile(file: File): Promise<void> {
		const generation = this.#begin(file.name);
		if (file.size > MAX_IMPORT_BYTES)
			return this.#fail(
				generation,
				`${file.name} is ${mb(file.size)}, over the ${mb(MAX_IMPORT_BYTES)} limit; split it into smaller files`
			);
		try {
			if (file.size >= WORKER_THRESHOLD_BYTES)
				return await this.#inWorker(generation, file, file.name);
			const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
			await this.#parse(generation, decoded.text, file.name, decoded.problem);
		} catch (error) {
			this.#fail(generation, String((error as Error).message ?? error));
		}
	}

	/** Fetches `raw` (https or this site only, size-capped) and parses it. */
	async loadUrl(raw: string, pageOrigin: string): Promise<void> {
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
				return await this.#inWorker(generation, bytes.buffer, name);
			const { text, problem } = decodeBytes(bytes);
			await this.#parse(generation, text, name, problem);
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

	/** The result, with what decoding the bytes had to say first. */
	#done(result: ImportResult, decoding: ImportProblem | null): void {
		this.result = decoding ? { ...result, problems: [decoding, ...result.problems] } : result;
		this.status = 'done';
	}

	/** Reads a small text here: quicker than shipping it to a worker that must first load its code. */
	async #parse(
		generation: number,
		text: string,
		name: string,
		decoding: ImportProblem | null = null
	): Promise<void> {
		const { importDataset } = await import('$lib/import/registry');
		if (generation !== this.#generation) return;
		this.#done(importDataset(text, name), decoding);
	}

	/**
	 * Reads a large input in a worker: a file slice by slice, or downloaded bytes handed over without
	 * a copy. The worker reports progress; ending it (a new import, Close) cancels the import.
	 */
	#inWorker(generation: number, source: Blob | ArrayBuffer, name: string): Promise<void> {
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
				if ('result' in reply) this.#done(reply.result, null);
				else this.#fail(generation, reply.error);
				resolve();
			};
			worker.onerror = (event) => {
				end();
				this.#fail(generation, `the data could not be read: ${event.message}`);
				resolve();
			};
			const request: ImportRequest = { source, name };
			worker.postMessage(request, source instanceof ArrayBuffer ? [source] : []);
		});
	}
}
