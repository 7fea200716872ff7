/**
 * `{@attach swipe(onswipe)}`: a horizontal swipe of a finger (over 60 px, mostly sideways) calls
 * `onswipe('left')` or `onswipe('right')`. The element should have `touch-action: pan-y`, so that the
 * browser keeps vertical scrolling and leaves sideways moves to us.
 */
import type { Attachment } from 'svelte/attachments';

const MIN_DISTANCE_PX = 60;

/** The attachment; `onswipe` gets the direction the finger moved. */
export function swipe(onswipe: (direction: 'left' | 'right') => void): Attachment<HTMLElement> {
	return (node) => {
		let start: { id: number; x: number; y: number } | null = null;
		const down = (event: PointerEvent) => {
			if (event.pointerType !== 'touch' || !event.isPrimary) return;
			start = { id: event.pointerId, x: event.clientX, y: event.clientY };
		};
		const up = (event: PointerEvent) => {
			if (!start || event.pointerId !== start.id) return;
			const dx = event.clientX - start.x;
			const dy = event.clientY - start.y;
			start = null;
			if (Math.abs(dx) >= MIN_DISTANCE_PX && Math.abs(dx) > 1.5 * Math.abs(dy))
				onswipe(dx < 0 ? 'left' : 'right');
		};
		const cancel = () => (start = null);
		node.addEventListener('pointerdown', down);
		node.addEventListener('pointerup', up);
		node.addEventListener('pointercancel', cancel);
		return () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
		};
	};
}
