/**
 * The messages of the data panel ("Your data", `routes/DataPanel.svelte`) and its column-mapping step
 * (`routes/MappingDialog.svelte`) in English: the reference table for `panel.zh.ts`, typed the way `en.ts` types every language (keys, `{placeholders}`, function
 * parameters). They live apart from `en.ts` because they are needed only once the data panel opens:
 * `en.ts` ships with every first load (tests/budget.spec.ts), this file with the panel. `tMap` reads
 * them as `t` reads `en.ts`.
 */
import type { MapField, MapIssue } from '$lib/import/mapping';
import type { Lang } from './lang';
import { fill, type Message, type VarsOfMessage } from './strings';

/** Our fields as the column-mapping dialog names them. */
const MAP_FIELD_NAMES: Record<MapField, string> = {
	title: 'Title',
	start: 'Date (start)',
	end: 'End date',
	category: 'Category (one lane each)',
	summary: 'Description',
	place: 'Place',
	country: 'Country',
	lat: 'Latitude',
	lon: 'Longitude',
	sourceUrl: 'Source URL',
	sourceTitle: 'Source name',
	quote: 'Quote',
	id: 'Id'
};
/** The values of a mapping issue's message: the issue without its code. */
export type MapIssueOf<C extends MapIssue['code']> = Omit<Extract<MapIssue, { code: C }>, 'code'>;
const fieldName = (field: string) => MAP_FIELD_NAMES[field as MapField] ?? field;

export const panelEn = {
	loading: 'Loading {name}…',
	problemNote: 'note',
	openFile: 'Open a file…',
	orUrl: 'or a URL (https)',
	recordsShown: {
		one: '{name}: {shown} of {n} record shown',
		other: '{name}: {shown} of {n} records shown'
	},
	recordsRejected: ', {n} rejected',
	problemsMore: { one: 'Show {n} more', other: 'Show {n} more' },
	problemsDownload: 'Download all problems (CSV)',
	backToCurated: 'Back to the curated dataset',
	dataHelp:
		'Open a dataset in our JSON schema, our CSV (see the README for its columns), a TimelineJS JSON file or spreadsheet CSV, or any CSV or Excel (.xlsx) table: you then say which column holds what. Everything stays in this browser tab.',
	formatMapped: 'your columns',
	mapWaiting: '{name}: choose which column holds what',
	mapTitle: 'Which column holds what?',
	mapIntro:
		'The columns of {name} are its own. Choose the column that holds each field; guesses from the column names are filled in. Nothing on the page changes until you import.',
	mapFieldName: ({ field }: { field: MapField }) => MAP_FIELD_NAMES[field],
	mapColRow: 'Row',
	mapNone: '(not used)',
	mapRequired: 'required',
	mapRequiredOr: 'required (or {other})',
	mapHintTitle: 'made from the description where empty',
	mapHintStart: '2024-03-15, 15 March 2024, March 2024, 2024 or EDTF',
	mapHintId: 'made into a slug; else made from the title',
	mapHintCountry: 'a name or a two-letter code',
	mapMissing: ({ fields }: { fields: string }) => `Choose a column for: ${fields}.`,
	mapPreview: {
		one: 'Preview of the first row as it would import',
		other: 'Preview of the first {n} rows as they would import'
	},
	mapColDate: 'Date',
	mapColTitle: 'Title',
	mapColCategory: 'Category',
	mapColPlace: 'Place',
	mapColProblems: 'Problems',
	mapRowOk: 'ok',
	mapImport: 'Import',
	mapCancel: 'Cancel',
	mapAddressIssues: 'The column mapping in the address (map=) could not be used:',
	mapSyntax: ({ part }: MapIssueOf<'mapSyntax'>) =>
		`"${part}" is not written field:column (for example start:event_date)`,
	mapFieldUnknown: ({ field }: MapIssueOf<'mapField'>) =>
		`"${field}" is not a field; the fields are ${Object.keys(MAP_FIELD_NAMES).join(', ')}`,
	mapTwice: ({ field }: MapIssueOf<'mapTwice'>) => `${fieldName(field)} is given twice`,
	mapColumnMissing: ({ field, column }: MapIssueOf<'mapColumn'>) =>
		`${fieldName(field)}: the file has no column "${column}"`,
	mapRequiredMissing: ({ field, either }: MapIssueOf<'mapRequired'>) =>
		`${fieldName(field)}${either ? ` or ${fieldName(either)}` : ''} needs a column`
} as const;

/** A key of the mapping dialog's messages. */
export type MapKey = keyof typeof panelEn;
/** The mapping dialog's messages in one language: every key, taking the values English takes. */
export type MapMessages = { [K in MapKey]: Message<VarsOfMessage<(typeof panelEn)[K]>> };

const TABLES: Partial<Record<Lang, MapMessages>> = { en: panelEn };

/** Loads the dialog's messages in `lang` (English is always there; until then `tMap` answers in it). */
export async function loadPanelStrings(lang: Lang): Promise<void> {
	if (lang === 'zh' && !TABLES.zh) TABLES.zh = (await import('./panel.zh')).panelZh;
}

/** The dialog's message `key` in `lang`, filled as `t` fills messages (plurals, functions). */
export function tMap<K extends MapKey>(
	lang: Lang,
	key: K,
	vars?: VarsOfMessage<(typeof panelEn)[K]>
): string {
	const own = TABLES[lang]?.[key];
	return fill(own ?? panelEn[key], vars ?? {}, own ? lang : 'en');
}
