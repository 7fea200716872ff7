/**
 * Our CSV: a header row naming at least `title` and `date`, one event a row; the columns are
 * {@link CSV_COLUMNS}, which our CSV export writes.
 */
import type { CsvRow } from './csv';
import { unknownColumns } from './csv';
import type { ImportFormatModule } from './format';
import { DEFAULT_CATEGORY, defaultSummary, finish, idMaker, type Raw } from './records';
import { parseParticipants, slugify } from './text';
import type { Draft, ImportProblem } from './types';

/**
 * The columns of our CSV, in order. A header row is required; only `title` and `date` must be
 * present. Defaults: `id` a slug of the title plus the row number, `type` milestone, `dateBasis`
 * stated, `summary` the title. `participants` is `Name (role, CC); Name2 (role, CC)`; `place` is the
 * city and `country` its ISO code; `sourceUrl`, `sourceTitle` and `quote` make one URL citation;
 * the `dateReference*` columns are the public reference an inferred date needs (`…Language` the
 * language of its title when not English); `identification` is `probable` or `possible` when which
 * real event a vague source means is a reading; `titleZh`, `summaryZh`, `dateNoteZh` and `notesZh` are
 * optional translations; `media` is the http(s) address of a picture or page that illustrates the
 * event, with its `mediaCaption` and `mediaCredit`.
 */
export const CSV_COLUMNS = [
	'id',
	'title',
	'titleZh',
	'type',
	'date',
	'dateBasis',
	'dateNote',
	'dateNoteZh',
	'summary',
	'summaryZh',
	'place',
	'country',
	'participants',
	'sourceUrl',
	'sourceTitle',
	'quote',
	'dateReferenceOutlet',
	'dateReferenceTitle',
	'dateReferencePublished',
	'dateReferenceUrl',
	'dateReferenceLanguage',
	'identification',
	'notes',
	'notesZh',
	'media',
	'mediaCaption',
	'mediaCredit'
] as const;

/** Our fields → the CSV columns that hold them, for problems. */
const CSV_FIELDS: Record<string, string> = {
	'place.city': 'place',
	'place.country': 'country',
	'sources[0].url': 'sourceUrl',
	'sources[0].title': 'sourceTitle',
	'sources[0].quote': 'quote',
	sources: 'sourceUrl',
	'dateReference.outlet': 'dateReferenceOutlet',
	'dateReference.title': 'dateReferenceTitle',
	'dateReference.published': 'dateReferencePublished',
	'dateReference.url': 'dateReferenceUrl',
	'dateReference.language': 'dateReferenceLanguage',
	dateReference: 'dateReferenceOutlet',
	'media.url': 'media',
	'media.caption': 'mediaCaption',
	'media.credit': 'mediaCredit'
};

/** The columns of a date reference, lower-case (as `cell` reads them), in the record's order. */
const DATE_REFERENCE_COLUMNS = ['outlet', 'title', 'published', 'url', 'language'].map(
	(k) => `datereference${k}`
);

/** One row of our CSV → our record. */
export function csvDraft({ cell, row, problems: own }: CsvRow, id: string): Draft {
	const problems: ImportProblem[] = own.length ? own.map((p) => ({ ...p, id })) : [];
	const title = cell('title');
	const record: Raw = { id, title };
	const optional = (key: string, value: string) => {
		if (value) record[key] = value;
	};
	optional('titleZh', cell('titlezh'));
	record.type = cell('type') || DEFAULT_CATEGORY;
	record.date = cell('date');
	record.dateBasis = cell('datebasis').toLowerCase() || 'stated';
	optional('dateNote', cell('datenote'));
	optional('dateNoteZh', cell('datenotezh'));
	const ref = DATE_REFERENCE_COLUMNS.map((name) => cell(name));
	if (ref.some(Boolean))
		record.dateReference = {
			outlet: ref[0],
			title: ref[1],
			published: ref[2],
			...(ref[3] ? { url: ref[3] } : {}),
			...(ref[4] ? { language: ref[4] } : {})
		};
	optional('identification', cell('identification').toLowerCase());
	record.participants = parseParticipants(cell('participants'));
	const [city, country] = [cell('place'), cell('country').toUpperCase()];
	record.place = city || country ? { city: city || null, country: country || null } : null;
	record.summary = cell('summary') || defaultSummary(title);
	optional('summaryZh', cell('summaryzh'));
	const [url, sourceTitle, quote] = [cell('sourceurl'), cell('sourcetitle'), cell('quote')];
	if (url)
		record.sources = [
			{ url, ...(sourceTitle ? { title: sourceTitle } : {}), ...(quote ? { quote } : {}) }
		];
	else if (sourceTitle || quote)
		problems.push({
			row,
			id,
			field: 'sources',
			message: 'a sourceTitle or quote needs the sourceUrl it comes from'
		});
	optional('notes', cell('notes'));
	optional('notesZh', cell('noteszh'));
	const [media, caption, credit] = [cell('media'), cell('mediacaption'), cell('mediacredit')];
	if (media)
		record.media = {
			url: media,
			...(caption ? { caption } : {}),
			...(credit ? { credit } : {})
		};
	else if (caption || credit)
		problems.push({
			row,
			id,
			field: 'media',
			message: 'a mediaCaption or mediaCredit needs the media address it describes'
		});
	return { row, record, problems };
}

/** Our CSV. */
export const oursCsv: ImportFormatModule = {
	id: 'csv',
	label: 'formatCsv',
	summary: 'our CSV (a header row with at least "title" and "date")',
	syntax: 'csv',
	detect: (names) => names.includes('title') && names.includes('date'),
	read({ table, file, onProgress }) {
		const explicit = table.rows.map((r) => r.cell('id')).filter(Boolean);
		const makeId = idMaker(explicit);
		const drafts = table.rows.map((r) =>
			csvDraft(r, r.cell('id') || makeId(slugify(r.cell('title')), r.row))
		);
		return finish(drafts, {
			onProgress,
			format: 'csv',
			file,
			columns: CSV_FIELDS,
			extra: unknownColumns(table, CSV_COLUMNS)
		});
	}
};
