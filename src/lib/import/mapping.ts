/**
 * Column mapping for a researcher's own table (a CSV or spreadsheet whose header row is neither ours
 * nor TimelineJS's): which of the file's columns holds each of our fields, guessed from the header
 * by synonyms, and its compact form in the address, `?map=title:headline,start:event_date`.
 *
 * The form: `field:column` pairs joined by `,`, fields in {@link MAP_FIELDS} order. A column name
 * keeps its spelling; `%`, `,` and `:` inside it are written `%25`, `%2C`, `%3A`. In the address the
 * value is percent-encoded except its `:` and `,` ({@link mapParamValue}). {@link parseMapping}
 * reads it back ({@link formatMapping} round-trips), reporting every part it cannot read.
 */

/** Our fields a column may fill, in the order the dialog lists them and the address writes them. */
export const MAP_FIELDS = [
	'title',
	'start',
	'end',
	'category',
	'summary',
	'place',
	'country',
	'lat',
	'lon',
	'sourceUrl',
	'sourceTitle',
	'quote',
	'id'
] as const;

/** One of {@link MAP_FIELDS}. */
export type MapField = (typeof MAP_FIELDS)[number];

/** Field → the file's column (its header cell, trimmed) that fills it; unmapped fields absent. */
export type ColumnMapping = Partial<Record<MapField, string>>;

/**
 * Fields that must be mapped: `start`, and `title` or `summary` (a title is then made from the
 * summary). `either` lists alternatives, one of which suffices.
 */
export const REQUIRED_FIELDS: readonly { field: MapField; either?: MapField }[] = [
	{ field: 'start' },
	{ field: 'title', either: 'summary' }
];

/**
 * Header names that mean each field, normalised ({@link normaliseHeader}: lower case, letters and
 * digits only), best first. A header matches the first field whose list holds it.
 */
export const SYNONYMS: Record<MapField, readonly string[]> = {
	title: ['title', 'headline', 'eventtitle', 'eventname', 'name', 'event', 'subject', 'label'],
	start: [
		'start',
		'startdate',
		'datestart',
		'eventdate',
		'date',
		'begin',
		'from',
		'when',
		'day',
		'year'
	],
	end: ['end', 'enddate', 'dateend', 'until', 'to', 'finish'],
	category: ['category', 'type', 'eventtype', 'kind', 'group', 'class', 'theme', 'tag'],
	summary: [
		'summary',
		'description',
		'notes',
		'note',
		'text',
		'details',
		'body',
		'content',
		'desc'
	],
	place: ['place', 'location', 'city', 'town', 'site', 'locality', 'venue'],
	country: ['country', 'countrycode', 'nation', 'iso2', 'countryname'],
	lat: ['latitude', 'lat'],
	lon: ['longitude', 'lon', 'lng', 'long'],
	sourceUrl: ['sourceurl', 'url', 'link', 'href', 'sourcelink', 'website'],
	sourceTitle: ['source', 'sourcetitle', 'sourcename', 'sources', 'publication', 'outlet'],
	quote: ['quote', 'excerpt', 'citation', 'quotation'],
	id: ['id', 'eventid', 'eventidcnty', 'identifier', 'uid', 'key']
};

/** Other names the address accepts for a field (`date:` for `start:`), normalised. */
const FIELD_ALIASES: Record<string, MapField> = {
	date: 'start',
	type: 'category',
	description: 'summary',
	location: 'place',
	url: 'sourceUrl',
	source: 'sourceTitle',
	latitude: 'lat',
	longitude: 'lon'
};

/** A header cell compared loosely: lower case, without spaces, underscores or other punctuation. */
export const normaliseHeader = (header: string) =>
	header
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The mapping guessed from a header row: each field gets the first column whose name is one of its
 * {@link SYNONYMS} (earlier synonyms win, each column fills one field at most); a column named
 * exactly as a field is taken first. Fields with no such column are left unmapped.
 */
