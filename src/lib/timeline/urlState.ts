/**
 * View state ⇄ URLSearchParams. `parseViewState` and `formatViewState` round-trip: formatting a parsed
 * state and parsing it again gives the same state. Bad parameters never throw: each yields an issue
 * naming the parameter and its value, and the default applies.
 */
import { clip, type ListName, type UrlIssue } from './urlIssue';
import { parseTypedDate } from './userDates';
import { DEFAULT_VIEW, LISTS, type ViewState, type ViewStateContext } from './viewState';

export { DEFAULT_VIEW, formatViewState, type ViewState, type ViewStateContext } from './viewState';

const MAX_PARAM_CHARS = 200;

/** The singular people type for each list parameter (`country=CN`), read as the list (`countries=CN`). */
const ALIAS: Record<ListName, string> = {
	types: 'type',
	countries: 'country',
	sources: 'source',
	participants: 'participant'
};
/** Known values are listed in a notice only when there are this many or fewer. */
const MAX_KNOWN_SHOWN = 12;

/** Every parameter parseViewState reads, singular aliases included. */
export const VIEW_PARAMS: readonly string[] = ['from', 'to', 'event', 'q', ...LISTS, 'basis'];
const ALIASES: readonly string[] = LISTS.map((name) => ALIAS[name]);
/** Parameters other sites add to links (campaign tags, click ids): ignored without a notice. */
const TRACKING = /^(utm_\w+|fbclid|gclid|msclkid)$/i;

/**
 * Reads one comma-separated list parameter (and its singular alias), dropping (with an issue naming the
 * parameter as written) values not in `known`.
 */
function parseList(
	params: URLSearchParams,
	name: ListName,
	known: readonly string[] | undefined,
	issues: UrlIssue[]
): string[] {
	const alias = ALIAS[name];
	const values: string[] = [];
	const seen = new Set<string>();
	for (const param of [name, alias]) {
		const raw = params.get(param);
		if (!raw) continue;
		let kept = 0;
		for (const value of raw
			.split(',')
			.map((v) => v.trim())
			.filter(Boolean)) {
			if (seen.has(value)) continue;
			seen.add(value);
			if (value.length > MAX_PARAM_CHARS) {
				issues.push({
					param,
					value: clip(value),
					code: 'urlTooLong',
					values: { value: clip(value), list: name }
				});
			} else if (known && !known.includes(value)) {
				issues.push({
					param,
					value: clip(value),
					code: 'urlNotInDataset',
					values: {
						value: clip(value),
						list: name,
						known: known.length <= MAX_KNOWN_SHOWN ? known : []
					}
				});
			} else {
				values.push(value);
				kept++;
			}
		}
		if (param === alias && kept)
			issues.push({ param, value: clip(raw), code: 'urlAlias', values: { alias, name } });
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
				code: 'urlNotDate',
				values: { value: clip(raw) }
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
			code: 'urlSwapped',
			values: { from: params.get('from')!, to: params.get('to')! }
		});
		fromMs = to.startMs;
		toMs = from.endMs;
	}
	return { fromMs, toMs };
}

/**
 * Reads a view from URL parameters `from`, `to`, `event`, `q`, `basis` and the comma-separated lists
 * `types`, `countries`, `sources` and `participants` (each also read from its singular, `country=`).
 * Unknown ids and values are dropped with an issue when `context` lists the known ones; when
 * `context.otherParams` lists the page's other parameters, any parameter not read is named too.
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
				code: 'urlNoEvent',
				values: { value: clip(event) }
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
				code: 'urlSearchCut',
				values: { max: MAX_PARAM_CHARS }
			});
		state.q = q.slice(0, MAX_PARAM_CHARS);
	}

	for (const name of LISTS) state[name] = parseList(params, name, context[name], issues);

	if (context.otherParams) {
		const allowed = new Set([...VIEW_PARAMS, ...ALIASES, ...context.otherParams]);
		for (const name of new Set(params.keys())) {
			if (allowed.has(name) || TRACKING.test(name)) continue;
			issues.push({
				param: clip(name),
				value: clip(params.get(name) ?? ''),
				code: 'urlNotParam',
				values: { name: clip(name), params: [...VIEW_PARAMS, ...context.otherParams] }
			});
		}
	}

	const basis = params.get('basis');
	if (basis === 'stated' || basis === 'inferred') state.basis = basis;
	else if (basis)
		issues.push({
			param: 'basis',
			value: clip(basis),
			code: 'urlBasis',
			values: { value: clip(basis) }
		});
	return { state, issues };
}
