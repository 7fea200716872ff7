/**
 * Formats a calendar date with a small subset of date-fns (Unicode) patterns, in English (en-GB) or
 * Chinese (zh-CN) names, exactly as date-fns does for these tokens. It replaced date-fns's `format` on
 * the first load, where that brought about 7 KB gzip of formatters for a dozen patterns (issue 17);
 * `datePattern.test.ts` checks it against date-fns token by token.
 *
 * Tokens: `y` (year of the era), `yyyy` (the same, at least four digits), `M`, `MM`, `MMM`, `MMMM`,
 * `d`, `dd`, `Q`, `QQQ`, `G` (AD/BC, 公元/前) and `GGGG` (Anno Domini, 公元前). Text between
 * single quotes and any character that is not a Latin letter is copied; any other letter throws, as it
 * does in date-fns, so a pattern this module does not know fails loudly.
 */

/** Calendar fields: an astronomical year (0 is 1 BC), a month 0–11 and a day of the month 1–31. */
export interface CalendarFields {
	year: number;
	month: number;
	day: number;
}

const EN_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const ZH_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

interface Names {
	monthShort(m: number): string;
	monthLong(m: number): string;
	quarter(q: number): string;
	era: [bc: string, ad: string];
	eraLong: [bc: string, ad: string];
}

const NAMES: Record<'en' | 'zh', Names> = {
	en: {
		monthShort: (m) => EN_MONTHS[m].slice(0, 3),
		monthLong: (m) => EN_MONTHS[m],
		quarter: (q) => `Q${q}`,
		era: ['BC', 'AD'],
		eraLong: ['Before Christ', 'Anno Domini']
	},
	zh: {
		monthShort: (m) => `${m + 1}月`,
		monthLong: (m) => `${ZH_MONTHS[m]}月`,
		quarter: (q) => `第${ZH_MONTHS[q - 1]}季`,
		era: ['前', '公元'],
		eraLong: ['公元前', '公元']
	}
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function token(t: string, f: CalendarFields, names: Names): string {
	const ad = f.year > 0 ? 1 : 0;
	const eraYear = ad ? f.year : 1 - f.year;
	const quarter = Math.floor(f.month / 3) + 1;
	switch (t) {
		case 'y':
		case 'yyyy':
			return pad(eraYear, t.length);
		case 'M':
		case 'MM':
			return pad(f.month + 1, t.length);
		case 'MMM':
			return names.monthShort(f.month);
		case 'MMMM':
			return names.monthLong(f.month);
		case 'd':
		case 'dd':
			return pad(f.day, t.length);
		case 'Q':
			return String(quarter);
		case 'QQQ':
			return names.quarter(quarter);
		case 'G':
			return names.era[ad];
		case 'GGGG':
			return names.eraLong[ad];
		default:
			throw new RangeError(`date pattern token "${t}" is not supported`);
	}
}

/** `fields` formatted by `pattern` (see the module comment) with the names of `lang`. */
export function formatPattern(fields: CalendarFields, pattern: string, lang: 'en' | 'zh'): string {
	const names = NAMES[lang];
	let out = '';
	for (let i = 0; i < pattern.length;) {
		const c = pattern[i];
		if (c === "'") {
			const end = pattern.indexOf("'", i + 1);
			out += pattern.slice(i + 1, end < 0 ? undefined : end);
			i = end < 0 ? pattern.length : end + 1;
		} else if (/[A-Za-z]/.test(c)) {
			let j = i;
			while (pattern[j] === c) j++;
			out += token(pattern.slice(i, j), fields, names);
			i = j;
		} else {
			out += c;
			i++;
		}
	}
	return out;
}
