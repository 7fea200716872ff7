/**
 * `/embed` configuration from its URL: the dataset (`data`, loaded by the page), the view parameters
 * of the main page (`from`, `to`, `types`) plus `events` (ids to show), `tour`, `selected`, `theme`, `lang` and `controls`. Bad values yield issues
 * naming the parameter; the default applies.
 */
import { clip, type UrlIssue } from '../timeline/urlIssue';
import {
	formatViewState,
	parseViewState,
	type ViewState,
	type ViewStateContext
} from '../timeline/urlState';
import { DEFAULT_LANG, langIssue, pickLang, type Lang } from '../i18n/lang';

export type Theme = 'light' | 'dark' | 'auto';

/** Everything an embed can be told by its URL. */
export interface EmbedConfig {
	/** The URL of the dataset shown (`?data=`), as written; null for the curated one. */
	data: string | null;
	view: ViewState;
	/** Only these events (empty: all). */
	events: string[];
	tour: string | null;
	theme: Theme;
	lang: Lang;
	controls: boolean;
}

/** Defaults: everything, auto theme, English, controls on. */
export const DEFAULT_EMBED: Omit<EmbedConfig, 'view'> = {
	data: null,
	events: [],
	tour: null,
	theme: 'auto',
	lang: DEFAULT_LANG,
	controls: true
};

function choice<T extends string>(
	params: URLSearchParams,
	name: string,
	options: readonly T[],
	fallback: T,
	issues: UrlIssue[]
): T {
	const raw = params.get(name);
	if (raw === null || raw === '') return fallback;
	if ((options as readonly string[]).includes(raw)) return raw as T;
	issues.push({
		param: name,
		value: clip(raw),
		code: 'urlNotOneOf',
		values: { value: clip(raw), options }
	});
	return fallback;
}

/**
 * The parameters an embed reads (`event` is the main page's name for `selected`; `data`, the URL of
 * a dataset, is read by the page, which checks the others against that dataset).
 */
export const EMBED_PARAMS = [
	'data',
	'from',
	'to',
	'types',
	'events',
	'tour',
	'selected',
	'event',
	'theme',
	'lang',
	'controls'
] as const;
const VIEW_PARAMS = ['from', 'to', 'types', 'event'];

/**
 * Parses an embed URL's parameters; `selected` is an alias of the main page's `event`. Any other
 * parameter (the main page's `q` or `data`, a typo) is ignored with an issue naming it.
 */
export function parseEmbedParams(
	params: URLSearchParams,
	context: ViewStateContext & {
		tours?: ReadonlySet<string>;
		/** The browser's languages: a bad `lang` falls back to the one of them the site has. */
		languages?: readonly string[];
	} = {}
): { config: EmbedConfig; issues: UrlIssue[] } {
	const viewParams = new URLSearchParams();
	for (const name of VIEW_PARAMS) if (params.has(name)) viewParams.set(name, params.get(name)!);
	if (params.has('selected') && !params.has('event'))
		viewParams.set('event', params.get('selected')!);
	const { state: view, issues } = parseViewState(viewParams, context);
	for (const issue of issues)
		if (issue.param === 'event' && params.has('selected')) issue.param = 'selected';

	const events: string[] = [];
	// Each id once: a repeated id (known or not) is neither shown twice nor reported twice.
	for (const id of new Set(
		(params.get('events') ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean)
	)) {
		if (context.eventIds && !context.eventIds.has(id))
			issues.push({
				param: 'events',
				value: clip(id),
				code: 'urlNoEvent',
				values: { value: clip(id) }
			});
		else events.push(id);
	}
	let tour = params.get('tour') || null;
	if (tour && context.tours && !context.tours.has(tour)) {
		issues.push({
			param: 'tour',
			value: clip(tour),
			code: 'urlNoTour',
			values: { value: clip(tour) }
		});
		tour = null;
	}
	const theme = choice(params, 'theme', ['light', 'dark', 'auto'] as const, 'auto', issues);
	// The same reading and notice as the other pages (lib/i18n/lang.ts); missing or empty is English.
	const lang = params.get('lang')
		? pickLang(params.get('lang'), context.languages ?? [])
		: DEFAULT_LANG;
	const badLang = langIssue(params, context.languages ?? []);
	if (badLang) issues.push(badLang);
	const controls = choice(params, 'controls', ['on', 'off'] as const, 'on', issues) === 'on';
	const data = params.get('data') || null;
	for (const name of new Set(params.keys())) {
		if ((EMBED_PARAMS as readonly string[]).includes(name)) continue;
		issues.push({
			param: clip(name),
			value: clip(params.get(name)!),
			code: 'urlNotEmbedParam',
			values: { name: clip(name), params: EMBED_PARAMS }
		});
	}
	return { config: { data, view, events, tour, theme, lang, controls }, issues };
}

/** Writes an embed configuration as URL parameters, omitting defaults. Round-trips with {@link parseEmbedParams}. */
export function formatEmbedParams(config: EmbedConfig): URLSearchParams {
	const view = formatViewState({ ...config.view, event: null });
	// The dataset first: it says what the other parameters (types, events, selected) refer to.
	const params = new URLSearchParams(config.data ? { data: config.data } : {});
	for (const [name, value] of view) params.append(name, value);
	if (config.view.event) params.set('selected', config.view.event);
	if (config.events.length) params.set('events', config.events.join(','));
	if (config.tour) params.set('tour', config.tour);
	if (config.theme !== 'auto') params.set('theme', config.theme);
	if (config.lang !== DEFAULT_LANG) params.set('lang', config.lang);
	if (!config.controls) params.set('controls', 'off');
	return params;
}
