/**
 * Highwire Press `citation_*` meta tags, which Zotero's "Embedded Metadata" translator (and Google
 * Scholar, Mendeley) read: an event page cites the event as a web page of this site, a source page its
 * document. Pure: returns `[name, content]` pairs for the page's head.
 */
import type { SourceRecord } from '../data/schema';

/** A tag's name and content. */
export type MetaTag = readonly [name: string, content: string];

/**
 * Highwire's date form, `YYYY/MM/DD`, `YYYY/MM` or `YYYY`, from the start of an EDTF date
 * (`2023-04-16/2023-04-19` gives `2023/04/16`; qualifiers `?~%` are dropped). Null when it has no
 * four-digit year (`201X`, `..`).
 */
export function highwireDate(edtf: string | null | undefined): string | null {
	const start = (edtf ?? '').split('/')[0].replace(/[?~%]/g, '');
	const m = start.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
	if (!m) return null;
	return [m[1], m[2], m[3]].filter(Boolean).join('/');
}

/** The tags of an event page: title, the site as publisher, the event's date and the page's address. */
export function eventCitationTags(
	event: { title: string; date: string },
	publisher: string,
	url: string
): MetaTag[] {
	const date = highwireDate(event.date);
	return [
		['citation_title', event.title],
		['citation_publisher', publisher],
		['citation_author', publisher],
		...(date ? ([['citation_date', date]] as MetaTag[]) : []),
		['citation_public_url', url],
		['citation_language', 'en']
	];
}

/** The tags of a source page: the document's title, author, outlet, date and language, our address. */
export function sourceCitationTags(source: SourceRecord, url: string): MetaTag[] {
	const date = highwireDate(source.published);
	const tags: MetaTag[] = [['citation_title', source.title]];
	if (source.author) tags.push(['citation_author', source.author]);
	if (source.outlet) tags.push(['citation_publisher', source.outlet]);
	if (!source.author && source.outlet) tags.push(['citation_author', source.outlet]);
	if (date) tags.push(['citation_date', date]);
	tags.push(['citation_public_url', url], ['citation_language', source.language]);
	return tags;
}
