// What the curated dataset adds to the pages: open-ended periods drawn to the horizon with their
// cue, the identification of vaguely described events, and the Chinese texts of events and tours.
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';
import { settled } from './settled';

const STAGE = 'stage-new-type-relations-current';
const EXERCISE = 'admm-plus-counter-terrorism-exercise-russia-2023';

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
	await settled(page);
}

/** The latest end of any event with a known end: where an open end is drawn to. */
function horizonEvent() {
	const ends = events
		.filter((e) => !e.date.endsWith('/..'))
		.map((e) => ({ id: e.id, end: e.date.split('/').at(-1)! }));
	return ends.sort((a, b) => (a.end < b.end ? 1 : -1))[0];
}

test('an open-ended period fades out at the end of the latest event, with an arrow', async ({
	page
}) => {
	const stage = events.find((e) => e.id === STAGE)!;
	expect(stage.date, 'the current stage has an open end').toMatch(/\/\.\.$/);
	await open(page, '/?from=2022&to=2025');
	const fade = page.locator(`[data-open-end="${STAGE}"]`);
	await expect(fade).toHaveCount(1);
	// The cue ends exactly where the latest event's bar ends, not at the edge of the view.
	const last = horizonEvent();
	const bar = page.locator(`[data-span="${last.id}"]`);
	const [cue, lastBar, view] = await Promise.all([
		fade.boundingBox(),
		bar.boundingBox(),
		page.locator('.viewport').boundingBox()
	]);
	expect(Math.abs(cue!.x + cue!.width - (lastBar!.x + lastBar!.width))).toBeLessThan(1.5);
	expect(cue!.x + cue!.width).toBeLessThan(view!.x + view!.width - 20);
	await expect(page.locator('.periods .period-arrow')).toHaveCount(1);
	// The table gives the honest date: the stage has no end.
	await page.getByLabel('All matching events').check();
	await expect(page.locator(`tr[data-row="${STAGE}"] td.date`)).toHaveText('since 2012, approx.');
});

test('an open end off screen has no cue: the band simply runs on', async ({ page }) => {
	await open(page, '/?from=2013&to=2016');
	await expect(page.locator(`[data-open-end="${STAGE}"]`)).toHaveCount(0);
});

test('the detail panel says which identifications are ours, in English and in Chinese', async ({
	page
}) => {
	await open(page, `/?event=${EXERCISE}`);
	const panel = page.getByRole('complementary');
	await expect(panel.getByText('Identification', { exact: true })).toBeVisible();
	await expect(panel.locator('.identification')).toContainText('probable');
	await expect(panel.getByText(/Title and summary are ours/)).toBeVisible();

	await open(page, `/?lang=zh&event=${EXERCISE}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const zh = page.getByRole('complementary');
	await expect(zh.locator('.identification')).toContainText('很可能');
	await expect(zh.locator('p.summary')).toContainText('东盟防长扩大会');
	// The notes are ours in Chinese too (notesZh), not the English with lang="en".
	await expect(zh.getByText(/机器翻译/)).toBeVisible();
	await expect(zh.getByText(/machine-translation/)).toHaveCount(0);
});

test('the legend explains the open end and the identification', async ({ page }) => {
	await open(page, '/');
	await page.locator('details.legend summary').click();
	await expect(page.locator('details.legend')).toContainText('Period still going on');
	await expect(page.locator('details.legend')).toContainText('identification');
});

test('the event page gives the Chinese title and summary with ?lang=zh', async ({ page }) => {
	await page.goto('/events/shoigu-working-visit-china-2023?lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('绍伊古访华');
	await expect(page.locator('article p.summary')).toContainText('工作访问');
	await expect(page).toHaveTitle(/绍伊古访华/);
});

test('the speaker view gives the tour’s Chinese notes and titles with ?lang=zh', async ({
	page
}) => {
	await page.goto('/present/speaker?lang=zh&tour=2023-high-level-contacts&step=3');
	await page.locator('main[data-ready]').waitFor();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('.notes-text')).toContainText('结束日期不确定');
	await expect(page.locator('.notes-text')).not.toHaveAttribute('lang', 'en');
	await expect(page.locator('.now .title')).toContainText('李尚福');
	await expect(page.locator('.now .date')).toContainText('结束日期存疑');
	await expect(page.locator('h1')).toContainText('2023 年：高层军事往来频繁的一年');
});
