// What the curated dataset adds to the pages: open-ended periods drawn to the horizon with their
// cue, the identification of vaguely described events, and the Chinese texts of events and tours.
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';
import { detailPanel, tableRows, timelineRegion } from './locators';
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
		timelineRegion(page).boundingBox()
	]);
	expect(Math.abs(cue!.x + cue!.width - (lastBar!.x + lastBar!.width))).toBeLessThan(1.5);
	expect(cue!.x + cue!.width).toBeLessThan(view!.x + view!.width - 20);
	await expect(page.locator('.periods .period-arrow')).toHaveCount(1);
	// The table gives the honest date: the stage has no end.
	await page.getByLabel('All matching events').check();
	const row = tableRows(page).filter({ hasText: stage.title });
	await expect(row).toHaveCount(1);
	// The first column is the date.
	await expect(row.getByRole('cell').first()).toHaveText('since 2012, approx.');
});

test('an open end off screen has no cue: the band simply runs on', async ({ page }) => {
	await open(page, '/?from=2013&to=2016');
	await expect(page.locator(`[data-open-end="${STAGE}"]`)).toHaveCount(0);
});

test('the detail panel says which identifications are ours, in English and in Chinese', async ({
	page
}) => {
	await open(page, `/?event=${EXERCISE}`);
	const panel = detailPanel(page);
	await expect(panel.getByRole('term').filter({ hasText: /^Identification$/ })).toBeVisible();
	const identification = panel
		.getByRole('definition')
		.filter({ hasText: 'the document does not name this event' });
	await expect(identification).toContainText('probable:');
	await expect(panel.getByText(/Title and summary are ours/)).toBeVisible();

	await open(page, `/?lang=zh&event=${EXERCISE}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const zh = detailPanel(page);
	await expect(zh.getByRole('term').filter({ hasText: /^所指事件$/ })).toHaveCount(1);
	await expect(zh.getByRole('definition').filter({ hasText: '很可能' })).toBeVisible();
	await expect(
		zh.getByRole('paragraph').filter({ hasText: '东盟防长扩大会' }).first()
	).toBeVisible();
	// The notes are ours in Chinese too (notesZh), not the English with lang="en".
	await expect(zh.getByText(/机器翻译/)).toBeVisible();
	await expect(zh.getByText(/machine-translation/)).toHaveCount(0);
});

test('the legend explains the open end and the identification', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByText(/^Period still going on/)).toBeHidden();
	await page.getByText('Legend', { exact: true }).click();
	await expect(page.getByText(/^Period still going on \(open end\)/)).toBeVisible();
	await expect(
		page.getByText(/“Probable” or “possible” identification \(in an event’s detail\)/)
	).toBeVisible();
});

test('the event page gives the Chinese title and summary with ?lang=zh', async ({ page }) => {
	await page.goto('/events/shoigu-working-visit-china-2023?lang=zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('绍伊古访华');
	await expect(
		page.getByRole('article').getByRole('paragraph').filter({ hasText: '工作访问' }).first()
	).toBeVisible();
	await expect(page).toHaveTitle(/绍伊古访华/);
});

test('the speaker view gives the tour’s Chinese notes and titles with ?lang=zh', async ({
	page
}) => {
	await page.goto('/present/speaker?lang=zh&tour=2023-high-level-contacts&step=3');
	await page.locator('main[data-ready]').waitFor();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	const notes = page.getByRole('region', { name: '演讲者备注' }).getByRole('paragraph');
	await expect(notes).toContainText('结束日期不确定');
	await expect(notes).not.toHaveAttribute('lang', 'en');
	const now = page.getByRole('region', { name: /^当前/ });
	await expect(now.getByRole('heading', { level: 3 })).toContainText('李尚福');
	await expect(now.getByRole('time').first()).toContainText('结束日期存疑');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'2023 年：高层军事往来频繁的一年'
	);
});
