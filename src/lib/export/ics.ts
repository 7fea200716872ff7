/** iCalendar (RFC 5545) export: one all-day event per event, with its quotes and permalink. */
import { citeSource } from '../data/cite';
import type { TimelineEvent } from '../data/load';
import { isSourceRef } from '../data/refs';
import type { SourceRecord } from '../data/schema';
import { trimBase, type ExportContext, type ExportFile } from './format';

/** Options of {@link toIcs}. */
export interface IcsOptions {
	/** Site root; each event links to `<base>/events/<id>`. */
	permalinkBase: string;
	/** Source records, to name the documents quoted. */
	sources?: readonly SourceRecord[];
	/** DTSTAMP (default: now). Pass a fixed value for reproducible files. */
	now?: Date | number;
	/** X-WR-CALNAME, the name calendar apps show. */
	calendarName?: string;
}

/** Escapes an iCalendar TEXT value: backslash, `;`, `,` and line breaks. */
export function escapeIcsText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (ch: string) => {
	const c = ch.codePointAt(0)!;
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1): continuation lines
 * start with one space. Splits between code points, never inside a UTF-8 sequence.
 */
export function foldIcsLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let bytes = 0;
	let limit = 75;
	for (const ch of line) {
		const n = utf8Length(ch);
		if (bytes + n > limit) {
			parts.push(current);
			[current, bytes, limit] = ['', 0, 74];
		}
		current += ch;
		bytes += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** `YYYYMMDD` of a UTC instant. */
const icsDay = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

/**
 * The date line of a description: `Date: 2023-09~ (approximate)`, `Date: 2012~/.. (approximate, open
 * end)`; an identification that is a reading follows: `Identification: probable`.
 */
function dateLine(event: TimelineEvent): string {
	const flags = [
		event.span.approximate && 'approximate',
		event.span.uncertain && 'uncertain',
		event.span.unspecified && 'unspecified digits',
		event.span.openStart && 'open start',
		event.span.openEnd && 'open end',
		event.dateBasis === 'inferred' && 'inferred'
	].filter(Boolean);
	const date = `Date: ${event.date}${flags.length ? ` (${flags.join(', ')})` : ''}`;
	return event.identification ? `${date}\nIdentification: ${event.identification}` : date;
}

function description(event: TimelineEvent, permalink: string, sources: readonly SourceRecord[]) {
	const quotes = event.sources.map((ref) => {
		if (!isSourceRef(ref)) return ref.quote ? `“${ref.quote}” — ${ref.title ?? ref.url}` : '';
		const source = sources.find((s) => s.id === ref.source);
		const english = ref.translation ? ` [${ref.translation}]` : '';
		return `“${ref.quote}”${english} — ${source ? citeSource(source) : ref.source}`;
	});
	return [
		event.summary,
		'',
		dateLine(event),
		...(event.dateNote ? [event.dateNote] : []),
		...quotes.filter(Boolean).flatMap((q) => ['', q]),
		'',
		permalink
	].join('\n');
}

/**
 * Events as an iCalendar file: one all-day VEVENT per event (UID `<id>@cr-timeline`) from
 * `span.startMs` to the exclusive `span.endMs`, so month- and year-precision dates become multi-day
 * events; SUMMARY the title, DESCRIPTION the summary, the date as recorded, quotes and permalink.
 * CRLF line endings, TEXT escaped, lines folded at 75 octets.
 */
export function toIcs(events: readonly TimelineEvent[], options: IcsOptions): string {
	const stamp = new Date(options.now ?? Date.now()).toISOString().replace(/[-:]|\.\d+/g, '');
	const base = trimBase(options.permalinkBase);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//cr-timeline//China-Russia military diplomacy timeline//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeIcsText(options.calendarName ?? 'China–Russia military diplomacy')}`
	];
	for (const event of events) {
		const permalink = `${base}/events/${event.id}`;
		const place = [event.place?.city, event.place?.country].filter(Boolean).join(', ');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.id}@cr-timeline`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${icsDay(event.span.startMs)}`,
			`DTEND;VALUE=DATE:${icsDay(event.span.endMs)}`,
			`SUMMARY:${escapeIcsText(event.title)}`,
			`DESCRIPTION:${escapeIcsText(description(event, permalink, options.sources ?? []))}`,
			...(place ? [`LOCATION:${escapeIcsText(place)}`] : []),
			`CATEGORIES:${escapeIcsText(event.type)}`,
			`URL:${permalink}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** The calendar of the events on screen. */
export function exportFile({ events, sources, siteBase }: ExportContext): ExportFile {
	const data = toIcs(events, { permalinkBase: siteBase, sources });
	return { name: 'events.ics', data, type: 'text/calendar' };
}
