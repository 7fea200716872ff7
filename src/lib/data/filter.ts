/**
 * Filtering events by type, participant, country, source document and date basis, and the facets
 * (the values on offer, with counts) for the filter controls.
 */
import type { Filters } from '../timeline/viewState';
import type { TimelineEvent } from './load';

/** Document ids an event cites (local documents only). */
export function sourceIdsOf(event: TimelineEvent): string[] {
	return event.sources.flatMap((ref) => ('source' in ref ? [ref.source] : []));
}

/** True when no filter is set. */
export function isUnfiltered(filters: Filters): boolean {
	return (
		!filters.types.length &&
		!filters.countries.length &&
		!filters.sources.length &&
		!filters.participants.length &&
		!filters.basis
	);
}

/**
 * Events that pass every filter (within a filter, any listed value matches) and, when `hits` is given,
 * are among the search hits. Periods pass the type filter so the bands stay as context.
 */
export function filterEvents(
	events: readonly TimelineEvent[],
	filters: Filters,
	searchHits?: Iterable<string> | null
): TimelineEvent[] {
	if (isUnfiltered(filters) && !searchHits) return events as TimelineEvent[];
	const hits = searchHits ? new Set(searchHits) : null;
	return events.filter(
		(e) =>
			(!hits || hits.has(e.id)) &&
			(!filters.types.length || filters.types.includes(e.type) || (e.type === 'period' && !hits)) &&
			(!filters.countries.length ||
				e.participants.some((p) => p.country && filters.countries.includes(p.country))) &&
			(!filters.sources.length || sourceIdsOf(e).some((s) => filters.sources.includes(s))) &&
			(!filters.participants.length ||
				e.participants.some((p) => filters.participants.includes(p.name))) &&
			(!filters.basis || e.dateBasis === filters.basis)
	);
}

/** A value on offer in a filter, with how many events have it. */
export interface Facet {
	value: string;
	count: number;
}

function countBy(
	events: readonly TimelineEvent[],
	keys: (e: TimelineEvent) => Iterable<string>,
	limit: number
): Facet[] {
	const counts = new Map<string, number>();
	for (const e of events)
		for (const key of new Set(keys(e))) counts.set(key, (counts.get(key) ?? 0) + 1);
	return [...counts]
		.map(([value, count]) => ({ value, count }))
		.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
		.slice(0, limit);
}

/** The values each filter offers, most frequent first; participants are capped at `limit`. */
export function facetsOf(events: readonly TimelineEvent[], limit = 60) {
	return {
		types: countBy(events, (e) => [e.type], limit),
		countries: countBy(
			events,
			(e) => e.participants.flatMap((p) => (p.country ? [p.country] : [])),
			limit
		),
		sources: countBy(events, sourceIdsOf, limit),
		participants: countBy(events, (e) => e.participants.map((p) => p.name), limit)
	};
}

/**
 * The values an address may name for `events` (checked by `parseViewState`): their ids, and the
 * sources, countries and participants the filters offer. `sources` adds documents listed but uncited.
 */
export function urlVocabulary(
	events: readonly TimelineEvent[],
	sources: readonly { id: string }[] = []
): { eventIds: Set<string>; sources: string[]; countries: string[]; participants: string[] } {
	return {
		eventIds: new Set(events.map((e) => e.id)),
		sources: [...new Set([...sources.map((s) => s.id), ...events.flatMap(sourceIdsOf)])],
		countries: [...new Set(events.flatMap((e) => e.participants.flatMap((p) => p.country ?? [])))],
		participants: [...new Set(events.flatMap((e) => e.participants.map((p) => p.name)))]
	};
}
