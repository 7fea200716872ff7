/**
 * Marking search matches in text without HTML: the text split into runs, `hit` where a matched term
 * occurs. Separate from search.ts so pages can highlight without loading the search index code.
 */

/** Text split into runs, `hit` where a run is (the start of) a matched term. */
export interface Highlighted {
	text: string;
	hit: boolean;
}

/**
 * Splits `text` into runs marking where the matched `terms` occur (case-insensitive), for rendering
 * matches in `<mark>` without HTML. Longer terms win where terms overlap.
 */
export function highlight(text: string, terms: readonly string[]): Highlighted[] {
	const wanted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
	if (!wanted.length) return [{ text, hit: false }];
	const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'giu'));
	return parts
		.filter((p) => p !== '')
		.map((p) => ({ text: p, hit: wanted.some((t) => t.toLowerCase() === p.toLowerCase()) }));
}
