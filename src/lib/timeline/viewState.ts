/**
 * The view state the URL carries, its defaults, and how it is written (`formatViewState`). Parsing is in
 * urlState.ts: it needs dayjs for typed dates, which pages load only when a URL has parameters.
 */
import { formatIsoDay } from './isoDay';

const DAY_MS = 86_400_000;

/** What the filters select; an empty list means "any". */
export interface Filters {
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

/** No filter: everything passes. */
export const NO_FILTERS: Readonly<Filters> = Object.freeze({
	types: [],
	countries: [],
	sources: [],
	participants: [],
	basis: null
});

/** What the URL can say about a view. Times are UTC ms; `toMs` is exclusive. */
export interface ViewState extends Filters {
	fromMs: number | null;
	toMs: number | null;
	/** Selected event id. */
	event: string | null;
	/** Search query. */
	q: string;
}

/** A parameter that was corrected, for a visible notice. */
export interface UrlIssue {
	param: string;
	value: string;
	message: string;
	/** The message in Chinese, for the Chinese interface (notices show `message` otherwise). */
	zh?: string;
}

/** What the parser may check values against. */
export interface ViewStateContext {
	eventIds?: ReadonlySet<string>;
	types?: readonly string[];
	countries?: readonly string[];
	sources?: readonly string[];
	participants?: readonly string[];
	/**
	 * The page's parameters besides the view's (`data`, `lang`). When given, any other parameter is
	 * reported as ignored (campaign tags such as `utm_source` excepted).
	 */
	otherParams?: readonly string[];
}

/** The default view: everything, nothing selected, no filter. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
	...NO_FILTERS,
	fromMs: null,
	toMs: null,
	event: null,
	q: ''
});

/** The list parameters, each comma-separated, and what their values are called in notices. */
export const LISTS = [
	['types', 'an event type'],
	['countries', 'a participant country'],
	['sources', 'a source document'],
	['participants', 'a participant']
] as const;

/** Shortens a hostile value for display in a notice. */
export function clip(value: string, max = 60): string {
	return value.length > max ? `${value.slice(0, max)}…` : value;
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
