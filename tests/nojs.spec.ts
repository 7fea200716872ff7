// Without JavaScript: the prerendered pages carry all their content.
import { expect, test, type Page } from '@playwright/test';
import { events, sources } from './data';
import { marks } from './locators';

/** The chronological list: the content of the home page and the embed without JavaScript. */
const eventList = (page: Page) =>
	page.getByRole('region', { name: /^All events, in chronological order/ });

test('home lists every event chronologically with dates and links', async ({ page }) => {
	await page.goto('/');
	const items = eventList(page).getByRole('listitem');
	await expect(items).toHaveCount(events.length);
	for (const event of events) {
		await expect(page.getByRole('link', { name: event.title, exact: true })).toHaveAttribute(
			'href',
			new RegExp(`events/${event.id}$`)
		);
	}
	// The SVG marks are in the HTML too.
	await expect(marks(page).first()).toBeAttached();
	await expect(marks(page)).not.toHaveCount(0);
});

test('every event page is prerendered with its highlighted quote', async ({ page }) => {
	// One page per event: about 30 s on a loaded 2-core machine, so more than the default.
	test.setTimeout(120_000);
	for (const event of events) {
		const response = await page.goto(`/events/${event.id}`);
		expect(response?.status(), event.id).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(event.title);
		// The highlight is a <mark> (Playwright's getByRole does not take the "mark" role).
		await expect(page.locator('mark').first()).toContainText(event.sources[0].quote.slice(0, 40));
		await expect(
			page.getByRole('link', { name: 'Read the whole document' }).first()
		).toHaveAttribute('href', new RegExp(`/sources/${event.sources[0].source}#${event.id}$`));
	}
});

test('every source page is prerendered with every quote anchored', async ({ page }) => {
	for (const source of sources) {
		const response = await page.goto(`/sources/${source.id}`);
		expect(response?.status(), source.id).toBe(200);
		for (const event of events.filter((e) => e.sources.some((s) => s.source === source.id))) {
			// #<event-id> lands where the event's first quote in this document begins (on its <mark>, or
			// just before it when another event's quote begins at the same place).
			const anchor = page.locator(`[id="${event.id}"]`);
			await expect(anchor, event.id).toHaveCount(1);
			const text = await anchor.evaluate((el) => {
				let m: Element | null = el;
				while (m && m.tagName !== 'MARK') m = m.nextElementSibling;
				return m?.textContent ?? '';
			});
			const first = event.sources
				.filter((s) => s.source === source.id)
				.sort((a, b) => a.start - b.start)[0];
			expect(text.length, event.id).toBeGreaterThan(0);
			expect(first.quote.startsWith(text), event.id).toBe(true);
		}
	}
});

test('the embed without JavaScript lists every event with dates and source links', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 240 });
	await page.goto('/embed');
	const items = eventList(page).getByRole('listitem');
	await expect(items).toHaveCount(events.length);
	// Links open beside the host's page, without handing it the opener.
	const link = items.first().getByRole('link').first();
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	const [scrollWidth, clientWidth] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
