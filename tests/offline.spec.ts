// Offline at the venue: after one visit, with the network gone, `/present`, `/` and `/embed` reload
// from the service worker's precache (src/service-worker.ts) and everything they load on demand works.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';

const TOUR = '2023-high-level-contacts';
const tour: { stops: { event?: string; title?: string }[] } = JSON.parse(
	readFileSync(`data/tours/${TOUR}.json`, 'utf8')
);
const titleOf = (k: number) =>
	tour.stops[k - 1].title ?? events.find((e) => e.id === tour.stops[k - 1].event)!.title;

/** Waits until the service worker controls the page and has precached this deploy. */
async function controlled(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test('the presenter works offline after one visit: reload and step through the tour', async ({
	page,
	context
}) => {
	await page.goto(`/present?tour=${TOUR}`);
	await page.locator('.present[data-ready]').waitFor();
	await controlled(page);
	await context.setOffline(true);
	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	await page.locator('.present[data-ready]').waitFor();
	const card = page.locator('.stage').getByRole('heading', { level: 2 });
	for (let k = 1; k <= tour.stops.length; k++) {
		await expect(card).toHaveText(titleOf(k));
		await page.keyboard.press('ArrowRight');
	}
	// The speaker view (another page, never visited) is precached too.
	const speaker = await context.newPage();
	await speaker.goto(`/present/speaker?tour=${TOUR}&step=2`);
	await speaker.locator('.speaker[data-ready]').waitFor();
	await expect(speaker.locator('.notes')).toBeVisible();
});

test('the timeline works offline: zoom, Chinese strings and date names load from the cache', async ({
	page,
	context
}) => {
	await page.goto('/?from=2023-01&to=2023-12');
	await page.locator('.timeline[data-ready]').waitFor();
	await controlled(page);
	await context.setOffline(true);
	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	// d3-zoom (loaded on demand) is there: a wheel turn zooms and writes the range.
	const box = (await page.locator('.viewport').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -200);
	await expect(page).not.toHaveURL(/from=2023-01&to=2023-12/);
	// Chinese messages and date names (both loaded on demand) arrive from the cache.
	await page.getByRole('button', { name: '中文' }).click();
	await expect(page.getByRole('link', { name: '时间线' }).first()).toBeVisible();
	await expect(page.locator('.axis text').first()).toHaveText(/月/);
	// An event page never visited comes from the precache too.
	await page.goto(`/events/${events[0].id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the embed works offline after one visit', async ({ page, context }) => {
	await page.goto('/embed?from=2023-04&to=2023-11');
	await page.locator('.timeline[data-ready]').waitFor();
	await controlled(page);
	await context.setOffline(true);
	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('[data-mark]').first()).toBeVisible();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page.locator('[data-mark]').first()).toBeVisible();
});

test('the cache holds this deploy and nothing a reader fetched (a ?data= import included)', async ({
	page
}) => {
	await page.goto('/');
	await controlled(page);
	const contents = () =>
		page.evaluate(async () => {
			const keys = await caches.keys();
			const cache = await caches.open(keys[0]);
			return {
				keys,
				urls: (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search)
			};
		});
	const before = await contents();
	expect(before.keys).toHaveLength(1);
	expect(before.keys[0]).toMatch(/^cache-\d+$/);
	expect(before.urls).toEqual(
		expect.arrayContaining(['/', '/present', '/present/speaker', '/embed'])
	);
	expect(before.urls.some((u) => u.startsWith('/_app/immutable/'))).toBe(true);
	// A dataset given as ?data= (here a same-origin file) is fetched, shown, and never cached.
	await page.goto('/?data=/_app/version.json');
	await page.locator('.timeline').first().waitFor();
	await page.evaluate(() => fetch('/_app/version.json?data=1').then((r) => r.text()));
	const after = await contents();
	expect(after.urls.filter((u) => u.includes('data='))).toEqual([]);
	expect(after.urls.length).toBe(before.urls.length);
});

test('the worker is allowed by every page’s CSP and is revalidated on each visit', async ({
	request
}) => {
	for (const path of ['/', '/present', '/embed']) {
		const csp = (await request.get(path)).headers()['content-security-policy'];
		expect(csp).toMatch(/worker-src 'self'/);
	}
	const worker = await request.get('/service-worker.js');
	expect(worker.ok()).toBe(true);
	expect(worker.headers()['cache-control']).toBe('no-cache');
});
