/**
 * Tours for the presenter: `data/tours/<id>.json` validated into ordered stops, and the built-in tour
 * of every event. Pure: shared by the pages, `npm run check:data` and the tests. The camera path
 * between stops is `timeline/camera.ts`, the `?tour=&step=` parameters `present/params.ts`, the keys
 * `routes/present/keys.ts`.
 */
import { parseTypedDate } from '../timeline/userDates';
import type { DataProblem } from './validate';

/** Id of the built-in tour of every event; no file may use it. */
export const DEFAULT_TOUR_ID = 'all';
/** Id of the tour of events picked in the table ("Present these"); no file may use it either. */
export const SELECTION_TOUR_ID = 'selection';

/** One stop: an event, or a typed range (`from`/`to` as written, `to` inclusive). Times UTC ms. */
export interface TourStop {
	/** Event id, or null for a range stop. */
	event: string | null;
	from: string | null;
	to: string | null;
	/** Title as written in the tour; null to use the event's title or the formatted range. */
	title: string | null;
	/** Our Chinese title (`titleZh`), or null. */
	titleZh: string | null;
	/** Speaker notes, or null. */
	notes: string | null;
	/** Our Chinese speaker notes (`notesZh`), or null. */
	notesZh: string | null;
	/** The stop's own extent `[startMs, endMs)`: the event's span or the whole typed range. */
	startMs: number;
	endMs: number;
}

/** A validated tour: never empty. */
export interface Tour {
	id: string;
	title: string;
	/** Our Chinese title (`titleZh`), or null. */
	titleZh: string | null;
	description: string | null;
	descriptionZh: string | null;
	stops: TourStop[];
}

/** Options of {@link validateTour}. */
export interface TourRules {
	/**
	 * Curated tours (`npm run check:data`): the tour has `titleZh`, and every stop with a `title` or
	 * `notes` has `titleZh` or `notesZh` too (and a `description`, a `descriptionZh`). Default false.
	 */
	requireChinese?: boolean;
}

/** What validation needs to know of an event. */
export interface TimedEvent {
	id: string;
	span: { startMs: number; endMs: number };
}

/** A tour's id: kebab-case. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOUR_FIELDS = new Set(['title', 'titleZh', 'description', 'descriptionZh', 'stops']);
const STOP_FIELDS = new Set(['event', 'from', 'to', 'title', 'titleZh', 'notes', 'notesZh']);
// Each text field and its Chinese counterpart.
const TOUR_TEXTS = [
	['title', 'titleZh'],
	['description', 'descriptionZh']
] as const;
const STOP_TEXTS = [
	['title', 'titleZh'],
	['notes', 'notesZh']
] as const;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates the JSON of `data/tours/<id>.json` (`{ title, titleZh?, description?, descriptionZh?,
 * stops: [...] }`). Each stop is `{ event }` or `{ from, to }` (YYYY, YYYY-MM or YYYY-MM-DD; `to`
 * inclusive) with optional `title`, `titleZh`, `notes` and `notesZh`. With `rules.requireChinese`,
 * every English text has its Chinese counterpart. Every problem names the file, the stop (`stops[i]`,
 * 0-based) and the field. Returns the tour only when there is no problem.
 */
export function validateTour(
	raw: unknown,
	id: string,
	events: readonly TimedEvent[],
	file = `data/tours/${id}.json`,
	rules: TourRules = {}
): { tour: Tour | null; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const add = (field: string | undefined, message: string, where?: string) =>
		problems.push({ file, id: where, field, message });
	if (!SLUG.test(id)) add(undefined, 'the file name must be a kebab-case id such as "year-2023"');
	if (id === DEFAULT_TOUR_ID || id === SELECTION_TOUR_ID)
		add(undefined, `"${id}" is reserved for the built-in tour`);
	if (!isObject(raw)) {
		add(undefined, 'must be an object { "title": …, "stops": [...] }');
		return { tour: null, problems };
	}
	for (const key of Object.keys(raw)) if (!TOUR_FIELDS.has(key)) add(key, 'unknown field');
	if (!isText(raw.title)) add('title', 'must be a non-empty string');
	for (const key of ['description', 'titleZh', 'descriptionZh'] as const)
		if (raw[key] !== undefined && !isText(raw[key]))
			add(key, 'must be a non-empty string when given');
	if (rules.requireChinese) checkChinese(raw, TOUR_TEXTS, add);
	if (!Array.isArray(raw.stops) || raw.stops.length === 0) {
		add('stops', 'must be a non-empty array of stops');
		return { tour: null, problems };
	}
	const byId = new Map(events.map((e) => [e.id, e]));
	const stops = raw.stops.map((item, i) => {
		const addHere = (f: string | undefined, m: string) => add(f, m, `stops[${i}]`);
		if (rules.requireChinese && isObject(item)) checkChinese(item, STOP_TEXTS, addHere);
		return validateStop(item, byId, addHere);
	});
	if (problems.length) return { tour: null, problems };
	const text = (v: unknown) => (isText(v) ? v : null);
	return {
		tour: {
			id,
			title: String(raw.title),
			titleZh: text(raw.titleZh),
			description: text(raw.description),
			descriptionZh: text(raw.descriptionZh),
			stops: stops as TourStop[]
		},
		problems
	};
}

