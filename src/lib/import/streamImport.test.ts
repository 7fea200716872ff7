// A large import read in slices gives exactly what reading the whole text gives.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { importDataset } from './registry';
import { importBytes } from './streamImport';
import type { ImportProgress } from './types';

const encode = (s: string) => new TextEncoder().encode(s);

/** A CSV of `n` events over 25 years in our columns, with quoted commas, line breaks and Chinese. */
function csvOf(n: number): string {
	const rows = ['title,date,type,summary,place'];
	for (let i = 0; i < n; i++) {
		const date = `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}`;
		// Long summaries: a file over a megabyte in few rows, so the test stays quick.
		const long = 'A summary long enough to make the file large. '.repeat(4);
		const summary = i % 7 === 0 ? `"Talks, ""round"" ${i}\n${long}"` : `联合演习 ${i} ${long}`;
		const type = ['visit', 'exercise', 'forum'][i % 3];
		rows.push(`Event ${i},${date},${type},${summary},${i % 5 ? 'Moscow' : ''}`);
	}
	// One bad row: nothing may be dropped silently.
	rows.push('No date,,visit,,');
	return rows.join('\r\n') + '\r\n';
}

describe('importBytes', () => {
	it('reads a CSV over the sniffing megabyte in slices as importDataset reads it whole', async () => {
		const text = csvOf(6_000);
		const bytes = encode(text);
		expect(bytes.length).toBeGreaterThan(1024 * 1024);
		const seen: ImportProgress[] = [];
		const sliced = await importBytes(bytes, 'big.csv', {
			onProgress: (p) => seen.push(p),
			sliceBytes: 300_001
		});
		const whole = importDataset(text, 'big.csv');
		expect(sliced.events).toHaveLength(6_000);
		expect(sliced.invalid).toBe(1);
		expect(sliced).toEqual(whole);
		// Progress reached the end of the bytes; rows were counted as they were parsed.
		const reading = seen.filter((p) => p.phase === 'reading');
		expect(reading.at(-1)).toMatchObject({ bytes: bytes.length, totalBytes: bytes.length });
		expect(Math.max(...reading.map((p) => p.rows))).toBeGreaterThan(5_000);
	}, 60_000);

	it('reads our JSON, from a Blob, in slices that cut characters', async () => {
		const text = JSON.stringify({
			events: [
				{
					id: 'a',
					title: '中俄 “Peace Mission”',
					type: 'exercise',
					date: '2005-08-18/2005-08-25',
					dateBasis: 'stated',
					summary: 'é',
					participants: [],
					place: null,
					sources: []
				},
				{ id: 'b', title: 'Bad', type: 'visit', date: 'not a date', summary: 'x' }
			]
		});
		const result = await importBytes(new Blob([text]), 'x.json', { sliceBytes: 5 });
		expect(result).toEqual(importDataset(text, 'x.json'));
		expect(result.events.map((e) => e.id)).toEqual(['a']);
	});

	it('reads Windows-1252 with the same notice as a whole download', async () => {
		const bytes = new Uint8Array([...encode('title,date\nCaf'), 0xe9, ...encode(',2020\n')]);
		const decoded = decodeBytes(bytes);
		const result = await importBytes(bytes, 'latin.csv', { sliceBytes: 4 });
		const whole = importDataset(decoded.text, 'latin.csv');
		expect(result).toEqual({ ...whole, problems: [decoded.problem, ...whole.problems] });
		expect(result.events[0].title).toBe('Café');
	});

	it('names an unknown format as importDataset does', async () => {
		const text = 'a,b\n1,2\n';
		expect(await importBytes(encode(text), 'x.csv', { sliceBytes: 3 })).toEqual(
			importDataset(text, 'x.csv')
		);
	});
});
