// The messages of URL issues: every code the parsers return has a message in every language, saying
// what the parsers mean (the wording tests of the parsers live here, since lib/timeline may not import
// lib/i18n), and random URLs give readable notices in English and Chinese.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePresentParams } from '$lib/present/params';
import { parseEmbedParams } from '$lib/embed/params';
import { randomParams, rangeParams } from '$lib/timeline/urlParams.arbitrary';
import type { UrlIssue, UrlIssueCode, UrlIssueValues } from '$lib/timeline/urlIssue';
import { parseViewState, type ViewStateContext } from '$lib/timeline/urlState';
import { LANG_CODES, LANGS, langIssue, type Lang } from './lang';
import { t } from './all';
import { loadStrings } from './strings';

beforeAll(() => Promise.all(LANGS.map((l) => loadStrings(l.code))));

const say = (lang: Lang, issue: UrlIssue) => t(lang, issue.code, issue.values);
const CJK = /[\u4e00-\u9fff]/;

/** One example of every code (a code missing here fails `npm run check`), in English and Chinese. */
const EXAMPLES: { [C in UrlIssueCode]: [UrlIssueValues[C], string, string] } = {
	urlNotDate: [
		{ value: 'banana' },
		'"banana" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, a time as YYYY-MM-DDThh:mm, -0043 for 44 BC)',
		'“banana”不是日期（请用 YYYY、YYYY-MM 或 YYYY-MM-DD，时间写作 YYYY-MM-DDThh:mm，公元前44年写作 -0043）'
	],
	urlSwapped: [
		{ from: '2024', to: '2023' },
		'"from" (2024) is after "to" (2023); the two were swapped',
		'“from”（2024）晚于“to”（2023），已对调'
	],
	urlNoEvent: [{ value: 'nope' }, 'there is no event "nope"', '没有事件“nope”'],
	urlSearchCut: [{ max: 200 }, 'the search was cut to 200 characters', '搜索词已截短为 200 个字符'],
	urlTooLong: [
		{ value: 'xx…', list: 'countries' },
		'"xx…" is too long to be a participant country',
		'“xx…”太长，不可能是国家'
	],
	urlNotInDataset: [
		{ value: 'party', list: 'types', known: ['forum', 'visit'] },
		'"party" is not an event type (forum, visit)',
		'本数据集中没有事件类型“party” (forum, visit)'
	],
	urlAlias: [
		{ alias: 'country', name: 'countries' },
		'"country" was read as "countries", the parameter\'s name',
		'“country”按参数名“countries”读取'
	],
	urlNotParam: [
		{ name: 'foo', params: ['from', 'to'] },
		'"foo" is not a parameter of this page (from, to); it was ignored',
		'“foo”不是本页的参数（from, to），已忽略'
	],
	urlBasis: [
		{ value: 'maybe' },
		'"maybe" is not stated or inferred',
		'“maybe”既不是 stated（明确）也不是 inferred（推定）'
	],
	urlNotOneOf: [
		{ value: 'blue', options: ['light', 'dark', 'auto'] },
		'"blue" is not one of light, dark, auto',
		'“blue”不是 light、dark、auto 之一'
	],
	urlNoFile: [
		{ value: 'mine.csv' },
		'"mine.csv" is a file opened in another tab or browser, and this tab does not hold it: open the file again to see it',
		'“mine.csv”是在另一个标签页或浏览器中打开的文件，此标签页没有保存它：请重新打开该文件'
	],
	urlNoTour: [{ value: 'nope' }, 'there is no tour "nope"', '没有导览“nope”'],
	urlSelectionUnknown: [
		{ n: 2, first: 'gone' },
		'2 picked events are not in this dataset (first: "gone")',
		'有 2 个选出的事件不在此数据集中（第一个：“gone”）'
	],
	urlNoSelection: [
		{ value: 'k1' },
		'this tab does not hold the picked events "k1"',
		'本标签页没有保存选出的事件“k1”'
	],
	urlNotEmbedParam: [
		{ name: 'q', params: ['from', 'to'] },
		'"q" is not an embed parameter (from, to); it was ignored',
		'“q”不是嵌入参数（from, to），已忽略'
	],
	urlTourReplaced: [
		{ value: 'x', instead: 'short' },
		'there is no tour "x"; showing tour "short"',
		'没有导览“x”，改为显示导览“short”'
	],
	urlStepNotNumber: [
		{ value: 'abc', last: 4 },
		'"abc" is not a step number (1 to 4); showing step 1',
		'“abc”不是步数（1 至 4），改为显示第 1 步'
	],
	urlStepBeforeFirst: [
		{ value: '-3' },
		'step -3 is before the first step (1); showing step 1',
		'第 -3 步在第 1 步之前，改为显示第 1 步'
	],
	urlStepPastLast: [
		{ value: '999', last: 4 },
		'step 999 is past the last step (4); showing step 4',
		'第 999 步超出最后一步（4），改为显示第 4 步'
	],
	urlAutoplay: [
		{ value: 'soon', min: 1, max: 3600 },
		'autoplay "soon" is not a number of seconds from 1 to 3600; autoplay is off',
		'autoplay“soon”不是 1 至 3600 之间的秒数，自动播放已关闭'
	],
	urlNotLanguage: [
		{ value: 'xx', langs: ['en', 'zh'], used: 'en' },
		'"xx" is not a language of this site (en, zh); using English (en)',
		'“xx”不是本站的语言（en, zh），改用英文（en）'
	]
};

