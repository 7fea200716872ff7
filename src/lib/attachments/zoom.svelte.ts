/**
 * `{@attach zoomable(view)}`: d3-zoom on an element, storing its transform in a TimelineView. d3-zoom
 * also keeps the transform on `node.__zoom`, so changes made elsewhere (URL, keyboard, brush, presenter)
 * are pushed back with `zoom.transform`; otherwise the next wheel event would jump.
 *
 * d3-zoom (with d3-transition, d3-interpolate…) is a fifth of the page's script, so it loads on the
 * first pointer, touch or wheel over the timeline rather than with the page. A wheel turned before it
 * arrives still zooms, by the same rule d3-zoom uses.
 */
import type { ZoomBehavior } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '$lib/state/view.svelte';

/** Options: `onUserZoom` fires for zooms the user makes with wheel, pinch, drag or double-click. */
export interface ZoomableOptions {
	onUserZoom?: () => void;
}

type ZoomKit = Awaited<ReturnType<typeof loadZoom>>;

async function loadZoom() {
	const [{ zoom, zoomIdentity, zoomTransform }, { select }] = await Promise.all([
		import('d3-zoom'),
		import('d3-selection')
	]);
	return { zoom, zoomIdentity, zoomTransform, select };
}

/** d3-zoom's default wheel delta: pixels, lines or pages to a log2 zoom step. */
function wheelDelta(event: WheelEvent): number {
	return (
		-event.deltaY *
		(event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) *
		(event.ctrlKey ? 10 : 1)
	);
}

/** Wheel, trackpad pinch, drag, touch pinch/swipe and double-click zoom along x, bounded by the view. */
export function zoomable(
	view: TimelineView,
	options: ZoomableOptions = {}
): Attachment<HTMLElement> {
	return (node) => {
		let kit = $state.raw<ZoomKit | null>(null);
		let loading = false;
		const load = () => {
			if (loading) return;
			loading = true;
			loadZoom().then((k) => (kit = k));
		};
		const early = (event: WheelEvent) => {
			if (kit) return;
			event.preventDefault();
			view.zoomBy(2 ** wheelDelta(event), event.clientX - node.getBoundingClientRect().left);
			options.onUserZoom?.();
			load();
		};
		node.addEventListener('wheel', early, { passive: false });
		for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focusin'])
			node.addEventListener(type, load, { once: true, passive: true });

		let behaviour = $state.raw<ZoomBehavior<HTMLElement, unknown>>();
		$effect(() => {
			if (!kit) return;
			node.removeEventListener('wheel', early);
			const zoom = kit
				.zoom<HTMLElement, unknown>()
				.filter((event: Event) => {
					// Ignore right-click, since that should open the context menu, and presses on event
					// marks and controls, which have their own meaning; double-click on the background zooms in.
					if ((event as MouseEvent).button) return false;
					const target = event.target as Element | null;
					// A scrolling list over the timeline (a cluster's members) keeps every gesture.
					if (target?.closest('[data-own-scroll]')) return false;
					if (event.type !== 'wheel' && target?.closest('button, a, input, select, [data-no-zoom]'))
						return false;
					return true;
				})
				.on('zoom', (event) => {
					const { k, x } = event.transform;
					if (k !== view.transform.k || x !== view.transform.x) view.transform = { k, x };
					if (event.sourceEvent) options.onUserZoom?.();
				});
			const selection = kit.select(node).call(zoom);
			behaviour = zoom;
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
			const current = kit.zoomTransform(node);
			if (current.k !== k || current.x !== x) {
				kit.select(node).call(behaviour.transform, kit.zoomIdentity.translate(x, 0).scale(k));
			}
		});

		return () => node.removeEventListener('wheel', early);
	};
}
