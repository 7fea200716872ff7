// Accessibility beyond the axe scans (axe.spec.ts): safe external links, the polite announcement
// of range changes, reduced motion in the presenter, target sizes, the language of parts, Esc in
// the Embed dialog, periods and cluster names, headings and landmarks, and the overview's keys.
import { expect, test, type Page } from '@playwright/test';
import { events } from './data';
import { settled } from './settled';

const EVENT = 'li-shangfu-visits-russia-2023';
const TOUR = '2023-high-level-contacts';

/** Each page, and the element that says it is hydrated (null: static content, wait for the network). */
const PAGES: [name: string, url: string, ready: string | null][] = [
	['home, detail closed', '/', '.timeline[data-ready]'],
	['home, detail open', `/?event=${EVENT}`, '.timeline[data-ready]'],
	['presenter', '/present', '.present[data-ready]'],
	['speaker view', '/present/speaker', '.speaker[data-ready]'],
	['embed', '/embed', '.timeline[data-ready]'],
	['event page', `/events/${EVENT}`, null],
	['source page', '/sources/china-russia-military-chiefs-two-talks-zh', null]
];

/** Opens a page and waits until it is hydrated and every finite transition has ended. */
async function open(page: Page, url: string, ready: string | null) {
	await page.goto(url);
	if (ready) await page.locator(ready).waitFor();
	await page.waitForLoadState('networkidle');
	await settled(page);
}

test('every link that opens a new tab has rel="noopener noreferrer"', async ({ page }) => {
	let seen = 0;
	for (const [, url, ready] of PAGES) {
		await open(page, url, ready);
		const rels = await page
			.locator('a[target="_blank"]')
			.evaluateAll((links) =>
				links.map((a) => `${a.getAttribute('href')} ${a.getAttribute('rel')}`)
			);
		seen += rels.length;
		for (const rel of rels) {
			expect(rel, url).toMatch(/\bnoopener\b/);
			expect(rel, url).toMatch(/\bnoreferrer\b/);
		}
	}
	// The detail panel, the event page and the embed link out to sources.
	expect(seen).toBeGreaterThan(0);
});

test('a keyboard zoom is announced in the polite live region with the range and count', async ({
	page
}) => {
	await open(page, '/', '.timeline[data-ready]');
	const live = page.getByText(/^Showing /);
	await expect(live).toHaveCount(1);
	await expect(live).toHaveAttribute('aria-live', 'polite');
	const before = await live.textContent();
	await page.getByRole('region', { name: /^Timeline/ }).focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect(live).toHaveText(/^Showing .+, (\d+|no|one) events?$/);
	await expect(live).not.toHaveText(before ?? '');
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the presenter cuts to the next stop without animating', async ({ page }) => {
		await page.goto(`/present?tour=${TOUR}&step=1`);
		await page.locator('.timeline[data-ready]').waitFor();
		await page.locator('.present[data-ready]').waitFor();
		const label = () => page.getByRole('region', { name: /^Timeline/ }).getAttribute('aria-label');
		const before = await label();
		// Two frames after the key the view is already at the stop, and stays there.
		const afterTwoFrames = await page.evaluate(async () => {
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			return document.querySelector('.viewport')!.getAttribute('aria-label');
		});
		expect(afterTwoFrames).not.toBe(before);
		await page.waitForTimeout(1300);
		expect(await label()).toBe(afterTwoFrames);
		const running = await page.evaluate(
			() =>
				document
					.getAnimations()
					.filter(
						(a) => a.playState === 'running' && Number(a.effect?.getTiming().duration ?? 0) > 1
					).length
		);
		expect(running).toBe(0);
	});
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, viewport: { width: 390, height: 844 }, isMobile: true });

	for (const [name, url, ready] of [
		['timeline', '/?from=2023-09&to=2023-12', '.timeline[data-ready]'],
		['embed', '/embed?from=2023-09&to=2023-12', '.timeline[data-ready]'],
		['presenter', `/present?tour=${TOUR}&step=2`, '.present[data-ready]']
	] as const) {
		test(`event marks and buttons of the ${name} are at least 24×24 px`, async ({ page }) => {
			await open(page, url, ready);
			const small = await page.getByRole('button').evaluateAll((els) =>
				els
					.filter(
						(e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
					)
					.map((e) => {
						const { width, height } = e.getBoundingClientRect();
						return { what: e.outerHTML.slice(0, 100), width, height };
					})
					.filter(({ width, height }) => width < 23.99 || height < 23.99)
			);
			expect(small).toEqual([]);
			expect(
				await page.getByRole('group', { name: 'Events' }).getByRole('button').count()
			).toBeGreaterThan(0);
		});
	}
});

