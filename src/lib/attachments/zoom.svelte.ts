/**
 * `{@attach zoomable(view)}`: d3-zoom on an element, storing its transform in a TimelineView (which
 * announces the change). d3-zoom also keeps the transform on `node.__zoom`, so changes made elsewhere
 * (URL, keyboard, brush, presenter) are pushed back with `zoom.transform`; otherwise the next wheel
 * event would jump.
 *
 * d3-zoom (with d3-transition, d3-interpolate…) is a fifth of the page's script, so it is not part of
 * the first load: it is fetched, with our gesture rules around it (`zoomKit.ts`), as soon as the
 * timeline has hydrated, and `onready` says when gestures work. A wheel turned before it arrives still
 * zooms, by the same rule d3-zoom uses.
 *
 * Touch: the element lets the browser scroll the page on a vertical swipe (`touch-action: pan-y`); a
 * horizontal drag pans and a pinch zooms.
 *
 * Cooperative gestures (`cooperative: true`, for embeds in someone else's page, as embedded maps do):
 * the wheel zooms only with Ctrl or ⌘ held or once the reader has clicked into the timeline (until
 * they click elsewhere or leave the frame); otherwise the page scrolls and `onhint('wheel')` asks for
 * a hint. One finger scrolls the page (`onhint('touch')`); two fingers pan and zoom.
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '$lib/state/view.svelte';
import type { GestureHint, Zoomer } from './zoomKit';

export type { GestureHint } from './zoomKit';

type ZoomKit = typeof import('./zoomKit');
let kitPromise: Promise<ZoomKit> | null = null;
/** d3-zoom with our gesture rules (zoomKit.ts), fetched once for every timeline of the page. */
const loadZoom = () => (kitPromise ??= import('./zoomKit'));

/**
 * d3-zoom's default wheel delta, for a wheel turned before it has loaded: pixels, lines or pages to a
 * log2 zoom step.
 */
function wheelDelta(event: WheelEvent): number {
	return (
		-event.deltaY *
		(event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
		(event.ctrlKey ? 10 : 1)
	);
}

/** Options of {@link zoomable}. */
export interface ZoomOptions {
	/** Gestures work (d3-zoom has loaded). */
	onready?: () => void;
	/** Leave the wheel and one finger to the page (see the module's comment). */
	cooperative?: boolean;
	/** A gesture was left to the page; the page may say how to zoom. */
	onhint?: (hint: GestureHint) => void;
}

/**
 * Whether the reader has clicked into `node` (and not since clicked elsewhere or left the window):
 * in cooperative mode, the wheel then zooms without Ctrl.
 */
function engagement(node: HTMLElement) {
	let engaged = false;
	const ondown = (event: PointerEvent) => {
		engaged = event.target instanceof Node && node.contains(event.target);
	};
	const onblur = () => (engaged = false);
	document.addEventListener('pointerdown', ondown, { capture: true, passive: true });
	window.addEventListener('blur', onblur);
	return {
		get engaged() {
			return engaged;
		},
		destroy() {
			document.removeEventListener('pointerdown', ondown, { capture: true });
			window.removeEventListener('blur', onblur);
		}
	};
}

/** Wheel, trackpad pinch, drag, touch pan and pinch, and double-click zoom along x, bounded by the view. */
export function zoomable(view: TimelineView, options: ZoomOptions = {}): Attachment<HTMLElement> {
	return (node) => {
		const cooperative = !!options.cooperative;
		const reader = cooperative ? engagement(node) : null;
		// A trackpad pinch arrives as a wheel with ctrlKey, so it always zooms.
		const wheelZooms = (event: WheelEvent) =>
			!reader || event.ctrlKey || event.metaKey || reader.engaged;
		let kit = $state.raw<ZoomKit | null>(null);
		let loading = false;
		const load = () => {
			if (loading) return;
			loading = true;
			loadZoom().then((k) => (kit = k));
		};
		const early = (event: WheelEvent) => {
			if (kit) return;
			if (!wheelZooms(event)) {
				options.onhint?.('wheel');
				return;
			}
			event.preventDefault();
			view.zoomBy(
				2 ** wheelDelta(event),
				event.clientX - node.getBoundingClientRect().left,
				'continuous'
			);
			load();
		};
		node.addEventListener('wheel', early, { passive: false });
		for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focusin'])
			node.addEventListener(type, load, { once: true, passive: true });
		// Fetched as soon as the page has hydrated (it is not part of the first load), so the first
		// gesture finds it ready.
		load();

		let zoomer = $state.raw<Zoomer>();
		$effect(() => {
			if (!kit) return;
			node.removeEventListener('wheel', early);
			const attached = kit.attachZoom(node, view, {
				cooperative,
				wheelZooms,
				onhint: options.onhint
			});
			zoomer = attached;
			options.onready?.();
			return attached.destroy;
		});

		// The view's width and zoom limits bound the gestures.
		$effect(() => {
			if (!zoomer) return;
			zoomer.bound(view.widthPx, view.kExtent);
		});

		// A change made elsewhere (URL, keys, brush, presenter) is pushed back into d3-zoom.
		$effect(() => {
			if (!zoomer) return;
			const { k, x } = view.transform;
			zoomer.follow(k, x);
		});

		return () => {
			node.removeEventListener('wheel', early);
			reader?.destroy();
		};
	};
}
