/**
 * `{@attach zoomable(view)}`: d3-zoom on an element, storing its transform in a TimelineView. d3-zoom
 * also keeps the transform on `node.__zoom`, so changes made elsewhere (URL, keyboard, brush, presenter)
 * are pushed back with `zoom.transform`; otherwise the next wheel event would jump.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import type { TimelineView } from '$lib/state/view.svelte';

/** Options: `onUserZoom` fires for zooms the user makes with wheel, pinch, drag or double-click. */
export interface ZoomableOptions {
	onUserZoom?: () => void;
}

/** Wheel, trackpad pinch, drag, touch pinch/swipe and double-click zoom along x, bounded by the view. */
export function zoomable(
	view: TimelineView,
	options: ZoomableOptions = {}
): Attachment<HTMLElement> {
	return (node) => {
		const behaviour = zoom<HTMLElement, unknown>()
			.filter((event: Event) => {
				// Ignore right-click, since that should open the context menu, and clicks on event marks
				// and controls, which have their own meaning; double-click on the background zooms in.
				if ((event as MouseEvent).button) return false;
				const target = event.target as Element | null;
				if (event.type !== 'wheel' && target?.closest('button, a, input, select, [data-no-zoom]'))
					return false;
				return true;
			})
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				const { k, x } = event.transform;
				if (k !== view.transform.k || x !== view.transform.x) view.transform = { k, x };
				if (event.sourceEvent) options.onUserZoom?.();
			});
		const selection = select(node).call(behaviour);

		$effect(() => {
			const width = view.widthPx;
			const height = node.clientHeight || 1;
			behaviour
				.scaleExtent(view.kExtent)
				.extent([
					[0, 0],
					[width, height]
				])
				.translateExtent([
					[0, -Infinity],
					[width, Infinity]
				]);
		});

		$effect(() => {
			const { k, x } = view.transform;
			const current = zoomTransform(node);
			if (current.k !== k || current.x !== x)
				selection.call(behaviour.transform, zoomIdentity.translate(x, 0).scale(k));
		});

		return () => {
			selection.on('.zoom', null);
		};
	};
}
