/**
 * Import of researchers' datasets into timeline events: our JSON, our CSV, and TimelineJS 3 files
 * (JSON, or the Google-sheet template exported as CSV). The format is read from the content (and the
 * file name). Every record goes through `validateEvents`, the rules of `npm run check:data`, with URL
 * citations allowed in place of local documents. Nothing is dropped silently: each rejected record
 * has at least one problem naming its row, and `events.length + invalid === total`.
 */
import Papa from 'papaparse';
import { PERIOD, vocabularyOf, type Vocabulary } from '../data/vocabulary';
import { toTimelineEvents, type TimelineEvent } from '../data/load';
import type { EventRecord } from '../data/schema';
import { parseJson, validateEvents, validateVocabulary } from '../data/validate';
import { looseDateToEdtf } from '../timeline/userDates';
import { unescapeCsvCell } from './csvCells';

/** The formats {@link importDataset} reads. */
export type ImportFormat = 'ours' | 'csv' | 'timelinejs-json' | 'timelinejs-csv';

/** One problem of an import. `row` is the 1-based data row (CSV) or record position (JSON). */
export interface ImportProblem {
	/** 1-based data row (the header is row 0) or record position; null for the file as a whole. */
	row: number | null;
	id?: string;
	/** Our field (`date`, `participants[0].country`) or, for CSV files, the column. */
	field?: string;
	message: string;
}

/** What {@link importDataset} returns. */
export interface ImportResult {
	/** The format detected, or null when it could not be read at all. */
	format: ImportFormat | null;
	/** The timeline's title (TimelineJS title slide or `title` row). */
	title?: string;
	/** The valid events, sorted as by `toTimelineEvents`. */
	events: TimelineEvent[];
	/** Their categories and lanes (declared in our JSON, or made from the events). */
	vocabulary: Vocabulary;
	problems: ImportProblem[];
	/** Records read (blank CSV rows and TimelineJS title rows are not records). */
	total: number;
	/** Records rejected; each has at least one problem. */
	invalid: number;
}

/**
 * The columns of our CSV, in order. A header row is required; only `title` and `date` must be
 * present. Defaults: `id` a slug of the title plus the row number, `type` milestone, `dateBasis`
 * stated, `summary` the title. `participants` is `Name (role, CC); Name2 (role, CC)`; `place` is the
 * city and `country` its ISO code; `sourceUrl`, `sourceTitle` and `quote` make one URL citation;
 * the `dateReference*` columns are the public reference an inferred date needs (`…Language` the
 * language of its title when not English); `identification` is `probable` or `possible` when which
 * real event a vague source means is a reading; `titleZh` and `summaryZh` are optional translations.
 */
export const CSV_COLUMNS = [
	'id',
	'title',
	'titleZh',
	'type',
	'date',
	'dateBasis',
	'dateNote',
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
	'notes'
] as const;

/** Columns of the TimelineJS Google-sheet template (matched case-insensitively). */
export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

/** Largest text accepted, in UTF-8 bytes (50 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const RULES = { requireLocalSource: false };
type Raw = Record<string, unknown>;
/** A record as converted, before validation, with the problems found converting it. */
interface Draft {
	row: number;
	record: unknown;
	problems: ImportProblem[];
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”'
};

function decodeEntity(whole: string, body: string): string {
	if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
	const code =
		body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
	const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
	return valid ? String.fromCodePoint(code === 0xa0 ? 0x20 : code) : '\ufffd';
}

/**
 * HTML (TimelineJS headlines and texts) → plain text: drops comments, scripts, styles and tags,
 * turns `<br>` and block ends into line breaks, decodes `&amp; &lt; &gt; &quot; &#39; &nbsp;`, a few
 * typographic entities and numeric ones (in one pass, so `&amp;lt;` gives `&lt;`), collapses spaces.
 */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<!--[\s\S]*?(-->|$)/g, '')
		.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
		.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
		.replace(/<\/?[a-z][^>]*>?|<[!?][^>]*>?/gi, '')
		.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, decodeEntity);
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A kebab-case slug (ASCII letters and digits), at most `maxLength` long, cut at a word; may be empty. */
export function slugify(text: string, maxLength = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const at = cut.lastIndexOf('-');
	return (at > maxLength / 3 ? cut.slice(0, at) : cut).replace(/-+$/, '');
}

