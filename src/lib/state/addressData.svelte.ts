/**
 * The dataset a page's address names, for the pages other than the home page (`/present`, its speaker
 * view, `/embed`): `?data=<URL>` fetched and read as the home page reads it (`imported.svelte.ts`, in a
 * worker for large files), or `?file=<name>`, a file this tab opened on the home page (`tabData.ts`).
 * Without either, the page keeps its curated data. A failure (unreachable, refused, nothing readable)
 * is said in English detail beside the URL or file name it concerns; the page then shows the curated
 * data.
 */
import type { ImportResult } from '$lib/import/types';

/** `curated`: the address names no dataset; the others follow the import. */
export type AddressDataStatus = 'curated' | 'loading' | 'done' | 'failed';

/** How the address names a dataset: its URL or a file of this tab, with the parameter to carry on. */
export interface DataRef {
	kind: 'data' | 'file';
	/** The URL or file name as written in the address. */
	value: string;
}

/** The dataset named by `params` (`data` first, then `file`), or null. */
export function dataRefOf(params: URLSearchParams): DataRef | null {
	const data = params.get('data');
	if (data) return { kind: 'data', value: data };
	const file = params.get('file');
	return file ? { kind: 'file', value: file } : null;
}

/** The address parameter that names `ref` (`data=…` or `file=…`), empty for none. */
export function dataParam(ref: DataRef | null): string {
	return ref ? `${ref.kind}=${encodeURIComponent(ref.value)}` : '';
}

/**
 * The importer's message without what the page's own message already says: the URL (`could not
 * load <url>: …`; `<absolute url> answered 404` reads "the server answered 404", `<url> is over…`
 * "the file is over…").
 */
function plainError(error: string, raw: string): string {
	const prefix = `could not load ${raw.slice(0, 120)}: `;
	const rest = error.startsWith(prefix) ? error.slice(prefix.length) : error;
	const href = absolute(raw);
	if (href === null) return rest;
	if (rest.startsWith(`${href} answered`)) return `the server${rest.slice(href.length)}`;
	if (rest.startsWith(`${href} is`)) return `the file${rest.slice(href.length)}`;
	return rest;
}

/** `raw` resolved against the page's address, or null when it is no URL. */
function absolute(raw: string): string | null {
	try {
		return new URL(raw, location.href).href;
	} catch {
		return null;
	}
}

/** Loads the dataset an address names, once; its state is reactive. */
export class AddressData {
	readonly ref: DataRef | null;
	status = $state<AddressDataStatus>('curated');
	/** What went wrong, in English, when `failed`. */
	error = $state('');
	/** The import, when `done` (at least one event). */
	result = $state.raw<ImportResult | null>(null);

	constructor(ref: DataRef | null) {
		this.ref = ref;
		if (ref) this.status = 'loading';
	}

	/** Fetches or restores the dataset; resolves when it is in or has failed. Call once. */
	async load(): Promise<void> {
		const ref = this.ref;
		if (!ref) return;
		try {
			const { ImportedData } = await import('$lib/state/imported.svelte');
			const importer = new ImportedData();
			// The address's own origin: a sandboxed embed's document origin is "null", its URL's is not.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not state
			if (ref.kind === 'data') await importer.loadUrl(ref.value, new URL(location.href).origin);
			else {
				const { loadTabDataset } = await import('$lib/state/tabData');
				const stored = await loadTabDataset().catch(() => null);
				if (stored?.name !== ref.value)
					return this.#fail(
						'this browser tab does not hold that file (it was opened in another tab or browser, or closed); a local file can be shown only in the tab that opened it'
					);
				await importer.loadFile(new File([stored.file], ref.value));
			}
			if (importer.status === 'failed') return this.#fail(plainError(importer.error, ref.value));
			const result = importer.result;
			if (!result?.events.length) {
				const first = result?.problems.find((p) => !p.notice);
				const where = first ? [first.row && `row ${first.row}`, first.field].filter(Boolean) : [];
				return this.#fail(
					`no event could be read from it${first ? ` (${[...where, first.message].join(': ')})` : ''}`
				);
			}
			this.result = result;
			this.status = 'done';
		} catch (error) {
			this.#fail(String((error as Error).message ?? error));
		}
	}

	#fail(message: string): void {
		this.error = message;
		this.status = 'failed';
	}
}