export function guessMapping(header: readonly string[]): ColumnMapping {
	const columns = header.map((h) => h.trim());
	const names = columns.map(normaliseHeader);
	const used = new Set<number>();
	const mapping: ColumnMapping = {};
	// Rank by how early the synonym comes, so `event_date` beats `year` for start whatever their order.
	const candidates: { field: MapField; column: number; rank: number }[] = [];
	for (const field of MAP_FIELDS)
		SYNONYMS[field].forEach((synonym, rank) =>
			names.forEach((name, column) => {
				if (name && name === synonym) candidates.push({ field, column, rank });
			})
		);
	candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
	for (const { field, column } of candidates) {
		if (mapping[field] !== undefined || used.has(column)) continue;
		mapping[field] = columns[column];
		used.add(column);
	}
	return mapping;
}

/** What can be wrong with a mapping, as data (the words are in `lib/i18n/`). */
export type MapIssue =
	| { code: 'mapSyntax'; part: string }
	| { code: 'mapField'; field: string }
	| { code: 'mapTwice'; field: MapField }
	| { code: 'mapColumn'; field: MapField; column: string }
	| { code: 'mapRequired'; field: MapField; either?: MapField };

const escapeName = (name: string) =>
	name.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');

function unescapeName(name: string): string {
	try {
		return decodeURIComponent(name);
	} catch {
		return name; // a lone `%`: taken as written
	}
}

/** The mapping's compact form (see the module comment); '' when nothing is mapped. */
export function formatMapping(mapping: ColumnMapping): string {
	return MAP_FIELDS.filter((f) => mapping[f] !== undefined)
		.map((f) => `${f}:${escapeName(mapping[f]!)}`)
		.join(',');
}

/**
 * Reads the compact form. Fields are matched loosely (`Start`, `event_type` is not one; `date` and
 * `type` are read as `start` and `category`). Each part it cannot read is an issue; the rest is kept.
 */
export function parseMapping(value: string): { mapping: ColumnMapping; issues: MapIssue[] } {
	const mapping: ColumnMapping = {};
	const issues: MapIssue[] = [];
	const byName = new Map<string, MapField>(MAP_FIELDS.map((f) => [normaliseHeader(f), f]));
	for (const part of value.split(',')) {
		if (!part.trim()) continue;
		const at = part.indexOf(':');
		const column = at < 0 ? '' : unescapeName(part.slice(at + 1)).trim();
		if (at < 1 || !column) {
			issues.push({ code: 'mapSyntax', part: part.slice(0, 80) });
			continue;
		}
		const name = normaliseHeader(part.slice(0, at));
		const field = byName.get(name) ?? FIELD_ALIASES[name];
		if (!field) issues.push({ code: 'mapField', field: part.slice(0, at).slice(0, 40) });
		else if (mapping[field] !== undefined) issues.push({ code: 'mapTwice', field });
		else mapping[field] = column;
	}
	return { mapping, issues };
}

/**
 * Checks a mapping against a header row: every column named is in it (exactly, else ignoring case
 * and surrounding spaces, in which case the header's spelling is used) and the required fields are
 * mapped. Returns the mapping in the header's spelling and the issues.
 */
export function checkMapping(
	mapping: ColumnMapping,
	header: readonly string[]
): { mapping: ColumnMapping; issues: MapIssue[] } {
	const columns = header.map((h) => h.trim());
	const checked: ColumnMapping = {};
	const issues: MapIssue[] = [];
	for (const field of MAP_FIELDS) {
		const column = mapping[field];
		if (column === undefined) continue;
		const found =
			columns.find((c) => c === column) ??
			columns.find((c) => c.toLowerCase() === column.toLowerCase());
		if (found === undefined) issues.push({ code: 'mapColumn', field, column: column.slice(0, 80) });
		else checked[field] = found;
	}
	for (const { field, either } of REQUIRED_FIELDS)
		if (checked[field] === undefined && (!either || checked[either] === undefined))
			issues.push({ code: 'mapRequired', field, ...(either ? { either } : {}) });
	return { mapping: checked, issues };
}

/** The value of `?map=` as written in an address: percent-encoded, its `:` and `,` kept legible. */
export const mapParamValue = (value: string) =>
	encodeURIComponent(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
