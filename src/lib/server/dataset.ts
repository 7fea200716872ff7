/**
 * The curated dataset as the prerendered pages see it, read once at build time from `data/`.
 * Documents stay on the server side: pages receive only the passages they show.
 */
import { loadDataset, type Dataset } from '$lib/data/load';

const files = import.meta.glob(['/data/events.json', '/data/sources.json', '/data/sources/*.txt'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Document texts keyed by source id (the file name without `.txt`). */
export const sourceTexts: Record<string, string> = Object.fromEntries(
	Object.entries(files)
		.filter(([path]) => path.startsWith('/data/sources/'))
		.map(([path, text]) => [path.slice('/data/sources/'.length, -'.txt'.length), text])
);

let cached: Dataset | undefined;

/** The validated dataset; problems are reported on the page rather than dropped. */
export function getDataset(): Dataset {
	cached ??= loadDataset(
		files['/data/events.json'] ?? '',
		files['/data/sources.json'] ?? '',
		sourceTexts
	);
	return cached;
}
