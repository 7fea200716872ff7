/**
 * Citations for events and quotes: plain text a researcher can paste, naming our permalink and the
 * originating document (outlet, title, date).
 */
import { formatSpan } from '../timeline/format';
import type { TimelineEvent } from './load';
import type { SourceRecord } from './schema';

/** A source as cited: `Outlet, "Title" (published)`, with "n.d." when undated. */
export function citeSource(source: SourceRecord): string {
	const who = [source.author, source.outlet].filter(Boolean).join(', ');
	const title = source.titleEn ? `“${source.title}” [${source.titleEn}]` : `“${source.title}”`;
	return `${who ? `${who}, ` : ''}${title} (${source.published ?? 'n.d.'})`;
}

/**
 * A citation of an event: its title and date, the sources it rests on and our permalink
 * (`permalink` should be absolute when known). Example:
 * `“Li Shangfu visits Russia”, 16–19 Apr 2023. Source: “Collaborate with Russia…” (n.d.). https://…/events/li-…`
 */
export function citeEvent(
	event: TimelineEvent,
	sources: readonly SourceRecord[],
	permalink: string
): string {
	const cited = event.passages
		.map((p) => sources.find((s) => s.id === p.source))
		.filter((s): s is SourceRecord => s !== undefined)
		.filter((s, i, all) => all.indexOf(s) === i)
		.map(citeSource);
	const via = cited.length ? ` Source${cited.length > 1 ? 's' : ''}: ${cited.join('; ')}.` : '';
	return `“${event.title}”, ${formatSpan(event.span)}.${via} China–Russia military diplomacy timeline, ${permalink}`;
}

/** A citation of one quote: the quote, its document and our permalink to the passage. */
export function citeQuote(quote: string, source: SourceRecord, permalink: string): string {
	return `“${quote}” — ${citeSource(source)}. ${permalink}`;
}
