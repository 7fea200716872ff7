import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browserLang, DEFAULT_LANG, LANG_CODES, langIssue, pickLang } from './lang';
import { t } from './all';

describe('pickLang', () => {
	it.each([
		['en', ['zh-CN'], 'en'],
		['zh', [], 'zh'],
		['zh-CN', [], 'zh'],
		['ZH-hant', [], 'zh'],
		['EN-us', ['zh'], 'en'],
		[' zh ', [], 'zh'],
		['xx', [], 'en'],
		// qaa is reserved for local use (ISO 639-2): never one of the site's languages.
		['xx', ['qaa', 'zh-TW'], 'zh'],
		['english', [], 'en'],
		['zhx', ['zh'], 'zh'],
		['', ['zh'], 'zh'],
		[null, ['en-GB'], 'en'],
		[undefined, [], 'en']
	] as const)('pickLang(%j, browser %j) is %s', (asked, languages, expected) => {
		expect(pickLang(asked, languages)).toBe(expected);
	});

	it('browserLang is Chinese for any zh* language, else English', () => {
		expect(browserLang(['de', 'zh-Hans-CN'])).toBe('zh');
		expect(browserLang(['en-US', 'zh-CN'])).toBe('zh');
		expect(browserLang(['de'])).toBe('en');
		expect(browserLang([])).toBe('en');
	});

	it('LANG_CODES lists the site languages, English first as the default', () => {
		expect(LANG_CODES[0]).toBe('en');
		expect(DEFAULT_LANG).toBe('en');
		expect(LANG_CODES).toContain('zh');
		expect(new Set(LANG_CODES).size).toBe(LANG_CODES.length);
	});
});

describe('langIssue', () => {
	it.each(['', '?', '?lang=en', '?lang=zh', '?lang=', '?from=2023', 'lang=zh'])(
		'langIssue(%j) is null',
		(search) => {
			expect(langIssue(search)).toBeNull();
		}
	);

	it('langIssue names the parameter, its value, the languages and the one used', () => {
		expect(langIssue('?lang=xx')).toEqual({
			param: 'lang',
			value: 'xx',
			code: 'urlNotLanguage',
			values: { value: 'xx', langs: LANG_CODES, used: 'en' }
		});
		expect(langIssue('?lang=xx', ['zh-CN'])!.values).toMatchObject({ used: 'zh' });
		// Spellings the site reads as its languages are used, not reported.
		for (const ok of ['zh-CN', 'ZH', 'EN', 'en-GB']) expect(langIssue(`?lang=${ok}`)).toBeNull();
	});

	it('langIssue clips a hostile value and never throws', () => {
		const issue = langIssue(`?lang=${'x'.repeat(5000)}`)!;
		expect(issue.value.length).toBeLessThanOrEqual(61);
		expect(t('en', issue.code, issue.values).length).toBeLessThan(400);
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (value, languages) => {
				const issue = langIssue(new URLSearchParams({ lang: value }), languages);
				const named = LANG_CODES.some((c) => new RegExp(`^${c}\\b`, 'i').test(value.trim()));
				if (value === '' || named) expect(issue).toBeNull();
				else expect(issue?.param).toBe('lang');
				expect(LANG_CODES).toContain(pickLang(value, languages));
			}),
			{ numRuns: 1000 }
		);
	});
});
