/**
 * Axis ticks that adapt to the zoom: decades, years, quarters, months, weeks, days or hours, with a
 * context row ("2023" under "Apr May Jun"). Labels come from format.ts (date-fns).
 */
import {
	utcDay,
	utcHour,
	utcMonday,
	utcMonth,
	utcYear,
	type CountableTimeInterval,
	type TimeInterval
} from 'd3-time';
import { formatUtc, formatUtcTime, type Lang } from './format';

/** Granularities of the axis, finest first. */
export type TickLevelName =
	| 'hour'
	| 'threeHours'
	| 'sixHours'
	| 'day'
	| 'week'
	| 'month'
	| 'quarter'
	| 'year'
	| 'fiveYears'
	| 'decade';

interface TickLevel {
	name: TickLevelName;
	interval: TimeInterval;
	approxMs: number;
	pattern: Record<Lang, string>;
	/** Formats a tick instead of `pattern` (times of day, which date-fns's noon-based dates cannot). */
	format?: (ms: number) => string;
	context?: { interval: TimeInterval; pattern: Record<Lang, string> };
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const dayContext = { interval: utcDay, pattern: { en: 'd MMMM yyyy', zh: 'yyyy年M月d日' } };
const hours = (name: TickLevelName, n: number): TickLevel => ({
	name,
	interval: n === 1 ? utcHour : utcHour.every(n)!,
	approxMs: n * HOUR,
	pattern: { en: 'HH:mm', zh: 'HH:mm' },
	format: formatUtcTime,
	context: dayContext
});
const yearContext = { interval: utcYear, pattern: { en: 'yyyy', zh: 'yyyy年' } };
const monthContext = { interval: utcMonth, pattern: { en: 'MMMM yyyy', zh: 'yyyy年M月' } };

const LEVELS: TickLevel[] = [
	hours('hour', 1),
	hours('threeHours', 3),
	hours('sixHours', 6),
	{
		name: 'day',
		interval: utcDay,
		approxMs: DAY,
		pattern: { en: 'd', zh: 'd日' },
		context: monthContext
	},
	{
		name: 'week',
		interval: utcMonday,
		approxMs: 7 * DAY,
		pattern: { en: 'd MMM', zh: 'M月d日' },
		context: yearContext
	},
	{
		name: 'month',
		interval: utcMonth,
		approxMs: 30.44 * DAY,
		pattern: { en: 'MMM', zh: 'M月' },
		context: yearContext
	},
	{
		name: 'quarter',
		interval: (utcMonth as CountableTimeInterval).every(3)!,
		approxMs: 91.3 * DAY,
		pattern: { en: 'QQQ', zh: 'QQQ' },
		context: yearContext
	},
	{ name: 'year', interval: utcYear, approxMs: 365.25 * DAY, pattern: { en: 'yyyy', zh: 'yyyy' } },
	{
		name: 'fiveYears',
		interval: utcYear.every(5)!,
		approxMs: 5 * 365.25 * DAY,
		pattern: { en: 'yyyy', zh: 'yyyy' }
	},
	{
		name: 'decade',
		interval: utcYear.every(10)!,
		approxMs: 10 * 365.25 * DAY,
		pattern: { en: 'yyyy', zh: 'yyyy' }
	}
];

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
	const level =
		LEVELS.find((l) => l.approxMs / msPerPx >= minSpacingPx) ?? LEVELS[LEVELS.length - 1];
	return level.name;
}

/**
 * Major ticks and context labels for `[fromMs, toMs)` at `widthPx`, spaced for labels at `fontPx`. The context row holds one label
 * per year (or month, at day level), pinned to the left edge when its boundary is off-screen.
 */
export function axisTicks(
	fromMs: number,
	toMs: number,
	widthPx: number,
	lang: Lang = 'en',
	fontPx = 12
): AxisTicks {
	// Larger type (a projector) needs proportionally more room between labels.
	const name = chooseTickLevel(toMs - fromMs, widthPx, (64 * fontPx) / 12);
	const level = LEVELS.find((l) => l.name === name)!;
	const major = level.interval.range(new Date(fromMs), new Date(toMs)).map((d) => ({
		ms: d.getTime(),
		label: level.format?.(d.getTime()) ?? formatUtc(d.getTime(), level.pattern[lang], lang)
	}));
	const context: Tick[] = [];
	if (level.context) {
		const first = level.context.interval.floor(new Date(fromMs)).getTime();
		const starts = [
			first,
			...level.context.interval.range(new Date(first + 1), new Date(toMs)).map((d) => d.getTime())
		];
		for (const ms of starts) {
			context.push({
				ms: Math.max(ms, fromMs),
				label: formatUtc(ms, level.context.pattern[lang], lang)
			});
		}
		// A label pinned to the left edge gives way when the next boundary would overprint it.
		const msPerPx = (toMs - fromMs) / Math.max(1, widthPx);
		if (context.length > 1 && (context[1].ms - context[0].ms) / msPerPx < (90 * fontPx) / 12)
			context.shift();
	}
	return { level: name, major, context };
}
