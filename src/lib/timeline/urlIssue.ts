/**
 * What can be wrong with a URL's parameters, as data: every parser (`urlState.ts`, `embed/params.ts`,
 * `data/tours.ts`, `i18n/lang.ts`) reports a corrected parameter as a code from this closed list with
 * the values its message needs. The words live in `lib/i18n/` (one message per code and language,
 * checked by the compiler), so the core holds no prose in any language.
 */

/** The list parameters of a view (`types=forum,visit`), each also read from its singular. */
export type ListName = 'types' | 'countries' | 'sources' | 'participants';

/**
 * Each issue code and the values its message needs. Values a reader typed are clipped
 * ({@link clip}); lists of names are the ones the message may show (the caller decides how many).
 */
export interface UrlIssueValues {
	/** `from`/`to` is not a date the page reads. */
	urlNotDate: { value: string };
	/** `from` is after `to`; the two were swapped. Both as given. */
	urlSwapped: { from: string; to: string };
	/** `event` (or an embed's `events`, `selected`) names no event. */
	urlNoEvent: { value: string };
	/** `q` was cut to `max` characters. */
	urlSearchCut: { max: number };
	/** A list value too long to be one of the list's values. */
	urlTooLong: { value: string; list: ListName };
	/**
	 * A list value the dataset does not have; `known` are its values when few enough to show
	 * (else empty).
	 */
	urlNotInDataset: { value: string; list: ListName; known: readonly string[] };
	/** The singular `alias` (`country=`) was read as the list `name` (`countries=`). */
	urlAlias: { alias: string; name: string };
	/** A parameter the page does not read; `params` are the ones it does. */
	urlNotParam: { name: string; params: readonly string[] };
	/** `basis` is neither `stated` nor `inferred`. */
	urlBasis: { value: string };
	/** A value not among `options` (an embed's `theme`, `controls`). */
	urlNotOneOf: { value: string; options: readonly string[] };
	/** `file` names a file this tab does not hold (opened in another tab or browser, or closed). */
	urlNoFile: { value: string };
	/** An embed's `tour` names no tour. */
	urlNoTour: { value: string };
	/** A parameter an embed does not read; `params` are the ones it does. */
	urlNotEmbedParam: { name: string; params: readonly string[] };
	/** The presenter's `tour` names no tour; `instead` is the tour shown, null for the default one. */
	urlTourReplaced: { value: string; instead: string | null };
	/** `step` is not a number; `last` is the last step. Step 1 is shown. */
	urlStepNotNumber: { value: string; last: number };
	/** `step` is before step 1, which is shown. */
	urlStepBeforeFirst: { value: string };
	/** `step` is past the last step, `last`, which is shown. */
	urlStepPastLast: { value: string; last: number };
	/** The presenter's `autoplay` is not a number of seconds from `min` to `max`; autoplay is off. */
	urlAutoplay: { value: string; min: number; max: number };
	/** The presenter's `ids` (events picked in the table): `n` of them, the first `first`, are unknown. */
	urlSelectionUnknown: { n: number; first: string };
	/** The presenter's `sel` names a list of picked events this tab does not hold. */
	urlNoSelection: { value: string };
	/** `lang` is not a language of the site (`langs`); `used` is the one used instead. */
	urlNotLanguage: { value: string; langs: readonly string[]; used: string };
}

/** Every issue code. */
export type UrlIssueCode = keyof UrlIssueValues;

/**
 * A corrected parameter, for a visible notice: the parameter as written, its value (clipped), what
 * was wrong (`code`) and what the message says about it (`values`). The default applies instead.
 */
export type UrlIssue = {
	[C in UrlIssueCode]: { param: string; value: string; code: C; values: UrlIssueValues[C] };
}[UrlIssueCode];

/** Shortens a hostile value for display in a notice: at most `max` characters and an ellipsis. */
export function clip(value: string, max = 60): string {
	return value.length > max ? `${value.slice(0, max)}…` : value;
}
