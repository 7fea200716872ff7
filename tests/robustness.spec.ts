// Broken and hostile URLs and datasets: the page never throws, keeps drawing the timeline, says what
// was wrong in a dismissible notice, and never turns data into markup or script.
import { expect, test, type Page } from '@playwright/test';
import { detailPanel, marks, markOf, timelineRegion } from './locators';

const LONG_Q = 'visit '.repeat(834).slice(0, 5000);
const SCRIPT = '<script>alert(1)</script>';

/** Hostile query strings and the parameter the notice must name. */
const HOSTILE: [name: string, query: string, param: string][] = [
	['swapped range', 'from=2024&to=2001', 'from'],
	['year 99999', 'from=99999', 'from'],
	['script as event id', `event=${encodeURIComponent(SCRIPT)}`, 'event'],
	['unknown type', 'types=nope,forum', 'types'],
	['5,000-character query', `q=${encodeURIComponent(LONG_Q)}`, 'q'],
	['javascript: dataset', `data=${encodeURIComponent('javascript:alert(1)')}`, 'data'],
	['http dataset', `data=${encodeURIComponent('http://example.org/x.json')}`, 'data']
];

interface Watch {
	errors: string[];
	dialogs: string[];
	requests: string[];
}

/** Records page errors, dialogs (an alert would mean injected script ran) and requests leaving the site. */
function watch(page: Page): Watch {
	const seen: Watch = { errors: [], dialogs: [], requests: [] };
	page.on('pageerror', (e) => seen.errors.push(e.message));
	page.on('dialog', (d) => {
		seen.dialogs.push(d.message());
		d.dismiss().catch(() => {});
	});
	page.on('request', (r) => {
		if (!r.url().startsWith('http://localhost') && !r.url().startsWith('data:'))
			seen.requests.push(r.url());
	});
	return seen;
}

async function open(page: Page, url: string) {
	await page.goto(url);
	await page.locator('.timeline[data-ready]').waitFor();
}

/** Inline scripts, and any attribute that could run script, as text to compare between loads. */
function scriptSurface(page: Page) {
	return page.evaluate(() => {
		const inline = [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent);
		const risky: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const { name, value } of el.attributes) {
				if (name.startsWith('on')) risky.push(`${el.tagName} ${name}`);
				if (/^\s*(javascript|data):/i.test(value) && /^(href|src|action|formaction)$/.test(name))
					risky.push(`${el.tagName} ${name}=${value.slice(0, 40)}`);
			}
		}
		return { inline, risky, scripts: document.scripts.length };
	});
}

/** The notice (role=status) that names `param`. */
function noticeFor(page: Page, param: string) {
	return page.getByRole('status').filter({ hasText: new RegExp(`\\b${param}\\b`) });
}

/** Dismisses the notice in its own way: Dismiss, or for a dataset on `/`, back to the curated one. */
async function dismiss(page: Page, path: string, param: string) {
	const notice = noticeFor(page, param);
	if (path === '/' && param === 'data') {
		await page.getByRole('button', { name: 'Back to the curated dataset' }).first().click();
		await expect(page).not.toHaveURL(/[?&]data=/);
	} else {
		await notice.getByRole('button', { name: 'Dismiss' }).click();
	}
	await expect(notice).toHaveCount(0);
}

for (const path of ['/', '/embed']) {
	test.describe(`hostile URLs on ${path}`, () => {
		let clean: Awaited<ReturnType<typeof scriptSurface>>;
		test.beforeEach(async ({ page }) => {
			await open(page, path);
			clean = await scriptSurface(page);
		});

		for (const [name, query, param] of HOSTILE) {
			test(`${name}: corrected with a dismissible notice naming ${param}`, async ({ page }) => {
				const seen = watch(page);
				await open(page, `${path}?${query}`);
				await expect(noticeFor(page, param).first()).toBeVisible();
				// The timeline still draws its events.
				await expect(marks(page).first()).toBeVisible();
				// A hostile value is shown as text, never as markup.
				if (param === 'event')
					await expect(noticeFor(page, param).first()).toContainText('<script>');
				const surface = await scriptSurface(page);
				expect(surface.inline).toEqual(clean.inline);
				expect(surface.scripts).toBe(clean.scripts);
				expect(surface.risky).toEqual([]);
				await dismiss(page, path, param);
				await expect(marks(page).first()).toBeVisible();
				expect(seen.errors).toEqual([]);
				expect(seen.dialogs).toEqual([]);
				expect(seen.requests).toEqual([]);
			});
		}
	});
}

test('/embed names parameters it does not read and survives repeated unknown ids', async ({
	page
}) => {
	const seen = watch(page);
	await open(page, '/embed?events=nope,nope&selected=nope&thme=dark&theme=%3Cb%3Ex%3C%2Fb%3E');
	const notice = page.getByRole('status').first();
	for (const param of ['events', 'selected', 'thme', 'theme'])
		await expect(notice).toContainText(param);
	await expect(marks(page).first()).toBeVisible();
	expect(await page.locator('b').count()).toBe(0);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByRole('status')).toHaveCount(0);
	expect(seen.errors).toEqual([]);
});

