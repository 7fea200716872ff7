// TimelineJS's own template and example files (tests/fixtures/timelinejs, byte for byte from its
// repositories) import with every slide shown: eras as periods, BCE and deep-time years, times of
// day, slides without headlines titled, media kept as media, older layouts read (issue 15).
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PERIOD } from '../data/vocabulary';
import { importDataset } from './registry';

const DIR = 'tests/fixtures/timelinejs';
const read = (file: string) => importDataset(readFileSync(`${DIR}/${file}`, 'utf8'), file);
const json = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));

/** How many slides a file holds, counted from the file itself. */
function slides(file: string): number {
	if (file.endsWith('.csv')) {
		const [header, ...rows] = Papa.parse<string[]>(readFileSync(`${DIR}/${file}`, 'utf8')).data;
		const type = header.indexOf('Type');
		return rows.filter((r) => r.some((c) => c.trim()) && r[type] !== 'title').length;
	}
	const d = json(file);
	const t = d.timeline ?? {};
	return [d.events, d.eras, t.date, t.era, t.slides].reduce(
		(n: number, list: unknown) => n + (Array.isArray(list) ? list.length : 0),
		0
	);
}

describe('TimelineJS fixtures', () => {
	it.each([
		['cosmo.json', 7],
		['cosmo-mixed.json', 11],
		['eras.json', 23],
		['all-media-types.json', 41],
		['mediatypes-example.json', 29],
		['marktwain.json', 17],
		['houston-v3.json', 18],
		['republican-v3.json', 13],
		['people-say-v3.json', 20],
		['women-in-computing.json', 10],
		['my-own-timeline.csv', 10],
		['women-in-computing.csv', 10],
		['welcome-slides.json', 17],
		['houston-v2.json', 18],
		['taylor-v2.json', 28],
		['TimelineJS-v2-repo/example_json.json', 22],
		['TimelineJS-v2-repo/model.json', 2]
	])('importDataset shows every slide of %s (%i)', (file, count) => {
		const result = read(file);
		expect(result.format).toMatch(/^timelinejs-/);
		expect(result.problems.filter((p) => !p.notice)).toEqual([]);
		expect(slides(file)).toBe(count);
		expect(result).toMatchObject({ total: count, invalid: 0 });
		expect(result.events).toHaveLength(count);
		for (const e of result.events) expect(e.title.length).toBeGreaterThan(0);
	});

	it('importDataset reads eras as periods and keeps BCE and deep-time years', () => {
		const eras = read('eras.json');
		const periods = eras.events.filter((e) => e.type === PERIOD);
		expect(periods.map((e) => e.lane)).toEqual([-1, -1, -1]);
		expect(periods).toHaveLength(json('eras.json').eras.length);
		const cosmo = read('cosmo.json');
		expect(cosmo.events.map((e) => e.date)).toEqual([
			'Y-13799999999',
			'Y-13799629999',
			'Y-12799999999',
			'Y-4599999999',
			'Y-538799999/Y-251901999',
			'Y-314999',
			'-3499'
		]);
		expect(cosmo.events.at(-1)!.span.startMs).toBeLessThan(Date.UTC(-3000, 0, 1));
	});

	it('importDataset keeps TimelineJS times of day', () => {
		const twain = read('marktwain.json');
		expect(twain.events.some((e) => e.date === '2000-01-05T06:45:56')).toBe(true);
	});

	it('importDataset titles slides without a headline from their text or caption, with a notice', () => {
		const twain = read('marktwain.json');
		const notices = twain.problems.filter((p) => /^no headline/.test(p.message));
		expect(notices).toHaveLength(4);
		expect(notices.every((p) => p.notice && p.row !== null)).toBe(true);
		expect(twain.events.map((e) => e.title)).toContain('a tweet');
	});

	it('importDataset keeps media as media and names what it drops', () => {
		const result = read('all-media-types.json');
		const withMedia = result.events.filter((e) => e.media);
		expect(withMedia.length).toBeGreaterThan(30);
		expect(result.events.every((e) => e.sources.length === 0 && e.passages.length === 0)).toBe(
			true
		);
		const dropped = result.problems.filter((p) => p.notice && /dropped/.test(p.message));
		expect(dropped.map((p) => p.field)).toEqual(
			expect.arrayContaining(['media.url', 'background'])
		);
		const houston = read('houston-v3.json');
		expect(
			houston.problems.some((p) => /read as https:\/\/upload\.wikimedia/.test(p.message))
		).toBe(true);
	});

	it('importDataset reads the version 2 layout and says so', () => {
		const taylor = read('taylor-v2.json');
		expect(taylor.title).toBe('Elizabeth Taylor\n1932-2011');
		expect(taylor.problems[0]).toMatchObject({ row: null, notice: true });
		expect(taylor.problems[0].message).toMatch(/version 2/);
		const model = read('TimelineJS-v2-repo/model.json');
		expect(model.events.filter((e) => e.type === PERIOD)).toHaveLength(1);
	});
});
