/**
 * Full-text search over events with minisearch: prefix and fuzzy matching across titles, summaries,
 * quotes and translations, and the matched terms for highlighting. Independent of the dataset schema:
 * callers hand in plain documents. Chinese text is indexed character by character (there are no spaces
 * to split on), and all terms of a query must match.
 */
import MiniSearch, { type SearchResult } from 'minisearch';

/** A searchable document. */
export interface SearchDoc {
	id: string;
	title: string;
	summary: string;
	/** Quotes, translations and participants, joined. */
	body: string;
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** Splits text into lower-case words, and CJK runs into single characters. */
export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
		if (!word) continue;
		if (!CJK.test(word)) tokens.push(word);
		else
			for (const part of word.split(/([\u3400-\u9FFF\uF900-\uFAFF])/)) if (part) tokens.push(part);
	}
	return tokens;
}

/** A search index over `docs`. */
export function buildIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
	const index = new MiniSearch<SearchDoc>({
		fields: ['title', 'summary', 'body'],
		tokenize,
		searchOptions: {
			boost: { title: 3, summary: 1.5 },
			prefix: true,
			// Fuzzy matching only for words long enough that one typo is unlikely to hit another word.
			fuzzy: (term) => (term.length > 4 ? 0.2 : false),
			combineWith: 'AND'
		}
	});
	index.addAll(docs);
	return index;
}

/** Search hits: matching ids in rank order, and every index term that matched (for highlighting). */
export interface SearchHits {
	ids: string[];
	terms: string[];
}

/** Runs `query` against `index`. An empty query returns null (no search). */
export function searchIndex(index: MiniSearch<SearchDoc>, query: string): SearchHits | null {
	if (!query.trim()) return null;
	const results: SearchResult[] = index.search(query);
	const terms = new Set<string>();
	for (const r of results) for (const term of r.terms) terms.add(term);
	return { ids: results.map((r) => String(r.id)), terms: [...terms] };
}
