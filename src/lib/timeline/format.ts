/**
 * Display formatting of dates, spans and axis ticks, per locale. Patterns are date-fns's, applied by
 * datePattern.ts (date-fns's own `format` cost 7 KB gzip on the first load); dayjs (in userDates.ts)
 * parses what people type.
 */
import { formatPattern } from './datePattern';
import { historicalYear, inDateRange, yearOf } from './calendar';
import type { DateSpan } from './dates';
import { precisionOf, type Precision } from './precision';

/**
 * A language code: lib/i18n's `Lang`, which lib/timeline may not import. Dates are worded in English
 * and Chinese; any other language gets the English wording ({@link dateLang}).
 */
export type Lang = string;

/** The date wording used for `lang`: its own when this module has one, else English. */
export const dateLang = (lang: Lang): 'en' | 'zh' => (lang === 'zh' ? 'zh' : 'en');

/**
 * Kept for callers that await a language's date names: both languages' names now ship with
 * datePattern.ts (a few hundred bytes), so there is nothing to fetch.
 */
export async function loadLocale(lang: Lang): Promise<void> {
	void lang;
}

const PATTERNS: Record<
	Lang,
	Record<'day' | 'month' | 'year' | 'dayMonth' | 'monthShort', string>
> = {
	en: { day: 'd MMM yyyy', month: 'MMM yyyy', year: 'yyyy', dayMonth: 'd MMM', monthShort: 'MMM' },
	zh: {
		day: 'yyyy年M月d日',
		month: 'yyyy年M月',
		year: 'yyyy年',
		dayMonth: 'M月d日',
		monthShort: 'M月'
	}
};

const QUALIFIERS: Record<Lang, { approx: string; uncertain: string; both: string }> = {
	en: { approx: 'approx.', uncertain: 'uncertain', both: 'approx., uncertain' },
	zh: { approx: '约', uncertain: '存疑', both: '约，存疑' }
};

// One end of a range qualified on its own: "16–19 Apr 2023, end uncertain".
const ENDPOINT_QUALIFIERS: Record<
	Lang,
	{ start: string; end: string; approx: string; uncertain: string; both: string }
> = {
	en: {
		start: 'start',
		end: 'end',
		approx: 'approx.',
		uncertain: 'uncertain',
		both: 'approx., uncertain'
	},
	zh: {
		start: '起始日期',
		end: '结束日期',
		approx: '为约数',
		uncertain: '存疑',
		both: '为约数且存疑'
	}
};

// An interval open at one end: "since 2012", "until 2004".
const OPEN: Record<Lang, { since: (d: string) => string; until: (d: string) => string }> = {
	en: { since: (d) => `since ${d}`, until: (d) => `until ${d}` },
	zh: { since: (d) => `${d}起`, until: (d) => `${d}止` }
};

/**
 * Formats the UTC calendar date of an instant with a date-fns pattern (no time of day) in `lang`.
 * Years before AD 1 get their era (the pattern's `y` counts years of the era: 44 BC, not -43); an
 * instant beyond JavaScript dates is named by its year alone.
 */
