/**
 * Our JSON: `{ "events": [...] }` with the categories and lanes it may declare, and the source records
 * its events cite (`sources`, as our JSON export writes them).
 */
import { sourceSchema, type SourceRecord } from '../data/schema';
import type { ImportFormatModule, JsonInput } from './format';
import { finish } from './records';
import type { ImportProblem } from './types';

const KEYS = ['events', 'categories', 'lanes', 'sources'];

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
	return finish(drafts, {
		onProgress,
		format: 'ours',
		file,
		extra: [...extra, ...problems],
		// The vocabulary is checked on its own: `sources` is ours to read, not the vocabulary's.
		declared: { events: root.events, categories: root.categories, lanes: root.lanes },
		sources
	});
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
