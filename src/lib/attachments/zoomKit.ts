/**
 * The lazily loaded half of `zoomable` (attachments/zoom.svelte.ts): d3-zoom and d3-selection with
 * our gesture rules, fetched after the timeline has hydrated (not part of the first load). DOM only,
 * no Svelte: the attachment calls it from its effects.
 */
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { select } from 'd3-selection';
import type { TimelineView } from '$lib/state/view.svelte';

/** Which gesture was refused in cooperative mode, so the page can say how to zoom. */
export type GestureHint = 'wheel' | 'touch';

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

/** d3-zoom on a node, as `attachZoom` returns it. */
export interface Zoomer {
	behaviour: ZoomBehavior<HTMLElement, unknown>;
	/** Bounds gestures to the view's width (px) and zoom factors. */
	bound(widthPx: number, kExtent: [number, number]): void;
	/** Pushes a transform set elsewhere (URL, keys, brush) into d3-zoom, so the next wheel does not jump. */
	follow(k: number, x: number): void;
	/** Removes d3-zoom and the touch handlers. */
	destroy(): void;
}

/**
 * Wheel, trackpad pinch, drag, touch pan and pinch, and double-click zoom along x on `node`, written
 * into `view`. Cooperative (embeds): the wheel zooms only when `wheelZooms(event)` says so, touches
 * go to the page but for two fingers (see zoom.svelte.ts).
 */
export function attachZoom(
	node: HTMLElement,
	view: TimelineView,
	options: {
		cooperative: boolean;
		wheelZooms: (event: WheelEvent) => boolean;
		onhint?: (hint: GestureHint) => void;
	}
): Zoomer {
	const { cooperative, wheelZooms } = options;
	const unguard = cooperative ? twoFingers(node, view, options.onhint) : verticalSwipeGuard(node);
	const behaviour = zoom<HTMLElement, unknown>()
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
			// Transforms pushed back by `follow` (sourceEvent null) are already the view's.
			const { k, x } = event.transform;
			view.setTransform({ k, x }, 'continuous');
		});
	const selection = select(node).call(behaviour);
	// d3-zoom sets no touch-action; the page keeps vertical swipes (see verticalSwipeGuard), or,
	// cooperative, every one-finger swipe (two fingers reach twoFingers).
	node.style.touchAction = cooperative ? 'pan-x pan-y' : 'pan-y';
	return {
		behaviour,
		bound(widthPx, kExtent) {
			behaviour
				.scaleExtent(kExtent)
				.extent([
					[0, 0],
					[widthPx, node.clientHeight || 1]
				])
				.translateExtent([
					[0, -Infinity],
					[widthPx, Infinity]
				]);
		},
		follow(k, x) {
			const current = zoomTransform(node);
			if (current.k !== k || current.x !== x)
				select(node).call(behaviour.transform, zoomIdentity.translate(x, 0).scale(k));
		},
		destroy() {
			selection.on('.zoom', null);
			unguard();
		}
	};
}
