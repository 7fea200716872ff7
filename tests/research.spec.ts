// Research tools: filters and search in the URL, the table, exports, citations and importing data.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';

/** The drawn chart (axis, lanes, bars) spans the timeline's real width, as the marks do. */
async function expectChartFillsViewport(page: Page) {
	await expect
		.poll(() =>
			page.locator('.timeline').evaluate((el) => {
				const svg = Number(el.querySelector('svg.chart')!.getAttribute('width'));
				return svg - el.querySelector('.viewport')!.clientWidth;
			})
		)
		.toBe(0);
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
}

test('filters and search come from the URL and update timeline, table and counts together', async ({
	page
}) => {
	await open(page, '/?q=xiangshan&types=forum');
	// Every record counts, periods included, as in the table.
	await expect(page.locator('.filter-bar .count')).toHaveText(`3 of ${events.length} events`);
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(3);
	await expect(page.locator('tbody mark').first()).toHaveText(/xiangshan/i);
	// Only forum marks remain on the timeline.
	const lanes = await page
		.locator('[data-mark]')
		.evaluateAll((els) => els.map((e) => e.dataset.lane));
	expect(lanes.length).toBeGreaterThan(0);
	for (const lane of lanes) expect(lane).toBe('forums');
});

test('typing a search and ticking a filter write the URL', async ({ page }) => {
	await open(page, '/');
	await page.getByLabel('Search events').fill('zhang');
	await expect(page).toHaveURL(/q=zhang/);
	await page.locator('.filters summary').click();
	await page.getByRole('checkbox', { name: /^talks/ }).check();
	await expect(page).toHaveURL(/types=talks/);
	await page.getByLabel('All matching events').check();
	const rows = page.locator('tbody tr[data-row]');
	await expect(rows).not.toHaveCount(0);
	for (const text of await rows.locator('td.type').allTextContents()) expect(text).toBe('talks');
	await page.getByRole('button', { name: 'Clear search and filters' }).click();
	await expect(page).not.toHaveURL(/q=|types=/);
});

test('fuzzy and prefix search find misspelt and partial words', async ({ page }) => {
	await open(page, '/?q=shoigo');
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody tr[data-row]').first()).toBeVisible();
	await open(page, '/?q=xiangshan');
	// The search index loads on the first query; wait for its result.
	await expect(page.locator('.filter-bar .count')).toHaveText(/^[1-9] of/);
	const whole = await page.locator('.filter-bar .count').textContent();
	await open(page, '/?q=xiangsh');
	await expect(page.locator('.filter-bar .count')).toHaveText(whole!);
});

test('the table sorts and selecting a row selects the event on the timeline', async ({ page }) => {
	await open(page, '/');
	await page.getByLabel('All matching events').check();
	const dateHeader = page.getByRole('columnheader', { name: 'Date' });
	await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
	await dateHeader.getByRole('button').click();
	await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
	await page.getByRole('columnheader', { name: 'Type' }).getByRole('button').click();
	const types = await page.locator('tbody td.type').allTextContents();
	expect(types).toEqual([...types].sort());
	await page
		.locator('tbody')
		.getByRole('button', { name: 'Li Shangfu appointed Chinese defence minister' })
		.click();
	await expect(page.getByRole('complementary')).toContainText('Li Shangfu appointed');
	await expect(page).toHaveURL(/event=li-shangfu-appointed-defence-minister-2023/);
	await expect(
		page.locator('[data-event="li-shangfu-appointed-defence-minister-2023"]')
	).toBeVisible();
});

test('exports parse back: CSV, JSON, iCalendar and a well-formed SVG', async ({ page }) => {
	await open(page, '/?types=visit');
	const exportFile = async (name: string) => {
		await page.getByText('Export', { exact: true }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name, exact: true }).click()
		]);
		return readFileSync((await download.path())!, 'utf8');
	};
	const visits = events.filter(
		(e) =>
			(e as unknown as { type: string }).type === 'visit' ||
			(e as unknown as { type: string }).type === 'period'
	);

	const csv = await exportFile('CSV');
	expect(csv.split('\n')[0]).toContain('id,title');
	for (const e of visits) expect(csv).toContain(e.id);
	// Provenance in every row: the permanent link to the passage on this site, its title and quote.
	const rows = csv.trim().split('\r\n').slice(1);
	expect(rows).toHaveLength(visits.length);
	for (const e of visits)
		expect(csv).toMatch(new RegExp(`/sources/[a-z0-9-]+#${e.id},[^,\r\n]+,[^,\r\n]+`));

	const json = JSON.parse(await exportFile('JSON'));
	expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(
		visits.map((e) => e.id).sort()
	);

	const ics = await exportFile('Calendar (.ics)');
	expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(visits.length);
	expect(ics).toContain('DTSTART;VALUE=DATE:20230416');
	expect(ics).toContain('DTEND;VALUE=DATE:20230420');

	const svg = await exportFile('View as SVG');
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.nodeName,
			texts: doc.querySelectorAll('text').length
		};
	}, svg);
	expect(parsed).toMatchObject({ error: null, root: 'svg' });
	expect(parsed.texts).toBeGreaterThan(5);
});

