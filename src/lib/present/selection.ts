/**
 * "Present these": the events picked in the table travel to the presenter in its address, as
 * `?ids=a,b,c` while the list is short enough for a link, else as `?sel=<key>`, the key of the list
 * kept in the tab's sessionStorage (the presenter opens in the same tab, and a speaker window opened
 * from it inherits a copy). Pure but for the storage handed in.
 */
import { clip, type UrlIssue } from '../timeline/urlIssue';

/** Longest `ids` value written into a link (characters, before percent-encoding). */
export const MAX_IDS_CHARS = 2000;
/** Keys of kept selections start with this (sessionStorage). */
const KEY_PREFIX = 'timeline-present:sel:';
const KEY_PATTERN = /^[\w-]{1,64}$/;

/** What the address says of a selection: the ids picked, or null when it names none. */
export interface SelectionReading {
	ids: string[] | null;
	issues: UrlIssue[];
}

/** The storage a selection is kept in (sessionStorage in the browser). */
export type SelectionStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The address parameter carrying `ids` (in the order given): `ids=…` when short enough for a link
 * ({@link MAX_IDS_CHARS}), else `sel=<key>` with the list kept in `store` under a fresh key
 * (`makeKey`). When the store refuses (private mode, quota), the whole list goes into `ids=` all the
 * same: nothing is left out, and the presenter opens in this tab, so the address never has to travel.
 */
export function selectionParam(
	ids: readonly string[],
	store: SelectionStore | null,
	makeKey: () => string
): { param: string; stored: boolean } {
	const joined = ids.join(',');
	if (joined.length > MAX_IDS_CHARS && store) {
		const key = makeKey();
		try {
			store.setItem(KEY_PREFIX + key, JSON.stringify(ids));
			return { param: new URLSearchParams({ sel: key }).toString(), stored: true };
		} catch {
			// Storage refused: the long link it is.
		}
	}
	return { param: new URLSearchParams({ ids: joined }).toString(), stored: false };
}

/**
 * Reads `ids` (comma-separated) or `sel` (a kept list's key) against the dataset's event ids: the
 * known ones are returned; unknown ones give one issue counting them. A `sel` this tab does not hold
 * gives an issue and no selection. Neither parameter: null, no issue. Never throws.
 */
export function readSelection(
	params: URLSearchParams,
	known: ReadonlySet<string>,
	store: SelectionStore | null
): SelectionReading {
	let listed: string[] | null = null;
	const issues: UrlIssue[] = [];
	const sel = params.get('sel');
	if (params.get('ids')) listed = params.get('ids')!.split(',');
	else if (sel) {
		const raw = KEY_PATTERN.test(sel) ? stored(store, KEY_PREFIX + sel) : null;
		const parsed: unknown = raw === null ? null : safeJson(raw);
		if (Array.isArray(parsed)) listed = parsed.filter((id): id is string => typeof id === 'string');
		else {
			const value = clip(sel);
			issues.push({ param: 'sel', value, code: 'urlNoSelection', values: { value } });
			return { ids: null, issues };
		}
	}
	if (listed === null) return { ids: null, issues };
	const ids = [...new Set(listed.map((s) => s.trim()).filter(Boolean))];
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length) {
		const first = clip(unknown[0]);
		issues.push({
			param: params.get('ids') ? 'ids' : 'sel',
			value: first,
			code: 'urlSelectionUnknown',
			values: { n: unknown.length, first }
		});
	}
	return { ids: ids.filter((id) => known.has(id)), issues };
}

function stored(store: SelectionStore | null, key: string): string | null {
	try {
		return store?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
