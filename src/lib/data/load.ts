/**
 * The loader: JSON text → validated, typed events with their UTC intervals, lanes and passages.
 * Used by the prerendered pages (at build time), the tests and the in-browser import.
 */
import { isFuzzy, parseEdtf, resolveOpenSpan, type DateSpan } from '../timeline/dates';
import { passageAround } from './passage';
import { laneOf, vocabularyOf, type Vocabulary } from './vocabulary';
import { isSourceRef } from './refs';
import type { EventRecord, SourceRecord } from './schema';
import {
	CURATED_RULES,
	parseJson,
	validateEvents,
	validateSources,
	validateVocabulary,
	type DataProblem
} from './validate';

/** A quote with its surrounding paragraph, ready to show. */
export interface PassageView {
	source: string;
	quote: string;
	translation?: string;
	start: number;
	end: number;
	before: string;
	after: string;
}

/** An event as the site uses it: the record plus its interval, lane and passages. */
export interface TimelineEvent extends EventRecord {
	span: DateSpan;
	/** Drawn as a span of possible dates rather than a firm mark. */
	fuzzy: boolean;
	/** Lane index into its dataset's vocabulary (`lanes`), or -1 for periods (background bands). */
	lane: number;
	passages: PassageView[];
}

/**
 * The dataset's horizon: the earliest start of any event with a known start and the latest end of any
 * event with a known end (±Infinity when there is none), to which open intervals are drawn.
 */
function horizon(spans: readonly DateSpan[]): [number, number] {
	let earliestMs = Infinity;
	let latestMs = -Infinity;
	for (const s of spans) {
		if (!s.openStart && s.startMs < earliestMs) earliestMs = s.startMs;
		if (!s.openEnd && s.endMs > latestMs) latestMs = s.endMs;
	}
	return [earliestMs, latestMs];
}

/**
 * Turns validated records into timeline events sorted by start, then end, then id (a stable order).
 * `texts` supplies the documents for passages; a quote whose document is missing is its own passage. An open interval
 * (`2012~/..`) reaches the dataset's horizon (the latest known end; for `../2004` the earliest known
 * start), or keeps its own endpoint's span when no other event bounds it; its `openEnd`/`openStart`
 * flag stays so it is drawn and labelled as open. `date` keeps the EDTF string as written. Lanes come
 * from `vocabulary` (by default, one made from the records' categories).
 */
export function toTimelineEvents(
	records: readonly EventRecord[],
	texts: Record<string, string | undefined> = {},
	vocabulary: Vocabulary = vocabularyOf(
		null,
		records.map((r) => r.type)
	)
): TimelineEvent[] {
	const spans = records.map((record) => parseEdtf(record.date));
	const [earliestMs, latestMs] = horizon(spans);
	const events = records.map((record, i): TimelineEvent => {
		const span = resolveOpenSpan(spans[i], earliestMs, latestMs);
		const passages: PassageView[] = [];
		for (const ref of record.sources) {
			if (!isSourceRef(ref)) continue;
			const text = texts[ref.source];
			// A quote whose document is not at hand (an imported export) is shown alone.
			const { before, after } =
				text === undefined ? { before: '', after: '' } : passageAround(text, ref.start, ref.end);
			passages.push({
				source: ref.source,
				quote: ref.quote,
				translation: ref.translation,
				start: ref.start,
				end: ref.end,
				before,
				after
			});
		}
		// Copied key by key, then extended: `{ ...record, span, … }` took ten times as long on records
		// built field by field (V8 gave each copy a map of its own before adding the four fields).
		const event = {} as Record<string, unknown>;
		for (const key of Object.keys(record)) event[key] = record[key as keyof EventRecord];
		event.span = span;
		event.fuzzy = isFuzzy(span);
		event.lane = laneOf(vocabulary, record.type);
		event.passages = passages;
		return event as unknown as TimelineEvent;
	});
	return sortedByTime(events);
}

/**
 * `events` sorted by start, then end, then id (plain comparison: localeCompare is four times slower),
 * through typed arrays of the keys: comparing the events themselves, whose shapes vary with their
 * optional fields, took ten times as long on 100,000 of them.
 */
function sortedByTime(events: TimelineEvent[]): TimelineEvent[] {
	const n = events.length;
	const start = new Float64Array(n);
	const end = new Float64Array(n);
	const ids: string[] = new Array(n);
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		start[i] = events[i].span.startMs;
		end[i] = events[i].span.endMs;
		ids[i] = events[i].id;
		order[i] = i;
	}
	order.sort(
		(a, b) =>
			start[a] - start[b] || end[a] - end[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0)
	);
	return Array.from(order, (i) => events[i]);
}

/** The whole dataset, validated, with every problem found. */
export interface Dataset {
	events: TimelineEvent[];
	sources: SourceRecord[];
	/** Its categories and lanes (declared in the file, or made from the events). */
	vocabulary: Vocabulary;
	problems: DataProblem[];
}

/**
 * Loads the curated dataset from the text of `events.json`, `sources.json` and the documents
 * (keyed by source id); `dir` prefixes file names in problems. Invalid records are left out and each is reported in `problems`.
 */
export function loadDataset(
	eventsText: string,
	sourcesText: string,
	texts: Record<string, string | undefined>,
	dir = 'data'
): Dataset {
	const problems: DataProblem[] = [];
	const sourcesJson = parseJson(sourcesText, `${dir}/sources.json`);
	if (sourcesJson.problem) problems.push(sourcesJson.problem);
	const { sources, problems: sourceProblems } = validateSources(
		// Only unreadable text falls back to nothing; a `null` file is reported like any other shape.
		sourcesJson.problem ? [] : sourcesJson.value,
		texts,
		`${dir}/sources.json`
	);
	problems.push(...sourceProblems);
	const eventsJson = parseJson(eventsText, `${dir}/events.json`);
	if (eventsJson.problem) problems.push(eventsJson.problem);
	const { events, problems: eventProblems } = validateEvents(
		eventsJson.problem ? { events: [] } : eventsJson.value,
		sources,
		texts,
		CURATED_RULES,
		`${dir}/events.json`
	);
	problems.push(...eventProblems);
	const declared = validateVocabulary(
		eventsJson.problem ? { events: [] } : eventsJson.value,
		events,
		CURATED_RULES,
		`${dir}/events.json`
	);
	problems.push(...declared.problems);
	const vocabulary = vocabularyOf(
		declared.vocabulary,
		events.map((e) => e.type)
	);
	return { events: toTimelineEvents(events, texts, vocabulary), sources, vocabulary, problems };
}
