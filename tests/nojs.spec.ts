// Without JavaScript: the prerendered pages carry all their content.
import { expect, test } from '@playwright/test';
import { events, sources } from './data';

test('home lists every event chronologically with dates and links', async ({ page }) => {
	await page.goto('/');
	const items = page.locator('#events li');
	await expect(items).toHaveCount(events.length);
	for (const event of events) {
		await expect(page.getByRole('link', { name: event.title, exact: true })).toHaveAttribute(
			'href',
			new RegExp(`events/${event.id}$`)
		);
	}
	// The SVG marks are in the HTML too.
	await expect(page.locator('.viewport [data-event]').first()).toBeAttached();
});

test('every event page is prerendered with its highlighted quote', async ({ page }) => {
	for (const event of events) {
		const response = await page.goto(`/events/${event.id}`);
		expect(response?.status(), event.id).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(event.title);
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
	await expect(page.locator('#events li')).toHaveCount(events.length);
	await expect(page.locator('#events li a[target="_blank"]').first()).toHaveAttribute(
		'rel',
		'noopener noreferrer'
	);
	const [scrollWidth, clientWidth] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
