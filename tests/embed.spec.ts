// The embed inside a host page: sizes, the postMessage API, sandboxing and print.
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';

/** A host page with the embed in a sandboxed iframe; received messages collect in window.messages. */
async function host(page: Page, search: string, width: number, height: number) {
	const origin = test.info().project.use.baseURL;
	await page.setContent(`<!doctype html><body style="margin:8px">
		<iframe id="tl" sandbox="allow-scripts allow-popups" src="${origin}/embed${search}" width="${width}" height="${height}"></iframe>
		<script>window.messages = []; addEventListener('message', (e) => window.messages.push(e.data));</script>
	</body>`);
	const frame = page.frameLocator('#tl');
	await frame.locator('.timeline[data-ready]').waitFor();
	return frame;
}

const messages = (page: Page) =>
	page.evaluate(() => (window as unknown as { messages: Record<string, unknown>[] }).messages);

for (const [width, height] of [
	[320, 240],
	[800, 450]
]) {
	test(`the embed fits ${width}×${height} without sideways scrolling`, async ({ page }) => {
		await host(page, '?from=2023-09&to=2023-12', width, height);
		const frame = page.frames().find((f) => f.url().includes('/embed'))!;
		const [scrollWidth, clientWidth] = await frame.evaluate(() => [
			document.documentElement.scrollWidth,
			document.documentElement.clientWidth
		]);
		expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
		await expect(page.frameLocator('#tl').locator('[data-mark]').first()).toBeVisible();
	});
}