test('language of parts: English texts on a Chinese page, Chinese quotes on an English one', async ({
	page
}) => {
	// An imported file has English titles only: on the Chinese page they say they are English.
	await open(page, '/?lang=zh', '.timeline[data-ready]');
	await page.getByText('你的数据', { exact: true }).click();
	await page.getByLabel('打开文件').setInputFiles('tests/fixtures/ours.csv');
	const marks = page.getByRole('group', { name: '事件' });
	const mark = marks.getByRole('button', { name: /^Joint naval drill, / });
	await expect(mark).toBeVisible();
	await expect(mark.getByText('Joint naval drill', { exact: true })).toHaveAttribute('lang', 'en');
	await mark.click();
	const detail = page.getByRole('complementary');
	await expect(detail.getByRole('heading', { name: 'Joint naval drill' })).toBeVisible();
	await expect(detail.getByText('Joint naval drill', { exact: true })).toHaveAttribute(
		'lang',
		'en'
	);
	await expect(detail.getByText('A week of drills at sea.')).toHaveAttribute('lang', 'en');

	// On the English page a Chinese quote says it is Chinese.
	await open(page, '/?event=tenth-beijing-xiangshan-forum-2023', '.timeline[data-ready]');
	const quote = page.getByRole('complementary').getByText(/访华并出席第十届北京香山论坛的绍伊古/);
	await expect(quote.first()).toBeVisible();
	expect(await quote.first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(
		'zh'
	);
});

test('Esc in the Embed dialog closes the dialog, not the detail panel behind it', async ({
	page
}) => {
	await open(page, `/?event=${EVENT}`, '.timeline[data-ready]');
	const address = page.url();
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('complementary')).toBeVisible();
	expect(page.url()).toBe(address);
	// A second Esc, with the dialog gone, closes the panel.
	await page.keyboard.press('Escape');
	await expect(page.getByRole('complementary')).toBeHidden();
});

test('periods are in the accessibility tree, and cluster names begin with their visible text', async ({
	page
}) => {
	await open(page, '/', '.timeline[data-ready]');
	const periods = page.getByRole('list', { name: 'Periods' });
	await expect(periods.getByRole('listitem').first()).toContainText(
		'Stage of good-neighbourly friendship and cooperation'
	);
	await expect(periods.getByRole('listitem').first()).toContainText('2000');
	const clusters = page.getByRole('group', { name: 'Events' }).getByRole('button', {
		name: /^\d+ events, /
	});
	expect(await clusters.count()).toBeGreaterThan(0);
	for (const cluster of await clusters.all()) {
		const visible = (await cluster.getByText(/^\d+ events$/).innerText()).trim();
		expect(await cluster.getAttribute('aria-label')).toMatch(new RegExp(`^${visible}\\b`));
	}
	// A single event's name is its visible title, then its date and category.
	await open(page, `/?from=2023-03&to=2023-06`, '.timeline[data-ready]');
	const { title } = events.find((e) => e.id === EVENT)!;
	const single = page.getByRole('group', { name: 'Events' }).getByRole('button', {
		name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .+, `)
	});
	await expect(single.getByText(title, { exact: true })).toBeVisible();
});

test('every page has one h1 and headings in order; the embed has a main landmark', async ({
	page
}) => {
	for (const [name, url, ready] of PAGES) {
		await open(page, url, ready);
		await expect(page.getByRole('heading', { level: 1 }), name).toHaveCount(1);
		const levels = await page
			.getByRole('heading')
			.evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
		for (let i = 1; i < levels.length; i++)
			expect(levels[i], `${name}: headings ${levels.join(' ')}`).toBeLessThanOrEqual(
				levels[i - 1] + 1
			);
	}
	await open(page, '/embed', '.timeline[data-ready]');
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('main').getByRole('region', { name: /^Timeline/ })).toBeVisible();
});

test('the overview brush takes Home, End, Page Up and Page Down', async ({ page }) => {
	await open(page, '/?from=2010-01&to=2012-01', '.timeline[data-ready]');
	const brush = page.getByRole('slider', { name: /^Overview/ });
	const value = async () => Number(await brush.getAttribute('aria-valuenow'));
	await brush.focus();
	const start = await value();
	await page.keyboard.press('PageDown');
	await expect.poll(value).toBeGreaterThan(start);
	await page.keyboard.press('PageUp');
	await expect.poll(value).toBe(start);
	await page.keyboard.press('Home');
	await expect.poll(value).toBe(0);
	await expect(page).toHaveURL(/from=(1999|2000)/);
	await page.keyboard.press('End');
	await expect.poll(value).toBeGreaterThan(80);
	await expect(page).toHaveURL(/to=202[45]/);
});