test('a malformed dataset says where it breaks and the curated timeline keeps working', async ({
	page
}) => {
	await page.route(
		(url) => url.pathname === '/fixtures/broken.json',
		(route) => route.fulfill({ body: '{"events": [ {"id": "x"', contentType: 'application/json' })
	);
	const seen = watch(page);
	await open(page, '/?data=/fixtures/broken.json');
	const status = page.getByRole('status').filter({ hasText: 'records shown' });
	await expect(status).toContainText('0 of 0 records shown');
	await expect(page.getByText(/malformed JSON at line 1, column \d+/)).toBeVisible();
	// The curated timeline is still there and still works: zoom with the keyboard, open an event.
	await expect(marks(page).first()).toBeVisible();
	await timelineRegion(page).focus();
	await page.keyboard.press('+');
	await marks(page).first().click();
	await expect(detailPanel(page)).toBeVisible();
	expect(seen.errors).toEqual([]);
});

test('when ?data= cannot be read, the rest of the address still applies, with its notices', async ({
	page
}) => {
	await page.route(
		(url) => url.pathname === '/fixtures/broken.json',
		(route) => route.fulfill({ body: '{"events": [', contentType: 'application/json' })
	);
	await open(page, '/?data=/fixtures/broken.json&from=2023-04&to=2023-05&types=visit,nope');
	await expect(page.getByText(/malformed JSON/)).toBeVisible();
	const notice = page.getByRole('status').filter({ hasText: 'settings were corrected' });
	await expect(notice).toContainText('types');
	await expect(notice).toContainText('nope');
	await expect(timelineRegion(page)).toHaveAccessibleName(/Apr 2023/);
	// The lane is a data attribute with no accessible equivalent; the marks are found by role.
	const lanes = await marks(page).evaluateAll((els) => els.map((e) => e.dataset.lane));
	expect(lanes.length).toBeGreaterThan(0);
	for (const lane of lanes) expect(lane).toBe('visits');
});

test('a hostile dataset is shown as text, its bad records listed, and nothing runs', async ({
	page
}) => {
	const hostile = {
		events: [
			{
				id: 'hostile-title',
				title: '<img src=x onerror=alert(1)>',
				type: 'visit',
				date: '2023-04-16',
				dateBasis: 'stated',
				summary: SCRIPT,
				// Repeated participants and citations must not break the detail panel.
				participants: [
					{ name: 'Li', role: 'minister', country: 'CN' },
					{ name: 'Li', role: 'minister', country: 'CN' }
				],
				sources: [
					{ url: 'https://example.org/a', quote: 'q' },
					{ url: 'https://example.org/a', quote: 'q' }
				]
			},
			{
				id: 'bad-link',
				title: 'Bad link',
				type: 'talks',
				date: '2023-05',
				dateBasis: 'stated',
				summary: 's',
				sources: [{ url: 'javascript:alert(1)' }]
			}
		]
	};
	await page.route(
		(url) => url.pathname === '/fixtures/hostile.json',
		(route) => route.fulfill({ json: hostile })
	);
	const seen = watch(page);
	await open(page, '/?data=/fixtures/hostile.json');
	await expect(page.getByRole('status').filter({ hasText: 'records shown' })).toContainText(
		'1 of 2 records shown'
	);
	await expect(
		page.getByRole('listitem').filter({ hasText: /Row 2.*sources\[0\]\.url/ })
	).toBeVisible();
	const mark = markOf(page, '<img src=x onerror=alert(1)>');
	await expect(mark).toContainText('<img src=x onerror=alert(1)>');
	await mark.click();
	await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText(
		'<img src=x onerror=alert(1)>'
	);
	await expect(detailPanel(page)).toContainText(SCRIPT);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	for (const rel of await detailPanel(page)
		.getByRole('link')
		.and(page.locator('[target="_blank"]'))
		.evaluateAll((links) => links.map((a) => a.getAttribute('rel') ?? '')))
		expect(rel).toMatch(/noopener.*noreferrer|noreferrer.*noopener/);
	expect((await scriptSurface(page)).risky).toEqual([]);
	expect(seen.errors).toEqual([]);
	expect(seen.dialogs).toEqual([]);
});

test('a dataset over the size limit is refused', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/fixtures/huge.json',
		(route) =>
			route.fulfill({
				body: 'x',
				headers: { 'content-length': String(600 * 1024 * 1024) },
				contentType: 'application/json'
			})
	);
	const seen = watch(page);
	await open(page, '/?data=/fixtures/huge.json');
	await expect(page.getByRole('status').filter({ hasText: 'limit' })).toBeVisible();
	await expect(marks(page).first()).toBeVisible();
	expect(seen.errors).toEqual([]);
});
