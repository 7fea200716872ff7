/**
 * Builds the search index and answers queries off the main thread (lib/data/searchClient.ts talks to
 * it). Holds one index, for the last dataset sent: `{ type: 'index', key, docs }` replaces it;
 * `{ type: 'search', key, id, query }` is answered `{ id, hits }`, with null hits for an index no
 * longer held (the client then drops the answer).
 */
import type MiniSearch from 'minisearch';
import { buildIndex, searchIndex, type SearchDoc } from '../timeline/search';

type Request =
	| { type: 'index'; key: number; docs: SearchDoc[] }
	| { type: 'search'; key: number; id: number; query: string };

let held: { key: number; index: MiniSearch<SearchDoc> } | null = null;

self.onmessage = (event: MessageEvent<Request>) => {
	const request = event.data;
	if (request.type === 'index') {
		held = { key: request.key, index: buildIndex(request.docs) };
		self.postMessage({ indexed: request.key });
		return;
	}
	const hits =
		held?.key === request.key ? searchIndex(held.index, request.query) : { stale: true as const };
	self.postMessage({ id: request.id, hits });
};
