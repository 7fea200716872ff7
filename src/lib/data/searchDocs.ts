/** Events as search documents (lib/timeline/search.ts knows nothing of the event schema). */
import type { SearchDoc } from '../timeline/search';
import type { TimelineEvent } from './load';

/**
 * The searchable text of each event: titles and summaries in both languages, quotes, translations,
 * participants, place.
 */
export function toSearchDocs(events: readonly TimelineEvent[]): SearchDoc[] {
	return events.map((e) => ({
		id: e.id,
		title: [e.title, e.titleZh].filter(Boolean).join(' '),
		summary: [e.summary, e.summaryZh].filter(Boolean).join(' \n '),
		body: [
			...e.sources.flatMap((ref) => [
				ref.quote,
				'translation' in ref ? ref.translation : undefined
			]),
			...e.participants.flatMap((p) => [p.name, p.nameZh]),
			e.place?.city
		]
			.filter(Boolean)
			.join(' \n ')
	}));
}
