// Your own columns (issue 15): a CSV or spreadsheet whose header is not ours goes through the
// column-mapping dialog, mostly accepting its guesses; the address carries the mapping, so a reload
// (or a shared ?data=…&map=… link) shows the same view without the dialog; a nonsense map= says what
// is wrong and falls back to the dialog.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tableRows } from './locators';

const ACLED = 'tests/fixtures/acled-style.csv';
const ACLED_ROWS = readFileSync(ACLED, 'utf8').trim().split('\n').length - 1;
const EVENT_TYPES = new Set(
	readFileSync(ACLED, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(',')[3])
);

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Which column holds what?' });

/** What a person sees of the imported ACLED-style data: counts, lanes, the known protest. */
async function expectAcledView(page: Page) {
	const status = page.locator('.data-panel .status');
	await expect(status).toContainText(
		`acled-style.csv (your columns): ${ACLED_ROWS} of ${ACLED_ROWS} records shown`
	);
	// One lane per event_type, each named by it.
	const lanes = page.locator('.lanes text.lane-name');
	await expect(lanes).toHaveCount(EVENT_TYPES.size);
	expect(new Set(await lanes.allTextContents())).toEqual(EVENT_TYPES);
	await page.getByLabel('All matching events').check();
	await expect(tableRows(page)).toHaveCount(ACLED_ROWS);
	const protest = tableRows(page).filter({ hasText: 'Protest over water tariffs in Lindenport' });
	await expect(protest).toHaveCount(1);
	await expect(protest).toContainText(/15 Mar(ch)? 2024/);
	await protest.getByRole('button', { name: 'Protest over water tariffs in Lindenport' }).click();
	const detail = page.getByRole('complementary');
	await expect(detail).toContainText('Protest over water tariffs in Lindenport');
	await expect(detail).toContainText('15 Mar 2024');
	await expect(detail).toContainText('2024-03-15');
	await expect(detail).toContainText('Lindenport');
}

test('an ACLED-style CSV imports through the mapping dialog, and the address restores the view', async ({
	page
}) => {
	// An import, a reload and two looks at what is shown: more than the default 30 s on a busy machine.
	test.setTimeout(90_000);
	await open(page, '/');
	await page.getByText('Your data').click();
	await page.locator('input[type=file]').setInputFiles(ACLED);
	const map = dialog(page);
	await expect(map).toBeVisible();
	// The guesses are filled in from the header.
	await expect(map.getByLabel(/^Date \(start\)/)).toHaveValue('event_date');
	await expect(map.getByLabel(/^Category/)).toHaveValue('event_type');
	await expect(map.getByLabel(/^Description/)).toHaveValue('notes');
	await expect(map.getByLabel(/^Place/)).toHaveValue('location');
	// The preview shows the first rows as they would import, dates read from "8 March 2024".
	const preview = map.getByRole('region', { name: /Preview/ });
	await expect(preview.getByRole('row')).toHaveCount(6);
	await expect(preview.getByRole('row', { name: /^2 / })).toContainText('2024-03-08');
	// Nothing changed behind the dialog yet.
	await expect(page).not.toHaveURL(/file=/);
	// One change: the actor as the title, then back to titles made from the notes.
	await map.getByLabel(/^Title/).selectOption('actor1');
	await expect(preview).toContainText('Example Forces of Ukraine');
	await map.getByLabel(/^Title/).selectOption({ label: '(not used)' });
	await map.getByRole('button', { name: 'Import' }).click();
	await expect(map).toBeHidden();

	await expect(page).toHaveURL(
		/[?&]file=acled-style\.csv&map=start:event_date,category:event_type,summary:notes,place:location,country:country,lat:latitude,lon:longitude,sourceTitle:source,id:event_id_cnty(&|$)/
	);
	await expectAcledView(page);

	// A reload reads the tab's copy of the file through the address's mapping: no dialog.
	await page.reload();
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('.data-panel .status')).toContainText(
		`${ACLED_ROWS} of ${ACLED_ROWS} records shown`
	);
	await expect(dialog(page)).toHaveCount(0);
	await expectAcledView(page);
});

test('cancelling the mapping leaves the page as it was', async ({ page }) => {
	await open(page, '/?q=moscow');
	const counter = page.locator('.filter-bar .count');
	// The search has applied once fewer events than all are counted.
	await expect.poll(async () => new Set((await counter.textContent())?.match(/\d+/g)).size).toBe(2);
	const before = page.url();
	const count = await counter.textContent();
	await page.getByText('Your data').click();
	await page.locator('input[type=file]').setInputFiles(ACLED);
	await expect(dialog(page)).toBeVisible();
	await dialog(page).getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog(page)).toHaveCount(0);
	expect(page.url()).toBe(before);
	await expect(page.locator('.filter-bar .count')).toHaveText(count!);
	await expect(page.locator('.dataset-note')).toHaveCount(0);
});

test('?data=…&map=… opens the mapped view directly; a nonsense map= says why and asks', async ({
	page
}) => {
	await page.route(
		(url) => url.pathname === '/fixtures/acled-style.csv',
		(route) => route.fulfill({ body: readFileSync(ACLED), contentType: 'text/csv' })
	);
	const map =
		'start:event_date,category:event_type,summary:notes,place:location,country:country,id:event_id_cnty';
	await open(page, `/?data=/fixtures/acled-style.csv&map=${map}`);
	await expect(page.locator('.data-panel .status')).toContainText(
		`${ACLED_ROWS} of ${ACLED_ROWS} records shown`
	);
	await expect(dialog(page)).toHaveCount(0);
	await expect(page.locator('.lanes text.lane-name')).toHaveCount(EVENT_TYPES.size);

	// The dialog may open before the timeline is ready: wait for what a person sees, the dialog.
	await page.goto('/?data=/fixtures/acled-style.csv&map=title:headline,colour:red,start');
	await expect(dialog(page)).toBeVisible({ timeout: 15_000 });
	const alert = dialog(page).getByRole('alert');
	await expect(alert).toContainText('"colour" is not a field');
	await expect(alert).toContainText('Title: the file has no column "headline"');
	await expect(alert).toContainText('"start" is not written field:column');
	// The guesses still apply; importing writes a mapping that works.
	await dialog(page).getByRole('button', { name: 'Import' }).click();
	await expect(page.locator('.data-panel .status')).toContainText(
		`${ACLED_ROWS} of ${ACLED_ROWS} records shown`
	);
	await expect(page).toHaveURL(/data=%2Ffixtures%2Facled-style\.csv&map=start:event_date,/);
});

test('an .xlsx spreadsheet imports through the same mapping step', async ({ page }) => {
	await open(page, '/');
	await page.getByText('Your data').click();
	await page.locator('input[type=file]').setInputFiles('tests/fixtures/own-columns.xlsx');
	const map = dialog(page);
	await expect(map.getByLabel(/^Date \(start\)/)).toHaveValue('Date');
	await expect(map.getByLabel(/^Title/)).toHaveValue('Event');
	// A date the sheet stores as a number reads as its day.
	await expect(map.getByRole('region', { name: /Preview/ })).toContainText('2023-01-09');
	await map.getByRole('button', { name: 'Import' }).click();
	await expect(page.locator('.data-panel .status')).toContainText('6 of 6 records shown');
	await expect(page.locator('.lanes text.lane-name')).toHaveCount(3);
	await page.getByLabel('All matching events').check();
	await expect(tableRows(page)).toHaveCount(6);
	await expect(tableRows(page).filter({ hasText: 'Flood warning issued' })).toContainText(
		/15 Mar(ch)? 2024/
	);
});