test('opening a TimelineJS JSON file shows its valid events and lists the invalid one', async ({
	page
}) => {
	await open(page, '/');
	await page.getByText('Your data').click();
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/timelinejs.json');
	await expect(page.getByRole('status').filter({ hasText: 'records shown' })).toContainText(
		'1 rejected'
	);
	await expect(page.locator('.data-panel')).toContainText('twenty');
	await expectChartFillsViewport(page);
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(3); // two events and the era
	await page
		.locator('tbody')
		.getByRole('button', { name: 'Joint statement on the Arctic' })
		.click();
	await expect(
		page.getByRole('complementary').locator('a[href="https://example.org/arctic"]')
	).toHaveAttribute('rel', 'noopener noreferrer');
	await page.getByRole('button', { name: 'Back to the curated dataset' }).first().click();
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(events.length);
	await expectChartFillsViewport(page);
});

test('a TimelineJS spreadsheet CSV and our CSV import with per-row problems', async ({ page }) => {
	await open(page, '/');
	await page.getByText('Your data').click();
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/timelinejs.csv');
	const status = page.locator('.data-panel .status');
	await expect(status).toContainText('TimelineJS spreadsheet CSV');
	await expect(status).toContainText('2 of 3 records shown, 1 rejected');
	await expect(page.locator('.data-panel .problems')).toContainText('Row 4');

	await page.locator('input[type=file]').setInputFiles('tests/fixtures/ours.csv');
	await expect(status).toContainText('our CSV');
	// A category of its own ("parade") is kept, in a lane of its own; the row without a date is not.
	await expect(status).toContainText('3 of 4 records shown, 1 rejected');
	await expect(page.locator('.lanes text.lane-name')).toHaveText(['exercise', 'talks', 'parade']);
});

test('?data= loads a same-origin dataset and refuses http URLs with a message', async ({
	page
}) => {
	await page.route(
		(url) => url.pathname === '/fixtures/shared.json',
		(route) =>
			route.fulfill({ path: 'tests/fixtures/timelinejs.json', contentType: 'application/json' })
	);
	await open(page, '/?data=/fixtures/shared.json');
	await expect(page.locator('.dataset-note')).toContainText('shared.json');
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(3);

	await open(page, '/?data=http://example.org/x.json');
	await page.getByText('Your data').click();
	await expect(page.locator('.data-panel .notice')).toContainText('https');
	await expect(page.locator('[data-mark]').first()).toBeVisible();
});

test('every event has a copyable citation naming the source and our permalink', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/?event=li-shangfu-visits-russia-2023');
	const panel = page.getByRole('complementary');
	await expect(panel.locator('.citation')).toContainText('/events/li-shangfu-visits-russia-2023');
	await expect(panel.locator('.citation')).toContainText('Collaborate with Russia');
	await panel.getByRole('button', { name: /Copy: Cite/ }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		'/events/li-shangfu-visits-russia-2023'
	);
});

test('Esc closes the export menu and returns focus to it', async ({ page }) => {
	await open(page, '/');
	const summary = page.getByText('Export', { exact: true });
	await summary.click();
	await expect(page.getByRole('button', { name: 'CSV', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'CSV', exact: true }).focus();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'CSV', exact: true })).toBeHidden();
	await expect(summary).toBeFocused();
});

test('the JSON and CSV exports re-import: every event shown, no problem', async ({
	page
}, testInfo) => {
	await open(page, '/');
	const saved: Record<string, string> = {};
	for (const [name, file] of [
		['JSON', 'events.json'],
		['CSV', 'events.csv']
	]) {
		await page.getByText('Export', { exact: true }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name, exact: true }).click()
		]);
		saved[file] = testInfo.outputPath(file);
		await download.saveAs(saved[file]);
	}
	await page.getByText('Your data').click();
	const status = page.locator('.data-panel .status');
	for (const [file, format] of [
		['events.json', 'our JSON schema'],
		['events.csv', 'our CSV']
	]) {
		await page.locator('input[type=file]').setInputFiles(saved[file]);
		await expect(status).toContainText(`${file} (${format})`);
		await expect(status).toContainText(`${events.length} of ${events.length} records shown`);
		await expect(page.locator('.data-panel .problems')).toHaveCount(0);
	}
	// A re-imported curated event still shows its quote, linked to its passage on this site.
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(events.length);
});

