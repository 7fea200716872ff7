import { describe, expect, it } from 'vitest';
import { shareEmptyLists } from './posting';
import { importDataset } from './registry';

const CSV = [
	'title,date,type,participants,sourceUrl',
	'A,2023,visit,,',
	'B,2023-04,forum,"Li (minister, CN)",https://example.org/b',
	'C,2024,visit,,'
].join('\n');

describe('shareEmptyLists', () => {
	it('shareEmptyLists leaves what the page receives unchanged', () => {
		const before = structuredClone(importDataset(CSV, 'a.csv'));
		const after = structuredClone(shareEmptyLists(importDataset(CSV, 'a.csv')));
		expect(after).toEqual(before);
		expect(after.events).toHaveLength(3);
	});

	it('shareEmptyLists sends the empty lists as one array and keeps the others', () => {
		const result = shareEmptyLists(importDataset(CSV, 'a.csv'));
		const [a, b, c] = structuredClone(result).events;
		expect(a.participants).toBe(c.sources);
		expect(a.passages).toBe(c.passages);
		expect(a.participants).toEqual([]);
		expect(b.participants).toEqual([{ name: 'Li', role: 'minister', country: 'CN' }]);
		expect(b.sources).toEqual([{ url: 'https://example.org/b' }]);
	});
});
