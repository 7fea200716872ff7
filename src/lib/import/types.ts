/**
 * What an import produces: the result, its problems, and the limit every input obeys. Shared by the
 * format modules (`oursJson.ts`, `oursCsv.ts`, `timelinejsJson.ts`, `timelinejsCsv.ts`) and the
 * registry that picks one (`registry.ts`).
 */
import type { TimelineEvent } from '../data/load';
import type { Vocabulary } from '../data/vocabulary';
import type { SourceRecord } from '../data/schema';
import type { Tour } from '../data/tours';

/** The id of a format module (`ours`, `csv`, `timelinejs-json`, `timelinejs-csv`, …). */
export type ImportFormat = string;

/** Largest text accepted, in UTF-8 bytes (50 MB); files, downloads and texts all obey it. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** One problem of an import. `row` is the 1-based data row (CSV) or record position (JSON). */
export interface ImportProblem {
	/** 1-based data row (the header is row 0) or record position; null for the file as a whole. */
	row: number | null;
	id?: string;
	/** Our field (`date`, `participants[0].country`) or, for CSV files, the column. */
	field?: string;
	message: string;
	/**
	 * A change made to a record that was kept (a title made from its text, a field dropped, an id
	 * renamed), not a reason to reject it.
	 */
	notice?: boolean;
}

/** What `importDataset` returns. */
export interface ImportResult {
	/** The format detected, or null when it could not be read at all. */
	format: ImportFormat | null;
	/** The timeline's title (TimelineJS title slide or `title` row). */
	title?: string;
	/** The valid events, sorted as by `toTimelineEvents`. */
	events: TimelineEvent[];
	/** Their categories and lanes (declared in our JSON, or made from the events). */
	vocabulary: Vocabulary;
	/** Source records the events cite (our JSON export carries them), with their texts. */
	sources?: SourceRecord[];
	/** The presenter's tours over these events (our JSON's `tours`), those without problems. */
	tours?: Tour[];
	problems: ImportProblem[];
	/** Records read (blank CSV rows and TimelineJS title rows are not records). */
	total: number;
	/** Records rejected; each has at least one problem. */
	invalid: number;
}

/** A record as converted, before validation, with the problems found converting it. */
export interface Draft {
	row: number;
	record: unknown;
	problems: ImportProblem[];
}
