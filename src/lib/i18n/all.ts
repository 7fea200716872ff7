/**
 * `t` for every message, both English files: modules that show a message of `enLater.ts` (the event
 * detail, table, notices, presenter, source pages…) import `t` from here, and importing it brings the
 * later English messages with that module's code, so they are there before it renders. Modules in the
 * home page's first load import `t` from `strings.ts` instead, which takes only `en.ts`'s keys.
 */
import { enLater } from './enLater';
import type { Lang } from './lang';
import { addLaterEnglish, translate, type StringKey, type VarsArg } from './strings';

addLaterEnglish(enLater);

/**
 * The message `key` in `lang` with its values filled in (see `t` in `strings.ts`), for any key of
 * either English file. English until `lang` loads.
 */
export function t<K extends StringKey>(lang: Lang, key: K, ...[vars]: VarsArg<K>): string {
	return translate(lang, key, vars);
}
