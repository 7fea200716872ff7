// The timeline tells the truth at the zooms and on the screens people use: every event in range is
// drawn where it happened, clusters cover their members, and the address follows the view.
import { expect, test, type Page } from '@playwright/test';
import { clusters, marks, markOf, timelineRegion } from './locators';
import { drawnAxis, drawnClusters, eventsIn, spanOf } from './geometry';
import { events } from './data';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
}

for (const [from, to] of [
	['2023-10-25', '2023-11-12'],
	['2023-11-08', '2023-11-08'],
	['2023-04', '2023-04']
]) {
	test(`every event of ${from} – ${to} is its own mark, drawn at its date`, async ({ page }) => {
		await open(page, `/?from=${from}&to=${to}`);
		const fromMs = day(from.length === 7 ? `${from}-01` : from);
		const last = to.length === 7 ? new Date(Date.UTC(+to.slice(0, 4), +to.slice(5, 7), 1)) : null;
		const toMs = last ? last.getTime() : day(to) + 86_400_000;
		const expected = eventsIn(fromMs, toMs);
		expect(expected.length).toBeGreaterThan(0);
		const axis = await drawnAxis(page);
		for (const e of expected) {
			const mark = markOf(page, e.title);
			await expect(mark, e.id).toBeVisible();
			// The dot sits on the event's start (or at the left edge, for one that began earlier).
			// Geometry of the drawn dot, inside the mark found by its accessible name.
			const dot = (await mark.locator('.dot').boundingBox())!;
			const want = Math.max(axis.left, axis.x(e.startMs));
			expect(Math.abs(dot.x + dot.width / 2 - want), e.id).toBeLessThanOrEqual(
				Math.max(6, dot.width)
			);
		}
		await expect(clusters(page)).toHaveCount(0);
	});
}

test('on a short screen, every cluster of 2023 is drawn over the dates its members cover', async ({
	page
}) => {
	// Rows run out at this height, so some events must share a mark.
	await page.setViewportSize({ width: 1024, height: 480 });
	await open(page, '/?from=2023-01&to=2023-12');
	const drawn = await drawnClusters(page);
	expect(drawn.length).toBeGreaterThan(0);
	const axis = await drawnAxis(page);
	for (const c of drawn) {
		for (const id of c.ids) {
			const span = spanOf(events.find((e) => e.id === id)!);
			const start = Math.max(axis.left, axis.x(span.startMs));
			const end = Math.min(axis.right, axis.x(span.endMs));
			expect(start, id).toBeGreaterThanOrEqual(c.x0 - 1.5);
			expect(end, id).toBeLessThanOrEqual(c.x1 + 1.5);
		}
	}
	// Activating a cluster zooms in to exactly its members' extent.
	const before = new URL(page.url()).searchParams;
	const cluster = clusters(page).first();
	const name = await cluster.getAttribute('aria-label');
	await cluster.click();
	await expect(page).not.toHaveURL(`/?from=${before.get('from')}&to=${before.get('to')}`);
	const after = new URL(page.url()).searchParams;
	expect(day(after.get('from')!)).toBeGreaterThanOrEqual(day('2023-01-01'));
	expect(day(after.get('to')!)).toBeLessThanOrEqual(day('2023-12-31'));
	expect(name).toMatch(/^\d+ events, /);
});

test('the lesson embed shows its visits and talks as separate marks, in the only lane left', async ({
	page
}) => {
	await page.setViewportSize({ width: 640, height: 360 });
	await open(page, '/embed?from=2023-04&to=2023-11&types=visit,talks');
	// Filtered-out lanes collapse: one lane background, one lane name.
	await expect(page.locator('.lanes .lane-name')).toHaveText(['Visits and talks']);
	const shown = eventsIn(day('2023-04-01'), day('2023-12-01')).filter((e) =>
		['visit', 'talks'].includes(e.type)
	);
	for (const e of shown) await expect(markOf(page, e.title), e.id).toBeVisible();
	await expect(clusters(page)).toHaveCount(0);
});

test('arrowing past the last mark pans to the next event, focus and address following', async ({
	page
}) => {
	await open(page, '/?from=2023-04&to=2023-05');
	await expect(timelineRegion(page)).toHaveAccessibleName(/Apr 2023/);
	const drawn = marks(page);
	await drawn.last().focus();
	const lastEvent = await drawn.last().getAttribute('data-event');
	await page.keyboard.press('ArrowRight');
	// The next event after the view: the first to start in or after May 2023 that is not shown now.
	const next = eventsIn(day('2023-05-01'), Infinity)
		.filter((e) => e.id !== lastEvent)
		.sort((a, b) => a.startMs - b.startMs)[0];
	await expect(markOf(page, next.title)).toBeFocused();
	await expect(page).toHaveURL(/from=2023-0[6-9]|from=2023-1/);
	const params = new URL(page.url()).searchParams;
	expect(day(params.get('to')!) + 86_400_000).toBeGreaterThan(next.startMs);
});

test('the address follows every kind of view change', async ({ page }) => {
	await open(page, '/?from=2023-04&to=2023-05');
	const range = () => {
		const p = new URL(page.url()).searchParams;
		return `${p.get('from')}/${p.get('to')}`;
	};
	const label = () => timelineRegion(page).getAttribute('aria-label');
	let previous = range();
	const changed = async () => {
		await expect.poll(range).not.toBe(previous);
		previous = range();
	};
	// Keys on the timeline, the toolbar, the brush by keyboard, a drag and the wheel.
	await timelineRegion(page).focus();
	await page.keyboard.press('ArrowRight');
	await changed();
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await changed();
	await page.getByRole('slider').focus();
	await page.keyboard.press('PageDown');
	await changed();
	await page.keyboard.press('Home');
	await changed();
	const box = (await timelineRegion(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + 40);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 300, box.y + 40, { steps: 6 });
	await page.mouse.up();
	await changed();
	await page.mouse.wheel(0, -400);
	await changed();
	expect(await label()).toContain(previous.slice(0, 4));
});

test('the detail panel puts the highlighted passage in view when it opens', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 900 });
	const event = events.find((e) => e.id === 'li-shangfu-visits-russia-2023')!;
	await open(page, '/?from=2023-03&to=2023-05');
	await markOf(page, event.title).click();
	const passage = page.getByRole('complementary').locator('mark').first();
	await expect(passage).toBeInViewport();
});
