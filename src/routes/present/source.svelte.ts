/**
 * Both presenter pages' data, from their address: the dataset it names (`?data=`, `?file=`, loaded by
 * `lib/state/addressData.svelte.ts`) or the curated one, led by the tour of the events picked
 * (`?ids=`, `?sel=`). The pages render their view once `settled`, keyed by `shown`, so a presenter is
 * built over the data it presents. Browser only, but for the prerendered curated state.
 */
import { browser } from '$app/environment';
import { AddressData, dataRefOf } from '$lib/state/addressData.svelte';
import { t } from '$lib/i18n/all';
import type { Lang } from '$lib/i18n/lang';
import { readSelection } from '$lib/present/selection';
import type { UrlIssue } from '$lib/timeline/urlIssue';
import { importedPresentData, withSelection, type PresentData } from './dataset';

function sessionStore(): Storage | null {
	try {
		return sessionStorage;
	} catch {
		return null;
	}
}

/** The data a presenter page shows and what was wrong getting it. */
export class PresentSource {
	readonly address: AddressData;
	readonly #curated: PresentData;
	readonly #params: URLSearchParams;
	/** False while the address's dataset loads (the page shows that it is loading). */
	settled = $state(true);

	constructor(curated: PresentData) {
		this.#curated = curated;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never followed
		this.#params = new URLSearchParams(browser ? location.search : '');
		this.address = new AddressData(dataRefOf(this.#params));
		// The prerendered page is the curated one; an address naming other data or a selection is
		// rendered once read (the page's if-block then replaces the prerendered view).
		const p = this.#params;
		this.settled = !(this.address.ref || p.has('ids') || p.has('sel'));
	}

	/** Loads the address's dataset, if any; then the page renders. */
	async load(): Promise<void> {
		await this.address.load();
		this.settled = true;
	}

	/** What is presented: data, the address's issues about the selection, the problems beyond the list. */
	shown: { data: PresentData; issues: UrlIssue[] } = $derived.by(() => {
		const result = this.address.status === 'done' ? this.address.result : null;
		let data = this.#curated;
		if (result) {
			const { data: imported, moreProblems } = importedPresentData(
				result,
				t('en', 'presentAllTour')
			);
			const more = moreProblems ? [t('en', 'dataProblemsMore', { n: moreProblems })] : [];
			data = { ...imported, problems: [...imported.problems, ...more] };
		}
		if (!browser) return { data, issues: [] };
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, built and read once
		const known = new Set(data.events.map((e) => e.id));
		const selection = readSelection(this.#params, known, sessionStore());
		return { data: withSelection(data, selection.ids), issues: selection.issues };
	});

	/** Whether the tours shown are the site's own (the handout prints only those). */
	get curatedTours(): boolean {
		return this.shown.data === this.#curated;
	}

	/** Why the address's dataset is not shown, in `lang`, or null. */
	failure(lang: Lang): string | null {
		const { ref, status, error } = this.address;
		if (status !== 'failed' || !ref) return null;
		return `${t(lang, 'dataLoadFailed', { url: ref.value, error })} ${t(lang, 'dataInstead')}`;
	}
}
