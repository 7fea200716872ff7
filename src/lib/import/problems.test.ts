import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { problemsCsv } from './problems';

describe('problemsCsv', () => {
	it('problemsCsv writes every problem, none capped, formulas escaped', () => {
		const problems = Array.from({ length: 1200 }, (_, i) => ({
			row: i + 1,
			id: `e-${i}`,
			field: 'date',
			message: i === 0 ? '=cmd' : `bad ${i}`,
			notice: i % 2 === 1
		}));
		const text = problemsCsv([{ row: null, message: 'file' }, ...problems]);
		const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
		expect(rows[0]).toEqual(['row', 'id', 'field', 'kind', 'message']);
		expect(rows).toHaveLength(1202);
		expect(rows[1]).toEqual(['', '', '', 'problem', 'file']);
		expect(rows[2]).toEqual(['1', 'e-0', 'date', 'problem', "'=cmd"]);
		expect(rows[3][3]).toBe('note');
	});
});
