/**
 * The timeline's view: the container width, the zoom transform and the selection. Computation lives in
 * lib/timeline; this class only holds state and derives from it.
 */
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

/** Holds the zoom state of one timeline. */
export class TimelineView {
	/** Padded extent of the data, UTC ms. Set once, by the constructor. */
	readonly extent: [number, number] = [0, 1];
	#widthPx = $state(SSR_WIDTH_PX);
	transform = $state<ZoomK>({ k: 1, x: 0 });
	/** Selected event id. */
	selected = $state<string | null>(null);

	base: UtcScale = $derived(baseScale(this.extent, this.widthPx));
	x: UtcScale = $derived(zoomedScale(this.base, this.transform));
	range: [number, number] = $derived(rangeForTransform(this.base, this.transform));
	get kExtent(): [number, number] {
		return scaleExtent(this.extent);
	}

	constructor(dataStartMs: number, dataEndMs: number) {
		this.extent = paddedExtent(dataStartMs, dataEndMs);
	}

	/** Container width in pixels. Setting it keeps the visible date range (a resize doesn't pan). */
	get widthPx(): number {
		return this.#widthPx;
	}
	set widthPx(widthPx: number) {
		if (!(widthPx > 0) || widthPx === this.#widthPx) return;
		const [fromMs, toMs] = this.range;
		this.#widthPx = widthPx;
		this.transform = transformForRange(this.base, fromMs, toMs);
	}

	/** True when the whole dataset is shown. */
	get isFit(): boolean {
		return this.transform.k <= 1.0001;
	}

	/** Shows `[fromMs, toMs)` (clamped to the zoom bounds). */
	show(fromMs: number, toMs: number): void {
		this.transform = transformForRange(this.base, fromMs, toMs);
	}

	/** Shows the whole dataset. */
	fit(): void {
		this.transform = { k: 1, x: 0 };
	}

	/** Zooms by `factor` (>1 zooms in) about the screen point `atPx` (default: the centre). */
	zoomBy(factor: number, atPx = this.widthPx / 2): void {
		const [from, to] = this.range;
		const at = this.x.invert(atPx).getTime();
		this.show(at - (at - from) / factor, at + (to - at) / factor);
	}

	/** Pans by a fraction of the visible window (negative: back in time). */
	panBy(fraction: number): void {
		const [from, to] = this.range;
		const shift = (to - from) * fraction;
		this.show(from + shift, to + shift);
	}
}
