/**
 * Search without freezing the page: the index is built and queried in a Web Worker
 * (search.worker.ts), so typing the first query over tens of thousands of events never blocks the
 * main thread; only the documents are made here. Where a worker cannot start, the index is built
 * here as before. The build is timed with User Timing (`search-index` measures) for the benchmark.
 */
import type { TimelineEvent } from './load';
import { toSearchDocs } from './searchDocs';
import SearchWorker from './search.worker?worker';
import type { SearchHits } from '../timeline/search';

type Answer = { indexed: number } | { id: number; hits: SearchHits | null | { stale: true } };

/** One index at a time, for the dataset last searched. */
export class SearchClient {
	#worker: Worker | null = null;
	#events: readonly TimelineEvent[] | null = null;
	#key = 0;
	#nextId = 0;
	#pending = new Map<number, (hits: SearchHits | null) => void>();
	/** The main-thread index, where no worker could start. */
	#local: Promise<(query: string) => SearchHits | null> | null = null;

	/** Searches `events` for `query` (indexing them first if they are new); null for no query. */
	async search(events: readonly TimelineEvent[], query: string): Promise<SearchHits | null> {
		if (!query.trim()) return null;
		if (events !== this.#events) this.#index(events);
		if (this.#local) return (await this.#local)(query);
		const id = this.#nextId++;
		return new Promise((resolve) => {
			this.#pending.set(id, resolve);
			this.#worker!.postMessage({ type: 'search', key: this.#key, id, query });
		});
	}

	/** Stops the worker (the page is leaving). */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		for (const resolve of this.#pending.values()) resolve(null);
		this.#pending.clear();
	}

	#index(events: readonly TimelineEvent[]): void {
		this.#events = events;
		const key = ++this.#key;
		performance.mark(`search-index-start-${key}`);
		const docs = toSearchDocs(events);
		const worker = this.#start();
		if (!worker) {
			this.#local = import('../timeline/search').then(({ buildIndex, searchIndex }) => {
				const index = buildIndex(docs);
				this.#measure(key);
				return (query: string) => searchIndex(index, query);
			});
			return;
		}
		worker.postMessage({ type: 'index', key, docs });
	}

	#start(): Worker | null {
		if (this.#worker) return this.#worker;
		try {
			this.#worker = new SearchWorker();
		} catch {
			return null;
		}
		this.#worker.onmessage = (event: MessageEvent<Answer>) => {
			const answer = event.data;
			if ('indexed' in answer) return this.#measure(answer.indexed);
			const resolve = this.#pending.get(answer.id);
			this.#pending.delete(answer.id);
			// An answer from an index since replaced is no answer: a newer search is on its way.
			resolve?.(answer.hits && 'stale' in answer.hits ? null : answer.hits);
		};
		return this.#worker;
	}

	#measure(key: number): void {
		performance.measure('search-index', `search-index-start-${key}`);
	}
}
