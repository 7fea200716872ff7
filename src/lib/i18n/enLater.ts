/**
 * The interface in English, second part: every message not needed to hydrate the home page (the
 * event detail, table, filter checkboxes, data panel, embed dialog, citations, notices, the presenter
 * and the source pages). It loads with the first module that imports `t` from `i18n/all.ts`, so not
 * with `/`'s first load. See `en.ts` for which file a message goes in.
 */
import type { MapField, MapIssue } from '$lib/import/mapping';
import type { ListName, UrlIssueValues as Issue } from '$lib/timeline/urlIssue';

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
/** The values of a mapping issue's message: the issue without its code. */
export type MapIssueOf<C extends MapIssue['code']> = Omit<Extract<MapIssue, { code: C }>, 'code'>;
const fieldName = (field: string) => MAP_FIELD_NAMES[field as MapField] ?? field;

/** What each list parameter's values are called in notices. */
const LIST_WHAT: Record<ListName, string> = {
	types: 'an event type',
	countries: 'a participant country',
	sources: 'a source document',
	participants: 'a participant'
};
const LIST_NOUN: Record<ListName, string> = {
	types: 'event type',
	countries: 'country',
	sources: 'source document',
	participants: 'participant'
};
const listed = (known: readonly string[]) => (known.length ? ` (${known.join(', ')})` : '');
const languageName = (code: string) =>
	new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

