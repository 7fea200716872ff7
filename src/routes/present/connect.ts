/**
 * Connects a presenter to the address bar (`?tour=<id>&step=<k>`, shallow routing) and to the other
 * presenter windows of this browser (BroadcastChannel), so that an audience view and its own speaker
 * view drive each other. Browser only.
 */
import { replaceState } from '$app/navigation';
import { formatPresentParams, parsePresentParams } from '$lib/present/params';
import { langIssue } from '$lib/i18n/lang';
import { ui } from '$lib/state/lang.svelte';
import type { UrlIssue } from '$lib/timeline/urlIssue';
import type { Blank, Presenter } from '$lib/state/presenter.svelte';

/** The audience view answers its speaker view with its position; each follows the other's steps. */
export type PresenterRole = 'audience' | 'speaker';

/**
 * Every message names its sender's role and pairing. An audience view acts only on its own speaker
 * view's messages, never on another audience view's, so a second presenter tab (another step, another
 * tour) is never pulled along; a speaker view acts only on its own audience view's.
 */
type Message =
	| { type: 'step'; from: PresenterRole; pair: string; tour: string; step: number; blank?: Blank }
	| { type: 'hello'; from: 'speaker'; pair: string | null };

const CHANNEL = 'timeline-present';
/** The audience tab's pairing id lives in sessionStorage: one per tab, kept across reloads. */
const PAIR_KEY = 'timeline-present:pair';
const PAIR_PATTERN = /^[\w-]{1,64}$/;

/** The parameters naming what is presented: the dataset (`data`, `file`) and the events picked. */
const CARRIED = ['data', 'file', 'ids', 'sel'] as const;

/**
 * The parameters of `search` that name the presented data (`data=`, `file=`, `ids=`, `sel=`), as
 * written there, so that the speaker view, the audience view it opens and every rewritten address
 * present the same events and tours.
 */
export function carriedParams(search: string): string {
	const params = new URLSearchParams(search);
	const carried = new URLSearchParams();
	for (const name of CARRIED) {
		const value = params.get(name);
		if (value) carried.set(name, value);
	}
	return carried.toString();
}

/**
 * The current position as a search string, `?data=…&lang=…&pair=…&tour=…&step=…`: the data the
 * address names (see {@link carriedParams}) first, `pair` (the pairing of a speaker view and its
 * presentation) only when given.
 */
export function presentSearch(presenter: Presenter, pair: string | null = null): string {
	// The language, when asked for, comes first and stays (reloads and the speaker window keep it).
	const head = [
		carriedParams(location.search),
		ui.param,
		pair ? `pair=${encodeURIComponent(pair)}` : ''
	].filter(Boolean);
	const position = formatPresentParams(presenter.tourId, presenter.step).toString();
	return `?${[...head, position].join('&')}`;
}

function writeUrl(presenter: Presenter, pair: string | null) {
	// A kiosk's autoplay survives a reload.
	const autoplay = new URLSearchParams(location.search).get('autoplay');
	const search =
		presentSearch(presenter, pair) +
		(autoplay === null ? '' : `&${new URLSearchParams({ autoplay })}`);
	if (search === location.search) return;
	// Kit 2's shallow routing keeps `page.url` as it was, so the pages read `location.search` instead.
	replaceState(`${location.pathname}${search}`, {});
}

/** This audience tab's pairing id, made on first use (a fresh one where storage is refused). */
function tabPair(): string {
	try {
		let id = sessionStorage.getItem(PAIR_KEY);
		if (!id || !PAIR_PATTERN.test(id)) {
			id = crypto.randomUUID();
			sessionStorage.setItem(PAIR_KEY, id);
		}
		return id;
	} catch {
		return crypto.randomUUID();
	}
}

/** A connected presenter window. */
export interface PresenterConnection {
	disconnect: () => void;
	/** What was corrected in the address (`tour`, `step`, `lang`), for the page's notice. */
	issues: UrlIssue[];
	/**
	 * The pairing id: an audience view's own (for its speaker view's address), or the one a speaker
	 * view follows (null until an audience view answers one opened without it).
	 */
	pair: () => string | null;
}

/**
 * Applies the address bar's position (correcting a bad `tour` or `step` in place), then keeps the URL
 * and the paired window in step. A window keeps the tour and step it was opened at; only a speaker
 * view joins its presentation's position. `?pair=` pairs them: the audience view puts it in the
 * speaker view's address; a speaker view opened without one follows the first audience view that
 * answers and writes its pairing into its address.
 */
export function connectPresenter(presenter: Presenter, role: PresenterRole): PresenterConnection {
	const params = new URLSearchParams(location.search);
	const { tour, step, issues } = parsePresentParams(params, presenter.tours);
	const lang = langIssue(params, navigator.languages ?? [navigator.language]);
	if (lang) issues.push(lang);
	const given = params.get('pair');
	const validPair = given && PAIR_PATTERN.test(given) ? given : null;
	let pair = validPair ?? (role === 'audience' ? tabPair() : null);
	// The address keeps a pairing it was given (and one a speaker view adopts), not the tab's own.
	let urlPair = validPair;
	presenter.set(tour, step, 'url');
	// The router starts after the components mount; rewrite a corrected URL once it has.
	const timer = setTimeout(() => writeUrl(presenter, urlPair), 0);

	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
	const post = (message: Message) => channel?.postMessage(message);
	const postStep = () => {
		if (pair)
			post({
				type: 'step',
				from: role,
				pair,
				tour: presenter.tourId,
				step: presenter.step,
				blank: presenter.blank
			});
	};

	const unlisten = presenter.listen((origin, kind) => {
		if (kind === 'step') writeUrl(presenter, urlPair);
		// Only our own steps are broadcast, so two windows never echo each other.
		if (origin === 'local') postStep();
	});
	const onmessage = (event: MessageEvent<Message>) => {
		const message = event.data;
		if (typeof message !== 'object' || message === null || message.from === role) return;
		if (message.type === 'hello' && role === 'audience') {
			if (message.pair === null || message.pair === pair) postStep();
			return;
		}
		if (message.type !== 'step' || typeof message.pair !== 'string') return;
		if (role === 'speaker' && pair === null && PAIR_PATTERN.test(message.pair)) {
			pair = urlPair = message.pair;
			writeUrl(presenter, urlPair);
		}
		if (message.pair !== pair) return;
		presenter.set(String(message.tour), Number(message.step), 'remote');
		const blank = message.blank === 'black' || message.blank === 'white' ? message.blank : null;
		presenter.setBlank(blank, 'remote');
	};
	channel?.addEventListener('message', onmessage);
	if (role === 'speaker') post({ type: 'hello', from: 'speaker', pair });

	const disconnect = () => {
		clearTimeout(timer);
		unlisten();
		channel?.close();
	};
	return { disconnect, issues, pair: () => pair };
}
