// axe-core scans with every rule on every kind of page, in both languages and both colour schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
	['home', '/'],
	['home with the detail panel open', '/?event=li-shangfu-visits-russia-2023'],
	['present', '/present'],
	['speaker view', '/present/speaker'],
	['embed', '/embed'],
	['event page', '/events/li-shangfu-visits-russia-2023'],
	['sources', '/sources'],
	['source page (Chinese)', '/sources/china-russia-military-chiefs-two-talks-zh']
] as const;

/** The page in `lang`: English is the default; Chinese is asked for in the address. */
function inLang(url: string, lang: 'en' | 'zh'): string {
	if (lang === 'en') return url;
	return url.includes('?') ? url.replace('?', '?lang=zh&') : `${url}?lang=zh`;
}

// Every rule axe has (best practices too, not only the WCAG tags), each page in both languages and
// both colour schemes.
for (const colorScheme of ['light', 'dark'] as const) {
	for (const lang of ['en', 'zh'] as const) {
		for (const [name, url] of PAGES) {
			test(`axe (all rules) finds no violation on the ${name} (${lang}, ${colorScheme})`, async ({
				page
			}) => {
				await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
				await page.goto(inLang(url, lang));
				await page.waitForLoadState('networkidle');
				const { violations } = await new AxeBuilder({ page }).analyze();
				const report = violations.map(
					(v) =>
						`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
							.slice(0, 5)
							.map((n) => n.target.join(' ') + ' — ' + n.failureSummary?.split('\n')[1])
							.join('\n  ')}`
				);
				expect(report, report.join('\n')).toEqual([]);
			});
		}
	}
}

test('external links open safely', async ({ page }) => {
	for (const url of [
		'/?event=li-shangfu-visits-russia-2023',
		'/embed',
		'/events/li-shangfu-visits-russia-2023'
	]) {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		for (const rel of await page
			.locator('a[target="_blank"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('rel') ?? ''))) {
			expect(rel).toContain('noopener');
			expect(rel).toContain('noreferrer');
		}
	}
});

test('a keyboard zoom is announced politely with the range and count', async ({ page }) => {
	await page.goto('/');
	await page.locator('.timeline[data-ready]').waitFor();
	await page.locator('.viewport').focus();
	await page.keyboard.press('+');
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^Showing/ })).toHaveText(
		/^Showing .+, \d+ events$/
	);
});

test('marks and buttons offer at least 24×24 px targets', async ({ page }) => {
	await page.goto('/?from=2023-09&to=2023-12');
	await page.locator('.timeline[data-ready]').waitFor();
	const sizes = await page
		.locator('[data-mark], .toolbar button')
		.evaluateAll((els) =>
			els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])
		);
	expect(sizes.length).toBeGreaterThan(3);
	for (const [w, h] of sizes) {
		expect(w).toBeGreaterThanOrEqual(24);
		expect(h).toBeGreaterThanOrEqual(24);
	}
});