describe('URL issue messages', () => {
	it.each(Object.entries(EXAMPLES))(
		'%s reads as it should in English and Chinese',
		(code, [values, en, zh]) => {
			const issue = { param: 'p', value: '', code, values } as UrlIssue;
			expect(say('en', issue)).toBe(en);
			expect(say('zh', issue)).toBe(zh);
		}
	);

	it('every code has its own message in every language, with every value filled in', () => {
		for (const { code: lang } of LANGS)
			for (const [code, [values, english]] of Object.entries(EXAMPLES)) {
				const text = say(lang, { param: 'p', value: '', code, values } as UrlIssue);
				expect(text.length, `${lang}.${code}`).toBeGreaterThan(0);
				expect(text, `${lang}.${code}`).not.toMatch(/\{\w+\}/);
				if (lang !== 'en') expect(text, `${lang}.${code} is translated`).not.toBe(english);
			}
	});

	it('names the tour and language used instead', () => {
		const replaced = { param: 'tour', value: 'nope', code: 'urlTourReplaced' } as const;
		expect(say('en', { ...replaced, values: { value: 'nope', instead: null } })).toBe(
			'there is no tour "nope"; showing the default tour'
		);
		expect(say('zh', { ...replaced, values: { value: 'nope', instead: null } })).toBe(
			'没有导览“nope”，改为显示默认导览'
		);
		// The site's languages are listed as LANGS has them (en, zh today).
		const langs = LANG_CODES.join(', ');
		const chinese = langIssue('?lang=xx', ['zh-CN'])!;
		expect(say('en', chinese)).toBe(
			`"xx" is not a language of this site (${langs}); using Chinese (zh)`
		);
		expect(say('zh', chinese)).toBe(`“xx”不是本站的语言（${langs}），改用中文（zh）`);
	});
});

describe('parsers, in words', () => {
	const ctx: ViewStateContext = {
		countries: ['CN', 'RU'],
		sources: ['doc-a'],
		participants: ['Li Shangfu'],
		types: ['forum', 'visit']
	};
	const view = (search: string, context = ctx) =>
		parseViewState(new URLSearchParams(search), context).issues.map((i) => [i.param, say('en', i)]);

	it('parseViewState says which value of a list the dataset lacks, listing a few known ones', () => {
		expect(view('countries=Narnia,CN&participants=Nobody&sources=zzz&types=party')).toEqual([
			['types', '"party" is not an event type (forum, visit)'],
			['countries', 'there is no country "Narnia" in this dataset (CN, RU)'],
			['sources', 'there is no source document "zzz" in this dataset (doc-a)'],
			['participants', 'there is no participant "Nobody" in this dataset (Li Shangfu)']
		]);
		const countries = Array.from({ length: 13 }, (_, i) => `C${i}`);
		expect(view('countries=Narnia', { countries })).toEqual([
			['countries', 'there is no country "Narnia" in this dataset']
		]);
		expect(view(`types=${'x'.repeat(300)}`)[0][1]).toBe(
			`"${'x'.repeat(60)}…" is too long to be an event type`
		);
	});

	it('parseViewState says a swap, a cut search, a bad basis and an ignored parameter', () => {
		expect(view('from=2024&to=2023')).toEqual([
			['from', '"from" (2024) is after "to" (2023); the two were swapped']
		]);
		expect(view(`q=${'a'.repeat(201)}&basis=maybe`)).toEqual([
			['q', 'the search was cut to 200 characters'],
			['basis', '"maybe" is not stated or inferred']
		]);
		expect(view('foo=1', { ...ctx, otherParams: ['data', 'lang'] })[0][1]).toMatch(
			/^"foo" is not a parameter of this page \(from, to, .*lang\); it was ignored$/
		);
	});

	it('parseEmbedParams and parsePresentParams say what they show instead', () => {
		const embed = parseEmbedParams(new URLSearchParams('theme=blue&tour=nope&thme=dark'), {
			tours: new Set(['t'])
		});
		expect(embed.issues.map((i) => say('en', i))).toEqual([
			'there is no tour "nope"',
			'"blue" is not one of light, dark, auto',
			'"thme" is not an embed parameter (data, from, to, types, events, tour, selected, event, theme, lang, controls); it was ignored'
		]);
		const tours = [{ id: 'all', stops: [{}, {}, {}, {}] }];
		const present = parsePresentParams(new URLSearchParams('tour=nope&step=999'), tours as never);
		expect(present.issues.map((i) => say('zh', i))).toEqual([
			'没有导览“nope”，改为显示默认导览',
			'第 999 步超出最后一步（4），改为显示第 4 步'
		]);
	});
});

describe('URL issues on random input', () => {
	const context = {
		eventIds: new Set(['a', 'b']),
		types: ['forum', 'visit'],
		countries: ['CN', 'RU'],
		sources: ['doc'],
		participants: ['Li Shangfu'],
		tours: new Set(['t'])
	};
	const issuesOf = (params: URLSearchParams): UrlIssue[] => [
		...parseViewState(params, { ...context, otherParams: ['lang'] }).issues,
		...parseEmbedParams(params, context).issues,
		...parsePresentParams(params, [{ id: 'all', stops: [] }] as never).issues,
		...[langIssue(params)].filter((i) => i !== null)
	];

	it('every issue reads in English, and in Chinese for the Chinese interface, briefly', () => {
		fc.assert(
			fc.property(fc.oneof(randomParams, rangeParams), (params) => {
				for (const issue of issuesOf(params)) {
					const en = say('en', issue);
					const zh = say('zh', issue);
					expect(zh, en).toMatch(CJK);
					for (const text of [en, zh]) {
						expect(text.length).toBeGreaterThan(0);
						expect(text.length).toBeLessThanOrEqual(400);
					}
				}
			}),
			{ numRuns: 500 }
		);
	});
});
