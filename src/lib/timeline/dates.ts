/**
 * EDTF (ISO 8601-2) strings → half-open UTC intervals. The only module that imports `edtf`.
 *
 * An event's date is the span it could have happened in: `2012-06` covers all of June 2012,
 * `2000/2004` the years 2000 through 2004. We never narrow a date beyond what the string says.
 * An open end (`2012~/..`, "since about 2012") has no instant to draw to: `parseEdtf` gives the
 * span of its one known endpoint and flags the open side, and {@link resolveOpenSpan} stretches it
 * to a dataset's horizon, so no scale ever receives an infinite time.
 */
import edtf from 'edtf';

import { DATE_TIME, EdtfError, LONG_YEAR, plainSpan } from './edtfPlain';
import { PRECISIONS, precisionOf, type Precision } from './precision';

export type { Precision } from './precision';

/** A parsed EDTF date as a half-open interval [startMs, endMs) in UTC milliseconds. */
export interface DateSpan {
	/** The original EDTF string. */
	edtf: string;
	/** Earliest instant the date can denote (UTC ms, inclusive). */
	startMs: number;
	/** First instant after the latest the date can denote (UTC ms, exclusive). */
	endMs: number;
	/** Precision of the coarser endpoint. */
	precision: Precision;
	/** True for `a/b` ranges. */
	isRange: boolean;
	/** `?` anywhere in the string. */
	uncertain: boolean;
	/** `~` anywhere in the string (`%` sets both flags). */
	approximate: boolean;
	/** Unspecified digits (`X`), e.g. `201X`. */
	unspecified: boolean;
	/**
	 * `../2004`: no start. `startMs` is the known endpoint's start until {@link resolveOpenSpan}
	 * moves it to a dataset's earliest start.
	 */
	openStart: boolean;
	/**
	 * `2012~/..`: no end (ongoing). `endMs` is the known endpoint's end until {@link resolveOpenSpan}
	 * moves it to a dataset's latest end.
	 */
	openEnd: boolean;
}

// Level 0/1 dates: a year of four digits (negative for BCE; its last digit may be X), then an
// optional month (or season 21–24) and day, either of which may be XX, and one optional qualifier.
const DATE_SHAPE = /^-?(\d{4}|\d{3}X)(-(\d{2}|XX)(-(\d{2}|XX))?)?[?~%]?$/;
const ORDER = PRECISIONS;