export function formatUtc(ms: number, pattern: string, lang: Lang = 'en'): string {
	if (!inDateRange(ms)) return formatYear(yearOf(ms), lang);
	const d = new Date(ms);
	const fields = { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
	const withEra = fields.year <= 0 ? (ERA_PATTERNS[dateLang(lang)][pattern] ?? pattern) : pattern;
	return formatPattern(fields, withEra, dateLang(lang));
}

// BCE dates: the same patterns with the era, as each language writes it (date-fns counts `y` in the
// era, so -43 prints as 44 with "BC" / "公元前").
const ERA_PATTERNS: Record<Lang, Record<string, string>> = {
	en: {
		'd MMM yyyy': 'd MMM y G',
		'MMM yyyy': 'MMM y G',
		yyyy: 'y G',
		'MMMM yyyy': 'MMMM y G',
		'd MMMM yyyy': 'd MMMM y G'
	},
	zh: {
		yyyy年M月d日: 'GGGGy年M月d日',
		yyyy年M月: 'GGGGy年M月',
		yyyy年: 'GGGGy年',
		yyyy: 'GGGGy年'
	}
};

// Axis labels name years on every zoom frame: one number format per language, not one per label.
const YEAR_NUMBERS = new Map<'en' | 'zh', Intl.NumberFormat>();
function yearNumber(lang: Lang): Intl.NumberFormat {
	const words = dateLang(lang);
	let number = YEAR_NUMBERS.get(words);
	if (!number)
		YEAR_NUMBERS.set(
			words,
			(number = new Intl.NumberFormat(words === 'zh' ? 'zh-CN' : 'en', {
				maximumFractionDigits: 3,
				useGrouping: words !== 'zh'
			}))
		);
	return number;
}

/**
 * A year as people read it: 2023, 44 BC, 12,000 BC, 65 million years ago, 13.8 billion years ago;
 * in Chinese 2023年, 公元前44年, 6500万年前, 138亿年前. `year` is astronomical (0 is 1 BC).
 */
export function formatYear(year: number, lang: Lang = 'en'): string {
	const { n, bc } = historicalYear(year);
	const number = yearNumber(lang);
	const significant = (x: number) => Number(x.toPrecision(3));
	if (lang === 'zh') {
		if (bc && n >= 1e8) return `${number.format(significant(n / 1e8))}亿年前`;
		if (bc && n >= 1e6) return `${number.format(significant(n / 1e4))}万年前`;
		return bc ? `公元前${n}年` : `${n}年`;
	}
	if (bc && n >= 1e9) return `${number.format(significant(n / 1e9))} billion years ago`;
	if (bc && n >= 1e6) return `${number.format(significant(n / 1e6))} million years ago`;
	if (bc) return `${n >= 1e4 ? number.format(n) : n} BC`;
	return n >= 1e4 ? number.format(n) : String(n);
}

/** The UTC time of day of an instant, `HH:mm` (24-hour, as both languages write it). */
export function formatUtcTime(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function formatAt(ms: number, precision: Precision, lang: Lang): string {
	const p = PATTERNS[lang];
	if (!inDateRange(ms)) return formatYear(yearOf(ms), lang);
	if (precision === 'day') return formatUtc(ms, p.day, lang);
	if (precision === 'month') return formatUtc(ms, p.month, lang);
	if (precision === 'decade')
		return lang === 'zh' ? `${formatUtc(ms, 'yyyy', lang)}年代` : `${formatUtc(ms, 'yyyy', lang)}s`;
	if (precision === 'season')
		return `${formatUtc(ms, p.month, lang)}–${formatUtc(ms + 80 * 86400000, p.month, lang)}`;
	return formatYear(yearOf(ms), lang);
}

/**
 * A time of day as the record gives it: at its own offset, named ("14:30 UTC", "14:30 UTC+03:00"), or
 * as written when the record names no zone ("14:30"); seconds when given.
 */
function timeText(span: DateSpan, lang: Lang): string {
	const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(span.edtf.split('/')[0])?.[1];
	const offsetMs =
		!zone || zone === 'Z'
			? 0
			: (zone[0] === '-' ? -1 : 1) *
				(Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) *
				60_000;
	const local = span.startMs + offsetMs;
	const seconds =
		span.precision === 'second'
			? `:${String(new Date(local).getUTCSeconds()).padStart(2, '0')}`
			: '';
	const clock = `${formatUtcTime(local)}${seconds}`;
	const named = zone === 'Z' ? `${clock} UTC` : zone ? `${clock} UTC${zone}` : clock;
	return lang === 'zh'
		? `${formatUtc(local, PATTERNS.zh.day, lang)} ${named}`
		: `${formatUtc(local, PATTERNS.en.day, lang)}, ${named}`;
}

type Qualifier = 'approx' | 'uncertain' | 'both' | null;

/** The qualifier written on one EDTF endpoint (`~`, `?`, `%`), or null. */
function qualifierOf(text: string): Qualifier {
	const approx = /[~%]/.test(text);
	const uncertain = /[?%]/.test(text);
	return approx && uncertain ? 'both' : approx ? 'approx' : uncertain ? 'uncertain' : null;
}

/**
 * What to say about a span's qualifiers: one word for the whole date ("approx."), or, when the two
 * ends of a range are qualified differently, each qualified end ("end uncertain"); '' when none.
 */
function qualifierText(span: DateSpan, lang: Lang): string {
	const ends = span.edtf.split('/').filter((e) => e !== '..');
	const quals = ends.map(qualifierOf);
	if (ends.length === 2 && quals[0] !== quals[1]) {
		const e = ENDPOINT_QUALIFIERS[lang];
		const parts = (['start', 'end'] as const).flatMap((side, i) => {
			const q = quals[i];
			if (!q) return [];
			return [lang === 'zh' ? `${e[side]}${e[q]}` : `${e[side]} ${e[q]}`];
		});
		return parts.join(lang === 'zh' ? '，' : ', ');
	}
	const q = quals.find((x) => x !== null);
	return q ? QUALIFIERS[lang][q === 'approx' ? 'approx' : q] : '';
}

/** The dates of a closed span, or of an open span's known endpoint with "since"/"until". */
function spanText(span: DateSpan, lang: Lang): string {
	const lastMs = span.endMs - 1;
	if (span.openEnd || span.openStart) {
		// The known endpoint, at its own precision; a resolved open end is not a date to print.
		const known = span.edtf.split('/').find((e) => e !== '..')!;
		const ms = span.openEnd ? span.startMs : lastMs;
		const date = formatAt(ms, precisionOf(known), lang);
		return span.openEnd ? OPEN[lang].since(date) : OPEN[lang].until(date);
	}
	if (!span.isRange && (span.precision === 'minute' || span.precision === 'second'))
		return timeText(span, lang);
	if (!span.isRange) return formatAt(span.startMs, span.precision, lang);
	const [a, b] = span.edtf.replace(/[?~%]/g, '').split('/');
	const sameYear = a.slice(0, 4) === b.slice(0, 4) && !a.startsWith('-') && !a.startsWith('Y');
	if (lang === 'en' && span.precision === 'day' && sameYear && a.slice(0, 7) === b.slice(0, 7)) {
		return `${formatUtc(span.startMs, 'd', lang)}–${formatUtc(lastMs, 'd MMM yyyy', lang)}`;
	}
	if (lang === 'en' && span.precision === 'day' && sameYear) {
		return `${formatUtc(span.startMs, 'd MMM', lang)} – ${formatUtc(lastMs, 'd MMM yyyy', lang)}`;
	}
	if (lang === 'zh' && span.precision === 'day' && sameYear) {
		// Chinese leaves out what the end shares with the start: 2023年4月16日–19日, 2023年4月16日–5月2日.
		const end = a.slice(0, 7) === b.slice(0, 7) ? 'd日' : 'M月d日';
		return `${formatUtc(span.startMs, 'yyyy年M月d日', lang)}–${formatUtc(lastMs, end, lang)}`;
	}
	return `${formatAt(span.startMs, span.precision, lang)}–${formatAt(lastMs, span.precision, lang)}`;
}

/**
 * A date as precisely as the record has it, never more: "12 Sep 2024", "16–19 Apr 2023",
 * "Jun 2012", "2000–2004", "Sep 2023, approx.", "2023, uncertain", "16–19 Apr 2023, end uncertain",
 * and open intervals by their known end: "since 2012, approx.", "until 2004". Chinese:
 * "2024年9月12日", "2012年起（约）".
 */
export function formatSpan(span: DateSpan, lang: Lang = 'en'): string {
	lang = dateLang(lang);
	const text = spanText(span, lang);
	const qualifier = qualifierText(span, lang);
	if (!qualifier) return text;
	return lang === 'zh' ? `${text}（${qualifier}）` : `${text}, ${qualifier}`;
}

/** A plain day range for notices and announcements: "Apr 2023", "3 Apr – 9 May 2023", "2001–2024". */
export function formatRange(fromMs: number, toMs: number, lang: Lang = 'en'): string {
	lang = dateLang(lang);
	const lastMs = toMs - 1;
	const p = PATTERNS[lang];
	const spanDays = (toMs - fromMs) / 86400000;
	if (spanDays > 3 * 365) {
		const [a, b] = [formatYear(yearOf(fromMs), lang), formatYear(yearOf(lastMs), lang)];
		// "2001–2024", but "44 BC – AD 14" needs room around its dash.
		return a === b ? a : /\s/.test(a + b) ? `${a} – ${b}` : `${a}–${b}`;
	}
	if (spanDays > 62)
		return `${formatUtc(fromMs, p.month, lang)} – ${formatUtc(lastMs, p.month, lang)}`;
	return `${formatUtc(fromMs, p.day, lang)} – ${formatUtc(lastMs, p.day, lang)}`;
}

export { PATTERNS as DATE_PATTERNS };
