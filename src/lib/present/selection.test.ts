import { describe, expect, it } from 'vitest';
import { MAX_IDS_CHARS, readSelection, selectionParam } from './selection';

/** A Map-backed storage; `refuse` makes setItem throw as a full or private store does. */
function store(refuse = false) {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (refuse) throw new Error('QuotaExceededError');
			items.set(k, v);
		}
	};
}
const long = Array.from({ length: 200 }, (_, i) => `event-number-${i}`);

describe('selectionParam', () => {
	it('selectionParam writes a short list as ids, in the order given', () => {
		expect(selectionParam(['b', 'a'], store(), () => 'k')).toEqual({
			param: 'ids=b%2Ca',
			stored: false
		});
	});

	it('selectionParam keeps a long list in the store under a key, which readSelection reads back', () => {
		expect(long.join(',').length).toBeGreaterThan(MAX_IDS_CHARS);
		const s = store();
		const { param, stored } = selectionParam(long, s, () => 'key-1');
		expect({ param, stored }).toEqual({ param: 'sel=key-1', stored: true });
		const read = readSelection(new URLSearchParams(param), new Set(long), s);
		expect(read).toEqual({ ids: long, issues: [] });
	});

	it('selectionParam writes every id into the link when the store refuses', () => {
		const { param, stored } = selectionParam(long, store(true), () => 'k');
		expect(stored).toBe(false);
		expect(new URLSearchParams(param).get('ids')!.split(',')).toEqual(long);
	});
});

describe('readSelection', () => {
	it('readSelection keeps known ids once each and reports the unknown ones in one issue', () => {
		const read = readSelection(new URLSearchParams('ids=a,x,a,,b,y'), new Set(['a', 'b']), null);
		expect(read.ids).toEqual(['a', 'b']);
		expect(read.issues).toEqual([
			{ param: 'ids', value: 'x', code: 'urlSelectionUnknown', values: { n: 2, first: 'x' } }
		]);
	});

	it('readSelection reports a kept list this tab does not hold, and a malformed key', () => {
		for (const key of ['gone', '../../x']) {
			const read = readSelection(new URLSearchParams({ sel: key }), new Set(['a']), store());
			expect(read.ids).toBeNull();
			expect(read.issues).toEqual([
				{ param: 'sel', value: key, code: 'urlNoSelection', values: { value: key } }
			]);
		}
	});

	it('readSelection gives null and no issue without ids or sel', () => {
		expect(readSelection(new URLSearchParams('tour=x'), new Set(), null)).toEqual({
			ids: null,
			issues: []
		});
	});
});
