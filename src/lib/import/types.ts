/**
 * What an import produces: the result, its problems, and the limit every input obeys. Shared by the
 * format modules (`oursJson.ts`, `oursCsv.ts`, `timelinejsJson.ts`, `timelinejsCsv.ts`) and the
 * registry that picks one (`registry.ts`).
 */
import type { TimelineEvent } from '../data/load';
import type { Vocabulary } from '../data/vocabulary';
import type { SourceRecord } from '../data/schema';
import type { MappingRequest } from './mappedCsv';
import type { Tour } from '../data/tours';

/** The id of a format module (`ours`, `csv`, `timelinejs-json`, `timelinejs-csv`, …). */
export type ImportFormat = string;

/**
 * Largest input accepted, in bytes (500 MB); files, downloads and texts all obey it. A file this
 * large is read in slices and a CSV parsed as it is read (`stream.ts`), in a worker; the limit keeps
 * a JSON text under the longest string a browser can hold (about 512 million characters).
 */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;

/** How far a large import has got, as the worker reports it. */
export interface ImportProgress {
	/** Reading (and, for CSV, parsing) the bytes, then checking the records. */
	phase: 'reading' | 'checking';
	/** Bytes read, of `totalBytes`. */
	bytes: number;
	totalBytes: number;
	/** Rows parsed so far (CSV), or records checked so far. */
	rows: number;
	/** Records to check (in the checking phase). */
	totalRows?: number;
}

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
	/**
	 * A table whose columns are none of the formats' (or whose address mapping did not fit): what
	 * the column-mapping dialog needs. No records are read until a mapping is chosen.
	 */
	needsMapping?: MappingRequest;
}

/** A record as converted, before validation, with the problems found converting it. */
export interface Draft {
	row: number;
	record: unknown;
	problems: ImportProblem[];
}
