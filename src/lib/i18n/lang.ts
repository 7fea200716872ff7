/**
 * The `?lang=` parameter: which interface language a URL and the browser ask for, and the notice for a
 * value the site does not have. Pure (no state): the layout applies the language, the pages show the
 * issue in their URL notice.
 */
import type { Lang } from '../timeline/format';
import { clip, type UrlIssue } from '../timeline/viewState';

/** The interface languages, as `?lang=` writes them. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

const NAMES: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** The browser's language: Chinese for any `zh*` in `languages`, else English. */
export function browserLang(languages: readonly string[]): Lang {
	return languages.some((l) => /^zh\b/i.test(String(l))) ? 'zh' : 'en';
}

/**
 * The language to use for `?lang=<asked>`: `en` or `zh` as given; a regional or differently cased form
 * of either (`zh-CN`, `EN-us`) as that language; anything else (missing, empty, `xx`) the browser's.
 */
export function pickLang(asked: string | null | undefined, languages: readonly string[]): Lang {
	const text = String(asked ?? '').trim();
	for (const lang of LANGS) if (new RegExp(`^${lang}\\b`, 'i').test(text)) return lang;
	return browserLang(languages);
}

/**
 * The notice for a `lang` parameter other than exactly `en` or `zh` (null when there is none, it is
 * empty, or it is fine), saying which language is used instead. Never throws.
 */
export function langIssue(
	search: string | URLSearchParams,
	languages: readonly string[] = []
): UrlIssue | null {
	let asked: string | null;
	try {
		asked = (typeof search === 'string' ? new URLSearchParams(search) : search).get('lang');
	} catch {
		return null;
	}
	// Spellings the site reads as one of its languages (zh-CN, EN) are not reported either.
	if (asked === null || asked === '' || /^(en|zh)\b/i.test(asked.trim())) return null;
	const used = pickLang(asked, languages);
	const value = clip(asked);
	return {
		param: 'lang',
		value,
		message: `"${value}" is not a language of this site (${LANGS.join(', ')}); using ${NAMES[used]} (${used})`,
		zh: `“${value}”不是本站的语言（${LANGS.join(', ')}），改用${used === 'zh' ? '中文' : '英文'}（${used}）`
	};
}
