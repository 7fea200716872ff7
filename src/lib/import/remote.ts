/**
 * `?data=<URL>`: which URLs we fetch (https anywhere, or this site itself) and a size-capped download
 * with progress. The cap protects the tab from a hostile or mistaken link.
 */

import { MAX_IMPORT_BYTES } from './types';

/**
 * Checks a `data` parameter against the page's origin. Accepts https URLs and same-origin paths;
 * refuses anything else (http elsewhere, data:, javascript:, file:) with a message saying why.
 */
export function checkDataUrl(
	raw: string,
	pageOrigin: string
): { url: URL; error?: undefined } | { url?: undefined; error: string } {
	let url: URL;
	try {
		url = new URL(raw, pageOrigin);
	} catch {
		return { error: `"${raw.slice(0, 80)}" is not a URL` };
	}
	if (url.origin === pageOrigin) return { url };
	if (url.protocol !== 'https:') {
		return {
			error: `data is only loaded over https or from this site; "${raw.slice(0, 80)}" uses ${url.protocol.replace(':', '')}`
		};
	}
	return { url };
}

/**
 * The response `static/early-data.js` started for `url` before the app loaded, if any (taken once).
 */
export function takeEarlyResponse(url: URL): Promise<Response> | null {
	const early = (globalThis as { __earlyData?: { href: string; response: Promise<Response> } })
		.__earlyData;
	if (!early || early.href !== url.href) return null;
	delete (globalThis as { __earlyData?: unknown }).__earlyData;
	return early.response;
}

/**
 * Downloads `url`'s bytes, refusing bodies over `maxBytes` (by Content-Length, and by counting as it
 * streams). `onProgress(bytes, total)` is called as data arrives (`total` is 0 when the server does
 * not say). The bytes fill a buffer of their own, so it can be handed to a worker.
 */
export async function fetchBytes(
	url: URL,
	maxBytes = MAX_IMPORT_BYTES,
	onProgress?: (bytes: number, total: number) => void,
	fetcher: typeof fetch = fetch
): Promise<Uint8Array<ArrayBuffer>> {
	const response = await (takeEarlyResponse(url) ?? fetcher(url, { credentials: 'omit' }));
	if (!response.ok)
		throw new Error(`${url.href} answered ${response.status} ${response.statusText}`.trim());
	const declared = Number(response.headers.get('content-length') ?? 0);
	const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (declared > maxBytes)
		throw new Error(`${url.href} is ${mb(declared)}, over the ${mb(maxBytes)} limit`);
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let bytes = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes += value.byteLength;
		if (bytes > maxBytes) {
			await reader.cancel();
			throw new Error(`${url.href} is over the ${mb(maxBytes)} limit`);
		}
		chunks.push(value);
		onProgress?.(bytes, declared);
	}
	const all = new Uint8Array(bytes);
	let at = 0;
	for (const chunk of chunks) {
		all.set(chunk, at);
		at += chunk.byteLength;
	}
	return all;
}