function coarser(a: Precision, b: Precision): Precision {
	return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

function checkEndpoint(text: string, whole: string): void {
	if (DATE_TIME.test(text) || LONG_YEAR.test(text)) return;
	if (/^-?\d{5,}/.test(text)) {
		throw new EdtfError(
			`"${whole}" has a year of more than four digits: write it with EDTF's Y prefix (Y${/^-?\d+/.exec(text)![0]})`
		);
	}
	// An unspecified month with a specified day ("2023-XX-12") names twelve separate days, not a span.
	if (!DATE_SHAPE.test(text) || /XX-\d/.test(text)) {
		throw new EdtfError(
			`"${whole}" is not an EDTF date: "${text}" should look like 2023, 2023-09, 2023-09-12, -0043 (44 BC), 2023-09-12T14:30Z or Y-13800000000`
		);
	}
}

/**
 * Parses an EDTF level 0/1 date or range into a {@link DateSpan}.
 * Accepts days, months, years from -9999 to 9999 (astronomical numbering, as ISO 8601: `-0043` is
 * 44 BC), longer years with the Y prefix (`Y-13800000000`), dates with a time of day
 * (`2023-11-08T14:30:00Z`, `…+03:00`, or no zone: read as UTC), seasons (`2023-21`), unspecified
 * digits (`201X`, `2023-XX`),
 * qualifiers (`?`, `~`, `%`) on a date or on either end of a range (`2023-04-16/2023-04-19?`),
 * closed intervals (`2023-04-16/2023-04-19`) and intervals open at one end (`2012~/..`, `../2004`):
 * the span of an open interval is that of its known endpoint, flagged `openEnd` or `openStart`.
 * @throws {EdtfError} for anything else: unknown ends (`2004/`), `..` alone or at both ends,
 * reversed ranges, five-digit years without the Y prefix.
 */
export function parseEdtf(input: string): DateSpan {
	const cached = CACHE.get(input);
	if (cached) return cached;
	const span = Object.freeze(parseUncached(String(input ?? '').trim()));
	// Validation and loading parse each date twice, and large datasets repeat dates: remember recent ones.
	if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
	CACHE.set(input, span);
	return span;
}

const CACHE = new Map<string, DateSpan>();
const CACHE_LIMIT = 200_000;

function parseUncached(text: string): DateSpan {
	if (text === '') throw new EdtfError('empty date');
	const ends = text.split('/');
	if (ends.length > 2) throw new EdtfError(`"${text}" has more than one "/"`);
	if (ends.some((e) => e === '')) {
		throw new EdtfError(
			`"${text}" has an empty (unknown) end; give both ends (e.g. 2000/2004), or ".." for an open end (2012/..)`
		);
	}
	const open = ends.map((e) => e === '..');
	if (open.every(Boolean)) {
		throw new EdtfError(
			ends.length === 1
				? `"${text}" is not a date: ".." marks the open end of a range (e.g. 2012/..)`
				: `"${text}" is open at both ends; give at least one end (e.g. 2012/..)`
		);
	}
	const known = ends.filter((_, i) => !open[i]);
	known.forEach((e) => checkEndpoint(e, text));
	const [startMs, endMs] = interval(known, text);
	const precision = known.map(precisionOf).reduce(coarser);
	return {
		edtf: text,
		startMs,
		endMs,
		precision,
		isRange: ends.length === 2,
		uncertain: /[?%]/.test(text),
		approximate: /[~%]/.test(text),
		unspecified: /X/.test(text),
		openStart: ends.length === 2 && open[0],
		openEnd: ends.length === 2 && open[1]
	};
}

/** `[startMs, endMs)` of one checked endpoint. */
function endpointInterval(text: string, whole: string): [number, number] {
	// Plain dates (the vast majority, and all of a large import) are computed directly: edtf.js takes
	// 0.1–0.2 ms per parse, which is 20 s for 100,000 events. It still reads seasons and X digits.
	const own = plainSpan(text, whole);
	if (own) return own;
	let parsed;
	try {
		parsed = edtf(text);
	} catch (error) {
		const reason = String((error as Error).message).split('\n')[0];
		throw new EdtfError(`"${whole}" is not valid EDTF (${reason})`);
	}
	return [parsed.min, parsed.max + 1];
}

/** `[startMs, endMs)` of one checked endpoint or of a closed range of two. */
function interval(ends: string[], text: string): [number, number] {
	const spans = ends.map((e) => endpointInterval(e, text));
	if (spans.length === 2 && spans[0][0] > spans[1][0])
		throw new EdtfError(`"${text}" ends before it starts`);
	return [spans[0][0], spans[spans.length - 1][1]];
}

/**
 * An open span stretched to a dataset's horizon: an open end to `latestMs` (the latest finite end of
 * the dataset's events), an open start to `earliestMs`, never narrower than the span's own known
 * endpoint. The `openStart`/`openEnd` flags stay, so drawings and labels can say it is open; a closed
 * span is returned as it is. Non-finite horizons are ignored (an open span alone keeps its own span).
 */
export function resolveOpenSpan(span: DateSpan, earliestMs: number, latestMs: number): DateSpan {
	if (!span.openStart && !span.openEnd) return span;
	const startMs =
		span.openStart && Number.isFinite(earliestMs)
			? Math.min(span.startMs, earliestMs)
			: span.startMs;
	const endMs =
		span.openEnd && Number.isFinite(latestMs) ? Math.max(span.endMs, latestMs) : span.endMs;
	return startMs === span.startMs && endMs === span.endMs ? span : { ...span, startMs, endMs };
}

/** Like {@link parseEdtf} but returns the error message instead of throwing. */
export function tryParseEdtf(
	input: string
): { span: DateSpan; error?: undefined } | { span?: undefined; error: string } {
	try {
		return { span: parseEdtf(input) };
	} catch (error) {
		return { error: error instanceof EdtfError ? error.message : `"${input}": ${String(error)}` };
	}
}

/** True when a date is less certain than a single stated day: approximate, uncertain, coarse or unspecified. */
export function isFuzzy(span: DateSpan): boolean {
	const exact =
		span.precision === 'day' || span.precision === 'minute' || span.precision === 'second';
	return span.uncertain || span.approximate || span.unspecified || !exact;
}
