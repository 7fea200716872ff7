/**
 * Our JSON export: `{ categories, lanes, sources, events }`, which `importDataset` reads back to the
 * same events (the same records, lanes and names, and the source records their quotes cite).
 */
import type { TimelineEvent } from '../data/load';
import { isSourceRef } from '../data/refs';
import type { SourceRecord } from '../data/schema';
import { OTHER_LANE, type Vocabulary } from '../data/vocabulary';
import type { ExportContext, ExportFile } from './format';
import { toRecord } from './record';

/**
 * Events as our JSON (tab-indented, computed fields removed), with the categories and lanes they use
 * from `vocabulary` and the records in `sources` that their quotes cite (documents are not included:
 * the quotes are).
 */
export function toJson(
	events: readonly TimelineEvent[],
	vocabulary?: Vocabulary,
	sources: readonly SourceRecord[] = []
): string {
	// The vocabulary goes with the events, so they re-import in the same lanes, names and colours.
	const used = new Set(events.map((e) => e.type));
	const declared = vocabulary && {
		categories: vocabulary.categories.filter((c) => used.has(c.id)),
		lanes: vocabulary.lanes
			.filter((l) => l.id !== OTHER_LANE && l.categories.some((c) => used.has(c)))
			.map((l) => ({ ...l, categories: l.categories.filter((c) => used.has(c)) }))
	};
	const cited = new Set(events.flatMap((e) => e.sources.filter(isSourceRef).map((r) => r.source)));
	const records = sources.filter((s) => cited.has(s.id));
	const body = { ...declared, ...(records.length ? { sources: records } : {}) };
	return JSON.stringify({ ...body, events: events.map(toRecord) }, null, '\t') + '\n';
}

/** The JSON export of the events on screen. */
export function exportFile({ events, vocabulary, sources }: ExportContext): ExportFile {
	return {
		name: 'events.json',
		data: toJson(events, vocabulary, sources),
		type: 'application/json'
	};
}
