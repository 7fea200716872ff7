// Nothing lost: a researcher's own dataset stays with the tab through navigation and reloads, and the
// address always names the dataset on screen.
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
}

/** The lanes drawn: ours.csv has a category of its own, "parade". */
const lanes = (page: Page) => page.locator('.lanes text.lane-name');

test('an opened file survives Sources and Back, and a reload, until it is closed', async ({
	page
}) => {
	await open(page, '/');
	await page.getByText('Your data', { exact: true }).click();
	await page.getByLabel('Open a file').setInputFiles('tests/fixtures/ours.csv');
	const yours = page.getByRole('region', { name: 'Your data: ours.csv' });
	await expect(yours).toBeVisible();
	await expect(lanes(page)).toHaveText(['exercise', 'talks', 'parade']);
	// The address names the file on screen.
	await expect(page).toHaveURL(/[?&]file=ours\.csv/);

	await page.getByRole('navigation').getByRole('link', { name: 'Sources' }).click();
	await expect(page).toHaveURL(/\/sources/);
	await page.goBack();
	await expect(yours).toBeVisible();
	await expect(lanes(page)).toHaveText(['exercise', 'talks', 'parade']);
	// No notice about an event missing from the curated data.
	await expect(page.locator('.url-notice')).toHaveCount(0);

	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(yours).toBeVisible();
	await expect(lanes(page)).toHaveText(['exercise', 'talks', 'parade']);

	await yours.getByRole('button', { name: 'Close ours.csv' }).click();
	await expect(yours).toHaveCount(0);
	await expect(page).not.toHaveURL(/[?&]file=/);
	await page.getByLabel('All matching events').check();
	await expect(page.locator('tbody tr[data-row]')).toHaveCount(events.length);
	// Closed is closed: a reload shows the curated data.
	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.getByRole('region', { name: /^Your data:/ })).toHaveCount(0);
});

test('an address naming a file this tab does not hold says so and shows the curated data', async ({
	page
}) => {
	await open(page, '/?file=elsewhere.csv');
	await expect(page.locator('.url-notice')).toContainText('elsewhere.csv');
	await expect(page.getByRole('region', { name: /^Your data:/ })).toHaveCount(0);
});

test('a second ?data= import is the one the address names', async ({ page }) => {
	for (const name of ['first', 'second'])
		await page.route(
			(url) => url.pathname === `/fixtures/${name}.json`,
			(route) =>
				route.fulfill({ path: 'tests/fixtures/timelinejs.json', contentType: 'application/json' })
		);
	await open(page, '/?data=/fixtures/first.json');
	await expect(page.getByRole('region', { name: /^Your data: .*first\.json$/ })).toBeVisible();
	// The field takes a whole URL (it is type=url); this site's is allowed.
	await page.getByLabel('or a URL').fill(new URL('/fixtures/second.json', page.url()).href);
	await page.getByRole('button', { name: 'Load', exact: true }).click();
	await expect(page.getByRole('region', { name: /^Your data: .*second\.json$/ })).toBeVisible();
	await expect(page).toHaveURL(/data=[^&]*second\.json/);
	// A file opened next replaces it in the address, too.
	await page.getByLabel('Open a file').setInputFiles('tests/fixtures/ours.csv');
	await expect(page.getByRole('region', { name: 'Your data: ours.csv' })).toBeVisible();
	await expect(page).toHaveURL(/file=ours\.csv/);
	await expect(page).not.toHaveURL(/data=/);
	// Back names the second URL and shows it again.
	await page.goBack();
	await expect(page.getByRole('region', { name: /^Your data: .*second\.json$/ })).toBeVisible();
});
