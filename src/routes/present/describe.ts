/**
 * What the presenter says about a stop: its title, its date as the tour wrote it (or the event's honest
 * date), the events inside a range, and the key quote with its source. Pure.
 */
import type { TimelineEvent } from '$lib/data/load';
import type { SourceRecord } from '$lib/data/schema';
import { DEFAULT_TOUR_ID, SELECTION_TOUR_ID, type Tour, type TourStop } from '$lib/data/tours';
import { localized, type LocalText } from '$lib/i18n/localized';
import { t } from '$lib/i18n/all';
import { dateLang, DATE_PATTERNS, formatSpan, formatUtc } from '$lib/timeline/format';
import type { Lang } from '$lib/i18n/lang';

type Precision = 'year' | 'month' | 'day';
const precisionOf = (typed: string): Precision =>
	typed.length <= 4 ? 'year' : typed.length <= 7 ? 'month' : 'day';

/**
 * A typed range (`to` inclusive) at the precision it was typed: "2023", "Oct–Nov 2023",
 * "29 Oct – 8 Nov 2023", "2001–2004", "Dec 2023 – Jan 2024". Times are the stop's UTC ms.
 */
export function formatTypedRange(stop: TourStop, lang: Lang = 'en'): string {
	// The date wording timeline/format.ts has for `lang` (English for a language it lacks).
	const words = dateLang(lang);
	const p = DATE_PATTERNS[words];
	const precision = precisionOf(stop.from ?? '');
	const lastMs = stop.endMs - 1;
	const at = (ms: number, pattern: string) => formatUtc(ms, pattern, words);
	if (stop.from === stop.to) return at(stop.startMs, p[precision]);
	if (precision !== precisionOf(stop.to ?? ''))
		return `${at(stop.startMs, p[precision])} – ${at(lastMs, p[precisionOf(stop.to ?? '')])}`;
	const sameYear = at(stop.startMs, 'yyyy') === at(lastMs, 'yyyy');
	if (precision === 'year') return `${at(stop.startMs, p.year)}–${at(lastMs, p.year)}`;
	if (words === 'en' && sameYear && precision === 'month')
		return `${at(stop.startMs, p.monthShort)}–${at(lastMs, p.month)}`;
	if (words === 'en' && sameYear) return `${at(stop.startMs, p.dayMonth)} – ${at(lastMs, p.day)}`;
	return `${at(stop.startMs, p[precision])} – ${at(lastMs, p[precision])}`;
}

/** The event of an event stop, if it exists. */
export function stopEvent(
	stop: TourStop,
	events: readonly TimelineEvent[]
): TimelineEvent | undefined {
	return stop.event ? events.find((e) => e.id === stop.event) : undefined;
}

/**
 * A tour's title in `lang` (its `titleZh` for Chinese); the built-in tour's is prerendered in English,
 * so it follows the reader's language.
 */
export function tourTitle(
	tour: Pick<Tour, 'id' | 'title'> & Partial<Pick<Tour, 'titleZh' | 'stops'>>,
	lang: Lang = 'en'
): string {
	if (tour.id === DEFAULT_TOUR_ID) return t(lang, 'presentAllTour');
	if (tour.id === SELECTION_TOUR_ID)
		return t(lang, 'presentSelectionTour', { n: tour.stops?.length ?? 0 });
	return localized(tour, lang).title.text;
}

/**
 * The stop's title in `lang` with the `lang` attribute of a fallback: as the tour names it, else the
 * event's title, else its range.
 */
export function stopHeading(
	stop: TourStop,
	events: readonly TimelineEvent[],
	lang: Lang = 'en'
): LocalText {
	if (stop.title) return localized(stop, lang).title;
	const event = stopEvent(stop, events);
	return event
		? localized(event, lang).title
		: { text: formatTypedRange(stop, lang), lang: undefined };
}

/** The stop's title as plain text ({@link stopHeading}), for announcements and window titles. */
export function stopTitle(stop: TourStop, events: readonly TimelineEvent[], lang: Lang = 'en') {
	return stopHeading(stop, events, lang).text;
}

/** The stop's date: the event's honest date (approximate, uncertain…), or the typed range. */
export function stopDate(stop: TourStop, events: readonly TimelineEvent[], lang: Lang = 'en') {
	const event = stopEvent(stop, events);
	return event ? formatSpan(event.span, lang) : formatTypedRange(stop, lang);
}

/** Events (periods excepted) that overlap a range stop, in time order. */
export function eventsInStop(stop: TourStop, events: readonly TimelineEvent[]): TimelineEvent[] {
	return events.filter(
		(e) => e.lane >= 0 && e.span.endMs > stop.startMs && e.span.startMs < stop.endMs
	);
}

/** An event's key quote (its first passage) with the source record, if any. */
export function keyQuote(event: TimelineEvent, sources: readonly SourceRecord[]) {
	const passage = event.passages[0];
	if (!passage) return null;
	return { passage, source: sources.find((s) => s.id === passage.source) };
}

/** Elapsed time as a clock: "0:07", "12:34", "1:02:03". Negative or non-finite times give "0:00". */
export function formatElapsed(ms: number): string {
	const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
