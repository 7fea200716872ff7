/**
 * Passages of source documents: the paragraph around a quote, and the closest passage to a quote that
 * is not in the text (for the validator's message).
 */

/** A quote inside its paragraph: `before + quote + after` is the paragraph. */
export interface Passage {
	before: string;
	quote: string;
	after: string;
	/** Offset of the paragraph in the document (UTF-16). */
	paragraphStart: number;
}

/**
 * The paragraph (text between blank lines, or between line breaks when the document has no blank
 * lines near the quote) that contains `[start, end)`, trimmed, with the quote split out.
 * A quote spanning paragraphs yields all of them.
 */
export function passageAround(
	text: string,
	start: number,
	end: number,
	maxContextChars = 600
): Passage {
	let from = text.lastIndexOf('\n', start - 1) + 1;
	let to = text.indexOf('\n', end);
	if (to < 0) to = text.length;
	// Keep long paragraphs readable: cut to whole sentences within maxContextChars of the quote.
	if (start - from > maxContextChars) {
		const cut = text.slice(start - maxContextChars, start).search(/[.!?。！？]\s*/);
		from = start - maxContextChars + Math.max(0, cut + 1);
	}
	if (to - end > maxContextChars) to = end + maxContextChars;
	const before = text.slice(from, start).replace(/^\s+/, '');
	const after = text.slice(end, to).replace(/\s+$/, '');
	return { before, quote: text.slice(start, end), after, paragraphStart: start - before.length };
}

/**
 * The window of `text` most like `quote` (by shared character bigrams), for "did you mean" messages.
 * Linear in the text's length. Returns at most 120 characters of it.
 */
export function closestPassage(
	text: string,
	quote: string
): { start: number; end: number; text: string } {
	if (text.length === 0) return { start: 0, end: 0, text: '' };
	const n = Math.max(1, Math.min(quote.length, text.length));
	const grams = new Set<string>();
	for (let i = 0; i + 1 < quote.length; i++) grams.add(quote.slice(i, i + 2));
	// hits[i] = 1 when the bigram starting at i occurs in the quote; slide a window of the quote's length.
	let score = 0;
	let bestAt = 0;
	const hit = (i: number) => (i + 1 < text.length && grams.has(text.slice(i, i + 2)) ? 1 : 0);
	for (let i = 0; i < n - 1; i++) score += hit(i);
	let best = score;
	for (let i = 1; i + n <= text.length; i++) {
		score += hit(i + n - 2) - hit(i - 1);
		if (score > best) {
			best = score;
			bestAt = i;
		}
	}
	const snippet = text.slice(bestAt, bestAt + n).replace(/\s+/g, ' ');
	return {
		start: bestAt,
		end: bestAt + n,
		text: snippet.length > 120 ? `${snippet.slice(0, 120)}…` : snippet
	};
}
