// Broken and hostile URLs and datasets: the page keeps working and says what was wrong.
import { expect, test, type Page } from '@playwright/test';

async function load(page: Page, url: string) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
	return errors;
}

const HOSTILE: [string, string][] = [
	['from=2024&to=2001', 'from'],
	['from=99999', 'from'],
	['event=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'event'],
	['types=nope,forum', 'types'],
	[`q=${'x'.repeat(5000)}`, 'q'],
	['basis=maybe&countries=ZZ', 'basis']
];

for (const [query, param] of HOSTILE) {
	test(`/?${query.slice(0, 40)} is corrected with a notice naming ${param}`, async ({ page }) => {
		const errors = await load(page, `/?${query}`);
		const notice = page.locator('.url-notice');
		await expect(notice).toContainText(param);
		// The timeline still draws (a search for "xxxx…" rightly matches nothing, so no marks there).
		await expect(page.locator('.viewport')).toBeVisible();
		if (param !== 'q') await expect(page.locator('[data-mark]').first()).toBeVisible();
		expect(
			await page
				.locator('script:not([src])')
				.evaluateAll((els) => els.filter((e) => e.textContent?.includes('alert(1)')).length)
		).toBe(0);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}

test('the embed corrects hostile parameters too', async ({ page }) => {
	const errors = await load(page, '/embed?from=2024&to=2001&theme=%3Cb%3E&selected=nope');
	await expect(page.getByRole('status')).toContainText('theme');
	await expect(page.locator('[data-mark]').first()).toBeVisible();
	expect(await page.locator('b').count()).toBe(0);
	expect(errors).toEqual([]);
});

for (const data of [
	'javascript:alert(1)',
	'http://example.org/x.json',
	'data:application/json,{}'
]) {
	test(`?data=${data} is refused with a message and the curated timeline stays`, async ({
		page
	}) => {
		const errors = await load(page, `/?data=${encodeURIComponent(data)}`);
		await expect(page.locator('.data-panel .notice')).toContainText(/https|this site|not a URL/);
		await expect(page.locator('[data-mark]').first()).toBeVisible();
		expect(errors).toEqual([]);
	});
}

test('a malformed dataset says where it breaks and the curated timeline keeps working', async ({
	page
}) => {
	await page.route(
		(url) => url.pathname === '/fixtures/broken.json',
		(route) => route.fulfill({ body: '{"events": [ {"id": "x"', contentType: 'application/json' })
	);
	const errors = await load(page, '/?data=/fixtures/broken.json');
	await expect(page.locator('.data-panel')).toContainText(/line 1, column \d+/);
	await expect(page.locator('.data-panel')).toContainText('0 of 0 records shown');
	await expect(page.locator('[data-mark]').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('a dataset over the size limit is refused', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/fixtures/huge.json',
		(route) =>
			route.fulfill({
				body: 'x',
				headers: { 'content-length': String(60 * 1024 * 1024) },
				contentType: 'application/json'
			})
	);
	await load(page, '/?data=/fixtures/huge.json');
	await expect(page.locator('.data-panel .notice')).toContainText('limit');
});
