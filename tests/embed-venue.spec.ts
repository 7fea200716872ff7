// Embed etiquette inside a lesson page: the wheel scrolls the host page unless Ctrl/⌘ is held or the
// reader has clicked into the timeline (then it zooms), a hint says how to zoom, and the embed posts
// its content height so the host can size the frame (README, "Auto-height").
import { expect, test, type Page } from '@playwright/test';

type Message = { source?: string; type?: string; height?: number; from?: string; to?: string };

/**
 * A long host page with the embed near its top; received messages collect in window.messages and,
 * with `autoHeight`, the README's three-line snippet sizes the frame.
 */
async function host(page: Page, search: string, autoHeight = false) {
	const origin = test.info().project.use.baseURL;
	const snippet = autoHeight
		? `addEventListener('message', (e) => {
  if (e.data?.source === 'cr-timeline' && e.data.type === 'resize')
    for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';
});`
		: '';
	await page.setContent(`<!doctype html><body style="margin:0">
		<h1 style="margin:8px">A lesson</h1>
		<iframe id="tl" sandbox="allow-scripts allow-popups" src="${origin}/embed${search}" width="640" height="360" style="border:0;display:block"></iframe>
		<div style="height:3000px">The lesson goes on.</div>
		<script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));
		${snippet}</script>
	</body>`);
	const frame = page.frameLocator('#tl');
	await frame.locator('.timeline[data-ready]').waitFor();
	return frame;
}

const messages = (page: Page) =>
	page.evaluate(() => (window as unknown as { messages: Message[] }).messages);
const ranges = async (page: Page) => (await messages(page)).filter((m) => m.type === 'rangechange');
/** Where the embed's axis ticks are drawn (time and x): they move exactly when the range does. */
const ticks = (page: Page) =>
	page
		.frameLocator('#tl')
		.locator('.axis line.tick')
		.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-ms')}@${e.getAttribute('x1')}`));

/** The middle of the embed's timeline, in the host page's coordinates. */
async function overTimeline(page: Page) {
	const box = (await page.locator('#tl').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 120);
}

test('the wheel without Ctrl scrolls the host page, leaves the range and says how to zoom', async ({
	page
}) => {
	const frame = await host(page, '?from=2023-04&to=2023-11');
	const before = await ticks(page);
	// The hint shows for 1.8 s, and a loaded machine may take longer than that to scroll the host
	// page: the frame notes when the hint is on screen.
	await frame.locator('body').evaluate(() => {
		const w = window as unknown as { hinted?: boolean };
		new MutationObserver(() => {
			const statuses = [...document.querySelectorAll<HTMLElement>('[role="status"]')];
			if (statuses.some((s) => s.textContent?.includes('hold Ctrl') && s.checkVisibility()))
				w.hinted = true;
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	await overTimeline(page);
	// A few notches, as a wheel turn sends (Chromium lets the first event of a sequence over a frame
	// go without scrolling).
	for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 150);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
	await expect
		.poll(() =>
			frame.locator('body').evaluate(() => (window as unknown as { hinted?: boolean }).hinted)
		)
		.toBe(true);
	await page.waitForTimeout(400);
	expect(await ranges(page)).toEqual([]);
	expect(await ticks(page)).toEqual(before);
	// The hint goes away by itself.
	await expect(frame.getByRole('status').filter({ hasText: 'hold Ctrl' })).toHaveCount(0, {
		timeout: 4000
	});
});

test('the wheel with Ctrl zooms the timeline and leaves the host page where it was', async ({
	page
}) => {
	await host(page, '?from=2023-04&to=2023-11');
	await overTimeline(page);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect.poll(async () => (await ranges(page)).length).toBeGreaterThan(0);
	const range = (await ranges(page)).at(-1)!;
	// Zoomed in: a narrower range inside April–November.
	expect(range.from! > '2023-04-01' || range.to! < '2023-11-30').toBe(true);
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('after a click into the timeline the plain wheel zooms', async ({ page }) => {
	const frame = await host(page, '?from=2023-04&to=2023-11');
	await frame.locator('.viewport').click({ position: { x: 5, y: 5 } });
	await overTimeline(page);
	await page.mouse.wheel(0, -300);
	await expect.poll(async () => (await ranges(page)).length).toBeGreaterThan(0);
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('the embed posts its content height and, sized to it, leaves no blank band', async ({
	page
}) => {
	const frame = await host(page, '?from=2023-04&to=2023-11', true);
	await expect
		.poll(async () => (await messages(page)).filter((m) => m.type === 'resize').length)
		.toBeGreaterThan(0);
	const last = (await messages(page)).filter((m) => m.type === 'resize').at(-1)!;
	expect(last).toMatchObject({ source: 'cr-timeline', version: 1, type: 'resize' });
	expect(last.height).toBeGreaterThan(150);
	// The snippet sized the frame to the posted height; it settles (no resize loop).
	await expect
		.poll(async () => (await page.locator('#tl').boundingBox())!.height)
		.toBe((await messages(page)).filter((m) => m.type === 'resize').at(-1)!.height);
	await page.waitForTimeout(500);
	const settled = (await messages(page)).filter((m) => m.type === 'resize').at(-1)!.height!;
	expect((await page.locator('#tl').boundingBox())!.height).toBe(settled);
	// The last thing drawn (the overview) ends at the frame's bottom, less the embed's 4 px padding.
	const gap = await frame
		.locator('.overview-wrap')
		.evaluate((el) => innerHeight - el.getBoundingClientRect().bottom);
	expect(gap).toBeGreaterThanOrEqual(0);
	expect(gap).toBeLessThanOrEqual(6);
	// And every lane's marks are inside the frame: nothing is cut off.
	const marksBottom = await frame
		.locator('[data-mark]')
		.evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
	expect(marksBottom).toBeLessThanOrEqual(settled);
});
