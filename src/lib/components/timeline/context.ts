/**
 * The context every timeline layer reads. All layers share one scale (`view.x`); none builds its own.
 */
import { createContext } from 'svelte';
import type { TimelineEvent } from '$lib/data/load';
import type { TimelineView } from '$lib/state/view.svelte';
import type { Lang } from '$lib/timeline/format';
import type { Geometry } from '$lib/timeline/geometry';
import type { TimeIndex } from '$lib/timeline/clusters';
import type { LaneMark } from '$lib/timeline/layout';

export interface TimelineContext {
	view: TimelineView;
	readonly lang: Lang;
	readonly events: readonly TimelineEvent[];
	readonly periods: readonly TimelineEvent[];
	readonly marks: readonly LaneMark[];
	/** Lanes with too many visible events to label: drawn as density, with aggregate marks. */
	readonly denseLanes: readonly boolean[];
	/** The events' time index (sorted typed arrays). */
	readonly index: TimeIndex;
	readonly geometry: Geometry;
	readonly selected: string | null;
	/** Selects an event; `opener` gets focus back when the detail closes. */
	select(id: string, opener?: HTMLElement): void;
	/** Zooms to the span of the given events (indices into `events`). */
	zoomTo(indices: readonly number[]): void;
	/** Zooms to `[fromMs, toMs)` with a margin. */
	zoomToRange(fromMs: number, toMs: number): void;
}

export const [getTimelineContext, setTimelineContext] = createContext<TimelineContext>();
