/**
 * From drafts to an import result: each record validated alone (so every problem keeps its row), ids
 * checked unique across the file, the vocabulary declared or made, and the contract kept that
 * `events.length + invalid === total` with a problem for every rejected record.
 */
import { toTimelineEvents } from '../data/load';
import type { EventRecord, SourceRecord } from '../data/schema';
import { eventChecker, validateVocabulary } from '../data/validate';
import { vocabularyOf } from '../data/vocabulary';
import type { CheckProgress } from './format';
import type { Draft, ImportFormat, ImportProblem, ImportResult } from './types';

/** A loosely typed JSON object. */
export type Raw = Record<string, unknown>;

/** `v` when it is a plain object, else an empty one. */
export const obj = (v: unknown): Raw =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};

/** `v` as text: strings as they are, numbers written out, anything else empty. */
export const str = (v: unknown): string =>
	typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

/** The category of an event without one: its lane reads "event". */
export const DEFAULT_CATEGORY = 'event';

/**
 * The summary of a record without one: its title. Without a title either the record is rejected for
 * the title alone, so a placeholder keeps a second, misleading "summary: must not be empty" away.
 */
export const defaultSummary = (title: string) => title || '(no title)';

/** Makes ids unique: `base-row`, then `base-row-2`…, avoiding `reserved` and ids made before. */
export function idMaker(reserved: Iterable<string>) {
	const used = new Set(reserved);
	return (base: string, row: number | null): string => {
		// A base already taken gets the next free number: `a-2`, `a-3`…
		// `join` makes one flat string; a template would keep a rope of three pieces as every id.
		const stem = row === null ? base || 'event' : [base || 'event', row].join('-');
		let id = stem;
		for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
		used.add(id);
		return id;
	};
}

/** What {@link finish} needs besides the drafts. */
export interface FinishOptions {
	format: ImportFormat;
	/** File name, for messages. */
	file: string;
	/** Our field → the file's name for it (a CSV column, a TimelineJS path). */
	columns?: Record<string, string>;
	/** Problems of the file as a whole, found before validation. */
	extra?: ImportProblem[];
	title?: string;
	/** Our JSON's top level, which may declare categories and lanes. */
	declared?: Raw;
	/** Source records the file declares (our JSON export), which its events may cite. */
	sources?: SourceRecord[];
	/** Told every 5,000 records how many have been checked. */
	onProgress?: CheckProgress;
}

/** Validates each draft, maps problems back to rows and checks ids are unique across the file. */
export function finish(drafts: Draft[], options: FinishOptions): ImportResult {
	const { format, file, columns = {}, title, declared, sources = [] } = options;
	const problems = [...(options.extra ?? [])];
	const accepted: EventRecord[] = [];
	const firstRow = new Map<string, number>();
	const rules = { requireLocalSource: false, requireDocuments: false };
	const column = (field?: string) =>
		field && (columns[field] ?? columns[field.split(/[.[]/)[0]] ?? field);
	// One checker for all the records: what serves them all (the sources by id) is made once.
	const check = eventChecker(sources, {}, rules, file);
	for (let i = 0; i < drafts.length; i++) {
		const { row, record, problems: own } = drafts[i];
		if (i % 5000 === 0) options.onProgress?.(i, drafts.length);
		const given = obj(record).id;
		const id = typeof given === 'string' && given ? given : undefined;
		const found: ImportProblem[] = own.length ? [...own] : [];
		// Validating one record at a time keeps every problem tied to its row.
		const result = check(record, 0);
		if (result.problems.length) {
			const known = new Set(own.filter((p) => !p.notice).map((p) => p.field));
			for (const p of result.problems) {
				if (!known.has(p.field)) found.push({ row, id, field: p.field, message: p.message });
			}
		}
		if (id !== undefined) {
			const first = firstRow.get(id);
			if (first === undefined) firstRow.set(id, row);
			else found.push({ row, id, field: 'id', message: `duplicate event id (also row ${first})` });
		}
		const blocking = found.some((p) => !p.notice);
		if (!blocking && result.event) accepted.push(result.event);
		else if (!blocking) found.push({ row, id, message: 'rejected' });
		for (const p of found) problems.push({ ...p, field: column(p.field) || undefined });
	}
	// Our JSON may declare its categories and lanes; otherwise they are made from the events.
	const checked = declared ? validateVocabulary(declared, accepted, {}, file) : null;
	for (const p of checked?.problems ?? [])
		problems.push({
			row: null,
			field: [p.id, p.field].filter(Boolean).join(': '),
			message: p.message
		});
	const vocabulary = vocabularyOf(
		checked?.vocabulary,
		accepted.map((e) => e.type)
	);
	const events = toTimelineEvents(accepted, {}, vocabulary);
	return {
		format,
		title,
		events,
		vocabulary,
		...(sources.length ? { sources } : {}),
		problems,
		total: drafts.length,
		invalid: drafts.length - events.length
	};
}

/** A file that could not be read at all: one problem, no records. */
export function failure(message: string): ImportResult {
	return {
		format: null,
		events: [],
		vocabulary: vocabularyOf(null, []),
		problems: [{ row: null, message }],
		total: 0,
		invalid: 0
	};
}
