/**
 * Tours for the presenter: `data/tours/<id>.json` validated into ordered stops, the built-in tour of
 * every event, the window the timeline shows for a stop, the smooth zoom between two windows, and the
 * `?tour=&step=` URL parameters. Pure: shared by the pages, `npm run check:data` and the tests.
 */
import { eventWindow, paddedWindow } from '../timeline/extent';
import { parseTypedDate } from '../timeline/userDates';
import { clip, type UrlIssue } from '../timeline/urlIssue';
import type { DataProblem } from './validate';

/** Id of the built-in tour of every event; no file may use it. */
export const DEFAULT_TOUR_ID = 'all';

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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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
	if (id === DEFAULT_TOUR_ID) add(undefined, `"${id}" is reserved for the built-in tour`);
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

/**
 * The window `[fromMs, toMs)` the timeline shows for a stop: an event with half its width (at least
 * 20 days) on each side, so its neighbours give context; a range with 4 % of its width on each side.
 */
export function stopWindow(stop: Pick<TourStop, 'event' | 'startMs' | 'endMs'>): [number, number] {
	return stop.event ? eventWindow(stop) : paddedWindow(stop.startMs, stop.endMs);
}

// ρ² = 2, as van Wijk and Nuij suggest ("Smooth and efficient zooming and panning", InfoVis 2003).
const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;

/**
 * The smooth zoom of van Wijk and Nuij between two windows `[fromMs, toMs)`: far moves zoom out, pan,
 * then zoom in, so the audience keeps its bearings. `at(t)` gives the window at `t` in [0, 1] (exactly
 * `b` at 1); `length` is the path length in screen widths, to scale the duration.
 */
export function interpolateWindow(
	a: readonly [number, number],
	b: readonly [number, number]
): { at: (t: number) => [number, number]; length: number } {
	const c0 = (a[0] + a[1]) / 2;
	const c1 = (b[0] + b[1]) / 2;
	const w0 = Math.max(1, a[1] - a[0]);
	const w1 = Math.max(1, b[1] - b[0]);
	const dx = c1 - c0;
	let centreAndWidth: (t: number) => [number, number];
	let length: number;
	if (Math.abs(dx) < 1e-6 * Math.min(w0, w1)) {
		// Same centre: zoom only, at a constant rate in log-width.
		length = Math.abs(Math.log(w1 / w0)) / RHO;
		centreAndWidth = (t) => [c0 + t * dx, w0 * Math.pow(w1 / w0, t)];
	} else {
		const d = Math.abs(dx);
		// log(√(b²+1) − b) written as −asinh(b), which does not cancel to log(0) for large b.
		const r0 = -Math.asinh((w1 * w1 - w0 * w0 + RHO4 * d * d) / (2 * w0 * RHO2 * d));
		const r1 = -Math.asinh((w1 * w1 - w0 * w0 - RHO4 * d * d) / (2 * w1 * RHO2 * d));
		length = (r1 - r0) / RHO;
		const coshR0 = Math.cosh(r0);
		centreAndWidth = (t) => {
			const r = RHO * t * length + r0;
			const u = (w0 / (RHO2 * d)) * (coshR0 * Math.tanh(r) - Math.sinh(r0));
			return [c0 + u * dx, (w0 * coshR0) / Math.cosh(r)];
		};
	}
	const at = (t: number): [number, number] => {
		if (t >= 1) return [b[0], b[1]];
		const [c, w] = centreAndWidth(Math.max(0, t));
		return [c - w / 2, c + w / 2];
	};
	return { at, length };
}

/** Duration of a move of `length` screen widths ({@link interpolateWindow}): 450–1100 ms, ~700 typical. */
export function transitionMs(length: number): number {
	return Math.round(Math.min(1100, Math.max(450, 250 * (Number.isFinite(length) ? length : 0))));
}

/** `step` (1-based) clamped to `[1, count]`; non-numbers give 1. Never throws. */
export function clampStep(step: number, count: number): number {
	if (!Number.isFinite(step)) return 1;
	return Math.min(Math.max(1, count), Math.max(1, Math.trunc(step)));
}

/** How a step text was read: the step, and what was wrong with the text (null when nothing). */
interface StepReading {
	step: number;
	problem: 'not-a-number' | 'before-first' | 'past-last' | null;
}

function readStep(value: string | null | undefined, count: number): StepReading {
	const text = String(value ?? '').trim();
	if (text === '') return { step: 1, problem: null };
	// Any run of digits is a number: a huge one is past the last step, not "not a number".
	if (!/^[+-]?\d+$/.test(text)) return { step: 1, problem: 'not-a-number' };
	const last = Math.max(1, count);
	if (text.startsWith('-') || /^[+]?0+$/.test(text)) return { step: 1, problem: 'before-first' };
	const n = Number(text);
	if (!(n <= last)) return { step: last, problem: 'past-last' };
	return { step: clampStep(n, count), problem: null };
}

