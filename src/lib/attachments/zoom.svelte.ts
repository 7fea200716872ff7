/**
 * `{@attach zoomable(view)}`: d3-zoom on an element, storing its transform in a TimelineView (which
 * announces the change). d3-zoom also keeps the transform on `node.__zoom`, so changes made elsewhere
 * (URL, keyboard, brush, presenter) are pushed back with `zoom.transform`; otherwise the next wheel
 * event would jump.
 *
 * d3-zoom (with d3-transition, d3-interpolate…) is a fifth of the page's script, so it is not part of
 * the first load: it is fetched as soon as the timeline has hydrated, and `onready` says when gestures
 * work. A wheel turned before it arrives still zooms, by the same rule d3-zoom uses.
 *
 * Touch: the element lets the browser scroll the page on a vertical swipe (`touch-action: pan-y`); a
 * horizontal drag pans and a pinch zooms.
 *
 * Cooperative gestures (`cooperative: true`, for embeds in someone else's page, as embedded maps do):
 * the wheel zooms only with Ctrl or ⌘ held or once the reader has clicked into the timeline (until
 * they click elsewhere or leave the frame); otherwise the page scrolls and `onhint('wheel')` asks for
 * a hint. One finger scrolls the page (`onhint('touch')`); two fingers pan and zoom.
 */
import type { ZoomBehavior } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '$lib/state/view.svelte';

async function importZoom() {
	const [{ zoom, zoomIdentity, zoomTransform }, { select }] = await Promise.all([
		import('d3-zoom'),
		import('d3-selection')
	]);
	return { zoom, zoomIdentity, zoomTransform, select };
}
type ZoomKit = Awaited<ReturnType<typeof importZoom>>;

let kitPromise: Promise<ZoomKit> | null = null;
/** d3-zoom and d3-selection, fetched once for every timeline of the page. */
const loadZoom = () => (kitPromise ??= importZoom());

