// Tours carried in our JSON (issue 15, "imported data everywhere"): valid ones kept, every problem named.
import { describe, expect, it } from 'vitest';
import { importDataset } from './registry';

const events = [
	{ id: 'a', title: 'First', type: 'talks', date: '2023-01-05', dateBasis: 'stated', summary: 'A' },
	{ id: 'b', title: 'Second', type: 'talks', date: '2023-03', dateBasis: 'stated', summary: 'B' }
];
const read = (tours: unknown) => importDataset(JSON.stringify({ events, tours }), 'mine.json');

describe('our JSON tours', () => {
	it('importDataset keeps a valid tour, its stops in the order written', () => {
		const result = read([
			{ id: 'main', title: 'Main', stops: [{ event: 'b', notes: 'Say this' }, { event: 'a' }] }
		]);
		expect(result.problems).toEqual([]);
		expect(result.tours).toHaveLength(1);
		expect(result.tours![0]).toMatchObject({ id: 'main', title: 'Main' });
		expect(result.tours![0].stops.map((s) => [s.event, s.notes])).toEqual([
			['b', 'Say this'],
			['a', null]
		]);
	});

	it('importDataset leaves out a bad tour whole and names where and why', () => {
		const result = read([
			{ id: 'ok', title: 'Fine', stops: [{ from: '2023', to: '2023' }] },
			{ id: 'bad', title: 'Bad', stops: [{ event: 'nope' }] },
			{ title: 'No id', stops: [{ event: 'a' }] },
			{ id: 'all', title: 'Reserved', stops: [{ event: 'a' }] },
			{ id: 'ok', title: 'Twice', stops: [{ event: 'a' }] }
		]);
		expect(result.tours!.map((t) => t.id)).toEqual(['ok']);
		expect(result.events).toHaveLength(2);
		const lines = result.problems.map((p) => `${p.field}: ${p.message}`);
		expect(lines).toEqual([
			expect.stringMatching(
				/^tours\[1\]\.stops\[0\]\.event: unknown event id "nope"; the tour "bad" is left out$/
			),
			expect.stringMatching(/^tours\[2\]\.id: null is not a tour id/),
			expect.stringMatching(/^tours\[3\]: "all" is reserved/),
			expect.stringMatching(/^tours\[4\]\.id: duplicate tour id "ok"/)
		]);
	});

	it('importDataset says so when tours is not a list, and reads no tours without the key', () => {
		expect(read({ id: 'x' }).problems).toEqual([
			{ row: null, field: 'tours', message: 'must be a list of tours' }
		]);
		expect(importDataset(JSON.stringify({ events }), 'mine.json').tours).toBeUndefined();
	});
});
