/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline use: after one visit, `/`, `/present` (and its speaker view), `/embed` and every event and
 * source page work without a network. The worker precaches one deploy whole: the built app (`build`:
 * every script and style, the chunks loaded on demand included: d3-zoom, the Chinese strings and date
 * names, the import worker), the static files and every prerendered page with its data (the curated
 * events, sources and tours). Rules (see README, "Offline"):
 *
 * - HTML navigations: network first, the precached page when the network fails. Pages from the
 *   network are never written to the cache, so an offline page always matches its cached scripts
 *   (no mix of a new page with old scripts).
 * - Immutable assets (`/_app/immutable/*`, hashed names) and the other precached files: cache first.
 * - Anything else (another origin, a `?data=` import, a file outside the deploy): the network only,
 *   never cached.
 *
 * Each deploy has its own cache (`cache-<version>`); a new worker waits until the page asks it to
 * take over (the "updated — reload" line, `lib/components/notice/UpdateNotice.svelte`), then deletes
 * the old caches when it activates.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;
const PRECACHE = [...build, ...files, ...prerendered];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			await cache.addAll(PRECACHE);
			// The first worker of this browser starts at once; a later one waits for the page's word.
			if (!sw.registration.active) await sw.skipWaiting();
		})
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// Control the open pages now, so the first visit already works offline.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'skip-waiting') sw.skipWaiting();
});

/** The precached copy of a same-origin path (the query ignored: `/present?tour=…` is `/present`). */
async function cached(pathname: string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return (await cache.match(pathname)) ?? undefined;
}

/** A navigation's path as precached: `/` and `/events/x` as they are, `/index.html` as `/`. */
function pagePath(pathname: string): string {
	const path = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
	return path.length > 1 ? path.replace(/\/$/, '') : path;
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Other origins (an imported dataset on https) are the browser's business, never cached.
	if (url.origin !== sw.location.origin) return;

	if (request.mode === 'navigate') {
		event.respondWith(
			fetch(request).catch(async () => {
				const page = await cached(pagePath(url.pathname));
				if (page) return page;
				throw new Error(`offline, and ${url.pathname} is not precached`);
			})
		);
		return;
	}
	// A precached file (the query ignored: SvelteKit asks for `__data.json?x-sveltekit-invalidated=…`).
	if (!PRECACHED.has(url.pathname)) return;
	event.respondWith(cached(url.pathname).then((hit) => hit ?? fetch(request)));
});