test('TimelineJS files import whole: every slide, media as a link, every problem downloadable', async ({
	page
}) => {
	await open(page, '/');
	await page.getByText('Your data').click();
	const status = page.locator('.data-panel .status');
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/timelinejs/eras.json');
	await expect(status).toContainText('23 of 23 records shown');
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/timelinejs/marktwain.json');
	await expect(status).toContainText('17 of 17 records shown');
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(17);
	// A slide without a headline is titled from its media caption; its media is a link, not a passage.
	await page.locator('tbody').getByRole('button', { name: 'a tweet', exact: true }).click();
	const detail = page.getByRole('complementary');
	await expect(detail.getByRole('heading', { name: 'Media' })).toBeVisible();
	await expect(detail.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
	await expect(detail.getByRole('heading', { name: 'Originating passage' })).toHaveCount(0);
	// The list is open when short (10 problems here).
	await expect(page.getByText('10 problems')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download all problems (CSV)' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toContain('row,id,field,kind,message');
	expect(csv).toMatch(/no headline: the title “a tweet”/);
});

test('a Latin-1 CSV is read as Windows-1252 with a note naming the line, never as M�nchen', async ({
	page
}) => {
	await open(page, '/');
	await page.getByText('Your data').click();
	const csv = 'title,date,type,place\nTalks in Munich,2022-11-03,talks,M\u00fcnchen\n';
	await page.locator('input[type=file]').setInputFiles({
		name: 'latin1.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv, 'latin1')
	});
	const panel = page.locator('.data-panel');
	await expect(panel.locator('.status')).toContainText('1 of 1 record shown');
	await expect(panel).toContainText(/not UTF-8 .*line 2.*Windows-1252/);
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody')).toContainText('München');
	await expect(page.locator('tbody')).not.toContainText('\ufffd');
});

test('a large import superseded by another ends its worker', async ({ page }, testInfo) => {
	await open(page, '/');
	await page.getByText('Your data').click();
	// About 28 MB of our CSV: read in a worker, for several seconds on this machine.
	const rows = ['title,date,type'];
	for (let i = 0; i < 600_000; i++) rows.push(`Event number ${i} of a long file,2001-02-03,talks`);
	const big = testInfo.outputPath('big.csv');
	writeFileSync(big, rows.join('\n'));
	const started = page.waitForEvent('worker', { predicate: (w) => w.url().includes('import') });
	await page.locator('input[type=file]').setInputFiles(big);
	const worker = await started;
	const closed = new Promise<number>((resolve) => worker.on('close', () => resolve(Date.now())));
	const supersededAt = Date.now();
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/ours.csv');
	await expect(page.locator('.data-panel .status')).toContainText('3 of 4 records shown');
	// Ended when superseded (0.3–2.7 s here), not when its 600,000 rows are done (11.7 s here).
	expect((await closed) - supersededAt).toBeLessThan(6_000);
	await page.waitForTimeout(500);
	await expect(page.locator('.data-panel .status')).toContainText('3 of 4 records shown');
});

test('a large file is read in a worker with progress in megabytes and rows, and Cancel ends it', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await open(page, '/');
	await page.getByText('Your data').click();
	// About 3.3 MB of our CSV: over the 3 MB that go to a worker.
	const rows = ['title,date,type'];
	for (let i = 0; i < 70_000; i++) rows.push(`Event number ${i} of a long file,2001-02-03,talks`);
	const big = testInfo.outputPath('big.csv');
	writeFileSync(big, rows.join('\n'));
	const shown = page.getByRole('status').filter({ hasText: 'records shown' });
	// Every text the status shows, kept as it changes.
	await page.evaluate(() => {
		const seen: string[] = [];
		(window as unknown as { seen: string[] }).seen = seen;
		new MutationObserver(() => {
			for (const el of document.querySelectorAll('.data-panel [role=status]'))
				if (el.textContent?.trim()) seen.push(el.textContent.trim());
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await page.getByLabel('Open a file…').setInputFiles(big);
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
	await expect(shown).toContainText(/70,?000 of 70,?000 records shown/, { timeout: 60_000 });
	const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
	expect(seen.some((s) => /Reading big\.csv: [\d.]+ of 3\.\d MB, [\d,]+ rows/.test(s))).toBe(true);
	expect(seen.some((s) => /Checking big\.csv: [\d,]+ of 70,000 records/.test(s))).toBe(true);
	await expect(page.getByRole('button', { name: 'Back to the curated dataset' })).toBeVisible();

	// Cancel while loading: the worker ends and the curated timeline stays.
	const again = testInfo.outputPath('again.csv');
	writeFileSync(again, rows.join('\n'));
	const started = page.waitForEvent('worker', { predicate: (w) => w.url().includes('import') });
	await page.getByLabel('Open a file…').setInputFiles(again);
	const worker = await started;
	const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
	await page.getByRole('button', { name: 'Cancel' }).click();
	await closed;
	await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
	await page.waitForTimeout(500);
	await expect(shown).toHaveCount(0);
});
