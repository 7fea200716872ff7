// The headers the site is served with (scripts/serve.js and build/_headers, as `npm start` gives
// them): a Content-Security-Policy header on every page, framing refused everywhere but /embed.
import { expect, test } from '@playwright/test';
import { events, sources } from './data';

const ROUTES = [
	'/',
	'/present',
	'/present/speaker',
	'/embed',
	'/sources',
	`/sources/${sources[0].id}`,
	`/events/${events[0].id}`
];

const metaPolicy = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

for (const path of ROUTES) {
	test(`${path} is served with its CSP header, nosniff and a referrer policy`, async ({
		request
	}) => {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		const meta = metaPolicy(await response.text());
		expect(meta).toContain("script-src 'self' 'sha256-");
		// The header carries the page's own hashes (SvelteKit's inline bootstrap) and what a <meta>
		// policy cannot: frame-ancestors.
		const framing = path === '/embed' ? '' : "; frame-ancestors 'none'";
		expect(headers['content-security-policy']).toBe(`${meta}${framing}`);
		expect(headers['content-security-policy']).toContain("base-uri 'none'");
		expect(headers['content-security-policy']).toContain("form-action 'self'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	});
}

test('the site’s scripts carry Access-Control-Allow-Origin: * for sandboxed embeds', async ({
	request
}) => {
	const html = await (await request.get('/embed')).text();
	const script = /href="\.\/(_app\/immutable\/entry\/start\.[^"]+\.js)"/.exec(html)![1];
	const response = await request.get(`/${script}`);
	expect(response.headers()['access-control-allow-origin']).toBe('*');
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test('another site can frame /embed but not the timeline page', async ({ page }) => {
	const origin = test.info().project.use.baseURL;
	// The host page is on another origin (about:blank here, with a null origin).
	await page.setContent(`<!doctype html>
		<iframe id="embed" src="${origin}/embed" width="640" height="360"></iframe>
		<iframe id="main" src="${origin}/" width="640" height="360"></iframe>`);
	await expect(page.frameLocator('#embed').locator('.timeline[data-ready]')).toBeVisible();
	// Chromium replaces a refused frame's page with its error page.
	await expect
		.poll(() => page.frames().map((f) => f.url()))
		.toContain('chrome-error://chromewebdata/');
	await expect(page.frameLocator('#main').locator('.timeline')).toHaveCount(0);
});
