// The zoomable timeline: zoom and pan, the URL, selection and the originating passage.
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';
import { clusters, detailPanel, marks, markOf, tableRows, timelineRegion } from './locators';

const DAY = 86_400_000;

/** Opens a page and waits until the timeline is hydrated. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
}

async function axisLevel(page: Page) {
	return page.locator('.axis').getAttribute('data-level');
}

/** An event's title, by its id: marks are found by the name a user hears. */
function title(id: string): string {
	return events.find((e) => e.id === id)!.title;
}

function rangeDays(url: string): number {
	const params = new URL(url).searchParams;
	return (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / DAY;
}

test('the built home page lists every event in its table', async ({ page }) => {
	await open(page, '/');
	await page.getByLabel('All matching events').check();
	await expect(tableRows(page)).toHaveCount(events.length);
});

test('wheel zoom changes the range in the URL and the tick granularity; Back restores the view', async ({
	page
}) => {
	await open(page, '/');
	const viewport = timelineRegion(page);
	await expect(viewport).toBeVisible();
	const before = await axisLevel(page);
	const box = (await viewport.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.85, box.y + box.height / 2);
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, -300);
		await page.waitForTimeout(30);
	}
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	// The address follows a gesture at most every 250 ms: read it once it has settled.
	let zoomed = '';
	await expect
		.poll(async () => {
			const previous = zoomed;
			zoomed = page.url();
			await page.waitForTimeout(400);
			return previous === zoomed && zoomed === page.url();
		})
		.toBe(true);
	expect(rangeDays(zoomed)).toBeLessThan(5 * 365);
	expect(await axisLevel(page)).not.toBe(before);

	// A discrete step (the + button) pushes an entry; Back returns to the wheel-zoomed range.
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect(page).not.toHaveURL(zoomed);
	await page.goBack();
	await expect(page).toHaveURL(zoomed);
	const params = new URL(zoomed).searchParams;
	await expect(timelineRegion(page)).toHaveAccessibleName(
		new RegExp(params.get('from')!.slice(0, 4))
	);
});

test('a wheel notch moves every mark with the pointer at once, unstretched, before the view is laid out again', async ({
	page
}) => {
	await open(page, '/?from=2023-01&to=2023-12');
	await expect(marks(page).first()).toBeVisible();
	const name = await timelineRegion(page).getAttribute('aria-label');
	// One notch at the middle of the chart, measured in the first frame after it: the gesture is not
	// over (d3-zoom ends a wheel 150 ms after its last notch), so what is drawn is moved, not laid out.
	const { before, after, f, px, nameThen } = await page.evaluate(async () => {
		const viewport = document.querySelector<HTMLElement>('.viewport')!;
		const rect = viewport.getBoundingClientRect();
		const px = rect.left + rect.width / 2;
		const boxes = () =>
			[...viewport.querySelectorAll('[data-mark] .dot')].map((dot) => {
				const d = dot.getBoundingClientRect();
				const mark = dot.closest('[data-mark]')!.getBoundingClientRect();
				return { x: d.left + d.width / 2, width: mark.width };
			});
		const before = boxes();
		viewport.dispatchEvent(
			new WheelEvent('wheel', {
				deltaY: -100,
				clientX: px,
				clientY: rect.top + rect.height / 2,
				bubbles: true,
				cancelable: true
			})
		);
		await new Promise(requestAnimationFrame);
		return {
			before,
			after: boxes(),
			// d3-zoom's wheel: a pixel delta of −100 zooms by 2^0.2.
			f: 2 ** 0.2,
			px,
			nameThen: viewport.getAttribute('aria-label')
		};
	});
	// Not laid out yet: the same marks, and the view (its name states the range) not yet changed.
	expect(nameThen).toBe(name);
	expect(after.length).toBe(before.length);
	expect(before.length).toBeGreaterThan(3);
	for (const [i, b] of before.entries()) {
		// Zoomed about the pointer: each dot is f times as far from it, within a pixel.
		expect(Math.abs(after[i].x - (px + f * (b.x - px))), `mark ${i}`).toBeLessThan(1.5);
		// Labels keep their width: moved, not stretched.
		expect(Math.abs(after[i].width - b.width), `mark ${i} width`).toBeLessThan(0.5);
	}
	// When the gesture ends the view is laid out for where it stopped, and the address says so.
	await expect(page).toHaveURL(/from=2023-01-\d\d&to=2023-1[12]-\d\d/);
});

/**
 * Sends wheel notches to the timeline (`deltaY` each; after each, a pause of the next entry of
 * `pauses`), with frames `lateMs` late when given, as on a page too busy to draw. Returns when each
 * notch was sent and, once the table has fewer rows than before, when the table changed.
 */
