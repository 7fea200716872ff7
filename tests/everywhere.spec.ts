// Imported data everywhere (issue 15): a dataset named by ?data= is presented (with its own tours, in
// the speaker view too) and embedded (in lanes of its own categories), the Embed dialog's code shows
// it, and "Present these" presents exactly the filtered events. Bad data falls back with a notice.
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { marks, markOf } from './locators';

const FIXTURE = 'tests/fixtures/space-race.json';
const DATA = '/fixtures/space-race.json';
const space: {
	events: { id: string; title: string; type: string; date: string }[];
	tours: { id: string; title: string; stops: { event: string; notes?: string }[] }[];
} = JSON.parse(readFileSync(FIXTURE, 'utf8'));
/** The events' titles in date order, as the built-in tour steps through them. */
const inOrder = [...space.events].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.title);

/** 300 events a day apart, ids like `launch-number-0042`: their ids joined are too long for a link. */
const MANY = '/fixtures/many.json';
const many = {
	events: Array.from({ length: 300 }, (_, i) => ({
		id: `launch-number-${String(i).padStart(4, '0')}`,
		title: `Launch ${i}`,
		type: 'Launches',
		date: new Date(Date.UTC(2001, 0, 1 + i)).toISOString().slice(0, 10),
		dateBasis: 'stated',
		summary: `Launch number ${i}.`
	}))
};

/**
 * Serves the fixtures at DATA and MANY for every page and frame of the context, as a data host that
 * lets other sites read it would (a sandboxed embed's requests come from the origin "null"); any
 * other /fixtures/ path answers 404.
 */
async function serveFixture(context: BrowserContext) {
	const headers = { 'access-control-allow-origin': '*' };
	await context.route(
		(url) => url.pathname.startsWith('/fixtures/'),
		(route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === DATA)
				return route.fulfill({ path: FIXTURE, contentType: 'application/json', headers });
			if (path === MANY) return route.fulfill({ json: many, headers });
			return route.fulfill({ status: 404, body: 'not here' });
		}
	);
}

async function openPresent(page: Page, search: string) {
	await page.goto(`/present${search}`);
	await page.locator('.present[data-ready]').waitFor();
	await page.locator('.timeline[data-ready]').waitFor();
}

const cardTitle = (page: Page) => page.locator('.stage').getByRole('heading', { level: 2 });

test.beforeEach(({ context }) => serveFixture(context));

