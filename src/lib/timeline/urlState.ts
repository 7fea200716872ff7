/**
 * View state ⇄ URLSearchParams. `parseViewState` and `formatViewState` round-trip: formatting a parsed
 * state and parsing it again gives the same state. Bad parameters never throw: each yields an issue
 * naming the parameter and its value, and the default applies.
 */
import { parseTypedDate } from './userDates';
import {
	clip,
	DEFAULT_VIEW,
	LISTS,
	type UrlIssue,
	type ViewState,
	type ViewStateContext
} from './viewState';

export {
	clip,
	DEFAULT_VIEW,
	formatViewState,
	type UrlIssue,
	type ViewState,
	type ViewStateContext
} from './viewState';

const MAX_PARAM_CHARS = 200;

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
