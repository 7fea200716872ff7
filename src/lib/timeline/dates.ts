/**
 * EDTF (ISO 8601-2) strings → half-open UTC intervals. The only module that imports `edtf`.
 *
 * An event's date is the span it could have happened in: `2012-06` covers all of June 2012,
 * `2000/2004` the years 2000 through 2004. We never narrow a date beyond what the string says.
 */
import edtf from 'edtf';

/** How finely a date is known, coarsest last. */
export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade';

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

/** Precision of one endpoint, read from its text: the first unspecified or missing part decides. */
function precisionOf(text: string): Precision {
	const [year, month, day] = text.replace(/[?~%]/g, '').split('-');
	if (year.includes('X')) return 'decade';
	if (month === undefined || month === 'XX') return 'year';
	if (Number(month) >= 21) return 'season';
	if (day === undefined || day === 'XX') return 'month';
	return 'day';
}

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
 * Parses an EDTF level 0/1 date or closed range into a {@link DateSpan}.
 * Accepts days, months, years, seasons (`2023-21`), unspecified digits (`201X`, `2023-XX`),
 * qualifiers (`?`, `~`, `%`) and closed intervals (`2023-04-16/2023-04-19`).
 * @throws {EdtfError} for anything else, including open intervals and reversed ranges.
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
	if (ends.some((e) => e === '' || e === '..')) {
		throw new EdtfError(`"${text}" is an open interval; give both ends (e.g. 2000/2004)`);
	}
	ends.forEach((e) => checkEndpoint(e, text));
	// Plain dates (the vast majority, and all of a large import) are computed directly: edtf.js takes
	// 0.1–0.2 ms per parse, which is 20 s for 100,000 events. It still reads seasons and X digits.
	const plain = ends.map(plainInterval);
	let startMs: number;
	let endMs: number;
	if (plain.every((p) => p !== null)) {
		startMs = plain[0]![0];
		endMs = plain[plain.length - 1]![1];
		if (plain.length === 2 && plain[0]![0] > plain[1]![0])
			throw new EdtfError(`"${text}" ends before it starts`);
	} else {
		let parsed;
		try {
			parsed = edtf(text);
		} catch (error) {
			const reason = String((error as Error).message).split('\n')[0];
			throw new EdtfError(`"${text}" is not valid EDTF (${reason})`);
		}
		if (parsed.type === 'Interval' && parsed.lower!.min > parsed.upper!.max) {
			throw new EdtfError(`"${text}" ends before it starts`);
		}
		startMs = parsed.min;
		endMs = parsed.max + 1;
	}
	const precision = ends.map(precisionOf).reduce(coarser);
	return {
		edtf: text,
		startMs,
		endMs,
		precision,
		isRange: ends.length === 2,
		uncertain: /[?%]/.test(text),
		approximate: /[~%]/.test(text),
		unspecified: /X/.test(text)
	};
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