test('the embed posts ready, obeys goto and select, and posts a reader’s select', async ({
	page
}) => {
	const frame = await host(page, '', 640, 360);
	await expect.poll(async () => (await messages(page)).map((m) => m.type)).toContain('ready');
	const ready = (await messages(page)).find((m) => m.type === 'ready')!;
	expect(ready).toMatchObject({ source: 'cr-timeline', version: 1, events: events.length });

	const post = (data: unknown) =>
		page.evaluate(
			(d) =>
				(document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage(d, '*'),
			data
		);
	await post({ source: 'cr-timeline', version: 1, type: 'goto', from: '2023-04', to: '2023-04' });
	await expect
		.poll(async () => (await messages(page)).filter((m) => m.type === 'rangechange').at(-1))
		.toMatchObject({ from: '2023-04-01', to: '2023-04-30' });
	// Li's visit and his talks with Shoigu share April's visits lane: alone or clustered, it is shown.
	await expect(frame.getByRole('button', { name: /four-day visit/ }).first()).toBeVisible();

	// Malformed messages are ignored.
	await post({ type: 'goto', from: '2001' });
	await post({
		source: 'cr-timeline',
		version: 99,
		type: 'select',
		event: 'li-shangfu-visits-russia-2023'
	});
	await post('select');

	await post({
		source: 'cr-timeline',
		version: 1,
		type: 'select',
		event: 'li-shangfu-visits-russia-2023'
	});
	await expect(frame.getByRole('dialog')).toContainText('Li Shangfu');
	// The host's own select is not echoed back (tests/embed-messages.spec.ts).
	expect((await messages(page)).filter((m) => m.type === 'select')).toEqual([]);

	// A click inside the embed posts select too; source links open in a new tab. At this height the
	// visits lane has rows enough for the visit and the talks inside it: each is its own mark.
	await frame.getByRole('button', { name: 'Close the event detail' }).click();
	await frame.locator('[data-event="li-shangfu-shoigu-talks-moscow-2023"]').click();
	await frame.getByRole('button', { name: 'Close the event detail' }).click();
	await frame.locator('[data-event="li-shangfu-visits-russia-2023"]').click();
	await expect(
		frame.getByRole('link', { name: 'Read the whole document' }).first()
	).toHaveAttribute('target', '_blank');
	await expect
		.poll(async () => (await messages(page)).filter((m) => m.type === 'select').length)
		.toBeGreaterThanOrEqual(2);
});

test('the embed is configured by its URL: types, theme, controls, selected', async ({ page }) => {
	const frame = await host(
		page,
		'?types=exercise&theme=dark&controls=off&selected=admm-plus-counter-terrorism-exercise-russia-2023',
		800,
		450
	);
	await expect(frame.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(0);
	await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(frame.getByRole('dialog')).toContainText('ADMM-Plus');
	const lanes = await frame
		.locator('[data-mark]')
		.evaluateAll((els) => els.map((e) => e.dataset.lane));
	expect(lanes.length).toBeGreaterThan(0);
	for (const lane of lanes) expect(lane).toBe('exercises');
});

test('bad embed parameters are named in a notice and the embed still works', async ({ page }) => {
	const frame = await host(page, '?theme=purple&controls=maybe&events=nope', 640, 360);
	await expect(frame.getByRole('status')).toContainText('theme');
	await expect(frame.getByRole('status')).toContainText('nope');
	await expect(frame.locator('[data-mark]').first()).toBeVisible();
});

test('printing the main view hides controls and lists the visible events with quotes', async ({
	page
}) => {
	await page.goto('/?from=2023-10&to=2023-11');
	await page.locator('.timeline[data-ready]').waitFor();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.toolbar')).toBeHidden();
	await expect(page.locator('.overview')).toBeHidden();
	await expect(page.locator('.viewport')).toBeVisible();
	const list = page.locator('#print-events');
	await expect(list).toBeVisible();
	await expect(
		list.locator('li[data-event-id="zhang-youxia-shoigu-talks-beijing-2023"] blockquote').first()
	).toBeVisible();
	await expect(list.locator('li[data-event-id="li-shangfu-visits-russia-2023"]')).toHaveCount(0);
	// Citations carry the full permalink, and the handout says what it is.
	const origin = new URL(page.url()).origin;
	await expect(list.locator('.citation').first()).toContainText(
		`China–Russia military diplomacy timeline, ${origin}/events/`
	);
	await expect(page.locator('h1.handout-title')).toBeVisible();
	await expect(page.locator('h1.handout-title')).toContainText('China–Russia military diplomacy');
	await expect(page.locator('#events')).toBeHidden();
});

test('printing an event page leaves out its Copy button', async ({ page }) => {
	await page.goto('/events/li-shangfu-visits-russia-2023');
	await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
});

test('printing an embed hides its controls and shows the list', async ({ page }) => {
	await page.goto('/embed?from=2023-10&to=2023-11');
	await page.locator('.timeline[data-ready]').waitFor();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
	await expect(page.locator('#events li').first()).toBeVisible();
});

test('the Embed dialog builds iframe code for the current view and previews it', async ({
	page
}) => {
	await page.goto('/?from=2023-04&to=2023-05');
	await page.locator('.timeline[data-ready]').waitFor();
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await dialog.getByLabel('Small 320×240').check();
	const code = await dialog.getByLabel('HTML to paste into a lesson page').inputValue();
	expect(code).toContain('width="320" height="240"');
	expect(code).toContain('/embed?from=2023-04-01&amp;to=2023-05-31');
	await expect(dialog.frameLocator('iframe').locator('.timeline[data-ready]')).toBeAttached();
	// Tab stays with the dialog's own controls, never inside the preview, so Esc always closes it.
	for (let i = 0; i < 25; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => {
			const a = document.activeElement;
			return `${a?.tagName} ${!!a?.closest('dialog')}`;
		});
		expect(where).not.toMatch(/^IFRAME/);
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('a cluster that zooming cannot part lists its members, from the keyboard too', async ({
	page
}) => {
	// So small a frame has one row per lane: the talks inside the visit's bar cannot be parted.
	await page.setViewportSize({ width: 320, height: 240 });
	await page.goto('/embed?from=2023-04&to=2023-04');
	await page.locator('.timeline[data-ready]').waitFor();
	const cluster = page.locator('[data-mark][aria-label^="2 events"]');
	await cluster.focus();
	await page.keyboard.press('Enter');
	const list = page.getByRole('dialog', { name: /^2 events, 16 Apr 2023/ });
	// In time order: the visit (from 16 April) before the talks (18 April); focus on the first.
	await expect(list.getByRole('button')).toHaveText([
		/four-day visit.*16–19 Apr 2023/,
		/Shoigu.*18 Apr 2023/
	]);
	await expect(list.getByRole('button').first()).toBeFocused();
	// The timeline's keys stay out of the list: + does not zoom it away.
	const range = await page.locator('.viewport').getAttribute('aria-label');
	await page.keyboard.press('+');
	await expect(list).toBeVisible();
	expect(await page.locator('.viewport').getAttribute('aria-label')).toBe(range);
	await page.keyboard.press('ArrowDown');
	await expect(list.getByRole('button').nth(1)).toBeFocused();
	// Esc closes the list, not the page's other layers, and returns focus to the cluster.
	await page.keyboard.press('Escape');
	await expect(list).toHaveCount(0);
	await expect(cluster).toBeFocused();
	await page.keyboard.press('Enter');
	await list.getByRole('button', { name: /Shoigu/ }).click();
	await expect(page.locator('#embed-detail-title')).toHaveText(/Shoigu/);
	await expect(list).toHaveCount(0);
});

test('a host cannot select or go to an event the embed does not show', async ({ page }) => {
	const frame = await host(page, '?types=forum', 640, 360);
	await expect.poll(async () => (await messages(page)).map((m) => m.type)).toContain('ready');
	const post = (data: unknown) =>
		page.evaluate(
			(d) =>
				(document.getElementById('tl') as HTMLIFrameElement).contentWindow!.postMessage(d, '*'),
			data
		);
	const hidden = 'li-shangfu-visits-russia-2023'; // a visit, filtered out by types=forum
	await post({ source: 'cr-timeline', version: 1, type: 'select', event: hidden });
	await post({ source: 'cr-timeline', version: 1, type: 'goto', event: hidden });
	// A shown event still works (and, being the host's own select, is not echoed back).
	const forum = 'tenth-beijing-xiangshan-forum-2023';
	await post({ source: 'cr-timeline', version: 1, type: 'select', event: forum });
	await expect(frame.getByRole('dialog')).toContainText('Xiangshan');
	expect((await messages(page)).filter((m) => m.type === 'select')).toEqual([]);
	expect((await messages(page)).filter((m) => m.type === 'rangechange')).toEqual([]);
});

test('a search or a filter the embed cannot read travels as the events it leaves', async ({
	page
}) => {
	await page.goto('/?q=xiangshan');
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('.filter-bar .count')).toHaveText(
		new RegExp(`^[1-9] of ${events.length} events$`)
	);
	await page.getByLabel('All matching events').check();
	const ids = await page
		.locator('tbody tr[data-row]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	const link = await dialog.getByLabel('HTML to paste into a lesson page').inputValue();
	const src = new URL(link.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&'));
	expect(src.searchParams.get('events')?.split(',').sort()).toEqual([...ids].sort());
	await page.goto(src.pathname + src.search);
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('#events li')).toHaveCount(ids.length);
});
