/**
 * Our data in the reader's language. Curated events, tours and stops carry English texts (`title`,
 * `summary`, `notes`, `dateNote`, `description`, `name`) and their translations beside them, named by the
 * language's code (`titleZh`, `summaryZh`, …); imported data may have only English. `localized` picks
 * the asked language and falls back to English, and says so, so the fallback text can carry its own
 * `lang` attribute (a screen reader then reads English as English on a Chinese page).
 */
import { DEFAULT_LANG, LANG_CODES, type Lang } from './lang';

/** A text and the `lang` attribute it needs on the page: set only when it is not in the asked language. */
export interface LocalText {
	/** The text, or '' when the item has none in any language. */
	text: string;
	/** `'en'` when a Chinese reader gets the English fallback; otherwise undefined (no attribute). */
	lang: Lang | undefined;
}

/** The texts `localized` reads. */
type Field = 'title' | 'summary' | 'notes' | 'dateNote' | 'description' | 'name';
/** A translated field's name: `title` + `Zh`. */
type Translated = `${Field}${Capitalize<Exclude<Lang, typeof DEFAULT_LANG>>}`;

/** Fields `localized` reads: English texts and their translations, any of them optional. */
export type Bilingual = Partial<Record<Field | Translated, string | null>>;

/** Each text of an item in one language ({@link localized}). */
export type LocalizedTexts = Record<Field, LocalText>;

/** The field holding `field` in `lang`: `title` in English, `titleZh` in Chinese. */
function fieldIn(field: Field, lang: Lang): Field | Translated {
	return lang === DEFAULT_LANG
		? field
		: (`${field}${lang[0].toUpperCase()}${lang.slice(1)}` as Translated);
}

function pick(item: Bilingual, field: Field, lang: Lang): LocalText {
	const own = item[fieldIn(field, lang)];
	if (own) return { text: own, lang: undefined };
	const english = item[field];
	if (english) return { text: english, lang: DEFAULT_LANG };
	// English asked but only a translation given (an imported record): show it, marked as what it is.
	for (const other of LANG_CODES) {
		const text = item[fieldIn(field, other)];
		if (text) return { text, lang: other };
	}
	return { text: '', lang: undefined };
}

/**
 * The texts of an event, tour, stop or participant in `lang`, each with English fallback and the
 * `lang` attribute to put on a fallback: `localized(event, 'zh').title` is `{ text: '普京会见张又侠',
 * lang: undefined }`; for an imported event without `titleZh`, `{ text: 'Putin…', lang: 'en' }`.
 */
export function localized(item: Bilingual, lang: Lang): LocalizedTexts {
	return {
		title: pick(item, 'title', lang),
		summary: pick(item, 'summary', lang),
		notes: pick(item, 'notes', lang),
		dateNote: pick(item, 'dateNote', lang),
		description: pick(item, 'description', lang),
		name: pick(item, 'name', lang)
	};
}

/** The `lang` attribute for English text (notes, roles, references) on a page in `lang`. */
export const englishIn = (lang: Lang): Lang | undefined =>
	lang === DEFAULT_LANG ? undefined : DEFAULT_LANG;
