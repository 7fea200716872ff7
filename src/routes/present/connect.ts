/**
 * Connects a presenter to the address bar (`?tour=<id>&step=<k>`, shallow routing) and to the other
 * presenter windows of this browser (BroadcastChannel), so that the audience view and the speaker view
 * drive each other. Browser only.
 */
import { replaceState } from '$app/navigation';
import { formatPresentParams, parsePresentParams } from '$lib/data/tours';
import { langIssue } from '$lib/i18n/lang';
import { ui } from '$lib/state/lang.svelte';
import type { UrlIssue } from '$lib/timeline/urlIssue';
import type { Blank, Presenter } from '$lib/state/presenter.svelte';

/** The audience view answers a newly opened window with its position; the speaker view follows. */
export type PresenterRole = 'audience' | 'speaker';

type Message = { type: 'step'; tour: string; step: number; blank?: Blank } | { type: 'hello' };

const CHANNEL = 'timeline-present';

/** The current position as a search string, `?tour=…&step=…`. */
export function presentSearch(presenter: Presenter): string {
	// The language, when asked for, comes first and stays (reloads and the speaker window keep it).
	const lang = ui.param;
	return `?${lang ? `${lang}&` : ''}${formatPresentParams(presenter.tourId, presenter.step)}`;
}

function writeUrl(presenter: Presenter) {
	// A kiosk's autoplay survives a reload.
	const autoplay = new URLSearchParams(location.search).get('autoplay');
	const search =
		presentSearch(presenter) + (autoplay === null ? '' : `&${new URLSearchParams({ autoplay })}`);
	if (search === location.search) return;
	// Kit 2's shallow routing keeps `page.url` as it was, so the pages read `location.search` instead.
	replaceState(`${location.pathname}${search}`, {});
}

/**
 * Applies the address bar's position (correcting a bad `tour` or `step` in place), then keeps the URL
 * and the other windows in step. Returns the function that disconnects, and what was corrected in the
 * address (`tour`, `step`, `lang`) for the page's notice.
 */
export function connectPresenter(
	presenter: Presenter,
	role: PresenterRole
): { disconnect: () => void; issues: UrlIssue[] } {
	const params = new URLSearchParams(location.search);
	const { tour, step, issues } = parsePresentParams(params, presenter.tours);
	const lang = langIssue(params, navigator.languages ?? [navigator.language]);
	if (lang) issues.push(lang);
	presenter.set(tour, step, 'url');
	// The router starts after the components mount; rewrite a corrected URL once it has.
	const timer = setTimeout(() => writeUrl(presenter), 0);

	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
	const post = (message: Message) => channel?.postMessage(message);
	const postStep = () =>
		post({ type: 'step', tour: presenter.tourId, step: presenter.step, blank: presenter.blank });

	const unlisten = presenter.listen((origin, kind) => {
		if (kind === 'step') writeUrl(presenter);
		// Only our own steps are broadcast, so two windows never echo each other.
		if (origin === 'local') postStep();
	});
	const onmessage = (event: MessageEvent<Message>) => {
		const message = event.data;
		if (message?.type === 'step') {
			presenter.set(String(message.tour), Number(message.step), 'remote');
			const blank = message.blank === 'black' || message.blank === 'white' ? message.blank : null;
			presenter.setBlank(blank, 'remote');
		} else if (message?.type === 'hello' && role === 'audience') postStep();
	};
	channel?.addEventListener('message', onmessage);
	post({ type: 'hello' });

	const disconnect = () => {
		clearTimeout(timer);
		unlisten();
		channel?.close();
	};
	return { disconnect, issues };
}
