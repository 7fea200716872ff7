/**
 * Interface messages and `t(lang, key, vars)`. English (`en.ts`) is the reference table: its keys are
 * every language's keys, and what a message takes (`{name}` placeholders, a function's parameter) is
 * typed from it, so `t` with a missing value, or a language table missing a key, fails
 * `npm run check`. Other languages load on demand (their loader is their entry in `LANGS`, lang.ts);
 * until then `t` answers in English.
 */
import type { UrlIssueCode, UrlIssueValues } from '$lib/timeline/urlIssue';
import { en } from './en';
import { LANGS, type Lang } from './lang';

/** A message key: a key of the English table. */
export type StringKey = keyof typeof en;

/**
 * A counted message: one text per plural category the language has (CLDR: `one`, `few`, `many`…),
 * picked by `Intl.PluralRules` for the value `n`; `other` is required. English has `one` and `other`;
 * a language without plural forms (Chinese) writes a plain string instead.
 */
export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A value put into a message: numbers are written with `String()` (format them first if needed). */
export type Value = string | number;

// `{name}` placeholders of a template literal type: '{n} of {total}' → 'n' | 'total'.
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}`
	? P | Placeholders<Rest>
	: never;

/** The values a message takes: its placeholders, `n` for a plural, a function's parameter. */
export type VarsOfMessage<M> = M extends (vars: infer V) => string
	? V
	: M extends string
		? { [P in Placeholders<M>]: Value }
		: M extends Plural
			? { [P in Placeholders<M[keyof M]> | 'n']: Value }
			: never;

/** The values message `key` takes, as the English table states them. */
export type VarsOf<K extends StringKey> = VarsOfMessage<(typeof en)[K]>;

/** One message: a `{name}` template, a plural object of templates, or a function of its values. */
export type Message<V> = string | Plural | ((vars: V) => string);

/**
 * A whole language: every key of the English table, each a message taking the same values. A
 * language file is `export const xx: Messages = {…}`; a missing or unknown key fails `npm run check`.
 */
export type Messages = { [K in StringKey]: Message<VarsOf<K>> };

// Every URL issue code (lib/timeline/urlIssue.ts) has a message whose values the parsers give: a
// code without one, or a message needing a value its code does not carry, fails here.
type UnfitIssueCode = {
	[C in UrlIssueCode]: UrlIssueValues[C] extends VarsOf<C> ? never : C;
}[UrlIssueCode];
const _everyIssueCodeHasAMessage: [UnfitIssueCode] extends [never] ? true : UnfitIssueCode = true;

// English ships with the page; other languages are loaded by `loadStrings`.
const TABLES: Partial<Record<Lang, Messages>> = { en };
const RULES = new Map<Lang, Intl.PluralRules>();

/** Loads the messages of `lang` (English is always there). Until then `t` answers in English. */
export async function loadStrings(lang: Lang): Promise<void> {
	const entry = LANGS.find((l) => l.code === lang);
	if (entry && !TABLES[lang]) TABLES[lang] = await entry.load();
}

/**
 * The plural category of `n` in `lang`. A string counts as its number only when written plainly
 * ("1", not "1.0", "01" or "1,000": formatted numbers are plural in English, as they read).
 */
export function pluralCategory(lang: Lang, n: Value | undefined): Intl.LDMLPluralRule {
	const count = typeof n === 'number' ? n : String(Number(n)) === n ? Number(n) : NaN;
	if (!Number.isFinite(count)) return 'other';
	let rules = RULES.get(lang);
	if (!rules) {
		rules = new Intl.PluralRules(LANGS.find((l) => l.code === lang)?.tag ?? lang);
		RULES.set(lang, rules);
	}
	return rules.select(count);
}

type VarsArg<K extends StringKey> = [keyof VarsOf<K>] extends [never]
	? [vars?: VarsOf<K>]
	: [vars: VarsOf<K>];

/**
 * The message `key` in `lang` with its values filled in: `{name}` placeholders from `vars`, a plural
 * object's form for `vars.n` (`t('en', 'eventCount', { n: 1 })` is "1 event", `{ n: 2 }` "2 events";
 * Chinese "1 个事件", "2 个事件"), a function message called with `vars`. English until `lang` loads.
 */
export function t<K extends StringKey>(lang: Lang, key: K, ...[vars]: VarsArg<K>): string {
	const own = TABLES[lang]?.[key];
	return fill(own ?? en[key], vars ?? {}, own ? lang : 'en');
}

/**
 * A message with its values filled in (see {@link t}); `lang` is the language the message is in,
 * whose plural rules pick a plural's form.
 */
export function fill(message: Message<never>, vars: object, lang: Lang): string {
	const values = vars as Record<string, Value>;
	if (typeof message === 'function') return (message as (v: object) => string)(values);
	const template =
		typeof message === 'string'
			? message
			: (message[pluralCategory(lang, values.n)] ?? message.other);
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
