// Citing: "Copy citation" in Chicago, APA and MLA (Citation.js, loaded on use and not before), and the
// export menu's CSL-JSON, RIS and BibTeX files of the filtered events, read back by Citation.js.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';

/** In citeproc-js and Citation.js's CSL styles and locales (the CSL namespace), nowhere else. */
const CSL_MARK = 'purl.org/net/xbiblio/csl';
const EVENT = events.find((e) => e.id === 'li-shangfu-visits-russia-2023') ?? events[0];

/** The scripts and styles a page loads until the network is idle, with their gzip size. */
async function firstLoad(page: Page, path: string) {
	const files = new Map<string, Buffer>();
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		files.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
	});
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	const gzipKb = [...files.values()].reduce((a, b) => a + gzipSync(b).length, 0) / 1024;
	return { files, gzipKb };
}

test('Copy citation offers Chicago, APA and MLA, and Citation.js loads only then', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// The timeline page loads more (d3-zoom after hydration, the table, the export menu), but never
	// citeproc-js either.
	const home = await firstLoad(await context.newPage(), '/');
	console.log(`scripts and styles of / until idle: ${home.gzipKb.toFixed(1)} KB gzip`);
	expect([...home.files.values()].some((b) => b.toString('utf8').includes(CSL_MARK))).toBe(false);
	const { files, gzipKb } = await firstLoad(page, `/events/${EVENT.id}`);
	// citeproc-js is not part of the first load, which stays within the 75 KB budget.
	const loaded = [...files.values()].map((b) => b.toString('utf8'));
	expect(loaded.some((js) => js.includes(CSL_MARK))).toBe(false);
	expect(gzipKb).toBeLessThan(75);
	console.log(`first load of /events/<id>: ${gzipKb.toFixed(1)} KB gzip JS+CSS`);

	const later: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') later.push(r.text().catch(() => ''));
	});
	const status = page.getByRole('status').filter({ hasText: /Chicago|APA|MLA/ });
	for (const [style, pattern] of [
		['Chicago', new RegExp(`^\\s*Chicago · Copied\\s*“${EVENT.title.slice(0, 10)}`, 'i')],
		['APA', /^\s*APA · Copied\s.*\(\d{4}(, [A-Z][a-z]+ \d+)?\)/],
		['MLA', /^\s*MLA · Copied\s.*Accessed \d+ [A-Z][a-z]+\.? \d{4}\.\s*$/]
	] as const) {
		await page.getByRole('button', { name: `Copy: ${style}` }).click();
		await expect(status).toHaveText(pattern);
		const entry = (await status.locator('.entry').textContent())!;
		expect(entry).toContain(`/events/${EVENT.id}`);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry);
	}
	// It came with the first click.
	expect((await Promise.all(later)).some((js) => js.includes(CSL_MARK))).toBe(true);
});

test('the export menu writes CSL-JSON, RIS and BibTeX that Citation.js reads back', async ({
	page
}) => {
	await page.goto('/?types=visit');
	await page.locator('.timeline[data-ready]').waitFor();
	const visits = events.filter((e) => ['visit', 'period'].includes((e as { type?: string }).type!));
	const exportFile = async (name: string) => {
		await page.getByText('Export', { exact: true }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name, exact: true }).click()
		]);
		return {
			name: download.suggestedFilename(),
			text: readFileSync((await download.path())!, 'utf8')
		};
	};
	for (const [button, file] of [
		['CSL-JSON (citations)', 'events.csl.json'],
		['RIS (EndNote, Zotero)', 'events.ris'],
		['BibTeX', 'events.bib']
	]) {
		const { name, text } = await exportFile(button);
		expect(name).toBe(file);
		const back = new Cite(text).data as { title: string; URL: string }[];
		expect(back.map((i) => i.title).sort()).toEqual(visits.map((e) => e.title).sort());
		for (const item of back)
			expect(item.URL).toMatch(/^http:\/\/localhost:\d+\/events\/[a-z0-9-]+$/);
	}
});