/** Reports each English text of `item` that has no Chinese counterpart. */
function checkChinese(
	item: Record<string, unknown>,
	pairs: readonly (readonly [string, string])[],
	add: (field: string | undefined, message: string) => void
): void {
	for (const [en, zh] of pairs)
		if (item[en] !== undefined && item[zh] === undefined)
			add(zh, `curated tours need the Chinese "${zh}" beside "${en}"`);
}

function validateStop(
	item: unknown,
	byId: ReadonlyMap<string, TimedEvent>,
	add: (field: string | undefined, message: string) => void
): TourStop | null {
	const fail = (field: string | undefined, message: string): null => {
		add(field, message);
		return null;
	};
	if (!isObject(item)) return fail(undefined, 'must be an object with "event" or "from"/"to"');
	for (const key of Object.keys(item)) if (!STOP_FIELDS.has(key)) add(key, 'unknown field');
	for (const key of ['title', 'titleZh', 'notes', 'notesZh'] as const)
		if (item[key] !== undefined && !isText(item[key]))
			add(key, 'must be a non-empty string when given');
	const text = (v: unknown) => (isText(v) ? v : null);
	const texts = {
		title: text(item.title),
		titleZh: text(item.titleZh),
		notes: text(item.notes),
		notesZh: text(item.notesZh)
	};
	const hasRange = item.from !== undefined || item.to !== undefined;
	if (item.event !== undefined) {
		if (hasRange) add('event', 'give either "event" or "from"/"to", not both');
		const event = typeof item.event === 'string' ? byId.get(item.event) : undefined;
		if (!event) return fail('event', `unknown event id ${JSON.stringify(item.event)}`);
		const { startMs, endMs } = event.span;
		return { event: event.id, from: null, to: null, ...texts, startMs, endMs };
	}
	if (!hasRange) return fail(undefined, 'needs "event", or "from" and "to"');
	const read = (key: 'from' | 'to') => {
		const parsed = typeof item[key] === 'string' ? parseTypedDate(item[key]) : null;
		if (!parsed)
			add(
				key,
				`${JSON.stringify(item[key] ?? null)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`
			);
		return parsed;
	};
	const from = read('from');
	const to = read('to');
	if (!from || !to) return null;
	if (to.endMs <= from.startMs) return fail('to', `"${item.to}" is before "from" ("${item.from}")`);
	const range = { from: String(item.from), to: String(item.to) };
	return { event: null, ...range, ...texts, startMs: from.startMs, endMs: to.endMs };
}

/**
 * The built-in tour (id {@link DEFAULT_TOUR_ID}): every event in chronological order (start, then
 * end, then id), periods included. An empty dataset gives a tour without stops.
 */
export function defaultTour(events: readonly TimedEvent[], title = 'Every event, in order'): Tour {
	return { ...eventsTour(events, title), id: DEFAULT_TOUR_ID };
}

/**
 * The tour of the events picked in the table ("Present these", id {@link SELECTION_TOUR_ID}): the
 * events of `events` whose ids are in `ids`, in chronological order as {@link defaultTour}; ids not
 * among `events` are left out (the caller reports them). No known id gives a tour without stops.
 */
export function selectionTour(
	events: readonly TimedEvent[],
	ids: Iterable<string>,
	title = 'The events picked'
): Tour {
	const wanted = new Set(ids);
	return {
		...eventsTour(
			events.filter((e) => wanted.has(e.id)),
			title
		),
		id: SELECTION_TOUR_ID
	};
}

function eventsTour(events: readonly TimedEvent[], title: string): Tour {
	const sorted = [...events].sort(
		(a, b) =>
			a.span.startMs - b.span.startMs || a.span.endMs - b.span.endMs || a.id.localeCompare(b.id)
	);
	const stops = sorted.map((e) => ({
		event: e.id,
		from: null,
		to: null,
		title: null,
		titleZh: null,
		notes: null,
		notesZh: null,
		startMs: e.span.startMs,
		endMs: e.span.endMs
	}));
	return {
		id: DEFAULT_TOUR_ID,
		title,
		titleZh: null,
		description: null,
		descriptionZh: null,
		stops
	};
}
