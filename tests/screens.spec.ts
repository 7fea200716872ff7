// The screens the timeline is used on: a phone, a projector, a small laptop, and paper.
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { events } from './data';
import { detailPanel, eventMarks, markOf, timelineRegion } from './locators';

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').first().waitFor();
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a horizontal drag pans at once, and a vertical swipe over the chart scrolls the page', async ({
		page,
		context
	}) => {
		await open(page, '/?from=2023-04&to=2023-11');
		const region = timelineRegion(page);
		const label = () => region.getAttribute('aria-label');
		const before = await label();
		const cdp = await context.newCDPSession(page);
		const swipe = async (x0: number, y0: number, x1: number, y1: number) => {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x: x0, y: y0 }]
			});
			for (let i = 1; i <= 10; i++)
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: x0 + ((x1 - x0) * i) / 10, y: y0 + ((y1 - y0) * i) / 10 }]
				});
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		// The first gesture, as soon as the page is ready, on a lane's background.
		await region.scrollIntoViewIfNeeded();
		let box = (await region.boundingBox())!;
		await swipe(box.x + 300, box.y + box.height - 70, box.x + 60, box.y + box.height - 70);
		await expect.poll(label).not.toBe(before);
		const panned = await label();

		// A tap on a mark (no movement) still opens it.
		const mark = eventMarks(page).first();
		// Its accessible name starts with its event's title, which the detail panel's heading shows.
		const name = ((await mark.textContent()) ?? '').replace(/\s+/g, ' ').trim();
		const event = events.find((e) => name.startsWith(e.title));
		expect(event, `an event titled as the start of "${name}"`).toBeDefined();
		await mark.tap();
		await expect(detailPanel(page).getByRole('heading').first()).toContainText(event!.title);
		await page.getByRole('button', { name: 'Close the event detail' }).tap();
		expect(await label()).toBe(panned);

		await region.scrollIntoViewIfNeeded();
		const scrolled = await page.evaluate(() => scrollY);
		box = (await region.boundingBox())!;
		await swipe(box.x + box.width / 2, box.y + 120, box.x + box.width / 2, box.y - 180);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 100);
		expect(await label()).toBe(panned);
	});
});

test('on a projector the presenter’s chart fills the screen’s height in type of at least 16 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await open(page, '/present?tour=2023-high-level-contacts&step=1');
	const chart = (await timelineRegion(page).boundingBox())!;
	expect(chart.height).toBeGreaterThan(0.55 * 1080);
	// The type as drawn: mark labels and the SVG axis's text (geometry, read off the DOM).
	const sizes = await timelineRegion(page).evaluate((t) =>
		[...t.querySelectorAll('.mark .label, text')]
			.filter((el) => el.textContent?.trim())
			.map((el) => parseFloat(getComputedStyle(el).fontSize))
	);
	expect(sizes.length).toBeGreaterThan(5);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
});

test('on a small laptop the presenter’s card is whole, in type of at least 16 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await open(page, '/present?tour=2023-high-level-contacts&step=3');
	const card = page.getByRole('article');
	await expect(card).toHaveCount(1);
	await expect(card).toBeInViewport({ ratio: 1 });
	const size = await card
		.getByRole('blockquote')
		.or(card.getByRole('paragraph'))
		.first()
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThanOrEqual(16);
	const chart = (await timelineRegion(page).boundingBox())!;
	expect(chart.height).toBeGreaterThan(0.4 * 768);
});

/** The text of each page of a PDF. */
async function pdfPages(data: Buffer): Promise<string[]> {
	const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	return pages;
}

for (const format of ['A4', 'Letter'] as const) {
	test(`printed on ${format} in dark mode, the chart is laid out for the paper, in light colours, with no blank page`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await open(page, '/?from=2023-10&to=2023-11');
		// What the chart is when printing starts (this listener runs after the timeline's own).
		await page.evaluate(() =>
			addEventListener('beforeprint', () => {
				const labels = [...document.querySelectorAll('.axis text.major')];
				const svg = document.querySelector('svg.chart')!;
				(window as unknown as { printed: object }).printed = {
					width: Number(svg.getAttribute('width')),
					last: labels.at(-1)?.textContent,
					lastX: Number(labels.at(-1)?.getAttribute('x'))
				};
			})
		);
		const pdf = await page.pdf({ format, printBackground: true });
		const printed = await page.evaluate(
			() =>
				(
					window as unknown as {
						printed: { width: number; last: string; lastX: number; background: string };
					}
				).printed
		);
		// 186 mm of A4 between the 12 mm margins, less the page's own padding.
		expect(printed.width).toBeLessThanOrEqual(703);
		expect(printed.lastX).toBeLessThan(printed.width);
		// Paper is light whatever the system's scheme.
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await expect(timelineRegion(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
		await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
		const pages = await pdfPages(pdf);
		// The last tick of the range is on paper, and every page has something on it.
		expect(pages[0]).toContain(printed.last);
		expect(pages[0]).toContain('30 Nov 2023');
		for (const [i, text] of pages.entries())
			expect(text.trim().length, `page ${i + 1}`).toBeGreaterThan(0);
		// After printing, the screen gets its own width back.
		await expect
			.poll(() => page.locator('svg.chart').getAttribute('width'))
			.toBe(String(Math.round((await page.locator('.timeline').boundingBox())!.width)));
	});
}

test('a print with no frame drawn between its start and end gives the screen its width back', async ({
	page
}) => {
	await open(page, '/?from=2023-10&to=2023-11');
	const screenWidth = String(Math.round((await page.locator('.timeline').boundingBox())!.width));
	// Both events in one task, as when the browser prints without drawing a frame in between: the
	// resize observer never sees the paper width, so it cannot report the way back.
	await page.evaluate(() => {
		dispatchEvent(new Event('beforeprint'));
		dispatchEvent(new Event('afterprint'));
	});
	await expect.poll(() => page.locator('svg.chart').getAttribute('width')).toBe(screenWidth);
});

test('an embed host’s goto {event} reveals and selects that event', async ({ page }) => {
	const origin = test.info().project.use.baseURL;
	await page.setContent(
		`<iframe id="tl" sandbox="allow-scripts" src="${origin}/embed" width="800" height="450"></iframe>`
	);
	const frame = page.frameLocator('#tl');
	await frame.locator('.timeline[data-ready]').waitFor();
	await page.evaluate(() =>
		(document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage(
			{ source: 'cr-timeline', version: 1, type: 'goto', event: 'putin-meets-zhang-youxia-2023' },
			'*'
		)
	);
	await expect(frame.getByRole('dialog')).toContainText('Putin');
	await expect(markOf(frame, 'Putin receives Zhang Youxia')).toBeVisible();
});
