/**
 * The home page's state: which dataset is on screen (the curated one or a researcher's own), its view,
 * the filters and search, and the address bar, which always equals the view. `+page.svelte` renders
 * it. The view announces its own changes (state/view.svelte.ts); the explorer subscribes once and
 * writes the URL (replaced while moving, pushed on discrete steps), and settles the range the table,
 * the print list and the polite announcement follow.
 */
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { facetsOf, filterEvents, urlVocabulary } from '$lib/data/filter';
import type { TimelineEvent } from '$lib/data/load';
import type { SourceRecord } from '$lib/data/schema';
import type { Vocabulary } from '$lib/data/vocabulary';
import { langIssue } from '$lib/i18n/lang';
import { t } from '$lib/i18n/strings';
import type { ImportedData } from '$lib/state/imported.svelte';
import { ui } from '$lib/state/lang.svelte';
import { viewOf, type TimelineView, type ViewChange } from '$lib/state/view.svelte';
import { eventWindow } from '$lib/timeline/extent';
import { formatRange } from '$lib/timeline/format';
import { overlapping, rangeIndex } from '$lib/timeline/inRange';
import type { SearchHits } from '$lib/timeline/search';
import { clip, type UrlIssue } from '$lib/timeline/urlIssue';
import { DEFAULT_VIEW, formatViewState, NO_FILTERS, type Filters } from '$lib/timeline/viewState';

/** A dataset on screen; `label` names a researcher's own (null for the curated one). */
export interface Shown {
	events: TimelineEvent[];
	sources: SourceRecord[];
	vocabulary: Vocabulary;
	label: string | null;
}

/** An address's parameters (never reactive: each address is read once). */
const searchParams = (search: string) => new URLSearchParams(search);

/** Zooming and typing replace the history entry at most this often. */
const REPLACE_MS = 250;

export class Explorer {
	readonly curated: Shown;
	/** The import machinery, loaded when a researcher first opens a file or names a URL. */
	importer = $state.raw<ImportedData | null>(null);
	/** The `?data=` URL of the dataset on screen (or loading), if any. */
	dataUrl = $state<string | null>(null);
	/** The `?file=` name of the opened file on screen (or loading), kept for the tab (tabData.ts). */
	fileName = $state<string | null>(null);
	/**
	 * The `?map=` column mapping the dataset on screen was read through, if any, as the address
	 * writes it (`mapParamValue` in `import/mapping.ts`).
	 */
	mapParam = $state<string | null>(null);
	/** A `?file=` the tab does not hold (opened in another tab or browser), for the URL notice. */
	#missingFile: string | null = null;

	/** The researcher's dataset once read with at least one event; else the curated one. */
	dataset: Shown = $derived.by(() => {
		const imported = this.importer;
		const result = imported?.status === 'done' ? imported.result : null;
		return result?.events.length
			? {
					events: result.events,
					sources: result.sources ?? [],
					vocabulary: result.vocabulary,
					label: imported!.name
				}
			: this.curated;
	});
	events = $derived(this.dataset.events);
	/** One view per dataset, over its extent. */
	view: TimelineView = $derived(viewOf(this.events.map((e) => e.span)));

	filters = $state<Filters>({ ...NO_FILTERS });
	query = $state('');
	hits = $state.raw<SearchHits | null>(null);
	urlIssues = $state<UrlIssue[]>([]);
	/** The range the table, print list and announcement follow: the view's, once it holds still. */
	settledRange = $state.raw<[number, number]>([0, 0]);

	facets = $derived(facetsOf(this.events));
	/** The events that pass the filters and search. */
	shown = $derived(filterEvents(this.events, this.filters, this.hits?.ids));
	/** The shown events indexed by start, so the visible ones are found by binary search. */
	#shownIndex = $derived(rangeIndex(this.shown));
	visibleEvents = $derived(
		overlapping(this.#shownIndex, this.settledRange[0], this.settledRange[1])
	);
	selectedEvent = $derived(this.events.find((e) => e.id === this.view.selected));
	announcement = $derived(
		t(ui.lang, 'showing', {
			range: formatRange(this.settledRange[0], this.settledRange[1], ui.lang),
			n: this.visibleEvents.length
		})
	);

	/** The address last written or applied, and the view it was applied to. */
	#written = '';
	#appliedTo: TimelineView | null = null;
	#replaceTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(curated: Shown) {
		this.curated = curated;
		this.settledRange = this.view.range;
	}

	/**
	 * Follows `view` (call it again for each new view): every change writes the address — replaced
	 * while moving, pushed on a discrete step, untouched when it came from the address — and settles
	 * the range. Returns the unsubscribe.
	 */
	follow(view: TimelineView): () => void {
		// Read without tracking: an effect that calls this follows the view, not its every range
		// (else each step of a zoom would subscribe again and settle the range at once).
		this.settledRange = untrack(() => view.range);
		const off = view.on((change: ViewChange) => {
			if (change !== 'restore') this.writeUrl(change);
		});
		const offSettled = view.onSettled(() => (this.settledRange = view.range));
		return () => {
			off();
			offSettled();
		};
	}

