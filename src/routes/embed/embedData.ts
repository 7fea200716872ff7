/** What the embed shows: the curated data (prerendered) or the dataset `?data=` names. */
import type { TimelineEvent } from '$lib/data/load';
import type { SourceRecord } from '$lib/data/schema';
import { DEFAULT_TOUR_ID } from '$lib/data/tours';
import type { Vocabulary } from '$lib/data/vocabulary';
import type { ImportResult } from '$lib/import/types';

/** The data of an embed. */
export interface EmbedData {
	events: TimelineEvent[];
	sources: SourceRecord[];
	vocabulary: Vocabulary;
	/** The ids `?tour=` may name. */
	tourIds: string[];
}

/** An import as an embed's data: its events, categories, sources and tours (the built-in one first). */
export function importedEmbedData(result: ImportResult): EmbedData {
	return {
		events: result.events,
		sources: result.sources ?? [],
		vocabulary: result.vocabulary,
		tourIds: [DEFAULT_TOUR_ID, ...(result.tours ?? []).map((tour) => tour.id)]
	};
}
