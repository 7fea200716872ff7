import { describe, expect, it } from 'vitest';
import { LANG_CODES } from '../i18n/lang';
import { t } from '../i18n/all';
import { DEFAULT_VIEW } from '../timeline/urlState';
import { DEFAULT_EMBED, formatEmbedParams, parseEmbedParams } from './params';

const context = {
	eventIds: new Set(['a-event', 'b-event']),
	types: ['forum', 'visit'],
	tours: new Set(['t1'])
};

describe('parseEmbedParams', () => {
	it('parseEmbedParams reads every parameter', () => {
		const { config, issues } = parseEmbedParams(
			new URLSearchParams(
				'data=https%3A%2F%2Fex.org%2Fd.json&from=2023&to=2023-06&types=forum&events=a-event,b-event&tour=t1&selected=a-event&theme=dark&lang=zh&controls=off'
			),
			context
		);
		expect(issues).toEqual([]);
		expect(config).toEqual({
			data: 'https://ex.org/d.json',
			view: {
				...DEFAULT_VIEW,
				fromMs: Date.UTC(2023, 0, 1),
				toMs: Date.UTC(2023, 6, 1),
				event: 'a-event',
				types: ['forum']
			},
			events: ['a-event', 'b-event'],
			tour: 't1',
			theme: 'dark',
			lang: 'zh',
			controls: false
		});
	});

	it('parseEmbedParams falls back to defaults and names each bad parameter', () => {
		const { config, issues } = parseEmbedParams(
			new URLSearchParams('theme=purple&lang=qaa&controls=maybe&events=nope&tour=t9&selected=zzz'),
			context
		);
		expect(config).toMatchObject({ ...DEFAULT_EMBED, view: { event: null } });
		expect(issues.map((i) => i.param).sort()).toEqual([
			'controls',
			'events',
			'lang',
			'selected',
			'theme',
			'tour'
		]);
	});

	it('parseEmbedParams reports an unknown tour once the page gives the tour ids', () => {
		const search = new URLSearchParams('tour=nope');
		const { config, issues } = parseEmbedParams(search, context);
		expect(config.tour).toBeNull();
		expect(issues).toEqual([
			{
				param: 'tour',
				value: 'nope',
				code: 'urlNoTour',
				values: { value: 'nope' }
			}
		]);
		// Without the ids (as the page used to call it) nothing can be checked.
		expect(parseEmbedParams(search, { eventIds: context.eventIds }).issues).toEqual([]);
	});

	it.each([
		['lang=zh-CN', [], 'zh'],
		['lang=EN', ['zh'], 'en']
	])(
		'parseEmbedParams reads %s (browser %j) as %s, without a notice',
		(search, languages, lang) => {
			const { config, issues } = parseEmbedParams(new URLSearchParams(search), {
				...context,
				languages
			});
			expect(config.lang).toBe(lang);
			expect(issues).toEqual([]);
		}
	);

	it.each([
		['lang=xx', [], 'en', 'using English (en)'],
		['lang=xx', ['zh-CN', 'en'], 'zh', 'using Chinese (zh)']
	])(
		'parseEmbedParams reads %s (browser %j) as %s, naming lang once',
		(search, languages, lang, using) => {
			const { config, issues } = parseEmbedParams(new URLSearchParams(search), {
				...context,
				languages
			});
			expect(config.lang).toBe(lang);
			expect(issues).toHaveLength(1);
			expect(issues[0].param).toBe('lang');
			const message = t('en', issues[0].code, issues[0].values);
			expect(message).toContain(`is not a language of this site (${LANG_CODES.join(', ')})`);
			expect(message).toContain(using);
		}
	);

	it.each([
		'',
		'from=2023-04-01&to=2023-04-30',
		'selected=a-event&theme=light&controls=off',
		'types=forum%2Cvisit&events=b-event&lang=zh',
		'tour=t1'
	])('formatEmbedParams round-trips "%s"', (search) => {
		const { config } = parseEmbedParams(new URLSearchParams(search), context);
		expect(formatEmbedParams(config).toString()).toBe(search);
	});

	it('parseEmbedParams ignores parameters it does not read, naming each', () => {
		const { config, issues } = parseEmbedParams(
			new URLSearchParams('file=mine.csv&q=visit&countries=CN&thme=dark&from=2023'),
			context
		);
		expect(config.view).toEqual({ ...DEFAULT_VIEW, fromMs: Date.UTC(2023, 0, 1) });
		expect(issues.map((i) => i.param)).toEqual(['file', 'q', 'countries', 'thme']);
		expect(issues[0].code).toBe('urlNotEmbedParam');
	});

	it('parseEmbedParams shows a repeated id once and reports a repeated unknown id once', () => {
		const { config, issues } = parseEmbedParams(
			new URLSearchParams('events=a-event,nope,a-event,nope'),
			context
		);
		expect(config.events).toEqual(['a-event']);
		expect(issues.map((i) => `${i.param}=${i.value}`)).toEqual(['events=nope']);
	});
});