test('/present?data= steps through the imported events with the keyboard, in date order', async ({
	page
}) => {
	await openPresent(page, `?data=${encodeURIComponent(DATA)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every event, in order');
	for (const [i, title] of inOrder.entries()) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		await expect(cardTitle(page)).toHaveText(title);
		await expect(
			page.getByText(`Step ${i + 1} of ${inOrder.length}`, { exact: true })
		).toBeVisible();
		// The timeline is on the imported dataset: the stop's own mark is drawn.
		await expect(markOf(page, title)).toBeVisible();
	}
	// The address keeps the data across every step, so a reload presents the same.
	await expect(page).toHaveURL(/\?data=%2Ffixtures%2Fspace-race\.json&tour=all&step=5$/);
	// The back link returns to the imported dataset's timeline.
	await expect(page.getByRole('link', { name: /Timeline/ })).toHaveAttribute(
		'href',
		/\/\?data=%2Ffixtures%2Fspace-race\.json$/
	);
});

test('/present?data=&tour= presents a tour the file carries, and its speaker view shows the same data', async ({
	page,
	context
}) => {
	const tour = space.tours[0];
	const titleOf = (k: number) => space.events.find((e) => e.id === tour.stops[k - 1].event)!.title;
	await openPresent(page, `?data=${encodeURIComponent(DATA)}&tour=${tour.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tour.title);
	await expect(cardTitle(page)).toHaveText(titleOf(1));
	await expect(page.getByLabel('Tour', { exact: true }).locator('option')).toHaveText([
		'Every event, in order',
		tour.title
	]);

	// S opens the speaker view with the data in its address; it shows the stop and its notes.
	const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await speaker.locator('.speaker[data-ready]').waitFor();
	expect(new URL(speaker.url()).searchParams.get('data')).toBe(DATA);
	const now = speaker.locator('.now').getByRole('heading', { level: 3 });
	await expect(now).toHaveText(titleOf(1));
	await expect(speaker.locator('.notes')).toContainText(tour.stops[0].notes!);
	await expect(speaker.locator('.next')).toContainText(titleOf(2));
	await speaker.keyboard.press('ArrowRight');
	await expect(cardTitle(page)).toHaveText(titleOf(2));
	await expect(speaker.locator('.notes')).toContainText(tour.stops[1].notes!);
});

test('/present with unreachable or refused data names the URL and why, and presents the curated tours', async ({
	page
}) => {
	await openPresent(page, '?data=/fixtures/missing.json');
	const notice = page.locator('.data-failed');
	await expect(notice).toContainText('Could not show /fixtures/missing.json');
	await expect(notice).toContainText('404');
	await expect(notice).toContainText('The curated data is shown instead.');
	const first = await cardTitle(page).textContent();
	await page.keyboard.press('ArrowRight');
	await expect(cardTitle(page)).not.toHaveText(first!);
	await expect(page).toHaveURL(/step=2$/);

	await openPresent(page, '?data=http://example.org/x.json');
	await expect(page.locator('.data-failed')).toContainText('http://example.org/x.json');
	await expect(page.locator('.data-failed')).toContainText('https');
});

/** Each drawn mark's lane, by where it is drawn: the name of the lane band its centre lies in. */
async function laneOfEachMark(page: Page) {
	return page.locator('.timeline').evaluate((root) => {
		const bands = [...root.querySelectorAll('.lanes rect.a, .lanes rect.b')].map((r) =>
			r.getBoundingClientRect()
		);
		const names = [...root.querySelectorAll('.lanes text.lane-name')].map((t) => t.textContent);
		const found: Record<string, string | null> = {};
		for (const mark of root.querySelectorAll<HTMLElement>('[data-mark][data-event]')) {
			const box = mark.getBoundingClientRect();
			const y = box.top + box.height / 2;
			const i = bands.findIndex((b) => y >= b.top && y < b.bottom);
			found[mark.dataset.event!] = i < 0 ? null : names[i];
		}
		return found;
	});
}

test('/embed?data= draws the imported events in lanes of their own categories; types names them', async ({
	page
}) => {
	await page.goto(`/embed?data=${encodeURIComponent(DATA)}`);
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('.lanes text.lane-name')).toHaveText([
		'Launches',
		'Landings',
		'Spacewalks'
	]);
	await expect(marks(page)).toHaveCount(space.events.length);
	const lanes = await laneOfEachMark(page);
	for (const e of space.events) expect(lanes[e.id], e.id).toBe(e.type);
	// Left to right in time.
	const xs = await Promise.all(
		inOrder.map(async (title) => (await markOf(page, title).boundingBox())!.x)
	);
	expect([...xs].sort((a, b) => a - b)).toEqual(xs);

	// types= names the dataset's own categories; a curated type is reported, not silently dropped.
	await page.goto(`/embed?data=${encodeURIComponent(DATA)}&types=Landings,forum`);
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('.lanes text.lane-name')).toHaveText(['Landings']);
	await expect(marks(page)).toHaveCount(2);
	await expect(page.locator('.notice')).toContainText('"forum" is not an event type');

	// Bad data: the curated timeline, with the URL and the reason.
	await page.goto('/embed?data=/fixtures/missing.json');
	await page.locator('.timeline[data-ready]').waitFor();
	await expect(page.locator('.data-failed')).toContainText('/fixtures/missing.json');
	await expect(page.locator('.data-failed')).toContainText('404');
	await expect(marks(page).first()).toBeVisible();
});

test('the Embed dialog’s code for a ?data= view, loaded as a page, shows the imported data and talks to its host', async ({
	page: site,
	context
}) => {
	test.slow();
	await site.goto(`/?data=${encodeURIComponent(DATA)}&types=Landings,Launches`);
	await site.locator('.timeline[data-ready]').waitFor();
	await expect(site.locator('.dataset-note')).toContainText('space-race.json');
	await site.getByRole('button', { name: 'Embed', exact: true }).click();
	const code = await site.getByLabel('HTML to paste into a lesson page').inputValue();
	const origin = new URL(site.url()).origin;
	expect(code).toContain(`data=${encodeURIComponent(`${origin}${DATA}`)}`);
	expect(code).toContain('types=Landings%2CLaunches');

	// The code as a lesson page would hold it, in a page of its own (not under this site's policy);
	// messages the embed posts collect.
	const page = await context.newPage();
	await page.setContent(`<!doctype html><body>${code}<script>
		window.messages = [];
		addEventListener('message', (e) => e.data?.source === 'cr-timeline' && window.messages.push(e.data));
	</script></body>`);
	const frame = page.frameLocator('iframe');
	await frame.locator('.timeline[data-ready]').waitFor();
	await expect(frame.locator('.lanes text.lane-name')).toHaveText(['Launches', 'Landings']);
	await expect(markOf(frame, 'Apollo 11 lands on the Moon')).toBeVisible();
	await expect(marks(frame)).toHaveCount(4);
	const messages = () =>
		page.evaluate(() => (window as unknown as { messages: Record<string, unknown>[] }).messages);
	await expect.poll(messages).toContainEqual(expect.objectContaining({ type: 'ready', events: 4 }));
	// The host selects an imported event; the embed opens it.
	await page.evaluate(() =>
		document
			.querySelector('iframe')!
			.contentWindow!.postMessage(
				{ source: 'cr-timeline', version: 1, type: 'select', event: 'apollo-11' },
				'*'
			)
	);
	await expect(frame.getByRole('dialog')).toContainText('Armstrong and Aldrin walk on the Moon.');
});

