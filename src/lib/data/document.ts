/**
 * A source document split into paragraphs of plain and quoted runs, so the whole text can be shown with
 * every quoted passage highlighted and anchored. Nothing is trimmed or rewritten: joining every run's
 * text gives back the document.
 */

/** A quote to highlight: the event that cites it and its offsets. */
export interface QuoteSpan {
	eventId: string;
	title: string;
	start: number;
	end: number;
}

/** A run of text, quoted by zero or more events. */
export interface Run {
	text: string;
	events: { id: string; title: string }[];
}

/**
 * Splits `text` at line breaks into paragraphs (keeping the breaks in the runs) and each paragraph
 * into runs at quote boundaries. Overlapping quotes produce runs cited by several events.
 */
export function splitDocument(text: string, quotes: readonly QuoteSpan[]): Run[][] {
	const cuts = new Set<number>([0, text.length]);
	for (const q of quotes) {
		cuts.add(Math.max(0, Math.min(text.length, q.start)));
		cuts.add(Math.max(0, Math.min(text.length, q.end)));
	}
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cuts.add(i + 1);
	const points = [...cuts].sort((a, b) => a - b);
	const paragraphs: Run[][] = [[]];
	for (let i = 0; i + 1 < points.length; i++) {
		const [a, b] = [points[i], points[i + 1]];
		const events = quotes
			.filter((q) => q.start <= a && q.end >= b)
			.map((q) => ({ id: q.eventId, title: q.title }));
		paragraphs[paragraphs.length - 1].push({ text: text.slice(a, b), events });
		if (text[b - 1] === '\n') paragraphs.push([]);
	}
	return paragraphs.filter((p) => p.length > 0);
}
