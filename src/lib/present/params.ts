/**
 * The presenter's address: `?tour=<id>&step=<k>` read (with an issue for each correction) and written,
 * and a step clamped to a tour. Pure.
 */
import { DEFAULT_TOUR_ID, type Tour } from '../data/tours';
import { clip, type UrlIssue } from '../timeline/urlIssue';

/** `step` (1-based) clamped to `[1, count]`; non-numbers give 1. Never throws. */
export function clampStep(step: number, count: number): number {
	if (!Number.isFinite(step)) return 1;
	return Math.min(Math.max(1, count), Math.max(1, Math.trunc(step)));
}

/** How a step text was read: the step, and what was wrong with the text (null when nothing). */
interface StepReading {
	step: number;
	problem: 'not-a-number' | 'before-first' | 'past-last' | null;
}

function readStep(value: string | null | undefined, count: number): StepReading {
	const text = String(value ?? '').trim();
	if (text === '') return { step: 1, problem: null };
	// Any run of digits is a number: a huge one is past the last step, not "not a number".
	if (!/^[+-]?\d+$/.test(text)) return { step: 1, problem: 'not-a-number' };
	const last = Math.max(1, count);
	if (text.startsWith('-') || /^[+]?0+$/.test(text)) return { step: 1, problem: 'before-first' };
	const n = Number(text);
	if (!(n <= last)) return { step: last, problem: 'past-last' };
	return { step: clampStep(n, count), problem: null };
}

/**
 * A 1-based step from text (`?step=`, typed digits): an integer clamped to `[1, count]`; anything
 * else (missing, "abc", "2.5", "") gives 1. "-1" gives 1 and "9999" gives `count`.
 */
export function parseStep(value: string | null | undefined, count: number): number {
	return readStep(value, count).step;
}

/**
 * Reads `?tour=<id>&step=<k>`: an unknown tour gives the first of `tours` (the default tour); the step
 * is clamped. Each correction yields an issue naming the parameter and saying what is shown instead.
 * An empty or missing parameter is no issue. Never throws.
 */
export function parsePresentParams(
	params: URLSearchParams,
	tours: readonly Pick<Tour, 'id' | 'stops'>[]
): { tour: string; step: number; issues: UrlIssue[] } {
	const issues: UrlIssue[] = [];
	const wanted = params.get('tour');
	const tour = tours.find((t) => t.id === wanted) ?? tours[0];
	if (!tour) return { tour: DEFAULT_TOUR_ID, step: 1, issues };
	if (wanted && tour.id !== wanted) {
		issues.push({
			param: 'tour',
			value: clip(wanted),
			code: 'urlTourReplaced',
			values: { value: clip(wanted), instead: tour.id === DEFAULT_TOUR_ID ? null : tour.id }
		});
	}
	const raw = params.get('step');
	const count = tour.stops.length;
	const { step, problem } = readStep(raw, count);
	if (problem && raw !== null) {
		const value = clip(raw.trim());
		const last = Math.max(1, count);
		issues.push(
			problem === 'not-a-number'
				? { param: 'step', value, code: 'urlStepNotNumber', values: { value, last } }
				: problem === 'before-first'
					? { param: 'step', value, code: 'urlStepBeforeFirst', values: { value } }
					: { param: 'step', value, code: 'urlStepPastLast', values: { value, last: step } }
		);
	}
	return { tour: tour.id, step, issues };
}

/** Bounds of the kiosk's `?autoplay=<seconds>`. */
export const AUTOPLAY_MIN_S = 1;
export const AUTOPLAY_MAX_S = 3600;

/**
 * Reads the kiosk's `?autoplay=<seconds>` (seconds per stop, {@link AUTOPLAY_MIN_S} to
 * {@link AUTOPLAY_MAX_S}, decimals allowed). Absent gives null; a bad value gives null and an issue
 * naming it (autoplay stays off).
 */
export function parseAutoplay(params: URLSearchParams): {
	seconds: number | null;
	issue?: UrlIssue;
} {
	const raw = params.get('autoplay');
	if (raw === null) return { seconds: null };
	const value = clip(raw.trim());
	const seconds = Number(raw.trim());
	if (
		raw.trim() === '' ||
		!Number.isFinite(seconds) ||
		seconds < AUTOPLAY_MIN_S ||
		seconds > AUTOPLAY_MAX_S
	)
		return {
			seconds: null,
			issue: {
				param: 'autoplay',
				value,
				code: 'urlAutoplay',
				values: { value, min: AUTOPLAY_MIN_S, max: AUTOPLAY_MAX_S }
			}
		};
	return { seconds };
}

/** Writes `tour=<id>&step=<k>`; {@link parsePresentParams} reads it back unchanged. */
export function formatPresentParams(tour: string, step: number): URLSearchParams {
	return new URLSearchParams({ tour, step: String(step) });
}
