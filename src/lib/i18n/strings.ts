/**
 * Interface messages and `t(lang, key, vars)`. English is the reference table, in two files: `en.ts`
 * (what the home page needs to hydrate, shipped with it) and `enLater.ts` (the rest). Their keys are
 * every language's keys, and what a message takes (`{name}` placeholders, a function's parameter) is
 * typed from them, so `t` with a missing value, or a language table missing a key, fails
 * `npm run check`. This module's `t` takes only `en.ts`'s keys, so it never needs the later table;
 * `t` from `all.ts` takes every key and brings `enLater.ts` with it. Other languages load on demand
 * (their loader is their entry in `LANGS`, lang.ts); until then `t` answers in English.
 */
import type { UrlIssueCode, UrlIssueValues } from '$lib/timeline/urlIssue';
import { en } from './en';
import type { enLater } from './enLater';
import { DEFAULT_LANG, LANGS, type Lang } from './lang';

/** The whole English table, both files. */
type English = typeof en & typeof enLater;

/** A message key: a key of the English table (either file). */
export type StringKey = keyof English;

/** A key of `en.ts`: a message the home page's first load has (`t` of this module takes these). */
export type FirstLoadKey = keyof typeof en;

// A key in both English files would be ambiguous: it fails here.
type BothFiles = Extract<keyof typeof en, keyof typeof enLater>;
const _eachKeyInOneFile: [BothFiles] extends [never] ? true : BothFiles = true;

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

type VarsOfMessage<M> = M extends (vars: infer V) => string
	? V
	: M extends string
		? { [P in Placeholders<M>]: Value }
		: M extends Plural
			? { [P in Placeholders<M[keyof M]> | 'n']: Value }
			: never;

/** The values message `key` takes, as the English table states them. */
export type VarsOf<K extends StringKey> = VarsOfMessage<English[K]>;

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

// Other languages are loaded by `loadStrings`; English is the fallback: `en.ts` ships with the page,
// `enLater.ts` joins it when `all.ts` is first imported (`addLaterEnglish`).
const TABLES: Partial<Record<Lang, Messages>> = {};
const ENGLISH: Partial<Messages> = { ...en };
const RULES = new Map<Lang, Intl.PluralRules>();

/**
 * Loads the messages of `lang`. Until then `t` answers in English, the fallback, which needs no
 * loading (its later part comes with `all.ts`).
 */
export async function loadStrings(lang: Lang): Promise<void> {
	const entry = LANGS.find((l) => l.code === lang);
	if (entry && lang !== DEFAULT_LANG && !TABLES[lang]) TABLES[lang] = await entry.load();
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

/** Adds the later English messages to the fallback (called once, by `all.ts`). */
export function addLaterEnglish(later: typeof enLater): void {
	Object.assign(ENGLISH, later);
}

/** The values argument of `t` for `key`: required when its message takes any. */
export type VarsArg<K extends StringKey> = [keyof VarsOf<K>] extends [never]
	? [vars?: VarsOf<K>]
	: [vars: VarsOf<K>];

/**
 * The message `key` in `lang` with its values filled in: `{name}` placeholders from `vars`, a plural
 * object's form for `vars.n` (`t('en', 'eventCount', { n: 1 })` is "1 event", `{ n: 2 }` "2 events";
 * Chinese "1 个事件", "2 个事件"), a function message called with `vars`. English until `lang` loads.
 * Only the first-load keys (`en.ts`); `t` from `all.ts` takes every key.
 */
export function t<K extends FirstLoadKey>(lang: Lang, key: K, ...[vars]: VarsArg<K>): string {
	return translate(lang, key, vars);
}

/** `t` for any key: for `all.ts`, which makes sure the later English messages are there. */
export function translate(lang: Lang, key: StringKey, vars?: object): string {
	const own = TABLES[lang]?.[key];
	const message = (own ?? ENGLISH[key]) as Message<Record<string, unknown>> | undefined;
	// Only reachable by calling this directly with a later key before `all.ts` was imported.
	if (message === undefined)
		throw new Error(`message "${key}" is in enLater.ts: use t from all.ts`);
	const values = (vars ?? {}) as Record<string, Value>;
	if (typeof message === 'function') return message(values);
	const template =
		typeof message === 'string'
			? message
			: (message[pluralCategory(own ? lang : 'en', values.n)] ?? message.other);
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
