import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from './jsonError';

describe('jsonErrorOffset', () => {
	it.each([
		['{"a": 1}', -1],
		['[1, 2.5e3, "x\\u00e9", true, false, null, {}]', -1],
		['  {"a": [ ] }  ', -1],
		['{"a": 1,}', 8],
		['{"a": }', 6],
		['[1 2]', 3],
		['{"a": tru}', 9],
		['"unterminated', 13],
		['{"a": 01}', 7],
		['{} extra', 3],
		['', 0],
		['{"a": "\\q"}', 8]
	])('jsonErrorOffset(%j) is %i', (text, offset) => {
		expect(jsonErrorOffset(text)).toBe(offset);
		// It agrees with JSON.parse about validity.
		expect(() => JSON.parse(text)).toSatisfy((parse: () => unknown) => {
			try {
				parse();
				return offset === -1;
			} catch {
				return offset >= 0;
			}
		});
	});
});

describe('lineColumn', () => {
	it('lineColumn counts lines and columns from 1', () => {
		expect(lineColumn('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
		expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
	});
});
