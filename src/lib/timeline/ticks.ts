/**
 * Axis ticks that adapt to the zoom, from minutes to billions of years, with a context row ("2023"
 * under "Apr May Jun"). Calendar levels (minutes to quarters) come from d3-time within JavaScript
 * dates; year levels count years in 1–2–5 steps as people do (100 BC, AD 1, 100, 200; 65 million years
 * ago), so they also serve deep time. A level is used only where its labels fit between its ticks:
 * labels never overlap. Labels come from format.ts (date-fns).
 */
import {
	utcDay,
	utcHour,
	utcMinute,
	utcMonday,
	utcMonth,
	utcYear,
	type CountableTimeInterval,
	type TimeInterval
} from 'd3-time';
import { DATE_LIMIT_MS, utcMs, yearOf, YEAR_MS } from './calendar';
import { dateLang, formatUtc, formatUtcTime, formatYear, type Lang } from './format';
import { estimateLabelPx } from './labels';

/** A granularity of the axis: `minute5`, `hour`, `day`, `month`, `year`, `years100`… */
export type TickLevelName = string;

/** One labelled tick at `ms` (UTC). */
export interface Tick {
	ms: number;
	label: string;
}

/** What the axis draws for one view. */
export interface AxisTicks {
	level: TickLevelName;
	major: Tick[];
	context: Tick[];
}