async function notchesAndTableChanges(
	page: Page,
	{ deltaY, pauses, lateMs }: { deltaY: number; pauses: number[]; lateMs?: number }
) {
	const rowsBefore = await tableRows(page).count();
	await page.evaluate(
		async ({ deltaY, pauses, lateMs }) => {
			const w = window as unknown as { notches: number[]; tableChanges: number[] };
			w.notches = [];
			w.tableChanges = [];
			if (lateMs !== undefined) {
				window.requestAnimationFrame = (callback) =>
					setTimeout(() => callback(performance.now()), lateMs) as unknown as number;
				window.cancelAnimationFrame = (id) => clearTimeout(id);
			}
			const viewport = document.querySelector<HTMLElement>('.viewport')!;
			new MutationObserver(() => w.tableChanges.push(performance.now())).observe(
				document.querySelector('table tbody')!,
				{ childList: true, subtree: true, characterData: true }
			);
			const rect = viewport.getBoundingClientRect();
			for (const pause of pauses) {
				w.notches.push(performance.now());
				viewport.dispatchEvent(
					new WheelEvent('wheel', {
						deltaY,
						clientX: rect.left + rect.width / 2,
						clientY: rect.top + rect.height / 2,
						bubbles: true,
						cancelable: true
					})
				);
				await new Promise((resolve) => setTimeout(resolve, pause));
			}
		},
		{ deltaY, pauses, lateMs }
	);
	// The table lists what the narrower view shows.
	await expect.poll(() => tableRows(page).count()).toBeLessThan(rowsBefore);
	return page.evaluate(() => {
		const w = window as unknown as { notches: number[]; tableChanges: number[] };
		return { notches: w.notches, tableChanges: w.tableChanges };
	});
}

/**
 * The table changed only once the view had held still for 400 ms: the view moves at a notch or after
 * it, so each change of the table comes at least that long after the notch before it.
 */
function expectEachChangeLongAfterANotch(notches: number[], tableChanges: number[]) {
	expect(tableChanges.length).toBeGreaterThan(0);
	for (const at of tableChanges) {
		const notch = notches.filter((t) => t <= at).at(-1)!;
		expect(
			at - notch,
			`a change ${Math.round(at - notch)} ms after a notch`
		).toBeGreaterThanOrEqual(395);
	}
}

test('the table follows a zoom once the view holds still, not at every step of it', async ({
	page
}) => {
	await open(page, '/?from=2023-01&to=2023-12');
	await expect(tableRows(page).first()).toBeVisible();
	// Eight notches about 60 ms apart: one gesture, laid out again on the way (every 200 ms). (A
	// loaded machine may leave a longer pause between notches; the table may follow it then.)
	const { notches, tableChanges } = await notchesAndTableChanges(page, {
		deltaY: -100,
		pauses: Array(8).fill(60)
	});
	expectEachChangeLongAfterANotch(notches, tableChanges);
});

test('on a busy page the table waits for a notch whose frame comes late', async ({ page }) => {
	await open(page, '/?from=2023-01&to=2023-12');
	await expect(tableRows(page).first()).toBeVisible();
	// Frames 200 ms late: a turn of the wheel (zooming in twice), then after 480 ms (the first one's
	// layout settling at about 550 ms) another whose frame comes after that. The table must wait for
	// the second notch too, not change 70 ms after it.
	const { notches, tableChanges } = await notchesAndTableChanges(page, {
		deltaY: -500,
		pauses: [480, 0],
		lateMs: 200
	});
	expectEachChangeLongAfterANotch(notches, tableChanges);
});

test('a from/to link shows that range', async ({ page }) => {
	await open(page, '/?from=2023-10&to=2023-11');
	await expect(page.locator('.axis')).toHaveAttribute('data-level', /week|day/);
	await expect(timelineRegion(page)).toHaveAccessibleName(/Oct 2023/);
	// The forum has its lane to itself; the 30 October talks may share a cluster with Shoigu's visit.
	await expect(markOf(page, title('tenth-beijing-xiangshan-forum-2023'))).toBeVisible();
	await expect(markOf(page, title('li-shangfu-visits-russia-2023'))).toHaveCount(0);
});

test('keyboard zoom (+, −, 0) updates the URL', async ({ page }) => {
	await open(page, '/');
	await timelineRegion(page).focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect(page).toHaveURL(/from=/);
	const zoomedDays = rangeDays(page.url());
	await page.keyboard.press('-');
	await expect.poll(() => rangeDays(page.url())).toBeGreaterThan(zoomedDays);
	await page.keyboard.press('0');
	await expect(page).not.toHaveURL(/from=/);
});

