// Spreadsheets: the first sheet of the committed fixture (made by tests/fixtures/make-xlsx.py) reads
// as CSV with Excel dates written as ISO dates, then goes through the same detection as a CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMapping } from './mapping';
import { importDataset } from './registry';
import { cellText, xlsxToCsv } from './xlsx';

const fixture = () => new Uint8Array(readFileSync('tests/fixtures/own-columns.xlsx'));

describe('xlsxToCsv', () => {
	it('xlsxToCsv reads the first sheet, dates stored as numbers written as ISO dates', async () => {
		const csv = await xlsxToCsv(fixture());
		const lines = csv.split('\n');
		expect(lines[0]).toBe('Date,Event,Category,Location,Country,Description');
		expect(lines).toHaveLength(7);
		expect(lines[1]).toMatch(/^2023-01-09,Harbour bridge reopens,/);
		expect(lines[2]).toMatch(/^15 March 2024,/);
		expect(csv).not.toMatch(/Only the first sheet/);
	});

	it.each([
		[null, ''],
		[12.5, '12.5'],
		[true, 'TRUE'],
		[new Date(Date.UTC(2024, 2, 15)), '2024-03-15'],
		[new Date(Date.UTC(2024, 2, 15, 14, 30)), '2024-03-15T14:30'],
		['=1+1', '=1+1']
	])('cellText(%j) is %j', (value, text) => {
		expect(cellText(value)).toBe(text);
	});

	it('xlsxToCsv refuses a file that is not a spreadsheet with a readable error', async () => {
		await expect(xlsxToCsv(new TextEncoder().encode('PK not really'))).rejects.toThrow(
			/could not be read as an \.xlsx spreadsheet/
		);
	});

	it('a spreadsheet of foreign columns asks for a mapping, and reads every row through the guess', async () => {
		const csv = await xlsxToCsv(fixture());
		const asked = importDataset(csv, 'own-columns.xlsx');
		expect(asked.needsMapping?.guess).toEqual({
			start: 'Date',
			title: 'Event',
			category: 'Category',
			place: 'Location',
			country: 'Country',
			summary: 'Description'
		});
		const result = importDataset(csv, 'own-columns.xlsx', {
			map: formatMapping(asked.needsMapping!.guess)
		});
		expect(result.problems).toEqual([]);
		expect(result.events.map((e) => [e.date, e.title, e.place?.country])).toEqual([
			['2023-01-09', 'Harbour bridge reopens', 'NO'],
			['2023-06-21', 'Solstice fair', 'NO'],
			['2024-03-15', 'Flood warning issued', 'NL'],
			['2024-05-02', 'Ferry line extended', 'NL'],
			['2024-09-30', 'Archive opens', 'IE'],
			['2024-10', 'Storm season review', 'IE']
		]);
	});
});
