/**
 * The context every timeline layer reads. All layers share one scale (`view.x`) and one geometry; none
 * builds its own.
 */
import { createContext } from 'svelte';
import type { TimelineEvent } from '$lib/data/load';
import type { Vocabulary } from '$lib/data/vocabulary';
import type { TimelineView } from '$lib/state/view.svelte';
import type { Lang } from '$lib/i18n/lang';
import type { Geometry } from '$lib/timeline/geometry';
import type { TimeIndex } from '$lib/timeline/clusters';
import type { LaneMark } from '$lib/timeline/marks';

export interface TimelineContext {
	view: TimelineView;
	readonly lang: Lang;
	readonly events: readonly TimelineEvent[];
	/** The dataset's categories and lanes: names and colours. */
	readonly vocabulary: Vocabulary;
	readonly periods: readonly TimelineEvent[];
	readonly marks: readonly LaneMark[];
	/** Lanes with too many visible events to label: drawn as density, with aggregate marks. */
	readonly denseLanes: readonly boolean[];
	/** The events' time index (sorted typed arrays). */
	readonly index: TimeIndex;
	readonly geometry: Geometry;
	readonly selected: string | null;
	/** A stretch of time drawn as a band over the lanes ("you are here"), UTC ms. */
	readonly highlight: readonly [number, number] | null;
	/** Selects an event; `opener` gets focus back when the detail closes. */
	select(id: string, opener?: HTMLElement): void;
	/** Zooms to exactly the time the given events cover (indices into `events`). */
	zoomTo(indices: readonly number[]): void;
	/** Zooms to `[fromMs, toMs)` with a small margin. */
	zoomToRange(fromMs: number, toMs: number): void;
}

export const [getTimelineContext, setTimelineContext] = createContext<TimelineContext>();