/** d3-zoom's default wheel delta: pixels, lines or pages to a log2 zoom step. */
function wheelDelta(event: WheelEvent): number {
	return (
		-event.deltaY *
		(event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
		(event.ctrlKey ? 10 : 1)
	);
}

/**
 * Stops a one-finger swipe that is mostly vertical from reaching d3-zoom: the browser scrolls the page
 * instead (`touch-action: pan-y`), and the timeline must not drift sideways meanwhile.
 */
function verticalSwipeGuard(node: HTMLElement): () => void {
	let start: { x: number; y: number } | null = null;
	let vertical = false;
	const onstart = (event: TouchEvent) => {
		const touch = event.touches[0];
		start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
		vertical = false;
	};
	const onmove = (event: TouchEvent) => {
		if (!start || event.touches.length !== 1) return;
		const touch = event.touches[0];
		const dx = Math.abs(touch.clientX - start.x);
		const dy = Math.abs(touch.clientY - start.y);
		if (!vertical && dy > 8 && dy > dx) vertical = true;
		if (vertical) event.stopImmediatePropagation();
	};
	node.addEventListener('touchstart', onstart, { capture: true, passive: true });
	node.addEventListener('touchmove', onmove, { capture: true, passive: true });
	return () => {
		node.removeEventListener('touchstart', onstart, { capture: true });
		node.removeEventListener('touchmove', onmove, { capture: true });
	};
}

/** Which gesture was refused in cooperative mode, so the page can say how to zoom. */
export type GestureHint = 'wheel' | 'touch';

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
 * Two-finger pan and pinch for cooperative mode, where d3-zoom gets no touches (one finger belongs to
 * the page): the time under the fingers' midpoint follows it, and their spread zooms.
 */
function twoFingers(node: HTMLElement, view: TimelineView, onhint?: (hint: GestureHint) => void) {
	let last: { mid: number; spread: number } | null = null;
	const measure = (event: TouchEvent) => {
		const [a, b] = [event.touches[0], event.touches[1]];
		const left = node.getBoundingClientRect().left;
		return {
			mid: (a.clientX + b.clientX) / 2 - left,
			spread: Math.max(1, Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY))
		};
	};
	const onstart = (event: TouchEvent) => {
		last = event.touches.length === 2 ? measure(event) : null;
	};
	const onmove = (event: TouchEvent) => {
		if (event.touches.length !== 2) {
			if (event.touches.length === 1) onhint?.('touch');
			return;
		}
		event.preventDefault();
		const now = measure(event);
		if (last) {
			view.zoomBy(now.spread / last.spread, last.mid, 'continuous');
			view.panBy(-(now.mid - last.mid) / view.widthPx, 'continuous');
		}
		last = now;
	};
	const onend = (event: TouchEvent) => {
		last = event.touches.length === 2 ? measure(event) : null;
	};
	node.addEventListener('touchstart', onstart, { passive: true });
	node.addEventListener('touchmove', onmove, { passive: false });
	node.addEventListener('touchend', onend, { passive: true });
	node.addEventListener('touchcancel', onend, { passive: true });
	return () => {
		node.removeEventListener('touchstart', onstart);
		node.removeEventListener('touchmove', onmove);
		node.removeEventListener('touchend', onend);
		node.removeEventListener('touchcancel', onend);
	};
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
		const unguard = cooperative ? twoFingers(node, view, options.onhint) : verticalSwipeGuard(node);

		let behaviour = $state.raw<ZoomBehavior<HTMLElement, unknown>>();
		// The gesture's latest transform, not yet given to the view (it is, at the next frame).
		let pending: { k: number; x: number } | null = null;
		let frame = 0;
		const applyPending = () => {
			frame = 0;
			const t = pending;
			pending = null;
			if (t) view.setTransform(t, 'continuous');
		};
		$effect(() => {
			if (!kit) return;
			node.removeEventListener('wheel', early);
			const zoom = kit
				.zoom<HTMLElement, unknown>()
				.filter((event: Event) => {
					// Ignore right-click, since that should open the context menu, and mouse presses on
					// event marks and controls, which have their own meaning; double-click on the background
					// zooms in. A finger may start a pan anywhere, marks included (labels cover much of a
					// small screen): a tap without movement still activates the mark.
					if ((event as MouseEvent).button) return false;
					const target = event.target as Element | null;
					// Cooperative: the page keeps the plain wheel and every touch (two fingers are
					// handled by twoFingers, one finger scrolls the page).
					if (cooperative && event.type === 'wheel' && !wheelZooms(event as WheelEvent)) {
						options.onhint?.('wheel');
						return false;
					}
					if (cooperative && event.type.startsWith('touch')) return false;
					// A scrolling list over the timeline (a cluster's members) keeps every gesture.
					if (target?.closest('[data-own-scroll]')) return false;
					const pressed = event.type === 'mousedown' || event.type === 'dblclick';
					if (pressed && target?.closest('button, a, input, select, [data-no-zoom]')) return false;
					return true;
				})
				.on('zoom', (event) => {
					const { k, x } = event.transform;
					// A gesture's transforms reach the view once per frame, the latest one: a busy or
					// throttled page gets several wheel or pointer events a frame, and laying out the view
					// for each would only lengthen the frame. Others (pushed back) apply at once.
					if (!event.sourceEvent) view.setTransform({ k, x }, 'continuous');
					else {
						pending = { k, x };
						frame ||= requestAnimationFrame(applyPending);
					}
				});
			const selection = kit.select(node).call(zoom);
			// d3-zoom sets no touch-action; the page keeps vertical swipes (see verticalSwipeGuard), or,
			// cooperative, every one-finger swipe (two fingers reach twoFingers).
			node.style.touchAction = cooperative ? 'pan-x pan-y' : 'pan-y';
			behaviour = zoom;
			options.onready?.();
			return () => {
				selection.on('.zoom', null);
			};
		});

		$effect(() => {
			if (!kit || !behaviour) return;
			const width = view.widthPx;
			behaviour
				.scaleExtent(view.kExtent)
				.extent([
					[0, 0],
					[width, node.clientHeight || 1]
				])
				.translateExtent([
					[0, -Infinity],
					[width, Infinity]
				]);
		});

		$effect(() => {
			if (!kit || !behaviour) return;
			const { k, x } = view.transform;
			// While a gesture's transform waits for its frame, d3-zoom is ahead of the view, not apart.
			if (pending) return;
			const current = kit.zoomTransform(node);
			if (current.k !== k || current.x !== x) {
				kit.select(node).call(behaviour.transform, kit.zoomIdentity.translate(x, 0).scale(k));
			}
		});

		return () => {
			cancelAnimationFrame(frame);
			node.removeEventListener('wheel', early);
			unguard();
			reader?.destroy();
		};
	};
}
