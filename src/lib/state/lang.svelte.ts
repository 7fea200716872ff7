/**
 * The interface language: `?lang=en|zh` when given (also `zh-CN`, `EN`…), else the browser's language
 * (any of the site's other than English, else English); see lib/i18n/lang.ts. Prerendered pages are
 * English; the browser switches after loading the language's messages and date names, so nothing
 * shows half-translated. Nothing is stored (embeds may not).
 */
import { askedLang, DEFAULT_LANG, langInfo, pickLang, type Lang } from '$lib/i18n/lang';
import { loadStrings } from '$lib/i18n/strings';
import { loadLocale } from '$lib/timeline/format';

/** Holds the interface language for every page. */
class LangState {
	lang = $state<Lang>(DEFAULT_LANG);
	/** The language asked for (`?lang=` or the switcher), not just taken from the browser; else null. */
	wanted = $state<Lang | null>(null);
	// Read at once, before any page writes its own address (the presenter corrects it on mount);
	// `wanted` itself is set after hydration, so links rendered by the server are updated.
	#early: Lang | null = typeof location !== 'undefined' ? askedLang(location.search) : null;

	/** `lang=<lang>` when a language was asked for, to keep in the URLs the site writes; else ''. */
	get param(): string {
		const lang = this.wanted ?? this.#early;
		return lang ? `lang=${lang}` : '';
	}

	/** `href` carrying the language when one was asked for (before any `#fragment`). */
	link(href: string): string {
		if (!this.wanted) return href;
		const at = href.indexOf('#');
		const [path, hash] = at < 0 ? [href, ''] : [href.slice(0, at), href.slice(at)];
		return `${path}${path.includes('?') ? '&' : '?'}lang=${this.wanted}${hash}`;
	}

	/** Picks the language from the URL or the browser, then applies it. */
	async init(search: string, languages: readonly string[]): Promise<void> {
		// A value the site does not have is reported by the page showing URL notices (langIssue).
		this.wanted = askedLang(search) ?? this.#early ?? this.wanted;
		await this.set(this.wanted ?? pickLang(null, languages));
	}

	/** The switcher: applies `lang` and keeps it in the URLs from now on. */
	async choose(lang: Lang): Promise<void> {
		this.wanted = lang;
		await this.set(lang);
	}

	/** Switches the interface to `lang` once its messages and date names are loaded. */
	async set(lang: Lang): Promise<void> {
		await Promise.all([loadLocale(lang), loadStrings(lang)]);
		this.lang = lang;
		document.documentElement.lang = langInfo(lang).tag;
	}
}

export const ui = new LangState();