/** Splits on `separator` outside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')') depth = Math.max(0, depth - 1);
		else if (text[i] === separator && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/**
 * Reads a participants cell leniently: `Name (role, CC); Name2 (role, CC)`. The last parenthesised
 * group is `role, CC` (`(CC)`, `(role)` or none also work); names and roles may themselves contain
 * parentheses, and `;` inside parentheses does not separate. A last item of two letters is the
 * country (upper-cased), three capitals (`RUS`) are kept for the validator to reject; otherwise the
 * country is null.
 */
export function parseParticipants(
	cell: string
): { name: string; role: string; country: string | null }[] {
	return splitTopLevel(cell, ';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			let name = part;
			let inner = '';
			if (part.endsWith(')')) {
				let depth = 0;
				for (let i = part.length - 1; i >= 0; i--) {
					depth += part[i] === ')' ? 1 : part[i] === '(' ? -1 : 0;
					if (depth === 0 && i > 0) {
						name = part.slice(0, i).trim();
						inner = part.slice(i + 1, -1).trim();
						break;
					}
				}
			}
			// Two letters are a country code; three capitals (RUS) an attempt at one, which the
			// validator then rejects loudly rather than the code vanishing into the role.
			const coded = /^(?:([\s\S]*),)?\s*([A-Za-z]{2}|[A-Z]{3})$/.exec(inner);
			return coded
				? { name, role: (coded[1] ?? '').trim(), country: coded[2].toUpperCase() }
				: { name, role: inner, country: null };
		});
}

/** The category of an event without one: its lane reads "event". */
const DEFAULT_CATEGORY = 'event';

/**
 * The summary of a record without one: its title. Without a title either the record is rejected for
 * the title alone, so a placeholder keeps a second, misleading "summary: must not be empty" away.
 */
const defaultSummary = (title: string) => title || '(no title)';

/** Makes ids unique: `base-row`, then `base-row-2`…, avoiding `reserved` and ids made before. */
function idMaker(reserved: Iterable<string>) {
	const used = new Set(reserved);
	return (base: string, row: number | null): string => {
		const stem = [base || 'event', row].filter((p) => p !== null).join('-');
		let id = stem;
		for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
		used.add(id);
		return id;
	};
}

function utf8Bytes(text: string, stopAfter: number): number {
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
		const c = text.charCodeAt(i);
		bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
	}
	return bytes;
}

