/**
 * The view state the URL carries, its defaults, and how it is written (`formatViewState`). Parsing is in
 * urlState.ts: it needs dayjs for typed dates, which pages load only when a URL has parameters.
 */
import { formatEdtf, inDateRange } from './calendar';
import type { ListName } from './urlIssue';

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

/** The list parameters, each comma-separated. */
export const LISTS: readonly ListName[] = ['types', 'countries', 'sources', 'participants'];

/**
 * Writes a view as URL parameters, omitting defaults. The range is written as whole days: `from` is
 * the first day shown, `to` the last (inclusive); a window under two days to the minute
 * (`2023-11-08T14:00`), deep time by its years (`Y-66000000`); either end may be absent.
 */
export function formatViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	const { fromMs, toMs } = state;
	const deep = [fromMs, toMs].some((ms) => ms !== null && !inDateRange(ms));
	// Days, unless a window of under two days starts or ends within a day.
	const withinDay = (ms: number | null) => ms !== null && ms % DAY_MS !== 0;
	const unit: 'year' | 'day' | 'minute' = deep
		? 'year'
		: fromMs !== null &&
			  toMs !== null &&
			  toMs - fromMs < 2 * DAY_MS &&
			  (withinDay(fromMs) || withinDay(toMs))
			? 'minute'
			: 'day';
	// A half range (only `from` or only `to`) is written as it is: the page fills the other end.
	if (fromMs !== null) params.set('from', formatEdtf(fromMs, unit));
	if (toMs !== null) {
		// `to` names the last unit shown: the one that holds the instant before the (exclusive) end.
		const step = unit === 'minute' ? 60_000 : DAY_MS;
		// (A deep-time end is a float far from 0: step back by a part of it, not by 1 ms.)
		const last =
			unit === 'year'
				? toMs - Math.max(1, Math.abs(toMs) * 1e-9)
				: Math.ceil(toMs / step) * step - step;
		params.set('to', formatEdtf(Math.max(fromMs ?? last, last), unit));
	}
	if (state.event) params.set('event', state.event);
	if (state.q) params.set('q', state.q);
	for (const name of LISTS) if (state[name].length) params.set(name, state[name].join(','));
	if (state.basis) params.set('basis', state.basis);
	return params;
}
