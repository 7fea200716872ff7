// Normal use raises no Content-Security-Policy violation and no console error, under the header
// policy the site is served with (scripts/serve.js, as `npm start`): every route and the main
// interactions (open an event, wheel zoom, import, export, the Embed dialog, the presenter).
import { expect, test, type Page } from '@playwright/test';
import { marks, timelineRegion } from './locators';
import { events, sources } from './data';

/**
 * Collects, from every frame of `page` and across navigations, each `securitypolicyviolation` (as
 * "directive blocked-uri") and each console error or uncaught exception.
 */
async function watch(page: Page): Promise<string[]> {
	const problems: string[] = [];
	await page.exposeFunction('__reportViolation', (text: string) => problems.push(text));
	await page.addInitScript(() => {
		document.addEventListener(
			'securitypolicyviolation',
			(e) => {
				const report = (window as unknown as { __reportViolation(t: string): void })
					.__reportViolation;
				report(`CSP ${e.effectiveDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
			},
			true
		);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
	return problems;
}

const ROUTES: [string, string][] = [
	['/', '.timeline[data-ready]'],
	['/present', '.present[data-ready]'],
	['/present/speaker', '.speaker[data-ready]'],
	['/embed', '.timeline[data-ready]'],
	['/sources', 'main'],
	[`/sources/${sources[0].id}`, 'main mark'],
	[`/events/${events[0].id}`, 'main mark']
];

for (const [path, ready] of ROUTES) {
	test(`${path} loads without a CSP violation or console error`, async ({ page }) => {
		const problems = await watch(page);
		await page.goto(path);
		await page.locator(ready).first().waitFor();
		// Lazy modules (date names, search) load after the first render.
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});
}

test('the timeline’s main interactions raise no CSP violation or console error', async ({
	page
}) => {
	const problems = await watch(page);
	await page.goto('/?from=2023-01&to=2023-12');
	await page.locator('.timeline[data-ready]').waitFor();

	// Open an event, then close it.
	await marks(page).first().click();
	await expect(page).toHaveURL(/event=/);
	await page.keyboard.press('Escape');

	// Zoom with the wheel (loads d3-zoom on first use).
	const box = (await timelineRegion(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 4; i++) {
		await page.mouse.wheel(0, -200);
		await page.waitForTimeout(40);
	}

	// Export CSV and JSON (the first export loads the schema: zod must not probe for eval).
	for (const name of ['CSV', 'JSON']) {
		await page.getByText('Export', { exact: true }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name, exact: true }).click()
		]);
		expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${name.toLowerCase()}$`));
	}

	// Import a CSV file through the file input (parsed and validated in a worker).
	await page.getByText('Your data').click();
	await page.getByLabel('Open a file…').setInputFiles('tests/fixtures/ours.csv');
	await expect(page.getByRole('status').filter({ hasText: 'our CSV' })).toBeVisible();
	await page
		.getByRole('button', { name: /Back to the curated dataset/ })
		.first()
		.click();

	// The Embed dialog and its live preview (a sandboxed frame of /embed).
	await page.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.frameLocator('iframe').locator('.timeline[data-ready]')).toBeAttached();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// A violation is reported asynchronously: give the last ones time to arrive.
	await page.waitForTimeout(300);
	expect(problems).toEqual([]);
});

test('stepping the presenter and its speaker view raise no CSP violation or console error', async ({
	page
}) => {
	const problems = await watch(page);
	await page.goto('/present?tour=all');
	await page.locator('.present[data-ready]').waitFor();
	for (const key of ['ArrowRight', 'ArrowRight', 'PageDown', 'ArrowLeft', 'End', 'Home'])
		await page.keyboard.press(key);
	await expect(page).toHaveURL(/step=1$/);
	await page.goto('/present/speaker?tour=all&step=2');
	await page.locator('.speaker[data-ready]').waitFor();
	await page.keyboard.press('ArrowRight');
	await page.waitForLoadState('networkidle');
	expect(problems).toEqual([]);
});