test('the Embed dialog says a local file cannot be embedded, and how to publish it', async ({
	page
}) => {
	await page.goto('/');
	await page.locator('.timeline[data-ready]').waitFor();
	await page.getByText('Your data').click();
	await page.locator('input[type=file]').setInputFiles(FIXTURE);
	await expect(page.locator('.dataset-note')).toContainText('space-race.json');
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('space-race.json is on your computer and cannot be embedded');
	await expect(dialog).toContainText('publish it at an https address');
	await expect(dialog.getByLabel('HTML to paste into a lesson page')).toHaveCount(0);
});

test('"Present these" after filtering presents exactly the filtered events, in date order', async ({
	page
}) => {
	await page.goto(`/?data=${encodeURIComponent(DATA)}&types=Landings,Spacewalks`);
	await page.locator('.timeline[data-ready]').waitFor();
	await page.getByLabel('All matching events').check();
	const picked = space.events
		.filter((e) => e.type !== 'Launches')
		.sort((a, b) => a.date.localeCompare(b.date));
	await page.getByRole('button', { name: `Present these (${picked.length})` }).click();
	await page.locator('.present[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Events picked (${picked.length})`
	);
	expect(new URL(page.url()).searchParams.get('ids')).toBe(picked.map((e) => e.id).join(','));
	expect(new URL(page.url()).searchParams.get('data')).toBe(DATA);
	for (const [i, e] of picked.entries()) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		await expect(cardTitle(page)).toHaveText(e.title);
		await expect(
			page.getByText(`Step ${i + 1} of ${picked.length}`, { exact: true })
		).toBeVisible();
	}
	// The tour ends there; the built-in tour of every event is still offered.
	await page.keyboard.press('ArrowRight');
	await expect(
		page.getByText(`Step ${picked.length} of ${picked.length}`, { exact: true })
	).toBeVisible();
	await expect(page.getByLabel('Tour', { exact: true }).locator('option')).toHaveText([
		`Events picked (${picked.length})`,
		'Every event, in order',
		space.tours[0].title
	]);
});

test('"Present these" carries a long list in the tab, not the link, and the curated data by ids', async ({
	page
}) => {
	await page.goto(`/?data=${encodeURIComponent(MANY)}&q=launch`);
	await page.locator('.timeline[data-ready]').waitFor();
	await page.getByLabel('All matching events').check();
	const n = many.events.length;
	await page.getByRole('button', { name: `Present these (${n})` }).click();
	await page.locator('.present[data-ready]').waitFor();
	const url = new URL(page.url());
	// 300 ids joined are longer than a link should carry: a key names the list kept in the tab.
	expect(url.searchParams.get('ids')).toBeNull();
	expect(url.searchParams.get('sel')).toMatch(/^[\w-]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Events picked (${n})`);
	await page.keyboard.press('End');
	await expect(page.getByText(`Step ${n} of ${n}`, { exact: true })).toBeVisible();
	await expect(cardTitle(page)).toHaveText(`Launch ${n - 1}`);
	// A reload in the same tab presents the same list.
	await page.reload();
	await page.locator('.present[data-ready]').waitFor();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Events picked (${n})`);

	// The curated data: a short list travels as ids in the link.
	await page.goto('/?types=talks');
	await page.locator('.timeline[data-ready]').waitFor();
	await page.getByLabel('All matching events').check();
	const rows = await page.locator('tbody tr[data-row]').count();
	await page.getByRole('button', { name: `Present these (${rows})` }).click();
	await page.locator('.present[data-ready]').waitFor();
	expect(new URL(page.url()).searchParams.get('ids')!.split(',')).toHaveLength(rows);
	await expect(page.getByText(`Step 1 of ${rows}`, { exact: true })).toBeVisible();
});
