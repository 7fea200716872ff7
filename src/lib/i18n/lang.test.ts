import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browserLang, langIssue, pickLang } from './lang';

describe('pickLang', () => {
	it.each([
		['en', ['zh-CN'], 'en'],
		['zh', [], 'zh'],
		['zh-CN', [], 'zh'],
		['ZH-hant', [], 'zh'],
		['EN-us', ['zh'], 'en'],
		[' zh ', [], 'zh'],
		['xx', [], 'en'],
		['xx', ['fr', 'zh-TW'], 'zh'],
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
		expect(browserLang(['de'])).toBe('en');
		expect(browserLang([])).toBe('en');
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
			message: '"xx" is not a language of this site (en, zh); using English (en)',
			zh: '“xx”不是本站的语言（en, zh），改用英文（en）'
		});
		expect(langIssue('?lang=xx', ['zh-CN'])!.message).toBe(
			'"xx" is not a language of this site (en, zh); using Chinese (zh)'
		);
		// Spellings the site reads as its languages are used, not reported.
		for (const ok of ['zh-CN', 'ZH', 'EN', 'en-GB']) expect(langIssue(`?lang=${ok}`)).toBeNull();
	});

	it('langIssue clips a hostile value and never throws', () => {
		const issue = langIssue(`?lang=${'x'.repeat(5000)}`)!;
		expect(issue.value.length).toBeLessThanOrEqual(61);
		expect(issue.message.length).toBeLessThan(400);
		fc.assert(
			fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (value, languages) => {
				const issue = langIssue(new URLSearchParams({ lang: value }), languages);
				if (value === '' || /^(en|zh)\b/i.test(value.trim())) expect(issue).toBeNull();
				else expect(issue?.param).toBe('lang');
				expect(['en', 'zh']).toContain(pickLang(value, languages));
			}),
			{ numRuns: 1000 }
		);
	});
});