test('"Go to" zooms to exactly that month', async ({ page }) => {
	await open(page, '/');
	await page.getByLabel('Go to a year, month or day').fill('2023-04');
	await page.getByRole('button', { name: 'Go to', exact: true }).click();
	await expect(page).toHaveURL(/from=2023-04-01&to=2023-04-30/);
	await page.getByLabel('Go to a year, month or day').fill('2023-02-30');
	await page.getByRole('button', { name: 'Go to', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('2023-02-30');
});

test('clicking an event shows its highlighted quote and the source link', async ({ page }) => {
	const event = events.find((e) => e.id === 'li-shangfu-visits-russia-2023')!;
	await open(page, '/?from=2023-03&to=2023-05');
	await markOf(page, event.title).click();
	const panel = page.getByRole('complementary');
	await expect(panel.getByRole('heading', { name: event.title })).toBeVisible();
	await expect(panel.locator('mark').first()).toHaveText(event.sources[0].quote);
	await expect(
		panel.getByRole('link', { name: 'Read the whole document' }).first()
	).toHaveAttribute('href', new RegExp(`/sources/${event.sources[0].source}#${event.id}$`));
	await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
});

test('a Chinese passage shows the original beside our translation', async ({ page }) => {
	const event = events.find((e) => e.sources.some((s) => s.translation))!;
	const ref = event.sources.find((s) => s.translation)!;
	await open(page, `/?event=${event.id}`);
	const panel = page.getByRole('complementary');
	const figure = panel
		.locator('figure')
		.filter({ has: page.locator('blockquote[lang="zh"] mark', { hasText: ref.quote }) });
	await expect(figure.locator('blockquote[lang="zh"] mark')).toHaveText(ref.quote);
	await expect(figure.locator('blockquote.translation')).toContainText(ref.translation!);
});

test('keyboard only: Tab to the marks, arrows move in time order, Enter selects, Esc returns focus', async ({
	page
}) => {
	await open(page, '/?from=2023-09&to=2023-12');
	// The range from the URL is applied (marks re-render then), before focus goes in.
	await expect(timelineRegion(page)).toHaveAccessibleName(/Sep 2023/);
	await expect(marks(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
	await timelineRegion(page).focus();
	await page.keyboard.press('Tab');
	const first = marks(page).and(page.locator(':focus'));
	await expect(first).toHaveCount(1);
	const firstKey = await first.getAttribute('data-key');
	await page.keyboard.press('ArrowRight');
	const second = marks(page).and(page.locator(':focus'));
	await expect(second).not.toHaveAttribute('data-key', firstKey!);
	const id = await second.getAttribute('data-event');
	expect(id, 'the second mark in Sep–Dec 2023 is a single event').toBeTruthy();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('complementary');
	await expect(panel).toBeVisible();
	await expect(panel).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(markOf(page, title(id!))).toBeFocused();
});

test('an accessible name holds each mark’s title and date', async ({ page }) => {
	await open(page, '/?from=2023-04-01&to=2023-04-30');
	await expect(page.getByRole('button', { name: /Li Shangfu.*16–19 Apr 2023/ })).toBeVisible();
});

test('a cluster zooms to its members when activated', async ({ page }) => {
	await open(page, '/');
	const cluster = clusters(page).first();
	await expect(cluster).toBeVisible();
	const before = await timelineRegion(page).getAttribute('aria-label');
	await cluster.click();
	await expect(timelineRegion(page)).not.toHaveAccessibleName(before!);
	await expect(page).toHaveURL(/from=/);
});

test('dragging the overview brush pans the view', async ({ page }) => {
	await open(page, '/?from=2010-01&to=2012-12');
	const brush = page.getByRole('slider', { name: /^Overview of the whole timeline/ });
	const box = (await brush.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	// The range moved later in time: a year after 2010 in `from`.
	await expect
		.poll(() => Number(new URL(page.url()).searchParams.get('from')?.slice(0, 4)))
		.toBeGreaterThan(2010);
});

test('nonsense URL parameters are corrected with a notice', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await open(page, '/?from=banana&to=99999&event=nope');
	await expect(page.getByRole('status').filter({ hasText: 'corrected' })).toContainText('banana');
	await expect(tableRows(page)).toHaveCount(events.length);
	expect(errors).toEqual([]);
});

test('an event chosen from a cluster list gets focus back on its own mark when the detail closes', async ({
	page
}) => {
	// A short window leaves one row per lane: November's talks sit inside the month-long visit.
	await page.setViewportSize({ width: 1280, height: 500 });
	await open(page, '/?from=2023-11&to=2023-11');
	const cluster = clusters(page).first();
	await cluster.focus();
	await page.keyboard.press('Enter');
	const list = page.getByRole('dialog', { name: /^\d events/ });
	await expect(list.getByRole('button').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(detailPanel(page)).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(detailPanel(page)).toHaveCount(0);
	await expect(marks(page).and(page.locator(':focus'))).toHaveCount(1);
});
