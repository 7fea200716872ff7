/**
 * Moves a timeline view to a window along the smooth zoom of `interpolateWindow`, one `view.show` per
 * animation frame, or in one cut when the user prefers reduced motion.
 */
import { interpolateWindow, transitionMs } from '$lib/timeline/camera';
import type { TimelineView } from '$lib/state/view.svelte';

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2);

/** True when the system asks for reduced motion. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Shows `target` (`[fromMs, toMs)`) in `view`: animated over 450–1100 ms, or at once when `cut`.
 * Returns a function that stops the animation where it is.
 */
export function flyTo(view: TimelineView, target: [number, number], cut: boolean): () => void {
	if (cut) {
		view.show(target[0], target[1]);
		return () => {};
	}
	const { at, length } = interpolateWindow(view.range, target);
	const durationMs = transitionMs(length);
	const startMs = performance.now();
	let frame = 0;
	const step = (now: number) => {
		const t = Math.min(1, (now - startMs) / durationMs);
		const [fromMs, toMs] = at(easeInOut(t));
		view.show(fromMs, toMs, t < 1 ? 'continuous' : 'discrete');
		if (t < 1) frame = requestAnimationFrame(step);
	};
	frame = requestAnimationFrame(step);
	return () => cancelAnimationFrame(frame);
}