/** Validates each draft, maps problems back to rows and checks ids are unique across the file. */
function finish(
	format: ImportFormat,
	drafts: Draft[],
	file: string,
	columns: Record<string, string>,
	extra: ImportProblem[] = [],
	title?: string,
	declared?: Raw
): ImportResult {
	const problems = [...extra];
	const accepted: EventRecord[] = [];
	const firstRow = new Map<string, number>();
	const column = (field?: string) =>
		field && (columns[field] ?? columns[field.split(/[.[]/)[0]] ?? field);
	for (const { row, record, problems: own } of drafts) {
		const given = obj(record).id;
		const id = typeof given === 'string' && given ? given : undefined;
		const found = [...own];
		// Validating one record at a time keeps every problem tied to its row.
		const result = validateEvents({ events: [record] }, [], {}, RULES, file);
		const known = new Set(own.map((p) => p.field));
		for (const p of result.problems) {
			if (!known.has(p.field)) found.push({ row, id, field: p.field, message: p.message });
		}
		if (id !== undefined) {
			const first = firstRow.get(id);
			if (first === undefined) firstRow.set(id, row);
			else found.push({ row, id, field: 'id', message: `duplicate event id (also row ${first})` });
		}
		if (found.length === 0 && result.events.length === 1) accepted.push(result.events[0]);
		else if (found.length === 0) found.push({ row, id, message: 'rejected' });
		problems.push(...found.map((p) => ({ ...p, field: column(p.field) || undefined })));
	}
	// Our JSON may declare its categories and lanes; otherwise they are made from the events.
	const checked = declared ? validateVocabulary(declared, accepted, {}, file) : null;
	for (const p of checked?.problems ?? [])
		problems.push({
			row: null,
			field: [p.id, p.field].filter(Boolean).join(': '),
			message: p.message
		});
	const vocabulary = vocabularyOf(
		checked?.vocabulary,
		accepted.map((e) => e.type)
	);
	const events = toTimelineEvents(accepted, {}, vocabulary);
	return {
		format,
		title,
		events,
		vocabulary,
		problems,
		total: drafts.length,
		invalid: drafts.length - events.length
	};
}

/** A file that could not be read at all: one problem, no records. */
function failure(message: string): ImportResult {
	const vocabulary = vocabularyOf(null, []);
	return {
		format: null,
		events: [],
		vocabulary,
		problems: [{ row: null, message }],
		total: 0,
		invalid: 0
	};
}

const obj = (v: unknown): Raw =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {};
const str = (v: unknown): string =>
	typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const isHttp = (url: string) => /^https?:\/\/\S+$/i.test(url);

/**
 * TimelineJS writes 44 BCE as year -44 (it has no year 0); EDTF counts astronomically, -0043 for
 * 44 BC. A TimelineJS year as EDTF's.
 */
function timelineJsYear(year: string): string {
	const y = year.trim();
	return /^-\d+$/.test(y) ? String(Number(y) + 1) : y;
}

/** `a` or `a/b` from loose TimelineJS year/month/day triples; null parts are unreadable. */
function looseRange(start: string[], end: string[] | null): { date: string; bad: string | null } {
	const a = looseDateToEdtf(timelineJsYear(start[0]), start[1], start[2]);
	if (!a) return { date: '', bad: start.join('/') };
	if (!end || end.every((p) => !p.trim())) return { date: a, bad: null };
	const b = looseDateToEdtf(timelineJsYear(end[0].trim() ? end[0] : start[0]), end[1], end[2]);
	if (!b) return { date: '', bad: end.join('/') };
	return { date: a === b ? a : `${a}/${b}`, bad: null };
}

/** The common part of a TimelineJS slide or row → our record. */
function timelineDraft(
	row: number,
	s: { headline: string; text: string; group: string; period: boolean; display: string },
	date: { date: string; bad: string | null },
	media: { url: string; caption: string },
	id: string
): Draft {
	const title = htmlToText(s.headline);
	// A TimelineJS group is a category of its own, drawn in a lane of its own.
	const type = s.period ? PERIOD : s.group.trim() || DEFAULT_CATEGORY;
	const record: Raw = { id, title, type, date: date.date, dateBasis: 'stated' };
	if (s.display.trim())
		record.dateNote = `Shown as “${htmlToText(s.display)}” in the TimelineJS file.`;
	record.summary = htmlToText(s.text) || defaultSummary(title);
	const url = media.url.trim();
	if (isHttp(url)) record.sources = [{ url, ...(media.caption ? { title: media.caption } : {}) }];
	const problems: ImportProblem[] = date.bad
		? [{ row, id, field: 'date', message: `"${date.bad}" (year/month/day) is not a date` }]
		: [];
	return { row, record, problems };
}

const TIMELINEJS_JSON_FIELDS: Record<string, string> = {
	id: 'unique_id',
	title: 'text.headline',
	summary: 'text.text',
	date: 'start_date',
	dateNote: 'display_date',
	type: 'group',
	sources: 'media',
	notes: 'group'
};

function dateParts(v: unknown): string[] | null {
	if (v === undefined || v === null) return null;
	const d = obj(v);
	return [str(d.year), str(d.month), str(d.day)];
}

function importTimelineJson(value: Raw, file: string): ImportResult {
	const slides = [
		...(Array.isArray(value.events) ? value.events : []).map((s) => ({ s, period: false })),
		...(Array.isArray(value.eras) ? value.eras : []).map((s) => ({ s, period: true }))
	];
	const makeId = idMaker([]);
	const drafts = slides.map(({ s, period }, i) => {
		const slide = obj(s);
		const text = obj(slide.text);
		const media = obj(slide.media);
		const start = dateParts(slide.start_date) ?? ['', '', ''];
		const headline = str(text.headline);
		const uid = slugify(str(slide.unique_id));
		const id = uid ? makeId(uid, null) : makeId(slugify(htmlToText(headline)), i + 1);
		const display = str(slide.display_date) || str(obj(slide.start_date).display_date);
		const caption = htmlToText(str(media.caption)) || htmlToText(str(media.credit));
		const draft = timelineDraft(
			i + 1,
			{ headline, text: str(text.text), group: str(slide.group), period, display },
			looseRange(start, dateParts(slide.end_date)),
			{ url: str(media.url), caption },
			id
		);
		if (s === null || typeof s !== 'object')
			draft.problems.push({ row: i + 1, message: 'must be an object' });
		return draft;
	});
	const title = htmlToText(str(obj(obj(value.title).text).headline)) || undefined;
	return finish('timelinejs-json', drafts, file, TIMELINEJS_JSON_FIELDS, [], title);
}

function importOursJson(value: Raw, file: string): ImportResult {
	const extra = Object.keys(value)
		.filter((k) => !['events', 'categories', 'lanes'].includes(k))
		.map((k) => ({ row: null, message: `unknown top-level key "${k}" ignored` }));
	const drafts = (value.events as unknown[]).map((record, i) => ({
		row: i + 1,
		record: (record ?? null) as Raw,
		problems: []
	}));
	return finish('ours', drafts, file, {}, extra, undefined, value);
}

function importJson(text: string, file: string): ImportResult {
	const { value, problem } = parseJson(text, file);
	if (problem) return failure(problem.message);
	const root = obj(value);
	const events = root.events;
	const slides = [
		...(Array.isArray(events) ? events : []),
		...(Array.isArray(root.eras) ? root.eras : [])
	];
	const timelineJs =
		Array.isArray(root.eras) ||
		(root.title !== null && typeof root.title === 'object') ||
		slides.some((s) => 'start_date' in obj(s) || 'text' in obj(s));
	if (timelineJs && (Array.isArray(events) || Array.isArray(root.eras)))
		return importTimelineJson(root, file);
	if (Array.isArray(events)) return importOursJson(root, file);
	return failure(
		`${Array.isArray(value) ? 'a JSON array' : 'this JSON'} is not a dataset. ${ACCEPTED}`
	);
}

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
	dateReference: 'dateReferenceOutlet'
};

