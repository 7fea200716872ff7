// Presenter mode: stepping a tour with keys, a clicker, buttons and swipes; the step in the URL; the
// speaker view kept in step with the audience view in both directions.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';
import { settled } from './settled';

const TOUR = '2023-high-level-contacts';
const tour: {
	title: string;
	stops: { event?: string; from?: string; title?: string; notes?: string }[];
} = JSON.parse(readFileSync(`data/tours/${TOUR}.json`, 'utf8'));
const COUNT = tour.stops.length;

/** The title the card shows for stop `k` (1-based). */
function titleOf(k: number): string {
	const stop = tour.stops[k - 1];
	return stop.title ?? events.find((e) => e.id === stop.event)!.title;
}

/** Opens the audience view and waits until the timeline and the presenter are hydrated. */
async function open(page: Page, search: string) {
	await page.goto(`/present${search}`);
	await page.locator('.timeline[data-ready]').waitFor();
	await page.locator('.present[data-ready]').waitFor();
}

async function openSpeaker(page: Page, search: string) {
	await page.goto(`/present/speaker${search}`);
	await page.locator('.speaker[data-ready]').waitFor();
}

const cardTitle = (page: Page) => page.locator('.stage').getByRole('heading', { level: 2 });
const nowTitle = (page: Page) => page.locator('.now').getByRole('heading', { level: 3 });

async function expectStep(page: Page, k: number) {
	await expect(page).toHaveURL(new RegExp(`[?&]tour=${TOUR}&step=${k}$`));
	await expect(cardTitle(page)).toHaveText(titleOf(k));
}

test('arrow keys and a clicker’s Page Down / Page Up step through the tour', async ({ page }) => {
	await open(page, `?tour=${TOUR}`);
	await expectStep(page, 1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tour.title);

	await page.keyboard.press('ArrowRight');
	await expectStep(page, 2);
	await page.keyboard.press('PageDown');
	await expectStep(page, 3);
	await page.keyboard.press('Space');
	await expectStep(page, 4);
	await page.keyboard.press('PageUp');
	await expectStep(page, 3);
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, 2);
	await page.keyboard.press('End');
	await expectStep(page, COUNT);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, COUNT);
	await page.keyboard.press('Home');
	await expectStep(page, 1);
	await expect(page.locator('[aria-live="polite"]')).toHaveText(
		`Step 1 of ${COUNT}: ${titleOf(1)}`
	);
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
});

test('the keys step the tour even when the timeline has focus', async ({ page }) => {
	await open(page, `?tour=${TOUR}&step=2`);
	await page.locator('.viewport').focus();
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 3);
});

test('each step flies the timeline to its stop and selects its event', async ({ page }) => {
	await open(page, `?tour=${TOUR}&step=2`);
	await page.keyboard.press('ArrowRight');
	const event = tour.stops[2].event!;
	await expect(page.locator(`[data-event="${event}"]`)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('.viewport')).toHaveAttribute('aria-label', /Mar 2023 – .*May 2023/);
	// The range stop "October–November 2023" shows those two months.
	const rangeStep = tour.stops.findIndex((s) => s.from === '2023-10') + 1;
	expect(rangeStep).toBeGreaterThan(0);
	await page.keyboard.press(String(rangeStep));
	await page.keyboard.press('Enter');
	await expectStep(page, rangeStep);
	await expect(page.locator('.viewport')).toHaveAttribute('aria-label', /Sep 2023.*Dec 2023/);
	await expect(page.locator('[data-event="tenth-beijing-xiangshan-forum-2023"]')).toBeVisible();
	await expect(page.locator('[data-event="li-shangfu-visits-russia-2023"]')).toHaveCount(0);
});

test('the card shows the quote, our translation and a link to the source passage', async ({
	page
}) => {
	const k = tour.stops.findIndex((s) => s.event === 'tenth-beijing-xiangshan-forum-2023') + 1;
	await open(page, `?tour=${TOUR}&step=${k}`);
	const event = events.find((e) => e.id === 'tenth-beijing-xiangshan-forum-2023')!;
	const card = page.locator('.stage');
	await expect(card.locator('blockquote[lang="zh"]')).toContainText(event.sources[0].quote);
	await expect(card.locator('blockquote.translation')).toContainText(event.sources[0].translation!);
	await expect(card.getByRole('link')).toHaveAttribute(
		'href',
		new RegExp(`/sources/${event.sources[0].source}#${event.id}$`)
	);
});

test('reloading keeps the step', async ({ page }) => {
	await open(page, `?tour=${TOUR}`);
	for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
	await expectStep(page, 4);
	await page.reload();
	await page.locator('.present[data-ready]').waitFor();
	await expectStep(page, 4);
});

