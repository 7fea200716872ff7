/**
 * A researcher's own dataset: opened from a file, dropped, or fetched from `?data=<URL>`, then parsed and
 * validated in a Web Worker. Holds the status, progress and result; the curated dataset is never touched.
 */
import { decodeBytes } from '$lib/import/decode';
import type { ImportProblem, ImportResult } from '$lib/import/types';
import { MAX_IMPORT_BYTES } from '$lib/import/types';
import ImportWorker from '$lib/import/import.worker?worker';
import { checkDataUrl, fetchCapped } from '$lib/import/remote';

export type ImportStatus = 'idle' | 'loading' | 'done' | 'failed';

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
				`${file.name} is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`
			);
		try {
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
			const { text, problem } = await fetchCapped(checked.url!, MAX_IMPORT_BYTES, (n) => {
				if (generation === this.#generation) this.bytes = n;
			});
			await this.#parse(
				generation,
				text,
				checked.url!.pathname.split('/').pop() || checked.url!.href,
				problem
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

	async #parse(
		generation: number,
		text: string,
		name: string,
		decoding: ImportProblem | null = null
	): Promise<void> {
		// A small file is quicker to read here than to ship to a worker that must first load its code.
		if (text.length < WORKER_THRESHOLD_CHARS) {
			const { importDataset } = await import('$lib/import/registry');
			if (generation !== this.#generation) return;
			this.#done(importDataset(text, name), decoding);
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
					if (event.data.result) this.#done(event.data.result, decoding);
					else this.#fail(generation, event.data.error ?? 'the data could not be read');
				}
				resolve();
			};
			worker.onerror = (event) => {
				end();
				this.#fail(generation, `the data could not be read: ${event.message}`);
				resolve();
			};
			worker.postMessage({ text, name });
		});
	}
}
