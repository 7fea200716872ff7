/**
 * What a presenter page shows: the curated data and tours (prerendered), or a dataset the address
 * names (`?data=`, `?file=`) with the built-in tour over its events and the tours its file carries;
 * either way led by the tour of the events picked in the table (`?ids=`, `?sel=`) when there is one.
 */
import type { TimelineEvent } from '$lib/data/load';
import type { SourceRecord } from '$lib/data/schema';
import { defaultTour, selectionTour, type Tour } from '$lib/data/tours';
import type { Vocabulary } from '$lib/data/vocabulary';
import type { ImportProblem, ImportResult } from '$lib/import/types';

/** The data of a presenter page. */
export interface PresentData {
	events: TimelineEvent[];
	sources: SourceRecord[];
	vocabulary: Vocabulary;
	/** Never empty: the built-in tour at least. */
	tours: Tour[];
	/** Problems of the data, one line each, for the page's notice. */
	problems: string[];
}

/** Most problem lines a presenter's notice lists; the home page's data panel has them all. */
export const MAX_PROBLEM_LINES = 8;

/** A problem as one line: `row 3: date: not a date`. */
export const problemLine = (p: ImportProblem): string =>
	[p.row !== null && `row ${p.row}`, p.field, p.message].filter(Boolean).join(': ');

/**
 * An import as a presenter's data: its events, the built-in tour over them (titled `allTitle`), then
 * the tours of the file; the problems that rejected something (not the notes), at most
 * {@link MAX_PROBLEM_LINES}, and how many more there are.
 */
export function importedPresentData(
	result: ImportResult,
	allTitle: string
): { data: PresentData; moreProblems: number } {
	const blocking = result.problems.filter((p) => !p.notice);
	return {
		data: {
			events: result.events,
			sources: result.sources ?? [],
			vocabulary: result.vocabulary,
			tours: [defaultTour(result.events, allTitle), ...(result.tours ?? [])],
			problems: blocking.slice(0, MAX_PROBLEM_LINES).map(problemLine)
		},
		moreProblems: Math.max(0, blocking.length - MAX_PROBLEM_LINES)
	};
}

/** `data` led by the tour of the picked events (when any is known), which is then the default. */
export function withSelection(data: PresentData, ids: readonly string[] | null): PresentData {
	if (!ids?.length) return data;
	const tour = selectionTour(data.events, ids);
	return tour.stops.length ? { ...data, tours: [tour, ...data.tours] } : data;
}
