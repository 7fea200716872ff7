/**
 * The shape of an export format. Each format module (`csv.ts`, `json.ts`, `ics.ts`, `svg.ts`,
 * `png.ts`) exports `exportFile(context)`; `registry.ts` lists them for the Export menu. A new
 * format is one module and one line there.
 */
import type { TimelineEvent } from '../data/load';
import type { SourceRecord } from '../data/schema';
import type { Vocabulary } from '../data/vocabulary';

/** What an export may use. */
export interface ExportContext {
	/** The events to export (the filtered ones). */
	events: readonly TimelineEvent[];
	/** Their categories and lanes. */
	vocabulary: Vocabulary;
	/** The source records of the dataset on screen. */
	sources: readonly SourceRecord[];
	/** Site root (`https://your.site`), for permanent links. */
	siteBase: string;
	/** The element holding the timeline, for pictures of the view. */
	timeline: () => HTMLElement | null;
}

/** A file to download; null when there is nothing to export (no timeline on screen). */
export type ExportFile = { name: string; data: string | Blob; type: string } | null;

/** What each export format module exports. */
export interface ExportModule {
	exportFile: (context: ExportContext) => ExportFile | Promise<ExportFile>;
}

/** A site root without its trailing slashes. */
export const trimBase = (base: string) => base.replace(/\/+$/, '');
