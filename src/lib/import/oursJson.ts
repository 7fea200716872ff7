/**
 * Our JSON: `{ "events": [...] }` with the categories and lanes it may declare, the source records
 * its events cite (`sources`, as our JSON export writes them) and the presenter's tours over its
 * events (`tours`, each `{ "id": …, "title": …, "stops": [...] }` as `data/tours/<id>.json`).
 */
import { sourceSchema, type SourceRecord } from '../data/schema';
import { SLUG, validateTour, type TimedEvent, type Tour } from '../data/tours';
import type { ImportFormatModule, JsonInput } from './format';
import { finish } from './records';
import type { ImportProblem } from './types';

const KEYS = ['events', 'categories', 'lanes', 'sources', 'tours'];

/** The declared source records that are valid, with a problem for each that is not. */
function readSources(raw: unknown): { sources: SourceRecord[]; problems: ImportProblem[] } {
	const sources: SourceRecord[] = [];
	const problems: ImportProblem[] = [];
	if (raw === undefined) return { sources, problems };
	if (!Array.isArray(raw))
		return { sources, problems: [{ row: null, field: 'sources', message: 'must be a list' }] };
	raw.forEach((item, i) => {
		const parsed = sourceSchema.safeParse(item);
		if (parsed.success) return void sources.push(parsed.data);
		for (const issue of parsed.error.issues)
			problems.push({
				row: null,
				field: [`sources[${i}]`, ...issue.path.map(String)].join('.'),
				message: `${issue.message}; events citing this source are rejected`
			});
	});
	return { sources, problems };
}

/**
 * The declared tours that are valid over the accepted events (the rules of `data/tours/*.json`, the
 * id given as `id`), with a problem naming `tours[i]` and the field for each that is not: a tour with
 * a problem is left out whole, so a presenter never skips a stop silently.
 */
export function readTours(
	raw: unknown,
	events: readonly TimedEvent[]
): { tours: Tour[]; problems: ImportProblem[] } {
	const tours: Tour[] = [];
	const problems: ImportProblem[] = [];
	if (raw === undefined) return { tours, problems };
	if (!Array.isArray(raw))
		return { tours, problems: [{ row: null, field: 'tours', message: 'must be a list of tours' }] };
	const seen = new Set<string>();
	raw.forEach((item, i) => {
		const where = `tours[${i}]`;
		const { id, ...rest } =
			typeof item === 'object' && item !== null && !Array.isArray(item)
				? (item as Record<string, unknown>)
				: { id: undefined };
		if (typeof id !== 'string' || !SLUG.test(id)) {
			problems.push({
				row: null,
				field: `${where}.id`,
				message: `${JSON.stringify(id ?? null)} is not a tour id: give a kebab-case "id" such as "main-stops"; the tour is left out`
			});
			return;
		}
		if (seen.has(id)) {
			problems.push({
				row: null,
				field: `${where}.id`,
				message: `duplicate tour id "${id}"; the tour is left out`
			});
			return;
		}
		seen.add(id);
		const checked = validateTour(rest, id, events, where);
		for (const p of checked.problems)
			problems.push({
				row: null,
				field: [where, p.id, p.field].filter(Boolean).join('.'),
				message: `${p.message}; the tour "${id}" is left out`
			});
		if (checked.tour) tours.push(checked.tour);
	});
	return { tours, problems };
}

function read({ root, file, onProgress }: JsonInput) {
	const extra: ImportProblem[] = Object.keys(root)
		.filter((k) => !KEYS.includes(k))
		.map((k) => ({ row: null, message: `unknown top-level key "${k}" ignored` }));
	const { sources, problems } = readSources(root.sources);
	const drafts = (root.events as unknown[]).map((record, i) => ({
		row: i + 1,
		record: record ?? null,
		problems: []
	}));
	const result = finish(drafts, {
		onProgress,
		format: 'ours',
		file,
		extra: [...extra, ...problems],
		// The vocabulary is checked on its own: `sources` is ours to read, not the vocabulary's.
		declared: { events: root.events, categories: root.categories, lanes: root.lanes },
		sources
	});
	// Tours name events by id: they are checked against the events that were kept.
	const tours = readTours(root.tours, result.events);
	if (root.tours === undefined) return result;
	return { ...result, tours: tours.tours, problems: [...result.problems, ...tours.problems] };
}

/** Our JSON schema: any object with an `events` list. */
export const oursJson: ImportFormatModule = {
	id: 'ours',
	label: 'formatOurs',
	summary: 'our JSON ({ "events": [...] })',
	syntax: 'json',
	detect: ({ root }) => Array.isArray(root.events),
	read
};
