// Accessibility beyond the axe scans (axe.spec.ts): safe external links, the polite announcement
// of range changes, reduced motion in the presenter, and target sizes.
import { expect, test, type Page } from '@playwright/test';
import { settled } from './settled';

const EVENT = 'li-shangfu-visits-russia-2023';
const TOUR = '2023-high-level-contacts';

/** Each page, and the element that says it is hydrated (null: static content, wait for the network). */
const PAGES: [name: string, url: string, ready: string | null][] = [
	['home, detail closed', '/', '.timeline[data-ready]'],
	['home, detail open', `/?event=${EVENT}`, '.timeline[data-ready]'],
	['presenter', '/present', '.present[data-ready]'],
	['speaker view', '/present/speaker', '.speaker[data-ready]'],
	['embed', '/embed', '.timeline[data-ready]'],
	['event page', `/events/${EVENT}`, null],
	['source page', '/sources/china-russia-military-chiefs-two-talks-zh', null]
];

/** Opens a page and waits until it is hydrated and every finite transition has ended. */
async function open(page: Page, url: string, ready: string | null) {
	await page.goto(url);
	if (ready) await page.locator(ready).waitFor();
	await page.waitForLoadState('networkidle');
	await settled(page);
}

test('every link that opens a new tab has rel="noopener noreferrer"', async ({ page }) => {
	let seen = 0;
	for (const [, url, ready] of PAGES) {
		await open(page, url, ready);
		const rels = await page
			.locator('a[target="_blank"]')
			.evaluateAll((links) =>
				links.map((a) => `${a.getAttribute('href')} ${a.getAttribute('rel')}`)
			);
		seen += rels.length;
		for (const rel of rels) {
			expect(rel, url).toMatch(/\bnoopener\b/);
			expect(rel, url).toMatch(/\bnoreferrer\b/);
		}
	}
	// The detail panel, the event page and the embed link out to sources.
	expect(seen).toBeGreaterThan(0);
});

test('a keyboard zoom is announced in the polite live region with the range and count', async ({
	page
}) => {
	await open(page, '/', '.timeline[data-ready]');
	const live = page.locator('p.visually-hidden[aria-live="polite"]');
	await expect(live).toHaveCount(1);
	const before = await live.textContent();
	await page.locator('.viewport').focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect(live).toHaveText(/^Showing .+, (\d+|no|one) events?$/);
	await expect(live).not.toHaveText(before ?? '');
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the presenter cuts to the next stop without animating', async ({ page }) => {
		await page.goto(`/present?tour=${TOUR}&step=1`);
		await page.locator('.timeline[data-ready]').waitFor();
		await page.locator('.present[data-ready]').waitFor();
		const label = () => page.locator('.viewport').getAttribute('aria-label');
		const before = await label();
		// Two frames after the key the view is already at the stop, and stays there.
		const afterTwoFrames = await page.evaluate(async () => {
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			return document.querySelector('.viewport')!.getAttribute('aria-label');
		});
		expect(afterTwoFrames).not.toBe(before);
		await page.waitForTimeout(1300);
		expect(await label()).toBe(afterTwoFrames);
		const running = await page.evaluate(
			() =>
				document
					.getAnimations()
					.filter(
						(a) => a.playState === 'running' && Number(a.effect?.getTiming().duration ?? 0) > 1
					).length
		);
		expect(running).toBe(0);
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 844 }, isMobile: true });

	for (const [name, url, ready] of [
		['timeline', '/?from=2023-09&to=2023-12', '.timeline[data-ready]'],
		['embed', '/embed?from=2023-09&to=2023-12', '.timeline[data-ready]'],
		['presenter', `/present?tour=${TOUR}&step=2`, '.present[data-ready]']
	] as const) {
		test(`event marks and buttons of the ${name} are at least 24×24 px`, async ({ page }) => {
			await open(page, url, ready);
			const small = await page.locator('[data-mark], button').evaluateAll((els) =>
				els
					.filter(
						(e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
					)
					.map((e) => {
						const { width, height } = e.getBoundingClientRect();
						return { what: e.outerHTML.slice(0, 100), width, height };
					})
					.filter(({ width, height }) => width < 23.99 || height < 23.99)
			);
			expect(small).toEqual([]);
			expect(await page.locator('[data-mark]').count()).toBeGreaterThan(0);
		});
	}
});