/** One row of our CSV → our record. `cell` reads a column by its lower-cased name. */
function csvDraft(cell: (name: string) => string, row: number, id: string): Draft {
	const problems: ImportProblem[] = [];
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
	const ref = ['outlet', 'title', 'published', 'url', 'language'].map((k) =>
		cell(`datereference${k}`)
	);
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
	return { row, record, problems };
}

const TIMELINEJS_CSV_FIELDS: Record<string, string> = {
	id: 'Headline',
	title: 'Headline',
	summary: 'Text',
	date: 'Year',
	dateNote: 'Display Date',
	type: 'Group',
	sources: 'Media',
	notes: 'Group'
};

/** Tab when the first line has tabs and no comma, else comma. */
function delimiterOf(text: string): string {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	return !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
}

function headerCells(text: string): string[] {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	return Papa.parse<string[]>(firstLine, { delimiter: delimiterOf(text) }).data[0] ?? [];
}

function importCsv(text: string, file: string, timelineJs: boolean): ImportResult {
	const parsed = Papa.parse<string[]>(text, {
		delimiter: delimiterOf(text),
		skipEmptyLines: false
	});
	const [header = [], ...rows] = parsed.data;
	const names = header.map((h) => h.trim().toLowerCase());
	const index = new Map<string, number>();
	names.forEach((n, i) => index.has(n) || index.set(n, i));
	const known = (timelineJs ? TIMELINEJS_COLUMNS : CSV_COLUMNS).map((c) => c.toLowerCase());
	const extra: ImportProblem[] = header
		.filter((h, i) => h.trim() && !known.includes(names[i]))
		.map((h) => ({
			row: null,
			field: h.trim(),
			message: `unknown column ignored; the columns are ${(timelineJs ? TIMELINEJS_COLUMNS : CSV_COLUMNS).join(', ')}`
		}));
	const quoteErrors = new Map<number, string>();
	for (const e of parsed.errors) {
		if (e.row !== undefined && !quoteErrors.has(e.row)) quoteErrors.set(e.row, e.message);
	}
	const records = rows
		.map((cells, i) => ({ cells, row: i + 1 }))
		.filter(({ cells, row }) => quoteErrors.has(row) || cells.some((c) => c.trim()));
	// A cell that our export (or a careful spreadsheet) escaped as '=… is read without the '.
	const reader = (cells: string[]) => (name: string) => {
		const i = index.get(name);
		return unescapeCsvCell(i === undefined ? '' : (cells[i] ?? '').trim());
	};
	const explicit = timelineJs
		? []
		: records.map(({ cells }) => reader(cells)('id')).filter(Boolean);
	const makeId = idMaker(explicit);
	let title: string | undefined;
	const drafts: Draft[] = [];
	for (const { cells, row } of records) {
		const cell = reader(cells);
		const type = cell('type').toLowerCase();
		if (timelineJs && type === 'title') {
			if (title === undefined) title = htmlToText(cell('headline'));
			else extra.push({ row, field: 'Type', message: 'a second title row, ignored' });
			continue;
		}
		const headline = timelineJs ? htmlToText(cell('headline')) : cell('title');
		const id = (!timelineJs && cell('id')) || makeId(slugify(headline), row);
		const draft = timelineJs
			? timelineDraft(
					row,
					{
						headline: cell('headline'),
						text: cell('text'),
						group: cell('group'),
						period: type === 'era',
						display: cell('display date')
					},
					looseRange(
						[cell('year'), cell('month'), cell('day')],
						[cell('end year'), cell('end month'), cell('end day')]
					),
					{
						url: cell('media'),
						caption: htmlToText(cell('media caption')) || htmlToText(cell('media credit'))
					},
					id
				)
			: csvDraft(cell, row, id);
		if (quoteErrors.has(row))
			draft.problems.push({ row, id, message: `CSV: ${quoteErrors.get(row)}` });
		if (cells.slice(header.length).some((c) => c.trim()))
			draft.problems.push({
				row,
				id,
				message: `${cells.length} cells but ${header.length} columns in the header (an unquoted comma?)`
			});
		drafts.push(draft);
	}
	const format = timelineJs ? 'timelinejs-csv' : 'csv';
	return finish(
		format,
		drafts,
		file,
		timelineJs ? TIMELINEJS_CSV_FIELDS : CSV_FIELDS,
		extra,
		title
	);
}

