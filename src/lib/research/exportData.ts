/**
 * Exports of timeline events: our CSV (the import format, see `CSV_COLUMNS`), our JSON and
 * iCalendar (RFC 5545). Pure functions from events to text; `exportImage.ts` does the pictures.
 */
import { OTHER_LANE, type Vocabulary } from '../data/vocabulary';
import Papa from 'papaparse';
import { citeSource } from '../data/cite';
import type { TimelineEvent } from '../data/load';
import { isSourceRef } from '../data/refs';
import { eventSchema, type EventRecord, type SourceRecord } from '../data/schema';
import { escapeCsvCell } from './csvCells';
import { CSV_COLUMNS } from './importData';

const RECORD_KEYS = Object.keys(eventSchema.shape) as (keyof EventRecord)[];

/** An event without its computed fields (span, fuzzy, lane, passages): the record as stored. */
export function toRecord(event: TimelineEvent): EventRecord {
	const record: Record<string, unknown> = {};
	for (const key of RECORD_KEYS) if (event[key] !== undefined) record[key] = event[key];
	return record as EventRecord;
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
	/**
	 * Site root (`https://your.site`). When given, an event citing only local documents gets its
	 * first quote as a URL citation of `<base>/sources/<source>#<event id>`.
	 */
	permalinkBase?: string;
	/** Source records, for the `sourceTitle` of such citations. */
	sources?: readonly SourceRecord[];
}

const trimBase = (base: string) => base.replace(/\/+$/, '');

/** The one citation a CSV row holds: the first URL citation, else the first local quote (with a base). */
function csvCitation(event: TimelineEvent, options: CsvOptions): string[] {
	const url = event.sources.find((ref) => !isSourceRef(ref));
	if (url && !isSourceRef(url)) return [url.url, url.title ?? '', url.quote ?? ''];
	const local = event.sources.find(isSourceRef);
	if (!local || !options.permalinkBase) return ['', '', ''];
	const title = options.sources?.find((s) => s.id === local.source)?.title ?? '';
	const href = `${trimBase(options.permalinkBase)}/sources/${local.source}#${event.id}`;
	return [href, title, local.quote];
}

/**
 * Events as our CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, formulas escaped by
 * `escapeCsvCell`, header row of `CSV_COLUMNS`), which `importDataset` reads back with the same ids,
 * titles and summaries (with their Chinese), types, dates (EDTF as written, open ends included), date
 * bases and references, identifications, places and participants. Lost on the way: `nameZh`,
 * coordinates, translations and all citations but one.
 */
export function toCsv(events: readonly TimelineEvent[], options: CsvOptions = {}): string {
	const rows = events.map((e) => {
		const [sourceUrl, sourceTitle, quote] = csvCitation(e, options);
		const participants = e.participants.map((p) => {
			const detail = [p.role, p.country].filter(Boolean).join(', ');
			return detail ? `${p.name} (${detail})` : p.name;
		});
		const ref = e.dateReference;
		const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
			id: e.id,
			title: e.title,
			titleZh: e.titleZh ?? '',
			type: e.type,
			date: e.date,
			dateBasis: e.dateBasis,
			dateNote: e.dateNote ?? '',
			summary: e.summary,
			summaryZh: e.summaryZh ?? '',
			place: e.place?.city ?? '',
			country: e.place?.country ?? '',
			participants: participants.join('; '),
			sourceUrl,
			sourceTitle,
			quote,
			dateReferenceOutlet: ref?.outlet ?? '',
			dateReferenceTitle: ref?.title ?? '',
			dateReferencePublished: ref?.published ?? '',
			dateReferenceUrl: ref?.url ?? '',
			dateReferenceLanguage: ref?.language ?? '',
			identification: e.identification ?? '',
			notes: e.notes ?? ''
		};
		// Cells a spreadsheet would run as a formula get a ' in front (csvCells.ts), which
		// importDataset removes again; numbers such as a negative EDTF year (-0100) stay as they are.
		return CSV_COLUMNS.map((c) => escapeCsvCell(cells[c]));
	});
	// A byte-order mark so spreadsheets read the UTF-8 (Chinese titles) as such.
	const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
	return `\ufeff${body}\r\n`;
}

/** Events as our `{ "events": [...] }` JSON (tab-indented, computed fields removed). */
export function toJson(events: readonly TimelineEvent[], vocabulary?: Vocabulary): string {
	// The vocabulary goes with the events, so they re-import in the same lanes, names and colours.
	const used = new Set(events.map((e) => e.type));
	const declared = vocabulary && {
		categories: vocabulary.categories.filter((c) => used.has(c.id)),
		lanes: vocabulary.lanes
			.filter((l) => l.id !== OTHER_LANE && l.categories.some((c) => used.has(c)))
			.map((l) => ({ ...l, categories: l.categories.filter((c) => used.has(c)) }))
	};
	return JSON.stringify({ ...declared, events: events.map(toRecord) }, null, '\t') + '\n';
}

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
