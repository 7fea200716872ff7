/**
 * The site's languages, as data, and the `?lang=` parameter: which interface language a URL and the
 * browser ask for, and the notice for a value the site does not have. A language is one entry in
 * `LANGS` and one file of messages (`zh.ts`). Pure (no state): the layout applies the language, the
 * pages show the issue in their URL notice.
 */
import { clip, type UrlIssue } from '$lib/timeline/urlIssue';
import type { Messages } from './strings';

/** What the site needs to know about one interface language. */
export interface LangInfo {
	/** What `?lang=` writes, and the suffix of the data's fields in it (`zh` → `titleZh`). */
	code: string;
	/** BCP 47 tag for `<html lang>`, number and plural rules. */
	tag: string;
	/** The language's name in itself, for the language switcher. */
	name: string;
	/** Its messages (fetched when first used). */
	load: () => Promise<Messages>;
}

/** The whole English table (its first-load part ships with the page anyway). */
async function loadEnglish(): Promise<Messages> {
	const [{ en }, { enLater }] = await Promise.all([import('./en'), import('./enLater')]);
	return { ...en, ...enLater };
}

/**
 * The interface languages; the first is the default, which prerendered pages use and every other
 * falls back to.
 */
export const LANGS = [
	{ code: 'en', tag: 'en', name: 'English', load: loadEnglish },
	{ code: 'zh', tag: 'zh-CN', name: '中文', load: async () => (await import('./zh')).zh }
] as const satisfies readonly LangInfo[];

/** An interface language code (`'en' | 'zh'`). */
export type Lang = (typeof LANGS)[number]['code'];

/** The default language: prerendered pages, and the fallback of every other. */
export const DEFAULT_LANG = LANGS[0].code;

/** The language codes, in `LANGS` order. */
export const LANG_CODES: readonly Lang[] = LANGS.map((l) => l.code);

/** The entry of `LANGS` for `lang`. */
export function langInfo(lang: Lang): LangInfo {
	return LANGS.find((l) => l.code === lang) ?? LANGS[0];
}

/** The site's language that `text` names (`zh`, `zh-CN`, `EN-us`, ` zh `), or null. */
function known(text: string | null | undefined): Lang | null {
	const tag = String(text ?? '').trim();
	return LANG_CODES.find((code) => new RegExp(`^${code}\\b`, 'i').test(tag)) ?? null;
}

/**
 * The browser's language: the first of `languages` (in the browser's order) that the site has other
 * than the default, else the default. English ranks last because many readers keep it in their list
 * beside their own: `['en-US', 'zh-CN']` gives Chinese.
 */
export function browserLang(languages: readonly string[]): Lang {
	for (const language of languages) {
		const lang = known(language);
		if (lang && lang !== DEFAULT_LANG) return lang;
	}
	return DEFAULT_LANG;
}

/**
 * The language to use for `?lang=<asked>`: a code of `LANGS` as given; a regional or differently cased
 * form of one (`zh-CN`, `EN-us`) as that language; anything else (missing, empty, `xx`) the browser's.
 */
export function pickLang(asked: string | null | undefined, languages: readonly string[]): Lang {
	return known(asked) ?? browserLang(languages);
}

/** The language `?lang=` asks for when it names one of the site's (`zh`, `zh-CN`, `EN`), else null. */
export function askedLang(search: string | URLSearchParams): Lang | null {
	try {
		return known((typeof search === 'string' ? new URLSearchParams(search) : search).get('lang'));
	} catch {
		return null;
	}
}

/**
 * The notice for a `lang` parameter that names none of the site's languages (null when there is none,
 * it is empty, or it is fine), saying which language is used instead. Never throws.
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
	if (asked === null || asked === '' || known(asked)) return null;
	const value = clip(asked);
	return {
		param: 'lang',
		value,
		code: 'urlNotLanguage',
		values: { value, langs: LANG_CODES, used: pickLang(asked, languages) }
	};
}