export const enLater = {
	date: 'Date',
	type: 'Type',
	participants: 'Participants',
	place: 'Place',
	dateBasis: 'Date basis',
	basisStated: 'Stated in the source',
	basisInferred: 'Inferred',
	dateReference: 'Reference for the date',
	originatingPassage: 'Originating passage',
	linkInsecure: 'not encrypted (http)',
	linkRefusedInvalid: 'not linked: not a web address',
	linkRefusedScheme: 'not linked: only https and http addresses are',
	linkRefusedCredentials: 'not linked: the address holds a user name or password',
	translation: 'Our translation',
	original: 'Original',
	readDocument: 'Read the whole document',
	openEventPage: 'Permalink and citation',
	openOnTimeline: 'Open the timeline zoomed to this event',
	cite: 'Cite',
	citeIn: 'Copy citation in',
	citeFailed: 'The citation could not be formatted; copy the one above.',
	exportEvents: { one: 'Export {n} event', other: 'Export {n} events' },
	exportCsv: 'CSV',
	exportJson: 'JSON',
	exportCalendar: 'Calendar (.ics)',
	exportSvg: 'View as SVG',
	exportPng: 'View as PNG',
	exportCslJson: 'CSL-JSON (citations)',
	exportRis: 'RIS (EndNote, Zotero)',
	exportBibtex: 'BibTeX',
	copy: 'Copy',
	copied: 'Copied',
	reliability: 'Reliability',
	reliabilityHigh: 'high',
	reliabilityMedium: 'medium',
	reliabilityLow: 'low',
	notes: 'Notes',
	identification: 'Identification',
	identificationPossible: 'possible',
	identificationNote:
		'the document does not name this event; which recorded event it means is our reading (see the notes). The dates are those of the record.',
	ours: 'Title and summary are ours; only the quoted passages are the document’s own words.',
	dismiss: 'Dismiss',
	sourceDocuments: 'Source documents',
	quotedPassages: 'Quoted passages',
	backToEvent: 'Back to the event',
	by: 'by',
	published: 'Published',
	outlet: 'Outlet',
	author: 'Author',
	originallyNamed: '(originally {name})',
	filterType: 'Type',
	filterCountry: 'Country',
	filterSource: 'Source document',
	filterParticipant: 'Participant',
	any: 'Any',
	table: 'Table',
	tableVisible: 'In the visible range ({n})',
	tableAll: 'All matching events ({n})',
	tableRows: 'Rows',
	tableCaption: 'Events, sortable by date, type and place',
	tableTruncated:
		'Showing the first {shown} of {total} rows in this order: zoom in, filter or search to see the rest.',
	event: 'Event',
	noMatches: 'No events match.',
	backToCurated: 'Back to the curated dataset',
	media: 'Media',
	mediaCredit: 'credit: {credit}',
	dataHelp:
		'Open a dataset in our JSON schema, our CSV (see the README for its columns), a TimelineJS JSON file or spreadsheet CSV, or any CSV or Excel (.xlsx) table: you then say which column holds what. Everything stays in this browser tab.',
	openFile: 'Open a file…',
	orUrl: 'or a URL (https)',
	load: 'Load',
	loading: 'Loading {name}…',
	readingProgress: 'Reading {name}: {read} of {total} MB',
	readingRows: ', {rows} rows',
	checkingProgress: 'Checking {name}: {done} of {total} records',
	cancelImport: 'Cancel',
	recordsShown: {
		one: '{name}: {shown} of {n} record shown',
		other: '{name}: {shown} of {n} records shown'
	},
	recordsRejected: ', {n} rejected',
	problemsCount: { one: '{n} problem', other: '{n} problems' },
	problemsMore: { one: 'Show {n} more', other: 'Show {n} more' },
	problemsDownload: 'Download all problems (CSV)',
	problemNote: 'note',
	withFormat: '{name} ({format})',
	formatOurs: 'our JSON schema',
	formatCsv: 'our CSV',
	formatTimelinejsJson: 'TimelineJS JSON',
	formatTimelinejsCsv: 'TimelineJS spreadsheet CSV',
	row: 'Row {n}',
	file: 'File',
	embedTitle: 'Embed this view',
	size: 'Size',
	theme: 'Theme',
	themeAuto: "Follow the reader's setting",
	themeLight: 'Light',
	themeDark: 'Dark',
	withControls: 'Zoom buttons and overview',
	embedCode: 'HTML to paste into a lesson page',
	copyEmbedCode: 'Copy the embed code',
	plainLink: 'Plain link',
	copyLink: 'Copy the link',
	preview: 'Preview',
	previewTitle: 'Preview of the embedded timeline',
	embedFrameTitle: 'China–Russia military diplomacy timeline',
	sizeSmall: 'Small 320×240',
	sizeMedium: 'Medium 640×360',
	sizeLarge: 'Large 800×450',
	sizeFull: 'Full width ×450',
	unknown: 'unknown',
	// Presenter (/present) and its speaker view (/present/speaker).
	presentTitle: 'Presenter',
	presentAllTour: 'Every event, in order',
	presentTour: 'Tour',
	presentStep: 'Step {k} of {n}',
	presentAnnounce: 'Step {k} of {n}: {title}',
	presentPrevious: 'Previous stop',
	presentNext: 'Next stop',
	presentFirst: 'First stop',
	presentLast: 'Last stop',
	presentFullscreen: 'Full screen',
	presentExitFullscreen: 'Leave full screen',
	presentSpeaker: 'Speaker view',
	presentLeave: 'Leave the presentation',
	presentJump: 'Go to step {digits}, press Enter',
	presentKeys:
		'→ or Page Down next · ← or Page Up back · number + Enter jumps · F full screen · S speaker view · B black, W white',
	presentBlack: 'The screen is black; press any key to return.',
	presentWhite: 'The screen is white; press any key to return.',
	presentAutoplay: 'Autoplay: a stop every {seconds} s',
	presentAutoplayPaused: 'Autoplay paused',
	presentAutoplayPause: 'Pause',
	presentAutoplayResume: 'Resume autoplay',
	presentProgress: 'Progress through the tour',
	presentControls: 'Presentation controls',
	presentSource: 'Source',
	presentReliability: 'reliability: {level}',
	presentInRange: { one: '{n} event in this range', other: '{n} events in this range' },
	presentMore: 'and {n} more',
	presentNoEvents: 'No events in this range.',
	presentNow: 'Now',
	presentUpNext: 'Next',
	presentEnd: 'End of the tour',
	presentNotes: 'Speaker notes',
	handoutTitle: 'Handout',
	handoutNotes: 'Include the speaker notes',
	handoutPrint: 'Print or save as PDF',
	presentNoNotes: 'No notes for this stop.',
	presentElapsed: 'Elapsed',
	presentResetClock: 'Reset the clock',
	presentSpeakerTitle: 'Speaker view',
	presentOpenMain: 'Open the audience view',
	// A corrected URL parameter in a notice: `<param>: <message>.` (codes in lib/timeline/urlIssue.ts).
	noticeColon: ': ',
	noticeEnd: '. ',
	urlNotDate:
		'"{value}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, a time as YYYY-MM-DDThh:mm, -0043 for 44 BC)',
	urlSwapped: '"from" ({from}) is after "to" ({to}); the two were swapped',
	urlNoEvent: 'there is no event "{value}"',
	urlSearchCut: 'the search was cut to {max} characters',
	urlTooLong: ({ value, list }: Issue['urlTooLong']) =>
		`"${value}" is too long to be ${LIST_WHAT[list]}`,
	urlNotInDataset: ({ value, list, known }: Issue['urlNotInDataset']) =>
		list === 'types'
			? `"${value}" is not ${LIST_WHAT[list]}${listed(known)}`
			: `there is no ${LIST_NOUN[list]} "${value}" in this dataset${listed(known)}`,
	urlAlias: '"{alias}" was read as "{name}", the parameter\'s name',
	urlNotParam: ({ name, params }: Issue['urlNotParam']) =>
		`"${name}" is not a parameter of this page (${params.join(', ')}); it was ignored`,
	urlBasis: '"{value}" is not stated or inferred',
	urlNotOneOf: ({ value, options }: Issue['urlNotOneOf']) =>
		`"${value}" is not one of ${options.join(', ')}`,
	urlNoFile:
		'"{value}" is a file opened in another tab or browser, and this tab does not hold it: open the file again to see it',
	urlNoTour: 'there is no tour "{value}"',
	urlNotEmbedParam: ({ name, params }: Issue['urlNotEmbedParam']) =>
		`"${name}" is not an embed parameter (${params.join(', ')}); it was ignored`,
	urlTourReplaced: ({ value, instead }: Issue['urlTourReplaced']) =>
		`there is no tour "${value}"; showing ${instead === null ? 'the default tour' : `tour "${instead}"`}`,
	urlStepNotNumber: '"{value}" is not a step number (1 to {last}); showing step 1',
	urlStepBeforeFirst: 'step {value} is before the first step (1); showing step 1',
	urlStepPastLast: 'step {value} is past the last step ({last}); showing step {last}',
	urlAutoplay: 'autoplay "{value}" is not a number of seconds from {min} to {max}; autoplay is off',
	urlNotLanguage: ({ value, langs, used }: Issue['urlNotLanguage']) =>
		`"${value}" is not a language of this site (${langs.join(', ')}); using ${languageName(used)} (${used})`,
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
		`${fieldName(field)}${either ? ` or ${fieldName(either)}` : ''} needs a column`,
	presentSelectionTour: 'Events picked ({n})',
	presentThese: 'Present these ({n})',
	dataLoadFailed: 'Could not show {url}: {error}.',
	dataInstead: 'The curated data is shown instead.',
	dataNotShown: 'The data could not be shown',
	dataProblemsMore: '… and {n} more.',
	embedLocalFile:
		'{name} is on your computer and cannot be embedded: publish it at an https address.',
	urlSelectionUnknown: '{n} picked events are not in this dataset (first: "{first}")',
	urlNoSelection: 'this tab does not hold the picked events "{value}"'
} as const;
