// Presenter conventions of the room: a clicker's blank-screen keys (B or `.` black, W white, any key
// returns) and kiosk autoplay (`?autoplay=<seconds>`), paused by any input and resumable.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';

const TOUR = '2023-high-level-contacts';
const tour: { stops: { event?: string; title?: string }[] } = JSON.parse(
	readFileSync(`data/tours/${TOUR}.json`, 'utf8')
);
const COUNT = tour.stops.length;
const titleOf = (k: number) =>
	tour.stops[k - 1].title ?? events.find((e) => e.id === tour.stops[k - 1].event)!.title;

async function open(page: Page, search: string) {
	await page.goto(`/present${search}`);
	await page.locator('.timeline[data-ready]').waitFor();
	await page.locator('.present[data-ready]').waitFor();
}

const cardTitle = (page: Page) => page.locator('.stage').getByRole('heading', { level: 2 });

/** The colour of what covers the middle of the window, and whether the card is still visible there. */
async function centre(page: Page) {
	return page.evaluate(() => {
		const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2)!;
		const card = document.querySelector('.stage h2')!.getBoundingClientRect();
		const onCard = document.elementFromPoint(card.x + card.width / 2, card.y + card.height / 2);
		return {
			colour: getComputedStyle(top).backgroundColor,
			cardVisible: !!onCard?.closest('.stage')
		};
	});
}

for (const [key, colour, rgb] of [
	['b', 'black', 'rgb(0, 0, 0)'],
	['.', 'black', 'rgb(0, 0, 0)'],
	['w', 'white', 'rgb(255, 255, 255)']
] as const) {
	test(`${key} ${colour}s the screen and any key returns without stepping`, async ({ page }) => {
		await open(page, `?tour=${TOUR}&step=2`);
		expect((await centre(page)).cardVisible).toBe(true);
		await page.keyboard.press(key);
		const blank = page.getByRole('button', { name: `The screen is ${colour}` });
		await expect(blank).toBeVisible();
		expect(await centre(page)).toEqual({ colour: rgb, cardVisible: false });
		// The key that returns does only that: the step stays.
		await page.keyboard.press('ArrowRight');
		await expect(blank).toHaveCount(0);
		expect((await centre(page)).cardVisible).toBe(true);
		await expect(cardTitle(page)).toHaveText(titleOf(2));
		await expect(page).toHaveURL(/step=2$/);
	});
}

test('a click returns from a blank screen; the speaker window blanks the audience view', async ({
	context
}) => {
	const page = await context.newPage();
	await open(page, `?tour=${TOUR}&step=1`);
	await page.keyboard.press('B');
	await page.mouse.click(300, 300);
	await expect(page.getByRole('button', { name: 'The screen is black' })).toHaveCount(0);

	const speaker = await context.newPage();
	await speaker.goto(`/present/speaker?tour=${TOUR}&step=1`);
	await speaker.locator('.speaker[data-ready]').waitFor();
	await speaker.keyboard.press('b');
	await expect(
		speaker.getByRole('status').filter({ hasText: 'The screen is black' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'The screen is black' })).toBeVisible();
	await speaker.keyboard.press('x');
	await expect(page.getByRole('button', { name: 'The screen is black' })).toHaveCount(0);
});

test('autoplay advances the stops, pauses on any input and resumes', async ({ page }) => {
	await open(page, `?tour=${TOUR}&step=${COUNT - 1}&autoplay=1`);
	const status = page.getByRole('status').filter({ hasText: /^Autoplay/ });
	await expect(status).toHaveText(/a stop every 1 s/);
	// It advances, and loops from the last stop to the first.
	await expect(cardTitle(page)).toHaveText(titleOf(COUNT), { timeout: 4000 });
	await expect(cardTitle(page)).toHaveText(titleOf(1), { timeout: 4000 });
	await expect(cardTitle(page)).toHaveText(titleOf(2), { timeout: 4000 });

	// A key pauses it (and does its own job); nothing moves for well over an interval.
	await page.keyboard.press('ArrowLeft');
	await expect(status).toContainText('Autoplay paused');
	await expect(cardTitle(page)).toHaveText(titleOf(1));
	await page.waitForTimeout(2500);
	await expect(cardTitle(page)).toHaveText(titleOf(1));
	await expect(page).toHaveURL(/step=1&autoplay=1$/);

	await page.getByRole('button', { name: 'Resume autoplay' }).click();
	await expect(status).toHaveText(/a stop every 1 s/);
	await expect(cardTitle(page)).toHaveText(titleOf(2), { timeout: 4000 });

	// A click anywhere else (here, the tour's title) pauses it too.
	await page.getByRole('heading', { level: 1 }).click();
	await expect(status).toContainText('Autoplay paused');
});

test('a bad autoplay value is named and autoplay stays off', async ({ page }) => {
	await open(page, `?tour=${TOUR}&autoplay=soon`);
	await expect(page.locator('.url-problems')).toContainText(
		'autoplay "soon" is not a number of seconds from 1 to 3600'
	);
	await expect(page.getByRole('status').filter({ hasText: /^Autoplay/ })).toHaveCount(0);
});
