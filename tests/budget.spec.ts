// The first-load budget (issues 12 and 17): the JS and CSS that `/` needs before it can hydrate weigh at
// most 75 KB gzip. "First load" is the graph the served HTML names (its stylesheets, modulepreloads and
// entry imports), and the test checks in Chromium that the page really requests each of them. Code the
// page fetches after hydrating (d3-zoom, the table) is printed with the total but not budgeted: it does
// not delay the first painted timeline. Bodies are gzipped here at level 9, as a host compresses static
// files, so the figure does not depend on the server. The output lists every file, biggest first.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The budget, in bytes of gzip (KB = 1,024 bytes). */
const BUDGET_BYTES = 75 * 1024;
// The test fails above the budget (74.9 KB in 14 requests on 2026-12-06, after the English messages
// were split in two files and the export menu's items and d3-zoom's setup left the first load; 74.6 KB
// once the table's heading and choice of rows loaded with the table; README, Benchmark). Lower it,
// never raise it.
const CEILING_BYTES = BUDGET_BYTES;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The JS and CSS a built page names in its HTML: stylesheets, modulepreloads and `import("…")`s. */
function firstLoadGraph(html: string, base: string): Set<string> {
	const urls = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href && (rel === 'stylesheet' || rel === 'modulepreload'))
			urls.add(new URL(href, base).href);
	}
	for (const [, src] of html.matchAll(/import\("([^"]+)"\)/g)) urls.add(new URL(src, base).href);
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
		urls.add(new URL(src, base).href);
	return urls;
}

test('the first load of / stays within its budget of 75 KB gzip of JS and CSS', async ({
	page,
	baseURL
}) => {
	const files = new Map<string, { type: string; raw: number; gzip: number }>();
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		pending.push(
			response.body().then((body) => {
				files.set(response.url(), {
					type,
					raw: body.length,
					gzip: gzipSync(body, { level: 9 }).length
				});
			})
		);
	});
	const response = await page.goto('/');
	const graph = firstLoadGraph((await response?.text()) ?? '', new URL('/', baseURL).href);
	await expect(page.locator('.timeline[data-ready]')).toBeVisible();
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);

	const missing = [...graph].filter((url) => !files.has(url));
	expect(missing, 'the HTML names files the page never requests').toEqual([]);
	const rows = [...files].sort((a, b) => b[1].gzip - a[1].gzip);
	const sum = (list: typeof rows) => list.reduce((total, [, f]) => total + f.gzip, 0);
	const first = rows.filter(([url]) => graph.has(url));
	const later = rows.filter(([url]) => !graph.has(url));
	const list = (part: typeof rows) =>
		part
			.map(
				([url, f]) =>
					`  ${kb(f.gzip).padStart(6)} KB  ${f.type.padEnd(10)} ${new URL(url).pathname}`
			)
			.join('\n');
	console.log(
		`first load of /: ${kb(sum(first))} KB gzip of JS and CSS in ${first.length} requests (budget ${kb(BUDGET_BYTES)} KB)\n` +
			list(first) +
			`\nafter hydration: ${kb(sum(later))} KB gzip in ${later.length} requests (total ${kb(sum(rows))} KB)\n` +
			list(later)
	);
	expect(first.length, 'the page loads some JS').toBeGreaterThan(0);
	expect(
		sum(first),
		`first load ${kb(sum(first))} KB gzip exceeds its ${kb(CEILING_BYTES)} KB budget`
	).toBeLessThanOrEqual(CEILING_BYTES);
	console.log(`${kb(CEILING_BYTES - sum(first))} KB left under the budget`);
});

test('with ?data= the code that reads the dataset is preloaded once the page’s own is asked for, and only then', async ({
	page,
	context
}) => {
	await context.route(
		(url) => url.pathname === '/fixtures/space-race.json',
		(route) =>
			route.fulfill({ path: 'tests/fixtures/space-race.json', contentType: 'application/json' })
	);
	// The chunks early-data.js preloads (written in by scripts/preload-data.js after the build).
	const script = await (await page.request.get('/early-data.js')).text();
	const chunks = (JSON.parse(/var chunks = (\[.*?\]);/.exec(script)![1]) as string[]).map(
		(name) => `_app/immutable/chunks/${name}.js`
	);
	expect(chunks.length).toBeGreaterThan(0);
	/** The page's modulepreload links, in document order, as paths. */
	const preloads = () =>
		page.evaluate(() =>
			[...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
				new URL(link.href).pathname.slice(1)
			)
		);
	const requested = () =>
		page.evaluate(() =>
			performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname.slice(1))
		);

	await page.goto('/?data=/fixtures/space-race.json');
	const { events } = JSON.parse(readFileSync('tests/fixtures/space-race.json', 'utf8'));
	await expect(page.locator('.timeline[data-ready]')).toHaveAttribute(
		'data-count',
		String(events.length)
	);
	// Each is preloaded, after the page's own preloads (the HTML's): on a slow connection it must
	// not queue ahead of them. The page's code may have asked for some already (a fast connection).
	const html = await (await page.request.get('/')).text();
	const own = [...html.matchAll(/href="\.\/([^"]+)" rel="modulepreload"/g)].map((m) => m[1]);
	expect(own.length).toBeGreaterThan(0);
	const links = await preloads();
	const lastOwn = Math.max(...own.map((path) => links.indexOf(path)));
	for (const chunk of chunks) expect(links.indexOf(chunk), chunk).toBeGreaterThan(lastOwn);
	const files = await requested();
	for (const chunk of chunks) expect(files, chunk).toContain(chunk);

	// Without a dataset in the address none of it is preloaded.
	await page.goto('/');
	await page.locator('.timeline[data-ready]').waitFor();
	expect((await preloads()).filter((path) => chunks.includes(path))).toEqual([]);
});