interface TickLevel {
	name: TickLevelName;
	/** Typical distance between ticks, and the least (months and years vary). */
	approxMs: number;
	minMs: number;
	/** Tick instants in `[fromMs, toMs)`. */
	ticks(fromMs: number, toMs: number): number[];
	label(ms: number, lang: Lang): string;
	/** The row under the ticks: one label per year (or month, or day), pinned to the left edge. */
	context?: { interval: TimeInterval; label(ms: number, lang: Lang): string };
	/** Calendar levels need JavaScript dates. */
	calendar: boolean;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

const contexts = {
	day: {
		interval: utcDay,
		label: (ms: number, lang: Lang) =>
			formatUtc(ms, lang === 'zh' ? 'yyyy年M月d日' : 'd MMMM yyyy', lang)
	},
	month: {
		interval: utcMonth,
		label: (ms: number, lang: Lang) =>
			formatUtc(ms, lang === 'zh' ? 'yyyy年M月' : 'MMMM yyyy', lang)
	},
	year: {
		interval: utcYear,
		label: (ms: number, lang: Lang) => formatYear(yearOf(ms), lang)
	}
};

/** A d3-time level: ticks from an interval, labels from a date-fns pattern or a formatter. */
function calendarLevel(
	name: TickLevelName,
	interval: TimeInterval,
	approxMs: number,
	minMs: number,
	label: (ms: number, lang: Lang) => string,
	context: TickLevel['context']
): TickLevel {
	return {
		name,
		approxMs,
		minMs,
		calendar: true,
		ticks: (from, to) => interval.range(new Date(from), new Date(to)).map((d) => d.getTime()),
		label,
		context
	};
}

const minutes = (n: number) =>
	calendarLevel(
		n === 60 ? 'hour' : n > 60 ? `hour${n / 60}` : `minute${n}`,
		n === 1
			? utcMinute
			: n < 60
				? utcMinute.every(n)!
				: n === 60
					? utcHour
					: utcHour.every(n / 60)!,
		n * MINUTE,
		n * MINUTE,
		formatUtcTime,
		contexts.day
	);

const CALENDAR: TickLevel[] = [
	...[1, 5, 15, 30, 60, 180, 360, 720].map(minutes),
	calendarLevel(
		'day',
		utcDay,
		DAY,
		23 * HOUR,
		(ms, lang) => formatUtc(ms, lang === 'zh' ? 'd日' : 'd', lang),
		contexts.month
	),
	calendarLevel(
		'week',
		utcMonday,
		7 * DAY,
		7 * DAY - HOUR,
		(ms, lang) => formatUtc(ms, lang === 'zh' ? 'M月d日' : 'd MMM', lang),
		contexts.year
	),
	calendarLevel(
		'month',
		utcMonth,
		30.44 * DAY,
		28 * DAY,
		(ms, lang) => formatUtc(ms, lang === 'zh' ? 'M月' : 'MMM', lang),
		contexts.year
	),
	calendarLevel(
		'quarter',
		(utcMonth as CountableTimeInterval).every(3)!,
		91.3 * DAY,
		89 * DAY,
		(ms, lang) => formatUtc(ms, 'QQQ', lang),
		contexts.year
	)
];

/**
 * The years of a 1–2–5 step in `[fromYear, toYear]` as people count them: AD multiples of the step,
 * BC multiples (astronomical 1 − k·step, as "k·step BC"), and AD 1 between them (below ten-thousand
 * year steps), so the ticks around the missing year 0 stay a step apart.
 */
export function stepYears(fromYear: number, toYear: number, step: number): number[] {
	const years: number[] = [];
	if (step === 1) {
		for (let y = Math.ceil(fromYear); y <= toYear; y++) years.push(y);
		return years;
	}
	for (let k = Math.max(1, Math.ceil((1 - toYear) / step)); 1 - k * step >= fromYear; k++)
		years.unshift(1 - k * step);
	// (At scales of ten thousand years and more, AD 1 is no landmark: "1" beside "2 billion years ago".)
	if (fromYear <= 1 && toYear >= 1 && step < 1e4) years.push(1);
	for (let k = Math.max(1, Math.ceil(fromYear / step)); k * step <= toYear; k++)
		years.push(k * step);
	return years;
}

/** A year level of `step` years: at the first instant of each year, named as people read it. */
function yearLevel(step: number): TickLevel {
	const name =
		step === 1 ? 'year' : step === 5 ? 'fiveYears' : step === 10 ? 'decade' : `years${step}`;
	return {
		name,
		approxMs: step * YEAR_MS,
		// Around year 0 two ticks are a year closer (AD 1 sits a step after "step BC").
		minMs: Math.max(1, step - 1) * 365 * DAY,
		calendar: false,
		ticks: (from, to) =>
			stepYears(yearOf(from), yearOf(to), step)
				.map((y) => utcMs(y))
				.filter((ms) => ms >= from && ms < to),
		label: (ms, lang) => {
			const year = yearOf(ms);
			return year >= 1 && lang === 'zh' && year < 1e4 ? String(year) : formatYear(year, lang);
		}
	};
}

const YEAR_LEVELS: TickLevel[] = [];
for (let power = 1; power <= 1e10; power *= 10)
	for (const m of [1, 2, 5]) if (m * power <= 1e10) YEAR_LEVELS.push(yearLevel(m * power));

/** Every level, finest first. */
const LEVELS: TickLevel[] = [...CALENDAR, ...YEAR_LEVELS];

/**
 * The finest level whose ticks are at least `minSpacingPx` apart at `widthPx` for a window of
 * `windowMs`. Defaults to 64 px, room for a short label such as "Sep" or "2023".
 */
export function chooseTickLevel(
	windowMs: number,
	widthPx: number,
	minSpacingPx = 64
): TickLevelName {
	const msPerPx = windowMs / Math.max(1, widthPx);
	return (LEVELS.find((l) => l.approxMs / msPerPx >= minSpacingPx) ?? LEVELS.at(-1)!).name;
}

/** Room a label takes on the axis at `fontPx` (its text, the 3 px before it and 6 px after). */
const labelRoomPx = (label: string, fontPx: number) => estimateLabelPx(label, fontPx * 0.92, 9);

/**
 * Major ticks and context labels for `[fromMs, toMs)` at `widthPx`, spaced for labels at `fontPx`:
 * the finest level whose ticks are at least `64 · fontPx / 12` px apart and leave every label room
 * before the next tick. The context row holds one label per year (or month, at day level; day, at
 * hour levels), pinned to the left edge when its boundary is off-screen.
 */
export function axisTicks(
	fromMs: number,
	toMs: number,
	widthPx: number,
	lang: Lang = 'en',
	fontPx = 12
): AxisTicks {
	lang = dateLang(lang);
	const msPerPx = (toMs - fromMs) / Math.max(1, widthPx);
	const dates = Math.abs(fromMs) <= DATE_LIMIT_MS && Math.abs(toMs) <= DATE_LIMIT_MS;
	const minSpacingPx = (64 * fontPx) / 12;
	let level = LEVELS.at(-1)!;
	let major: Tick[] = [];
	for (const candidate of LEVELS) {
		if (candidate.calendar && !dates) continue;
		if (candidate.minMs / msPerPx < minSpacingPx) continue;
		const ticks = candidate.ticks(fromMs, toMs);
		if (ticks.length > widthPx) continue;
		const labelled = ticks.map((ms) => ({ ms, label: candidate.label(ms, lang) }));
		const fits = labelled.every(
			(t, i) =>
				i === 0 ||
				(t.ms - labelled[i - 1].ms) / msPerPx >= labelRoomPx(labelled[i - 1].label, fontPx)
		);
		[level, major] = [candidate, labelled];
		if (fits) break;
	}
	const context: Tick[] = [];
	if (level.context) {
		const { interval, label } = level.context;
		const first = interval.floor(new Date(fromMs)).getTime();
		const starts = [
			first,
			...interval.range(new Date(first + 1), new Date(toMs)).map((d) => d.getTime())
		];
		for (const ms of starts) context.push({ ms: Math.max(ms, fromMs), label: label(ms, lang) });
		// A label pinned to the left edge gives way when the next boundary would overprint it.
		if (
			context.length > 1 &&
			(context[1].ms - context[0].ms) / msPerPx < labelRoomPx(context[0].label, fontPx) * 1.1
		)
			context.shift();
	}
	return { level: level.name, major, context };
}
