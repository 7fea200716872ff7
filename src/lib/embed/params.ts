/**
 * `/embed` configuration from its URL: the view parameters of the main page (`from`, `to`, `types`)
 * plus `events` (ids to show), `tour`, `selected`, `theme`, `lang` and `controls`. Bad values yield issues
 * naming the parameter; the default applies.
 */
import {
	clip,
	formatViewState,
	parseViewState,
	type UrlIssue,
	type ViewState,
	type ViewStateContext
} from '../timeline/urlState';

export type Theme = 'light' | 'dark' | 'auto';

/** Everything an embed can be told by its URL. */
export interface EmbedConfig {
	view: ViewState;
	/** Only these events (empty: all). */
	events: string[];
	tour: string | null;
	theme: Theme;
	lang: 'en' | 'zh';
	controls: boolean;
}

/** Defaults: everything, auto theme, English, controls on. */
export const DEFAULT_EMBED: Omit<EmbedConfig, 'view'> = {
	events: [],
	tour: null,
	theme: 'auto',
	lang: 'en',
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
		message: `"${clip(raw)}" is not one of ${options.join(', ')}`
	});
	return fallback;
}

/** Parses an embed URL's parameters; `selected` is an alias of the main page's `event`. */
export function parseEmbedParams(
	params: URLSearchParams,
	context: ViewStateContext & { tours?: ReadonlySet<string> } = {}
): { config: EmbedConfig; issues: UrlIssue[] } {
	const viewParams = new URLSearchParams(params);
	if (params.has('selected') && !params.has('event'))
		viewParams.set('event', params.get('selected')!);
	const { state: view, issues } = parseViewState(viewParams, context);
	for (const issue of issues)
		if (issue.param === 'event' && params.has('selected')) issue.param = 'selected';

	const events: string[] = [];
	for (const id of (params.get('events') ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		if (context.eventIds && !context.eventIds.has(id))
			issues.push({ param: 'events', value: clip(id), message: `there is no event "${clip(id)}"` });
		else if (!events.includes(id)) events.push(id);
	}
	let tour = params.get('tour') || null;
	if (tour && context.tours && !context.tours.has(tour)) {
		issues.push({ param: 'tour', value: clip(tour), message: `there is no tour "${clip(tour)}"` });
		tour = null;
	}
	const theme = choice(params, 'theme', ['light', 'dark', 'auto'] as const, 'auto', issues);
	const lang = choice(params, 'lang', ['en', 'zh'] as const, 'en', issues);
	const controls = choice(params, 'controls', ['on', 'off'] as const, 'on', issues) === 'on';
	return { config: { view, events, tour, theme, lang, controls }, issues };
}

/** Writes an embed configuration as URL parameters, omitting defaults. Round-trips with {@link parseEmbedParams}. */
export function formatEmbedParams(config: EmbedConfig): URLSearchParams {
	const params = formatViewState({ ...config.view, event: null });
	if (config.view.event) params.set('selected', config.view.event);
	if (config.events.length) params.set('events', config.events.join(','));
	if (config.tour) params.set('tour', config.tour);
	if (config.theme !== 'auto') params.set('theme', config.theme);
	if (config.lang !== 'en') params.set('lang', config.lang);
	if (!config.controls) params.set('controls', 'off');
	return params;
}
