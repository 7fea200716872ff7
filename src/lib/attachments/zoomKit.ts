/**
 * The lazily loaded half of `zoomable` (attachments/zoom.svelte.ts): d3-zoom and d3-selection with
 * our gesture rules, fetched after the timeline has hydrated (not part of the first load). DOM only,
 * no Svelte: the attachment calls it from its effects.
 */
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { select } from 'd3-selection';
import type { TimelineView } from '$lib/state/view.svelte';

/**
 * How long a continuous gesture moves the drawing by a shift before it is laid out again, ms: long
 * enough that most frames of a zoom or pan are a restyle, short enough that clusters part and new
 * events appear while the gesture goes on. Shorter than SETTLE_MS (state/view.svelte.ts).
 */
const RELAYOUT_MS = 200;

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

/** An element a gesture's shift moves, and how (its `data-shift`: see {@link shiftBy}). */
interface Shifted {
	style: CSSStyleDeclaration;
	kind: 'layer' | 'upright' | number;
}

/**
 * What in `node` a shift moves, made ready to move: a layer is stretched from the chart's left edge,
 * its strokes keeping their width; its text is unstretched at its own left edge. (Set here, not in
 * a stylesheet: only gestures need it, and d3-zoom's code loads after the page.)
 */
function findShifted(node: HTMLElement): Shifted[] {
	return [...node.querySelectorAll<HTMLElement | SVGElement>('[data-shift]')].map((el) => {
		const kind = el.dataset.shift;
		if (kind === 'layer') {
			el.style.transformOrigin = '0 0';
			for (const stroke of el.querySelectorAll<SVGElement>('line, path, rect'))
				stroke.style.vectorEffect = 'non-scaling-stroke';
		} else if (kind === 'upright') {
			el.style.transformBox = 'fill-box';
			el.style.transformOrigin = '0 0';
		}
		return { style: el.style, kind: kind === 'layer' || kind === 'upright' ? kind : Number(kind) };
	});
}

/**
 * Moves what was laid out at screen x to `s · x + d` (a gesture's shift), element by element, by the
 * CSS `translate` and `scale` properties, which Svelte never writes (it owns `transform` and the
 * attributes), so removing them gives back exactly what was laid out. By each element's `data-shift`:
 * `layer`, a group of things drawn at a time, is moved and stretched (from the origin and with the
 * strokes {@link findShifted} set); `upright`, text in such a layer, is unstretched at its left edge; a
 * number, an HTML mark's x as laid out, moves the mark by its own offset without stretching it.
 */
function shiftBy(elements: readonly Shifted[], s: number, d: number): void {
	for (const { style, kind } of elements) {
		if (kind === 'layer') {
			style.translate = `${d}px 0`;
			style.scale = `${s} 1`;
		} else if (kind === 'upright') style.scale = `${1 / s} 1`;
		else style.translate = `${(s - 1) * kind + d}px 0`;
	}
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
	// During a gesture, what is drawn follows the pointer by a shift, not a new layout: each element
	// drawn at a time carries `data-shift` (see `shiftBy`), and moving it costs the browser a restyle
	// of that element and a paint, not a layout of every mark. The view is laid out again when the
	// gesture ends, and every RELAYOUT_MS while it lasts, so clusters part and events come into view
	// as it goes. `laid` is the transform the drawing was laid out for; null between gestures.
	let laid: { k: number; x: number } | null = null;
	let laidAt = 0;
	// The gesture's latest transform, not yet given to the view or the shift (it is, at the next frame).
	let pending: { k: number; x: number } | null = null;
	let frame = 0;
	// What the shift moves, found once per layout (a layout makes and removes marks).
	let shifted: Shifted[] | null = null;
	const unshift = () => {
		for (const { style } of shifted ?? []) {
			style.translate = '';
			style.scale = '';
		}
		shifted = null;
	};
	const layOut = (t: { k: number; x: number }) => {
		unshift();
		view.setTransform(t, 'continuous');
		laid = view.transform;
		laidAt = performance.now();
	};
	const applyPending = () => {
		frame = 0;
		const t = pending;
		pending = null;
		if (!t) return;
		if (!laid || performance.now() - laidAt > RELAYOUT_MS) return layOut(t);
		// screen = s · laid + d maps where things were laid out to where the gesture has them now.
		const s = t.k / laid.k;
		const d = t.x - s * laid.x;
		// Far from the layout it is laid out now: a shift cannot show what was beyond the edges (a
		// quarter of the view would be empty), nor part clusters zoomed in twice.
		const w = view.widthPx;
		const empty = Math.max(0, d) + Math.max(0, w - (s * w + d));
		if (empty > w / 4 || s > 2) return layOut(t);
		shifted ??= findShifted(node);
		shiftBy(shifted, s, d);
	};
	/** The gesture is over: laid out where it ended, shift removed. */
	const settle = (t: { k: number; x: number }) => {
		cancelAnimationFrame(frame);
		frame = 0;
		pending = null;
		if (laid) layOut(t);
		laid = null;
	};
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
			const { k, x } = event.transform;
			// A gesture's transforms reach the drawing once per frame, the latest one: a busy or
			// throttled page gets several wheel or pointer events a frame. Others (pushed back by
			// `follow`, a transition started elsewhere) are laid out at once.
			if (!event.sourceEvent) {
				if (laid) settle({ k, x });
				else view.setTransform({ k, x }, 'continuous');
			} else {
				view.inputAt = performance.now();
				if (!laid) {
					laid = view.transform;
					laidAt = performance.now();
				}
				pending = { k, x };
				frame ||= requestAnimationFrame(applyPending);
			}
		})
		.on('end', (event) => {
			// d3-zoom ends a wheel gesture 150 ms after its last notch, a drag or touch when released.
			if (event.sourceEvent || laid) settle({ k: event.transform.k, x: event.transform.x });
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
			// During a gesture d3-zoom is ahead of the view, not apart: the view has what was laid out.
			if (laid && laid.k === k && laid.x === x) return;
			// A change from elsewhere (keys, URL, brush) ends a gesture's shift.
			if (laid) {
				cancelAnimationFrame(frame);
				frame = 0;
				pending = null;
				laid = null;
				unshift();
			}
			const current = zoomTransform(node);
			if (current.k !== k || current.x !== x)
				select(node).call(behaviour.transform, zoomIdentity.translate(x, 0).scale(k));
		},
		destroy() {
			cancelAnimationFrame(frame);
			unshift();
			selection.on('.zoom', null);
			unguard();
		}
	};
}
