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

import { precisionOf, type Precision } from './precision';

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

/** Thrown for strings that are not EDTF dates this product accepts. */
export class EdtfError extends Error {}

// Years outside this window are almost certainly typing errors in a dataset about modern events,
// and edtf.js would happily read "99999" as a millisecond timestamp.
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
// Level 0/1 dates: a year (its last digit may be X), then an optional month (or season 21–24) and
// day, either of which may be XX, and one optional qualifier at the end.
const DATE_SHAPE = /^(\d{4}|\d{3}X)(-(\d{2}|XX)(-(\d{2}|XX))?)?[?~%]?$/;
const ORDER: Precision[] = ['day', 'month', 'season', 'year', 'decade'];

const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;

/**
 * `[startMs, endMs)` of a plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (optionally qualified), or null
 * for other shapes (seasons, X digits). Throws for impossible months and days, as edtf.js does.
 */
function plainInterval(text: string): [number, number] | null {
	const m = PLAIN.exec(text);
	if (!m) return null;
	const year = Number(m[1]);
	if (m[2] === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
	const month = Number(m[2]);
	if (month > 12) return null; // 21–24 are seasons; 13–20 and 25+ are errors edtf.js reports
	if (month < 1) throw new EdtfError(`"${text}" has month 00`);
	if (m[3] === undefined) return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)];
	const day = Number(m[3]);
	const start = Date.UTC(year, month - 1, day);
	if (day < 1 || new Date(start).getUTCMonth() !== month - 1) {
		throw new EdtfError(`"${text}" is not a day of ${m[1]}-${m[2]}`);
	}
	return [start, start + 86_400_000];
}

function coarser(a: Precision, b: Precision): Precision {
	return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

function checkEndpoint(text: string, whole: string): void {
	// An unspecified month with a specified day ("2023-XX-12") names twelve separate days, not a span.
	if (!DATE_SHAPE.test(text) || /XX-\d/.test(text)) {
		throw new EdtfError(
			`"${whole}" is not an EDTF date: "${text}" should look like 2023, 2023-09 or 2023-09-12`
		);
	}
	const year = Number(text.slice(0, 4).replace('X', '0'));
	if (year < MIN_YEAR || year > MAX_YEAR) {
		throw new EdtfError(`"${whole}" has year ${year}, outside ${MIN_YEAR}–${MAX_YEAR}`);
	}
}

/**
 * Parses an EDTF level 0/1 date or range into a {@link DateSpan}.
 * Accepts days, months, years, seasons (`2023-21`), unspecified digits (`201X`, `2023-XX`),
 * qualifiers (`?`, `~`, `%`) on a date or on either end of a range (`2023-04-16/2023-04-19?`),
 * closed intervals (`2023-04-16/2023-04-19`) and intervals open at one end (`2012~/..`, `../2004`):
 * the span of an open interval is that of its known endpoint, flagged `openEnd` or `openStart`.
 * @throws {EdtfError} for anything else: unknown ends (`2004/`), `..` alone or at both ends,
 * reversed ranges, years outside 1000–2999.
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

/** `[startMs, endMs)` of one checked endpoint or of a closed range of two. */
function interval(ends: string[], text: string): [number, number] {
	// Plain dates (the vast majority, and all of a large import) are computed directly: edtf.js takes
	// 0.1–0.2 ms per parse, which is 20 s for 100,000 events. It still reads seasons and X digits.
	const plain = ends.map(plainInterval);
	if (plain.every((p) => p !== null)) {
		if (plain.length === 2 && plain[0]![0] > plain[1]![0])
			throw new EdtfError(`"${text}" ends before it starts`);
		return [plain[0]![0], plain[plain.length - 1]![1]];
	}
	let parsed;
	try {
		parsed = edtf(ends.join('/'));
	} catch (error) {
		const reason = String((error as Error).message).split('\n')[0];
		throw new EdtfError(`"${text}" is not valid EDTF (${reason})`);
	}
	if (parsed.type === 'Interval' && parsed.lower!.min > parsed.upper!.max) {
		throw new EdtfError(`"${text}" ends before it starts`);
	}
	return [parsed.min, parsed.max + 1];
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
	return span.uncertain || span.approximate || span.unspecified || span.precision !== 'day';
}