test('a number then Enter jumps to that step; too large a number goes to the end', async ({
	page
}) => {
	await open(page, `?tour=${TOUR}`);
	await page.keyboard.press('7');
	await expect(page.getByRole('status').filter({ hasText: 'Go to step 7' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expectStep(page, 7);
	await page.keyboard.press('9');
	await page.keyboard.press('9');
	await page.keyboard.press('Enter');
	await expectStep(page, COUNT);
	// Escape drops typed digits.
	await page.keyboard.press('3');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Enter');
	await expectStep(page, COUNT);
});

for (const [search, expected] of [
	[`?tour=${TOUR}&step=-1`, `tour=${TOUR}&step=1`],
	[`?tour=${TOUR}&step=abc`, `tour=${TOUR}&step=1`],
	[`?tour=${TOUR}&step=9999`, `tour=${TOUR}&step=${COUNT}`],
	['?tour=no-such-tour&step=2', 'tour=all&step=2'],
	['', 'tour=all&step=1']
]) {
	test(`a bad or missing step is corrected: "${search}"`, async ({ page }) => {
		await open(page, search);
		await expect(page).toHaveURL(new RegExp(`\\?${expected}$`));
	});
}

test('the buttons, the tour menu and a swipe step too', async ({ page }) => {
	await open(page, `?tour=${TOUR}`);
	await page.getByRole('button', { name: 'Next stop' }).click();
	await expectStep(page, 2);
	await page.getByRole('button', { name: 'Previous stop' }).click();
	await expectStep(page, 1);

	const stage = page.locator('.stage');
	const box = (await stage.boundingBox())!;
	const touch = { pointerType: 'touch', isPrimary: true, pointerId: 7 };
	const y = box.y + 20;
	await stage.dispatchEvent('pointerdown', { ...touch, clientX: box.x + 250, clientY: y });
	await stage.dispatchEvent('pointerup', { ...touch, clientX: box.x + 50, clientY: y + 10 });
	await expectStep(page, 2);

	await page.getByLabel('Tour', { exact: true }).selectOption('all');
	await expect(page).toHaveURL(/\?tour=all&step=1$/);
	const first = [...events].sort((a, b) => a.date.localeCompare(b.date))[0];
	await expect(cardTitle(page)).toHaveText(first.title);
});

test('the speaker view follows the audience view, and the other way round', async ({
	page,
	context
}) => {
	await open(page, `?tour=${TOUR}&step=2`);
	const speaker = await context.newPage();
	// Opened at another step, the speaker view joins the audience view's step.
	await openSpeaker(speaker, `?tour=${TOUR}&step=1`);
	await expect(speaker).toHaveURL(new RegExp(`step=2$`));
	await expect(nowTitle(speaker)).toHaveText(titleOf(2));

	await page.keyboard.press('ArrowRight');
	await expect(speaker).toHaveURL(new RegExp(`tour=${TOUR}&step=3$`));
	await expect(nowTitle(speaker)).toHaveText(titleOf(3));
	await expect(speaker.locator('.notes')).toContainText(tour.stops[2].notes!);
	await expect(speaker.locator('.next')).toContainText(titleOf(4));
	await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);

	await speaker.keyboard.press('PageDown');
	await expectStep(page, 4);
	await speaker.getByRole('button', { name: 'Previous stop' }).click();
	await expectStep(page, 3);
	await speaker.keyboard.press('End');
	await expectStep(page, COUNT);
	await expect(speaker.locator('.next')).toContainText('End of the tour');
});

test('a second presenter tab keeps its own tour and step; only the speaker view follows', async ({
	page,
	context
}) => {
	await open(page, `?tour=${TOUR}&step=2`);
	const popup = page.waitForEvent('popup');
	await page.keyboard.press('s');
	const speaker = await popup;
	await speaker.locator('.speaker[data-ready]').waitFor();
	await expect(nowTitle(speaker)).toHaveText(titleOf(2));

	// Another tab, opened at an explicit step, and a third on another tour: neither is pulled along.
	const second = await context.newPage();
	await open(second, `?tour=${TOUR}&step=5`);
	const third = await context.newPage();
	await open(third, '?tour=all&step=3');
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 3);
	await expect(nowTitle(speaker)).toHaveText(titleOf(3));
	await speaker.keyboard.press('PageDown');
	await expectStep(page, 4);
	// Stepping the second tab moves neither the first nor its speaker view.
	await second.keyboard.press('ArrowRight');
	await expectStep(second, 6);
	await expect(nowTitle(speaker)).toHaveText(titleOf(4));
	await expectStep(page, 4);
	await expect(third).toHaveURL(/[?&]tour=all&step=3$/);
	await expectStep(second, 6);
});

test('S opens the speaker view at the current step', async ({ page }) => {
	await open(page, `?tour=${TOUR}&step=3`);
	const popup = page.waitForEvent('popup');
	await page.keyboard.press('s');
	const speaker = await popup;
	await expect(speaker).toHaveURL(
		new RegExp(`/present/speaker\\?pair=[\\w-]+&tour=${TOUR}&step=3$`)
	);
	await speaker.locator('.speaker[data-ready]').waitFor();
	await expect(nowTitle(speaker)).toHaveText(titleOf(3));
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a step cuts to the stop’s range instead of animating', async ({ page }) => {
		await open(page, `?tour=${TOUR}&step=1`);
		const label = () => page.locator('.viewport').getAttribute('aria-label');
		// One frame after the key, the view already shows the stop.
		const afterOneFrame = await page.evaluate(async () => {
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			return document.querySelector('.viewport')!.getAttribute('aria-label');
		});
		await page.waitForTimeout(1300);
		expect(afterOneFrame).toBe(await label());
	});
});

test('without reduced motion a step animates', async ({ page }) => {
	await open(page, `?tour=${TOUR}&step=1`);
	const afterOneFrame = await page.evaluate(async () => {
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		return document.querySelector('.viewport')!.getAttribute('aria-label');
	});
	await page.waitForTimeout(1300);
	expect(afterOneFrame).not.toBe(await page.locator('.viewport').getAttribute('aria-label'));
});

test('the presenter pages pass an axe scan', async ({ page }) => {
	await open(page, `?tour=${TOUR}&step=2`);
	// Scan the card at rest, not halfway through its fade-in (contrast is measured on what is drawn).
	await settled(page);
	const audience = await new AxeBuilder({ page }).analyze();
	expect(audience.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
	await openSpeaker(page, `?tour=${TOUR}&step=2`);
	await settled(page);
	const speaker = await new AxeBuilder({ page }).analyze();
	expect(speaker.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});
