/**
 * View state ⇄ URLSearchParams. `parseViewState` and `formatViewState` round-trip: formatting a parsed
 * state and parsing it again gives the same state. Bad parameters never throw: each yields an issue
 * naming the parameter and its value, and the default applies.
 */
import { formatIsoDay, parseTypedDate } from './userDates';

const DAY_MS = 86_400_000;

/** What the URL can say about a view. Times are UTC ms; `toMs` is exclusive. */
export interface ViewState {
	fromMs: number | null;
	toMs: number | null;
	/** Selected event id. */
	event: string | null;
	/** Search query. */
	q: string;
	/** Event types shown; empty means all. */
	types: string[];
	/** Participants' countries (ISO codes) shown; empty means all. */
	countries: string[];
	/** Source document ids shown; empty means all. */
	sources: string[];
	/** Participants' names shown; empty means all. */
	participants: string[];
	/** Only events whose date is stated in, or inferred from, the source. */
	basis: 'stated' | 'inferred' | null;
}

/** A parameter that was corrected, for a visible notice. */
export interface UrlIssue {
	param: string;
	value: string;
	message: string;
}

/** What the parser may check values against. */
export interface ViewStateContext {
	eventIds?: ReadonlySet<string>;
	types?: readonly string[];
	countries?: readonly string[];
	sources?: readonly string[];
	participants?: readonly string[];
}

/** The default view: everything, nothing selected, no filter. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
	fromMs: null,
	toMs: null,
	event: null,
	q: '',
	types: [],
	countries: [],
	sources: [],
	participants: [],
	basis: null
});

/** The list parameters, each comma-separated, and what their values are called in notices. */
const LISTS = [
	['types', 'an event type'],
	['countries', 'a participant country'],
	['sources', 'a source document'],
	['participants', 'a participant']
] as const;

/** Reads one comma-separated list parameter, dropping (with an issue) values not in `known`. */
function parseList(
	params: URLSearchParams,
	name: string,
	what: string,
	known: readonly string[] | undefined,
	issues: UrlIssue[]
): string[] {
	const raw = params.get(name);
	const values: string[] = [];
	if (!raw) return values;
	for (const value of new Set(
		raw
			.split(',')
			.map((v) => v.trim())
			.filter(Boolean)
	)) {
		const shown = known && known.length <= 12 ? ` (${known.join(', ')})` : '';
		if (value.length > MAX_PARAM_CHARS) {
			issues.push({
				param: name,
				value: clip(value),
				message: `"${clip(value)}" is too long to be ${what}`
			});
		} else if (known && !known.includes(value)) {
			issues.push({
				param: name,
				value: clip(value),
				message: `"${clip(value)}" is not ${what}${shown}`
			});
		} else {
			values.push(value);
		}
	}
	return values;
}

const MAX_PARAM_CHARS = 200;

/** Shortens a hostile value for display in a notice. */
export function clip(value: string, max = 60): string {
	return value.length > max ? `${value.slice(0, max)}…` : value;
}

function parseRange(
	params: URLSearchParams,
	issues: UrlIssue[]
): Pick<ViewState, 'fromMs' | 'toMs'> {
	const read = (name: 'from' | 'to') => {
		const raw = params.get(name);
		if (raw === null || raw === '') return null;
		const typed = parseTypedDate(raw.slice(0, MAX_PARAM_CHARS));
		if (!typed) {
			issues.push({
				param: name,
				value: clip(raw),
				message: `"${clip(raw)}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD between 1000 and 2999)`
			});
		}
		return typed;
	};
	const from = read('from');
	const to = read('to');
	let fromMs = from ? from.startMs : null;
	let toMs = to ? to.endMs : null;
	if (from && to && from.startMs >= to.endMs) {
		issues.push({
			param: 'from',
			value: params.get('from')!,
			message: `"from" (${params.get('from')}) is after "to" (${params.get('to')}); the two were swapped`
		});
		fromMs = to.startMs;
		toMs = from.endMs;
	}
	return { fromMs, toMs };
}

/**
 * Reads a view from URL parameters `from`, `to`, `event`, `q`, `basis` and the comma-separated lists
 * `types`, `countries`, `sources` and `participants`. Unknown ids and values are dropped with an issue
 * when `context` lists the known ones.
 */
export function parseViewState(
	params: URLSearchParams,
	context: ViewStateContext = {}
): { state: ViewState; issues: UrlIssue[] } {
	const issues: UrlIssue[] = [];
	const state: ViewState = { ...DEFAULT_VIEW, ...parseRange(params, issues) };

	const event = params.get('event');
	if (event) {
		if (event.length > MAX_PARAM_CHARS || (context.eventIds && !context.eventIds.has(event))) {
			issues.push({
				param: 'event',
				value: clip(event),
				message: `there is no event "${clip(event)}"`
			});
		} else {
			state.event = event;
		}
	}

	const q = params.get('q');
	if (q) {
		if (q.length > MAX_PARAM_CHARS)
			issues.push({
				param: 'q',
				value: clip(q),
				message: `the search was cut to ${MAX_PARAM_CHARS} characters`
			});
		state.q = q.slice(0, MAX_PARAM_CHARS);
	}

	for (const [name, what] of LISTS)
		state[name] = parseList(params, name, what, context[name], issues);

	const basis = params.get('basis');
	if (basis === 'stated' || basis === 'inferred') state.basis = basis;
	else if (basis)
		issues.push({
			param: 'basis',
			value: clip(basis),
			message: `"${clip(basis)}" is not stated or inferred`
		});
	return { state, issues };
}

/**
 * Writes a view as URL parameters, omitting defaults. The range is written as whole days:
 * `from` is the first day shown, `to` the last (inclusive); either may be absent.
 */
export function formatViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	// A half range (only `from` or only `to`) is written as it is: the page fills the other end.
	if (state.fromMs !== null) params.set('from', formatIsoDay(state.fromMs));
	if (state.toMs !== null) {
		const lastDayMs = Math.ceil(state.toMs / DAY_MS) * DAY_MS - DAY_MS;
		params.set('to', formatIsoDay(Math.max(state.fromMs ?? lastDayMs, lastDayMs)));
	}
	if (state.event) params.set('event', state.event);
	if (state.q) params.set('q', state.q);
	for (const [name] of LISTS) if (state[name].length) params.set(name, state[name].join(','));
	if (state.basis) params.set('basis', state.basis);
	return params;
}
