/**
 * Our bilingual data in the reader's language. Curated events, tours and stops carry English texts
 * (`title`, `summary`, `notes`, `description`, `name`) and our Chinese ones beside them (`titleZh`,
 * `summaryZh`, …); imported data may have only English. `localized` picks the asked language and
 * falls back to English, and says so, so the fallback text can carry its own `lang` attribute (a
 * screen reader then reads English as English on a Chinese page).
 */
import type { Lang } from '$lib/timeline/format';

/** A text and the `lang` attribute it needs on the page: set only when it is not in the asked language. */
export interface LocalText {
	/** The text, or '' when the item has none in either language. */
	text: string;
	/** `'en'` when a Chinese reader gets the English fallback; otherwise undefined (no attribute). */
	lang: Lang | undefined;
}

/** Fields `localized` reads: English texts and their Chinese counterparts, any of them optional. */
export type Bilingual = Partial<
	Record<
		| 'title'
		| 'titleZh'
		| 'summary'
		| 'summaryZh'
		| 'notes'
		| 'notesZh'
		| 'description'
		| 'descriptionZh'
		| 'name'
		| 'nameZh',
		string | null
	>
>;

/** Each text of an item in one language ({@link localized}). */
export interface LocalizedTexts {
	title: LocalText;
	summary: LocalText;
	notes: LocalText;
	description: LocalText;
	name: LocalText;
}

function pick(english: string | null | undefined, chinese: string | null | undefined, lang: Lang) {
	if (lang === 'zh' && chinese) return { text: chinese, lang: undefined };
	if (english) return { text: english, lang: lang === 'en' ? undefined : ('en' as const) };
	// English asked but only Chinese given (an imported record): show it, marked as Chinese.
	if (chinese) return { text: chinese, lang: 'zh' as const };
	return { text: '', lang: undefined };
}

/**
 * The texts of an event, tour, stop or participant in `lang`, each with English fallback and the
 * `lang` attribute to put on a fallback: `localized(event, 'zh').title` is `{ text: '普京会见张又侠',
 * lang: undefined }`; for an imported event without `titleZh`, `{ text: 'Putin…', lang: 'en' }`.
 */
export function localized(item: Bilingual, lang: Lang): LocalizedTexts {
	return {
		title: pick(item.title, item.titleZh, lang),
		summary: pick(item.summary, item.summaryZh, lang),
		notes: pick(item.notes, item.notesZh, lang),
		description: pick(item.description, item.descriptionZh, lang),
		name: pick(item.name, item.nameZh, lang)
	};
}

/** The `lang` attribute for English text (notes, roles, references) on a page in `lang`. */
export const englishIn = (lang: Lang): Lang | undefined => (lang === 'en' ? undefined : 'en');
