/**
 * The timeline's view: the container width, the zoom transform and the selection. It is the one owner
 * of the view and announces its own changes (as d3-zoom routes every transform through one `emit`):
 * whatever moves the view — wheel, drag, keys, the brush, "Go to", the presenter, a host's message —
 * calls a method here, and subscribers (the URL, the announcement, the embed's `rangechange`) follow.
 * Computation lives in lib/timeline; this class holds state and derives from it.
 */
import { extentOf, type Span } from '$lib/timeline/extent';
import {
	baseScale,
	paddedExtent,
	rangeForTransform,
	scaleExtent,
	transformForRange,
	zoomedScale,
	type UtcScale,
	type ZoomK
} from '$lib/timeline/scale';

/** Width the server renders at, before the browser measures the real one. */
export const SSR_WIDTH_PX = 960;

/**
 * How long a range must hold still before what follows it at leisure (a table, an announcement, an
 * embed's host) follows it, ms: longer than a gesture goes between two layouts (RELAYOUT_MS in
 * attachments/zoomKit.ts), so a zoom or pan in progress rebuilds none of them.
 */
export const SETTLE_MS = 400;

/**
 * How the view changed: `continuous` while a gesture or animation moves it (the URL is replaced),
 * `discrete` for a step (a key, a button, a jump: the URL gains a history entry), `restore` when the
 * address bar or history set it (nothing to write back).
 */
export type ViewChange = 'continuous' | 'discrete' | 'restore';

/** Holds the zoom state of one timeline. */
export class TimelineView {
	/** Padded extent of the data, UTC ms. Set once, by the constructor. */
	readonly extent: [number, number] = [0, 1];
	#widthPx = $state(SSR_WIDTH_PX);
	#transform = $state.raw<ZoomK>({ k: 1, x: 0 });
	#selected = $state<string | null>(null);
	#listeners: ((change: ViewChange) => void)[] = [];
	/**
	 * When a gesture's input (a wheel notch, a pointer move) last arrived, performance.now ms, set by
	 * whatever handles it. It may move the range only at a later frame, or not at all (while a gesture
	 * shifts what is drawn); either way the view is not still.
	 */
	inputAt = -Infinity;

	base: UtcScale = $derived(baseScale(this.extent, this.widthPx));
	x: UtcScale = $derived(zoomedScale(this.base, this.#transform));
	range: [number, number] = $derived(rangeForTransform(this.base, this.#transform));
	get kExtent(): [number, number] {
		return scaleExtent(this.extent);
	}

	constructor(dataStartMs: number, dataEndMs: number) {
		this.extent = paddedExtent(dataStartMs, dataEndMs);
	}

	/** Calls `listener` after every change of the range or the selection; returns the unsubscribe. */
	on(listener: (change: ViewChange) => void): () => void {
		this.#listeners = [...this.#listeners, listener];
		return () => {
			this.#listeners = this.#listeners.filter((l) => l !== listener);
		};
	}

	#emit(change: ViewChange): void {
		for (const listener of this.#listeners) listener(change);
	}

	/**
	 * Calls `listener` once the view has held still for SETTLE_MS after a change: no change of the
	 * range or the selection, and no gesture input, for that long. A busy page may run the timer before
	 * the frame that applies a notch; the input time keeps it from settling between the two. A
	 * `restore` (the address or history set the view) is a jump, not a gesture: it settles at once.
	 * Returns the unsubscribe.
	 */
	onSettled(listener: () => void): () => void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const check = () => {
			const wait = this.inputAt + SETTLE_MS - performance.now();
			if (wait > 0) timer = setTimeout(check, wait);
			else listener();
		};
		const off = this.on((change) => {
			clearTimeout(timer);
			if (change === 'restore') listener();
			else timer = setTimeout(check, SETTLE_MS);
		});
		return () => {
			off();
			clearTimeout(timer);
		};
	}

	/** The zoom transform along x (screen = k · base + x). */
	get transform(): ZoomK {
		return this.#transform;
	}

	/** Sets the transform (d3-zoom's gestures), announcing the change when the range moved. */
	setTransform(t: ZoomK, change: ViewChange = 'continuous'): void {
		const { k, x } = this.#transform;
		if (t.k === k && t.x === x) return;
		this.#transform = { k: t.k, x: t.x };
		this.#emit(change);
	}

	/** Container width in pixels. Setting it keeps the visible date range (a resize doesn't pan). */
	get widthPx(): number {
		return this.#widthPx;
	}
	set widthPx(widthPx: number) {
		if (!(widthPx > 0) || widthPx === this.#widthPx) return;
		const [fromMs, toMs] = this.range;
		this.#widthPx = widthPx;
		this.#transform = transformForRange(this.base, fromMs, toMs);
	}

	/** Selected event id. */
	get selected(): string | null {
		return this.#selected;
	}

	/** Selects an event (or none), announcing the change. */
	select(id: string | null, change: ViewChange = 'discrete'): void {
		if (id === this.#selected) return;
		this.#selected = id;
		this.#emit(change);
	}

	/** True when the whole dataset is shown. */
	get isFit(): boolean {
		return this.#transform.k <= 1.0001;
	}

	/** Shows `[fromMs, toMs)` (clamped to the zoom bounds). */
	show(fromMs: number, toMs: number, change: ViewChange = 'discrete'): void {
		this.setTransform(transformForRange(this.base, fromMs, toMs), change);
	}

	/** Shows the whole dataset. */
	fit(change: ViewChange = 'discrete'): void {
		this.setTransform({ k: 1, x: 0 }, change);
	}

	/** Zooms by `factor` (>1 zooms in) about the screen point `atPx` (default: the centre). */
	zoomBy(factor: number, atPx = this.widthPx / 2, change: ViewChange = 'discrete'): void {
		const [from, to] = this.range;
		const at = this.x.invert(atPx);
		this.show(at - (at - from) / factor, at + (to - at) / factor, change);
	}

	/** Pans by a fraction of the visible window (negative: back in time). */
	panBy(fraction: number, change: ViewChange = 'discrete'): void {
		const [from, to] = this.range;
		const shift = (to - from) * fraction;
		this.show(from + shift, to + shift, change);
	}
}

/** A view over the time `spans` cover (2000–2025 when there are none). */
export function viewOf(spans: Iterable<Span>): TimelineView {
	const extent = extentOf(spans);
	return extent ? new TimelineView(extent[0], extent[1]) : new TimelineView(NaN, NaN);
}
