/**
 * Dataset validation shared by `npm run check:data` and the in-browser import. Every problem names the
 * file, the event (or source) id, the field and what is wrong; nothing is dropped silently.
 */
import type { z } from 'zod';
import { tryParseEdtf } from '../timeline/dates';
import { fastEvent } from './fastEvent';
import { jsonErrorOffset, lineColumn } from './jsonError';
import { closestPassage } from './passage';
import {
	categorySchema,
	eventSchema,
	eventsFileSchema,
	laneSchema,
	sourceSchema,
	type EventRecord,
	type SourceRecord
} from './schema';
import { isSourceRef } from './refs';
import { PERIOD, type Category, type DeclaredVocabulary } from './vocabulary';

/** One problem found in a dataset. */
export interface DataProblem {
	file: string;
	/** Event or source id, or `#<n>` (1-based position) when the record has no usable id. */
	id?: string;
	field?: string;
	message: string;
}

/** Formats a problem as one line: `data/events.json: li-visit: sources[0].quote: not found …`. */
export function formatProblem(p: DataProblem): string {
	return [p.file, p.id, p.field, p.message].filter(Boolean).join(': ');
}

/** Parses JSON, reporting a syntax error with its line and column. */
export function parseJson(text: string, file: string): { value?: unknown; problem?: DataProblem } {
	try {
		return { value: JSON.parse(text) };
	} catch (error) {
		const message = String((error as Error).message);
		const offset = jsonErrorOffset(text);
		let where = '';
		if (offset >= 0) {
			const { line, column } = lineColumn(text, offset);
			where = `line ${line}, column ${column}`;
		}
		return {
			problem: {
				file,
				message: `malformed JSON${where ? ` at ${where}` : ''}: ${message.split('\n')[0]}`
			}
		};
	}
}

