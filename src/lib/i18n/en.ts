/**
 * The interface in English, first part: the messages the home page (`/`) needs to hydrate. With
 * `enLater.ts` it is the reference table: together their keys are the keys of every language (a
 * language file missing one fails `npm run check`), their `{name}` placeholders and function
 * parameters say which values a message takes, and they are the fallback while another language loads.
 * Counted messages are plural objects (`{ one, other }`, chosen by `Intl.PluralRules` on `n`).
 *
 * Which file a new message goes in: here only if a module of `/`'s first load shows it (the timeline,
 * toolbar, filter bar, legend, the chronological list, the layout) or every page loads
 * (the update notice); `t` from `i18n/strings.ts` takes only these keys. Every other message goes in
 * `enLater.ts`, shown with `t` from `i18n/all.ts`. Chinese (`zh.ts`) is one file for both. The budget
 * test (tests/budget.spec.ts) weighs this file with the first load.
 */
export const en = {
	siteTitle: 'China–Russia military diplomacy, 2000–2024',
	navTimeline: 'Timeline',
	navSources: 'Sources',
	navPresent: 'Present',
	siteNav: 'Site',
	skipToEvents: 'Skip to the content',
	updateReady: 'Updated.',
	updateReload: 'Reload',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoom: 'Zoom',
	fitAll: 'Fit all',
	zoomHintWheel: 'To zoom, hold Ctrl (⌘ on a Mac) while scrolling, or click the timeline first',
	zoomHintTouch: 'Use two fingers to move and zoom the timeline',
	goTo: 'Go to',
	goToLabel: 'Go to a year, month or day',
	goToPlaceholder: 'e.g. 2023-04',
	goToInvalid: '"{value}" is not a date: type YYYY, YYYY-MM or YYYY-MM-DD',
	timelineLabel:
		'Timeline showing {range}. + and − zoom, arrow keys pan, 0 fits all, Tab reaches the events.',
	eventsGroup: 'Events',
	periodsGroup: 'Periods',
	overviewLabel: 'Overview of the whole timeline; drag the window to move, its edges to resize',
	legend: 'Legend',
	legendExact: 'Exact day',
	legendSpan: 'Stated span of days',
	legendFuzzy:
		'Date known only to the month or year, approximate (~) or uncertain (?): its whole possible span',
	legendCluster: 'Several events too close to label: activate to zoom in',
	legendPeriod: 'Period named by a source',
	legendOpen: 'Period still going on (open end): drawn to the latest event, fading out',
	legendIdentification:
		'“Probable” or “possible” identification (in an event’s detail): which recorded event a vague document means is our reading; its dates are the record’s',
	cluster: { one: '{n} event', other: '{n} events' },
	clusterName: {
		one: '{n} event, {range}: {titles}. Activate to zoom in.',
		other: '{n} events, {range}: {titles}. Activate to zoom in.'
	},
	clusterMembers: { one: '{n} event, {range}', other: '{n} events, {range}' },
	close: 'Close',
	closeDetail: 'Close the event detail',
	identificationProbable: 'probable',
	allEvents: 'All events, in chronological order',
	listMore: '… and {n} more: zoom in or filter to list them.',
	eventCount: { one: '{n} event', other: '{n} events' },
	showing: { one: 'Showing {range}, {n} event', other: 'Showing {range}, {n} events' },
	dataProblems: 'Some records could not be shown:',
	urlProblems: 'Some of the link’s settings were corrected:',
	embed: 'Embed',
	print: 'Print',
	export: 'Export',
	searchEvents: 'Search events',
	searchPlaceholder: 'Title, summary, quote, translation…',
	shownOf: { one: '{shown} of {n} event', other: '{shown} of {n} events' },
	filters: 'Filters',
	clearFilters: 'Clear search and filters',
	yourData: 'Your data',
	dropHint: 'Drop a JSON, CSV or Excel (.xlsx) file to open it',
	yourDataNamed: 'Your data: {name}',
	curatedUnchanged: 'The curated dataset is unchanged.',
	closeData: 'Close {name}'
} as const;
