// A tour prints as a handout: one stop per page with its chart and card, and the speaker notes when
// asked for (`&notes`).
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { events } from './data';

const TOUR = '2023-high-level-contacts';
const tour: { stops: { event?: string; title?: string; notes?: string }[] } = JSON.parse(
	readFileSync(`data/tours/${TOUR}.json`, 'utf8')
);
const titleOf = (k: number) =>
	tour.stops[k - 1].title ?? events.find((e) => e.id === tour.stops[k - 1].event)!.title;

/** The text of each page of the page printed as A4 PDF. */
async function printedPages(page: Page): Promise<string[]> {
	const data = await page.pdf({ format: 'A4', printBackground: true });
	const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages;
}

const squash = (s: string) => s.replace(/\s+/g, '');

test('the presenter’s Handout link prints one stop per page with its chart and card', async ({
	page
}) => {
	await page.goto(`/present?tour=${TOUR}`);
	await page.locator('.present[data-ready]').waitFor();
	await page.getByRole('link', { name: 'Handout' }).click();
	await page.locator('.handout[data-ready]').waitFor();
	await expect(page.locator('.stop .timeline')).toHaveCount(tour.stops.length);
	const pages = await printedPages(page);
	expect(pages).toHaveLength(tour.stops.length);
	pages.forEach((text, i) => {
		expect(squash(text)).toContain(squash(`Step ${i + 1} of ${tour.stops.length}`));
		expect(squash(text)).toContain(squash(titleOf(i + 1)).slice(0, 30));
	});
	// Each stop's chart is on its page: the axis of a timeline is drawn there.
	for (const stop of await page.locator('.stop').all())
		await expect(stop.locator('.axis line.tick').first()).toBeAttached();
	expect(pages.join(' ')).not.toContain('Speaker notes');
});

test('with notes, each page carries its stop’s speaker notes', async ({ page }) => {
	await page.goto(`/present/handout?tour=${TOUR}`);
	await page.locator('.handout[data-ready]').waitFor();
	await page.getByLabel('Include the speaker notes').check();
	await expect(page).toHaveURL(/[?&]notes/);
	const pages = await printedPages(page);
	expect(pages).toHaveLength(tour.stops.length);
	pages.forEach((text, i) => {
		const notes = tour.stops[i].notes;
		if (notes) expect(squash(text)).toContain(squash(notes).slice(0, 40));
	});
});
