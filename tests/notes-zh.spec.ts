import { expect, test } from '@playwright/test';

// putin-meets-zhang-youxia-2023 has notes and a dateNote in both languages in data/events.json.
const id = 'putin-meets-zhang-youxia-2023';
const noteZh = '克里姆林宫把会见地点定在莫斯科州的新奥加廖沃官邸';
const noteEn = 'The Kremlin places the meeting at the Novo-Ogaryovo residence in Moscow Region.';

test('the Chinese interface shows the Chinese notes and date note of an event', async ({
	page
}) => {
	await page.goto(`/?lang=zh&event=${id}`);
	await expect(page.getByText(noteZh)).toBeVisible();
	await expect(page.getByText('该行没有年份', { exact: false })).toBeVisible();
	await expect(page.getByText(noteEn)).toHaveCount(0);
});

test('the English interface shows the English notes of the same event', async ({ page }) => {
	await page.goto(`/?event=${id}`);
	await expect(page.getByText(noteEn, { exact: false })).toBeVisible();
	await expect(page.getByText(noteZh, { exact: false })).toHaveCount(0);
});

test('the event page /events/<id> shows the Chinese notes in Chinese', async ({ page }) => {
	await page.goto(`/events/${id}?lang=zh`);
	await expect(page.getByText(noteZh, { exact: false })).toBeVisible();
});