	/** The address of what is on screen: the dataset URL, the language asked for, then the view. */
	currentSearch(): string {
		const { view } = this;
		const viewParams = formatViewState({
			...DEFAULT_VIEW,
			...this.filters,
			fromMs: view.isFit ? null : view.range[0],
			toMs: view.isFit ? null : view.range[1],
			event: view.selected,
			q: this.query.trim()
		});
		const search = [this.#dataParams(), ui.param, viewParams.toString()].filter(Boolean).join('&');
		return search ? `?${search}` : '';
	}

	/** `data=` or `file=`, then `map=`: what names the dataset on screen in the address. */
	#dataParams(): string {
		const { dataUrl, fileName, mapParam } = this;
		const data = dataUrl
			? `data=${encodeURIComponent(dataUrl)}`
			: fileName
				? `file=${encodeURIComponent(fileName)}`
				: '';
		return data && mapParam ? `${data}&map=${mapParam}` : data;
	}

	/**
	 * Writes the address: `discrete` now, as a history entry; `continuous` soon (at most every
	 * REPLACE_MS), in place of the current entry; `replace` now, in place.
	 */
	writeUrl(kind: 'continuous' | 'discrete' | 'replace'): void {
		clearTimeout(this.#replaceTimer);
		const commit = () => {
			const search = this.currentSearch();
			if (search === location.search) return;
			this.#written = search;
			const url = `${resolve('/')}${search}`;
			if (kind === 'discrete') pushState(url, { view: search });
			else replaceState(url, { view: search });
		};
		if (kind === 'continuous') this.#replaceTimer = setTimeout(commit, REPLACE_MS);
		else commit();
	}

	/**
	 * Applies the address bar on load, on Back/Forward, when a new dataset arrives and when an import
	 * fails; an address this page just wrote, already applied to this view, is left alone.
	 */
	onAddress(search: string): void {
		const params = searchParams(search);
		const wanted = params.get('data');
		const wantedFile = wanted ? null : params.get('file');
		// The mapping as the address writes it (`mapping.ts`, `mapParamValue`), decoded by the importer.
		const wantedMap = (wanted || wantedFile) && /[?&]map=([^&#]*)/.exec(search)?.[1];
		if (
			wanted !== this.dataUrl ||
			wantedFile !== this.fileName ||
			(wantedMap || null) !== this.mapParam
		) {
			this.dataUrl = wanted;
			this.fileName = wantedFile;
			this.mapParam = wantedMap || null;
			this.#missingFile = null;
			if (wanted)
				this.ensureImporter().then((i) => i.loadUrl(wanted, location.origin, this.mapParam));
			else if (wantedFile) void this.#restoreFile(wantedFile);
			else this.importer?.clear();
		}
		// The rest of the address applies once the data is in (its ids are unknown until then), or to
		// the curated data if it cannot be read.
		const settled =
			this.importer?.status === 'done' ||
			this.importer?.status === 'failed' ||
			this.#missingFile !== null;
		if ((wanted || wantedFile) && !settled) return;
		if (search === this.#written && this.view === this.#appliedTo) return;
		this.#written = search;
		this.#appliedTo = this.view;
		void this.applySearch(search);
	}

	/**
	 * Shows the file the address names from the tab's store; a name the tab does not hold is said in
	 * the URL notice, over the curated data.
	 */
	async #restoreFile(name: string): Promise<void> {
		const { loadTabDataset } = await import('$lib/state/tabData');
		const stored = await loadTabDataset();
		if (this.fileName !== name) return; // superseded meanwhile
		if (stored?.name === name) {
			const importer = await this.ensureImporter();
			if (this.fileName === name)
				await importer.loadFile(new File([stored.file], name), this.mapParam);
			return;
		}
		this.importer?.clear();
		this.#missingFile = name;
		this.onAddress(location.search);
	}

	/** Applies an address's view, filters and search. The parser (with dayjs) loads only when needed. */
	async applySearch(search: string): Promise<void> {
		const { view } = this;
		if (!search || search === '?') {
			this.urlIssues = [];
			this.filters = { ...NO_FILTERS };
			this.query = '';
			view.fit('restore');
			view.select(null, 'restore');
			return;
		}
		const { parseViewState } = await import('$lib/timeline/urlState');
		if (search !== location.search || view !== this.view) return; // superseded meanwhile
		// Filter values are checked against the dataset on screen (an imported one has its own).
		const { state, issues } = parseViewState(searchParams(search), {
			...urlVocabulary(this.events, this.dataset.sources),
			types: this.dataset.vocabulary.categories.map((c) => c.id),
			otherParams: ['data', 'file', 'map', 'lang']
		});
		const badLang = langIssue(search, navigator.languages ?? [navigator.language]);
		const missing = this.#missingFile;
		this.urlIssues = [
			...(missing
				? [
						{
							param: 'file',
							value: clip(missing),
							code: 'urlNoFile',
							values: { value: clip(missing) }
						} as const
					]
				: []),
			...issues,
			...(badLang ? [badLang] : [])
		];
		const { types, countries, sources, participants, basis } = state;
		this.filters = { types, countries, sources, participants, basis };
		this.query = state.q;
		// A half range runs to the edge of the data.
		if (state.fromMs !== null || state.toMs !== null)
			view.show(state.fromMs ?? view.extent[0], state.toMs ?? view.extent[1], 'restore');
		else if (state.event) this.showEvent(state.event, 'restore');
		else view.fit('restore');
		view.select(state.event, 'restore');
		// The address names the view on screen: a range the view could not show as asked (wider than
		// the data, half open) is written as shown, in place of the one asked for.
		const shown = parseViewState(searchParams(this.currentSearch())).state;
		if (shown.fromMs !== state.fromMs || shown.toMs !== state.toMs) this.writeUrl('replace');
	}

	/** Brings an event into view (with context either side). */
	showEvent(id: string, change: ViewChange = 'discrete'): void {
		const e = this.events.find((ev) => ev.id === id);
		if (e) this.view.show(...eventWindow(e.span), change);
	}

	/** Selects an event, bringing it into view if it is not (chosen from the table, say). */
	select(id: string): void {
		const e = this.events.find((ev) => ev.id === id);
		const [from, to] = this.view.range;
		if (e && !(e.span.endMs > from && e.span.startMs < to)) this.showEvent(id);
		this.view.select(id);
	}

	/** Loads the import machinery (and its panel's code) on first use. */
	async ensureImporter(): Promise<ImportedData> {
		if (!this.importer) {
			const { ImportedData } = await import('$lib/state/imported.svelte');
			this.importer ??= new ImportedData();
		}
		return this.importer;
	}

	/**
	 * Opens a researcher's file: the address names it (`?file=`, and `?map=` once its columns are
	 * mapped), and the tab keeps it, so Back and a reload bring it back. A table whose columns are not
	 * ours first opens the mapping dialog, the page left as it is until the mapping is confirmed
	 * (`mappingFlow.ts`). The address is written before reading, so nothing reads the previous
	 * one meanwhile.
	 */
	async loadFile(file: File): Promise<void> {
		const importer = await this.ensureImporter();
		if (await importer.askMapping(file)) return;
		this.switchTo(null, file.name);
		const loading = importer.loadFile(file);
		const { saveTabDataset } = await import('$lib/state/tabData');
		await Promise.all([loading, saveTabDataset(file.name, file)]);
	}

	/** Opens a dataset by URL; the address names it. */
	loadUrl(url: string): void {
		this.switchTo(url, null);
		this.ensureImporter().then((i) => i.loadUrl(url, location.origin));
	}

	/** Back to the curated dataset; the tab forgets its file. */
	resetData(): void {
		this.switchTo(null, null);
		this.importer?.clear();
		import('$lib/state/tabData').then((m) => m.clearTabDataset());
	}

	/**
	 * Pushes an address naming only the new dataset (its `map`, if any, and the language): the old view, filters and
	 * search mean nothing in another dataset, so its view starts fitted.
	 */
	switchTo(dataUrl: string | null, fileName: string | null, map: string | null = null): void {
		clearTimeout(this.#replaceTimer);
		this.dataUrl = dataUrl;
		this.fileName = fileName;
		this.mapParam = map;
		this.#missingFile = null;
		this.filters = { ...NO_FILTERS };
		this.query = '';
		const params = [this.#dataParams(), ui.param].filter(Boolean).join('&');
		const search = params ? `?${params}` : '';
		pushState(`${resolve('/')}${search}`, { view: search });
	}

	#searchClient: Promise<import('$lib/data/searchClient').SearchClient> | null = null;

	/**
	 * Searches the dataset on screen for the current query. The search code loads with the first query;
	 * the index is built once per dataset, in a worker (lib/data/searchClient.ts); a result that
	 * arrives after the query or dataset changed is dropped.
	 */
	async search(): Promise<void> {
		const { query, events } = this;
		if (!query.trim()) {
			this.hits = null;
			return;
		}
		const client = await (this.#searchClient ??= import('$lib/data/searchClient').then(
			(m) => new m.SearchClient()
		));
		const hits = await client.search(events, query);
		if (query === this.query && events === this.events) this.hits = hits;
	}

	/** Search and filter changes write the address like view changes. */
	filtersChanged(kind: 'continuous' | 'discrete'): void {
		this.writeUrl(kind);
	}
}
