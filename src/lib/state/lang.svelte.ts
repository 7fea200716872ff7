/**
 * The interface language: `?lang=en|zh` when given (also `zh-CN`, `EN`…), else the browser's language
 * (Chinese for any `zh*`), else English; see lib/i18n/lang.ts. Prerendered pages are English; the
 * browser switches after loading the Chinese date names, so dates never show in a half-translated
 * state. Nothing is stored (embeds may not).
 */
import { pickLang } from '$lib/i18n/lang';
import { loadStrings } from '$lib/i18n/strings';
import { loadLocale, type Lang } from '$lib/timeline/format';

/** Holds the interface language for every page. */
class LangState {
	lang = $state<Lang>('en');

	/** Picks the language from the URL or the browser, then applies it. */
	async init(search: string, languages: readonly string[]): Promise<void> {
		// A value the site does not have is reported by the page showing URL notices (langIssue).
		await this.set(pickLang(new URLSearchParams(search).get('lang'), languages));
	}

	/** Switches the interface to `lang` once its date names are loaded. */
	async set(lang: Lang): Promise<void> {
		await Promise.all([loadLocale(lang), loadStrings(lang)]);
		this.lang = lang;
		document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
	}
}

export const ui = new LangState();