/**
 * A 1-based step from text (`?step=`, typed digits): an integer clamped to `[1, count]`; anything
 * else (missing, "abc", "2.5", "") gives 1. "-1" gives 1 and "9999" gives `count`.
 */
export function parseStep(value: string | null | undefined, count: number): number {
	return readStep(value, count).step;
}

/**
 * Reads `?tour=<id>&step=<k>`: an unknown tour gives the first of `tours` (the default tour); the step
 * is clamped. Each correction yields an issue naming the parameter and saying what is shown instead.
 * An empty or missing parameter is no issue. Never throws.
 */
export function parsePresentParams(
	params: URLSearchParams,
	tours: readonly Pick<Tour, 'id' | 'stops'>[]
): { tour: string; step: number; issues: UrlIssue[] } {
	const issues: UrlIssue[] = [];
	const wanted = params.get('tour');
	const tour = tours.find((t) => t.id === wanted) ?? tours[0];
	if (!tour) return { tour: DEFAULT_TOUR_ID, step: 1, issues };
	if (wanted && tour.id !== wanted) {
		issues.push({
			param: 'tour',
			value: clip(wanted),
			code: 'urlTourReplaced',
			values: { value: clip(wanted), instead: tour.id === DEFAULT_TOUR_ID ? null : tour.id }
		});
	}
	const raw = params.get('step');
	const count = tour.stops.length;
	const { step, problem } = readStep(raw, count);
	if (problem && raw !== null) {
		const value = clip(raw.trim());
		const last = Math.max(1, count);
		issues.push(
			problem === 'not-a-number'
				? { param: 'step', value, code: 'urlStepNotNumber', values: { value, last } }
				: problem === 'before-first'
					? { param: 'step', value, code: 'urlStepBeforeFirst', values: { value } }
					: { param: 'step', value, code: 'urlStepPastLast', values: { value, last: step } }
		);
	}
	return { tour: tour.id, step, issues };
}

/** Bounds of the kiosk's `?autoplay=<seconds>`. */
export const AUTOPLAY_MIN_S = 1;
export const AUTOPLAY_MAX_S = 3600;

/**
 * Reads the kiosk's `?autoplay=<seconds>` (seconds per stop, {@link AUTOPLAY_MIN_S} to
 * {@link AUTOPLAY_MAX_S}, decimals allowed). Absent gives null; a bad value gives null and an issue
 * naming it (autoplay stays off).
 */
export function parseAutoplay(params: URLSearchParams): {
	seconds: number | null;
	issue?: UrlIssue;
} {
	const raw = params.get('autoplay');
	if (raw === null) return { seconds: null };
	const value = clip(raw.trim());
	const seconds = Number(raw.trim());
	if (
		raw.trim() === '' ||
		!Number.isFinite(seconds) ||
		seconds < AUTOPLAY_MIN_S ||
		seconds > AUTOPLAY_MAX_S
	)
		return {
			seconds: null,
			issue: {
				param: 'autoplay',
				value,
				code: 'urlAutoplay',
				values: { value, min: AUTOPLAY_MIN_S, max: AUTOPLAY_MAX_S }
			}
		};
	return { seconds };
}

/** Writes `tour=<id>&step=<k>`; {@link parsePresentParams} reads it back unchanged. */
export function formatPresentParams(tour: string, step: number): URLSearchParams {
	return new URLSearchParams({ tour, step: String(step) });
}

/** What a key does in the presenter (the keys presentation clickers send included). */
export type PresenterAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'fullscreen'
	| 'speaker'
	| 'jump'
	| 'erase'
	| 'cancel'
	| 'digit'
	| 'black'
	| 'white';

const KEY_ACTIONS: Record<string, PresenterAction> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen',
	s: 'speaker',
	S: 'speaker',
	Enter: 'jump',
	Backspace: 'erase',
	Escape: 'cancel',
	// Blank screen, as in PowerPoint and reveal.js: clickers send B or `.` for their "blank" button.
	b: 'black',
	B: 'black',
	'.': 'black',
	w: 'white',
	W: 'white'
};

/**
 * The action of a `KeyboardEvent.key`, or null for other keys. Digits give `digit` (the key is the
 * digit); Shift+Space goes back, as in slide software.
 */
export function presenterAction(key: string, shiftKey = false): PresenterAction | null {
	if (/^[0-9]$/.test(key)) return 'digit';
	if (key === ' ' && shiftKey) return 'previous';
	return KEY_ACTIONS[key] ?? null;
}
