// No main-thread freeze from search: the first query over a 10,000-event dataset builds its index off
// the main thread. Long tasks (PerformanceObserver 'longtask') are collected from the first keystroke
// until the index is built (the 'search-index' User Timing measure). Built on the main thread the
// index blocked it for 902 ms at 10,000 events on an idle machine; in the worker no task passes 50 ms
// there (73 ms under CI load, from handing the documents over). The bound is 200 ms on an idle
// machine and scales with the page's own speed under load: five times a fixed main-thread task
// (copying the dataset through JSON, about 40 ms idle) timed just before. With ten times this
// machine's load the worker's longest task was 449 ms against a bound of about 2 s, where a
// main-thread index takes about ten times its idle 902 ms. The figures are printed.
import { expect, test } from '@playwright/test';
import { syntheticDataset } from '../bench/synthetic.js';

const N = 10_000;

test(`building the search index over ${N.toLocaleString('en')} events blocks the main thread for no task over 200 ms (idle)`, async ({
	page
}) => {
	test.setTimeout(120_000);
	const body = JSON.stringify(syntheticDataset(N));
	await page.route(
		(url) => url.pathname === '/fixtures/synthetic.json',
		(route) => route.fulfill({ body, contentType: 'application/json' })
	);
	await page.goto('/?data=/fixtures/synthetic.json');
	await page.locator('.timeline[data-ready]').waitFor();
	const count = page.getByRole('status').filter({ hasText: / of [\d,]+ events$/ });
	await expect(count).toHaveText(new RegExp(`^${N} of`), { timeout: 60_000 });

	await page.evaluate(() => {
		const w = window as unknown as { longTasks: { start: number; duration: number }[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				w.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask' });
	});
	// The page's speed now: a fixed main-thread task of the same kind of work (best of three).
	const calibrationMs = await page.evaluate((text) => {
		let best = Infinity;
		for (let i = 0; i < 3; i++) {
			const t0 = performance.now();
			JSON.stringify(JSON.parse(text));
			best = Math.min(best, performance.now() - t0);
		}
		return best;
	}, body);
	const bound = Math.max(200, 5 * calibrationMs);
	const typedAt = await page.evaluate(() => performance.now());
	// "1234" is a word of one event only ("Event 1234: …", "… number 1234.").
	await page.getByLabel('Search events').fill('1234');
	await expect(count).toHaveText(`1 of ${N} events`, { timeout: 60_000 });
	const figures = await page.evaluate(async (typedAt) => {
		// The observer reports a task after it ends; give it a frame.
		await new Promise((r) => setTimeout(r, 100));
		// Without the measure (an index built on the main thread), until the results were shown.
		const measure = performance.getEntriesByName('search-index', 'measure').at(-1);
		const w = window as unknown as { longTasks: { start: number; duration: number }[] };
		const end = measure ? measure.startTime + measure.duration : performance.now();
		const during = w.longTasks.filter((t) => t.start < end && t.start + t.duration > typedAt);
		return {
			indexMs: measure?.duration ?? NaN,
			longTasks: during.map((t) => Math.round(t.duration)),
			longest: Math.max(0, ...during.map((t) => t.duration))
		};
	}, typedAt);
	console.log(
		`search index, ${N} events: built in ${figures.indexMs.toFixed(0)} ms (worker); ` +
			`main-thread long tasks meanwhile: [${figures.longTasks.join(', ')}] ms, longest ${figures.longest.toFixed(0)} ms; ` +
			`bound ${bound.toFixed(0)} ms (calibration ${calibrationMs.toFixed(0)} ms)`
	);
	expect(figures.longest).toBeLessThanOrEqual(bound);
});