const ACCEPTED =
	'Accepted formats: our JSON ({ "events": [...] }), our CSV (a header row with at least "title" and "date"), ' +
	'TimelineJS JSON, and the TimelineJS Google-sheet template exported as CSV (Year, Month, Day, Headline, …).';

/**
 * Reads a dataset in any accepted format ({@link ImportFormat}) from its text; `name` is the file
 * name, used for detection and in validation messages. JSON is recognised by its first character
 * (or a `.json` name); TimelineJS JSON by `start_date`/`text`/`eras`/a title slide; CSV by its header
 * row (`title` and `date` for ours, `Year` and `Headline` for TimelineJS; comma- or tab-separated).
 * Malformed JSON gives one problem with its line and column; an unknown format or a text over
 * {@link MAX_IMPORT_BYTES} gives one clear problem and no records.
 */
export function importDataset(text: string, name = 'import'): ImportResult {
	if (text.length > MAX_IMPORT_BYTES || utf8Bytes(text, MAX_IMPORT_BYTES) > MAX_IMPORT_BYTES)
		return failure(`the file is larger than 50 MB; split it into smaller files`);
	const body = text.replace(/^\ufeff/, '');
	const start = body.trimStart()[0];
	if (start === '{' || start === '[' || /\.json$/i.test(name)) return importJson(body, name);
	const header = headerCells(body).map((h) => h.trim().toLowerCase());
	if (header.includes('headline') && header.includes('year')) return importCsv(body, name, true);
	if (header.includes('title') && header.includes('date')) return importCsv(body, name, false);
	const why = /\.(csv|tsv)$/i.test(name)
		? 'the header row names neither "title" and "date" (our CSV) nor "Year" and "Headline" (TimelineJS).'
		: 'unrecognised format.';
	return failure(`${why} ${ACCEPTED}`);
}
