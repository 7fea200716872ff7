/**
 * Our CSV export (the import format, see `CSV_COLUMNS`): one event a row, with its provenance — the
 * first URL citation, or for curated events the permanent link to the passage with its quote.
 */
import Papa from 'papaparse';
import type { TimelineEvent } from '../data/load';
import { isSourceRef } from '../data/refs';
import type { SourceRecord } from '../data/schema';
import { escapeCsvCell } from '../import/csvCells';
import { CSV_COLUMNS } from '../import/oursCsv';
import { trimBase, type ExportContext, type ExportFile } from './format';

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
 * titles, summaries, date notes and notes (with their Chinese), types, dates (EDTF as written, open
 * ends included), date bases and references, identifications, places, participants and media. Lost on the way: `nameZh`,
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
			dateNoteZh: e.dateNoteZh ?? '',
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
			notes: e.notes ?? '',
			notesZh: e.notesZh ?? '',
			media: e.media?.url ?? '',
			mediaCaption: e.media?.caption ?? '',
			mediaCredit: e.media?.credit ?? ''
		};
		// Cells a spreadsheet would run as a formula get a ' in front (csvCells.ts), which
		// importDataset removes again; numbers such as a negative EDTF year (-0100) stay as they are.
		return CSV_COLUMNS.map((c) => escapeCsvCell(cells[c]));
	});
	// A byte-order mark so spreadsheets read the UTF-8 (Chinese titles) as such.
	const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' });
	return `\ufeff${body}\r\n`;
}

/** The CSV export of the events on screen, curated citations as permanent links on this site. */
export function exportFile({ events, sources, siteBase }: ExportContext): ExportFile {
	const data = toCsv(events, { permalinkBase: siteBase, sources });
	return { name: 'events.csv', data, type: 'text/csv' };
}
