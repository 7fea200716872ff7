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

/**
 * What each list parameter's values are called in notices, and the singular people type for it
 * (`country=CN`), read as the list (`countries=CN`).
 */
const LIST_WORDS: Record<ListName, { noun: string; alias: string; zh: string }> = {
	types: { noun: 'event type', alias: 'type', zh: '事件类型' },
	countries: { noun: 'country', alias: 'country', zh: '国家' },
	sources: { noun: 'source document', alias: 'source', zh: '来源文献' },
	participants: { noun: 'participant', alias: 'participant', zh: '参与者' }
};
type ListName = (typeof LISTS)[number][0];

/** Every parameter parseViewState reads, singular aliases included. */
export const VIEW_PARAMS: readonly string[] = [
	'from',
	'to',
	'event',
	'q',
	...LISTS.map(([name]) => name),
	'basis'
];
const ALIASES: readonly string[] = LISTS.map(([name]) => LIST_WORDS[name].alias);
/** Parameters other sites add to links (campaign tags, click ids): ignored without a notice. */
const TRACKING = /^(utm_\w+|fbclid|gclid|msclkid)$/i;

/**
 * Reads one comma-separated list parameter (and its singular alias), dropping (with an issue naming the
 * parameter as written) values not in `known`.
 */
function parseList(
	params: URLSearchParams,
	name: ListName,
	what: string,
	known: readonly string[] | undefined,
	issues: UrlIssue[]
): string[] {
	const { noun, alias, zh } = LIST_WORDS[name];
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
			const shown = known && known.length <= 12 ? ` (${known.join(', ')})` : '';
			if (value.length > MAX_PARAM_CHARS) {
				issues.push({
					param,
					value: clip(value),
					message: `"${clip(value)}" is too long to be ${what}`,
					zh: `“${clip(value)}”太长，不可能是${zh}`
				});
			} else if (known && !known.includes(value)) {
				issues.push({
					param,
					value: clip(value),
					message:
						name === 'types'
							? `"${clip(value)}" is not ${what}${shown}`
							: `there is no ${noun} "${clip(value)}" in this dataset${shown}`,
					zh: `本数据集中没有${zh}“${clip(value)}”${shown}`
				});
			} else {
				values.push(value);
				kept++;
			}
		}
		if (param === alias && kept)
			issues.push({
				param,
				value: clip(raw),
				message: `"${alias}" was read as "${name}", the parameter's name`,
				zh: `“${alias}”按参数名“${name}”读取`
			});
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
				message: `"${clip(raw)}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD between 1000 and 2999)`,
				zh: `“${clip(raw)}”不是日期（请用 1000 至 2999 年之间的 YYYY、YYYY-MM 或 YYYY-MM-DD）`
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
			message: `"from" (${params.get('from')}) is after "to" (${params.get('to')}); the two were swapped`,
			zh: `“from”（${params.get('from')}）晚于“to”（${params.get('to')}），已对调`
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
				message: `there is no event "${clip(event)}"`,
				zh: `没有事件“${clip(event)}”`
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
				message: `the search was cut to ${MAX_PARAM_CHARS} characters`,
				zh: `搜索词已截短为 ${MAX_PARAM_CHARS} 个字符`
			});
		state.q = q.slice(0, MAX_PARAM_CHARS);
	}

	for (const [name, what] of LISTS)
		state[name] = parseList(params, name, what, context[name], issues);

	if (context.otherParams) {
		const allowed = new Set([...VIEW_PARAMS, ...ALIASES, ...context.otherParams]);
		for (const name of new Set(params.keys())) {
			if (allowed.has(name) || TRACKING.test(name)) continue;
			issues.push({
				param: clip(name),
				value: clip(params.get(name) ?? ''),
				message: `"${clip(name)}" is not a parameter of this page (${[...VIEW_PARAMS, ...context.otherParams].join(', ')}); it was ignored`,
				zh: `“${clip(name)}”不是本页的参数（${[...VIEW_PARAMS, ...context.otherParams].join(', ')}），已忽略`
			});
		}
	}

	const basis = params.get('basis');
	if (basis === 'stated' || basis === 'inferred') state.basis = basis;
	else if (basis)
		issues.push({
			param: 'basis',
			value: clip(basis),
			message: `"${clip(basis)}" is not stated or inferred`,
			zh: `“${clip(basis)}”既不是 stated（明确）也不是 inferred（推定）`
		});
	return { state, issues };
}