/** The value at `path` in `raw`, shortened for a message, or undefined when there is none. */
function shownValue(raw: unknown, path: readonly PropertyKey[]): string | undefined {
	let value: unknown = raw;
	for (const key of path) value = (value as Record<PropertyKey, unknown> | null)?.[key];
	if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function zodProblems(
	error: z.ZodError,
	file: string,
	id: string | undefined,
	raw?: unknown
): DataProblem[] {
	return error.issues.map((issue) => {
		const got =
			issue.code === 'invalid_value' || issue.code === 'invalid_format'
				? shownValue(raw, issue.path)
				: undefined;
		return {
			file,
			id,
			field:
				issue.path
					.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
					.join('') || undefined,
			message: got === undefined ? issue.message : `${issue.message} (got ${got})`
		};
	});
}

function recordId(raw: unknown, position: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id ? id : `#${position + 1}`;
}

/** Validates `sources.json` against the schema and the texts present; returns the valid records. */
export function validateSources(
	raw: unknown,
	texts: Record<string, string | undefined>,
	file = 'data/sources.json'
): { sources: SourceRecord[]; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const sources: SourceRecord[] = [];
	if (!Array.isArray(raw))
		return { sources, problems: [{ file, message: 'must be a JSON array of sources' }] };
	const seen = new Set<string>();
	raw.forEach((item, i) => {
		const id = recordId(item, i);
		const parsed = sourceSchema.safeParse(item);
		if (!parsed.success) return void problems.push(...zodProblems(parsed.error, file, id, item));
		if (seen.has(id))
			return void problems.push({ file, id, field: 'id', message: 'duplicate source id' });
		seen.add(id);
		if (parsed.data.file !== `sources/${id}.txt`) {
			problems.push({
				file,
				id,
				field: 'file',
				message: `must be "sources/${id}.txt" (documents are named after their id)`
			});
		} else if (texts[id] === undefined) {
			problems.push({
				file,
				id,
				field: 'file',
				message: `the document ${parsed.data.file} is missing`
			});
		}
		sources.push(parsed.data);
	});
	return { sources, problems };
}

/** Options for {@link validateEvents}. */
export interface EventRules {
	/** Curated data: every event cites at least one local document with an exact quote. */
	requireLocalSource: boolean;
	/**
	 * Curated data: every event has a Chinese title and summary (`titleZh`, `summaryZh`), and Chinese
	 * notes and date note (`notesZh`, `dateNoteZh`) wherever it has English ones, so the site
	 * reads fully in Chinese. Imported data may omit them. Default false.
	 */
	requireChinese?: boolean;
	/**
	 * Every cited source has its document, and each quote is checked at its offsets (default true).
	 * Imported data may cite the source records it declares without their documents (our JSON
	 * export): the quote is then kept as the file gives it, unchecked.
	 */
	requireDocuments?: boolean;
}

/** The rules of the curated dataset in `data/` (`npm run check:data`, the site's build). */
export const CURATED_RULES: EventRules = { requireLocalSource: true, requireChinese: true };

/** One record as {@link eventChecker} checks it: the event when it is valid, and its problems. */
export interface CheckedEvent {
	event: EventRecord | null;
	problems: DataProblem[];
}

/**
 * A checker of single event records against `sources` and their `texts` by `rules`, for the
 * messages of `file`: the checks of {@link validateEvents} but the uniqueness of ids, which it
 * checks with `seen` when given (the ids checked before; the record's is added). An import checks a
 * million records one at a time, so what serves them all (the sources by id) is made once here, and
 * a record of the common shape is read without zod (`fastEvent.ts`, which gives what zod gives).
 * `position` (0-based) names a record without a usable id in problems: `#<position + 1>`.
 */
export function eventChecker(
	sources: readonly SourceRecord[],
	texts: Record<string, string | undefined>,
	rules: EventRules = { requireLocalSource: true },
	file = 'data/events.json'
): (item: unknown, position: number, seen?: Set<string>) => CheckedEvent {
	const byId = new Map(sources.map((s) => [s.id, s]));
	return (item, position, seen) => {
		const id = recordId(item, position);
		let event = fastEvent(item);
		if (!event) {
			const parsed = eventSchema.safeParse(item);
			if (!parsed.success)
				return { event: null, problems: zodProblems(parsed.error, file, id, item) };
			event = parsed.data;
		}
		const own: DataProblem[] = [];
		const add = (field: string, message: string) => own.push({ file, id, field, message });

		if (seen?.has(event.id)) add('id', 'duplicate event id');
		seen?.add(event.id);
		const date = tryParseEdtf(event.date);
		if (date.error) add('date', date.error);
		if (event.dateBasis === 'inferred') {
			if (!event.dateNote)
				add(
					'dateNote',
					'an inferred date needs a note saying what the text says and how the date was established'
				);
			if (!event.dateReference) add('dateReference', 'an inferred date needs a public reference');
		}
		if (event.dateReference && tryParseEdtf(event.dateReference.published).error) {
			add('dateReference.published', `"${event.dateReference.published}" is not an EDTF date`);
		}
		if (rules.requireLocalSource && !event.sources.some(isSourceRef)) {
			add('sources', 'cites no local document with a quote');
		}
		if (rules.requireChinese) {
			if (!event.titleZh) add('titleZh', 'curated events need a Chinese title');
			if (!event.summaryZh) add('summaryZh', 'curated events need a Chinese summary');
			if (event.notes && !event.notesZh)
				add('notesZh', 'curated events with notes need Chinese notes');
			if (event.dateNote && !event.dateNoteZh)
				add('dateNoteZh', 'curated events with a date note need a Chinese date note');
		}
		event.sources.forEach((ref, j) => {
			if (!isSourceRef(ref)) return;
			const field = `sources[${j}]`;
			const source = byId.get(ref.source);
			const text = texts[ref.source];
			if (!source) return add(`${field}.source`, `unknown source "${ref.source}"`);
			if (text === undefined) {
				if (rules.requireDocuments === false) return;
				return add(`${field}.source`, `the document of source "${ref.source}" is missing`);
			}
			if (ref.end <= ref.start)
				return add(`${field}.end`, `end (${ref.end}) must be after start (${ref.start})`);
			if (text.slice(ref.start, ref.end) !== ref.quote) {
				const at = text.indexOf(ref.quote);
				if (at >= 0)
					add(
						`${field}.start`,
						`the quote is at ${at}–${at + ref.quote.length}, not at ${ref.start}–${ref.end}`
					);
				else {
					const near = closestPassage(text, ref.quote);
					add(
						`${field}.quote`,
						`not found in ${source.file}; closest passage at ${near.start}–${near.end}: "${near.text}"`
					);
				}
			}
			if (source.language !== 'en' && !ref.translation)
				add(
					`${field}.translation`,
					`a quote from a ${source.language} document needs an English translation`
				);
		});
		return own.length ? { event: null, problems: own } : { event, problems: own };
	};
}

/**
 * Validates the `{ events: [...] }` object: schema, unique ids, EDTF dates (ranges ordered), inferred
 * dates carry a note and a reference, every source id exists, every quote sits exactly at its offsets
 * (else the closest passage is named), Chinese quotes carry a translation; with
 * {@link CURATED_RULES}, Chinese titles and summaries are present. Returns the valid events.
 */
export function validateEvents(
	raw: unknown,
	sources: readonly SourceRecord[],
	texts: Record<string, string | undefined>,
	rules: EventRules = { requireLocalSource: true },
	file = 'data/events.json'
): { events: EventRecord[]; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const events: EventRecord[] = [];
	const shape = eventsFileSchema.safeParse(raw);
	if (!shape.success)
		return { events, problems: [{ file, message: 'must be an object { "events": [...] }' }] };
	const check = eventChecker(sources, texts, rules, file);
	const seen = new Set<string>();
	shape.data.events.forEach((item, i) => {
		const { event, problems: own } = check(item, i, seen);
		if (event) events.push(event);
		else problems.push(...own);
	});
	return { events, problems };
}

/**
 * Validates the vocabulary an events file may declare (`categories`, `lanes`): each entry's shape,
 * unique ids, lanes drawing declared categories and each category in one lane at most (periods in
 * none). With {@link CURATED_RULES} the vocabulary is required and complete: every event's category
 * declared, every category but `period` in a lane, Chinese names for all. Returns what is valid.
 */
export function validateVocabulary(
	raw: unknown,
	events: readonly EventRecord[],
	rules: Partial<EventRules> = {},
	file = 'data/events.json'
): { vocabulary: DeclaredVocabulary | null; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const shape = eventsFileSchema.safeParse(raw);
	if (!shape.success) return { vocabulary: null, problems };
	const add = (id: string | undefined, field: string, message: string) =>
		problems.push({ file, id, field, message });
	const categories: Category[] = [];
	shape.data.categories?.forEach((item, i) => {
		const parsed = categorySchema.safeParse(item);
		if (!parsed.success)
			return void problems.push(...zodProblems(parsed.error, file, `categories[${i}]`, item));
		if (categories.some((c) => c.id === parsed.data.id))
			return add(parsed.data.id, `categories[${i}].id`, 'duplicate category id');
		if (rules.requireChinese && !parsed.data.labelZh)
			add(parsed.data.id, `categories[${i}].labelZh`, 'curated categories need a Chinese name');
		categories.push(parsed.data);
	});
	const lanes: NonNullable<DeclaredVocabulary['lanes']> = [];
	const laned = new Map<string, string>();
	shape.data.lanes?.forEach((item, i) => {
		const parsed = laneSchema.safeParse(item);
		if (!parsed.success)
			return void problems.push(...zodProblems(parsed.error, file, `lanes[${i}]`, item));
		const lane = parsed.data;
		if (lanes.some((l) => l.id === lane.id))
			return add(lane.id, `lanes[${i}].id`, 'duplicate lane id');
		if (rules.requireChinese && !lane.labelZh)
			add(lane.id, `lanes[${i}].labelZh`, 'curated lanes need a Chinese name');
		for (const c of lane.categories) {
			if (c === PERIOD) add(lane.id, `lanes[${i}].categories`, 'periods are bands, not in a lane');
			else if (categories.length && !categories.some((k) => k.id === c))
				add(lane.id, `lanes[${i}].categories`, `"${c}" is not a declared category`);
			else if (laned.has(c))
				add(lane.id, `lanes[${i}].categories`, `"${c}" is already drawn in lane "${laned.get(c)}"`);
			else laned.set(c, lane.id);
		}
		lanes.push(lane);
	});
	if (rules.requireChinese) {
		const declared = new Set(categories.map((c) => c.id));
		const missing = new Set(events.map((e) => e.type).filter((t) => !declared.has(t)));
		for (const type of missing)
			add(undefined, 'categories', `events use the category "${type}", which is not declared`);
		for (const c of categories)
			if (c.id !== PERIOD && !laned.has(c.id))
				add(c.id, 'lanes', `category "${c.id}" is drawn in no lane`);
	}
	const empty = !categories.length && !lanes.length;
	return { vocabulary: empty ? null : { categories, lanes }, problems };
}
