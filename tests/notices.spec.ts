// Nonsense URL parameters on every page that reads them: the page corrects them, says so in a visible
// notice (role="status") naming each parameter, and the notice's Dismiss button removes it.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const TOUR = '2023-high-level-contacts';
const COUNT: number = JSON.parse(readFileSync(`data/tours/${TOUR}.json`, 'utf8')).stops.length;

/** What each page sets once it has read its URL (the tests wait for it). */
const READY: Record<string, string> = {
	'/': '.timeline[data-ready]',
	'/embed': '.timeline[data-ready]',
	'/present': '.present[data-ready]',
	'/present/speaker': '.speaker[data-ready]'
};

/** A bad URL, the parameters its notice must name, and text it must contain. */
interface Case {
	path: keyof typeof READY;
	query: string;
	params: string[];
	text: (string | RegExp)[];
}

const PRESENTER: Omit<Case, 'path'>[] = [
	{ query: 'tour=nope', params: ['tour'], text: ['there is no tour "nope"', 'default tour'] },
	{ query: `tour=${TOUR}&step=-3`, params: ['step'], text: ['showing step 1'] },
	{ query: `tour=${TOUR}&step=abc`, params: ['step'], text: ['"abc"', 'showing step 1'] },
	{
		query: `tour=${TOUR}&step=999`,
		params: ['step'],
		text: [`step 999 is past the last step (${COUNT}); showing step ${COUNT}`]
	},
	{ query: 'step=999', params: ['step'], text: [/past the last step \(\d+\)/] },
	{ query: `tour=${TOUR}&step=1.5`, params: ['step'], text: ['"1.5"', 'showing step 1'] },
	{ query: 'lang=xx', params: ['lang'], text: ['not a language of this site (en, zh)'] }
];

const CASES: Case[] = [
	...PRESENTER.map((c) => ({ ...c, path: '/present' as const })),
	...PRESENTER.map((c) => ({ ...c, path: '/present/speaker' as const })),
	{ path: '/embed', query: 'tour=nope', params: ['tour'], text: ['there is no tour "nope"'] },
	{
		path: '/embed',
		query: 'lang=xx',
		params: ['lang'],
		text: ['not a language of this site (en, zh)']
	},
	{
		path: '/',
		query: 'countries=Narnia&participants=Nobody&sources=zzz',
		params: ['countries', 'participants', 'sources'],
		text: [
			'there is no country "Narnia" in this dataset',
			'there is no participant "Nobody" in this dataset',
			'there is no source document "zzz" in this dataset'
		]
	},
	{
		path: '/',
		query: 'country=Narnia&participant=Nobody&source=zzz',
		params: ['country', 'participant', 'source'],
		text: ['there is no country "Narnia" in this dataset']
	},
	{
		path: '/',
		query: 'lang=xx',
		params: ['lang'],
		text: ['"xx" is not a language of this site (en, zh); using']
	}
];

/** Records errors thrown in the page. */
function watch(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

async function open(page: Page, path: string, query: string) {
	await page.goto(`${path}?${query}`);
	await page.locator(READY[path]).waitFor();
}

/** The URL notice (role=status) that names `param`. */
function noticeFor(page: Page, param: string) {
	return page
		.getByRole('status')
		.filter({ hasText: 'corrected' })
		.filter({ has: page.getByRole('code').filter({ hasText: new RegExp(`^${param}$`) }) });
}

for (const { path, query, params, text } of CASES) {
	test(`${path}?${query}: a dismissible notice names ${params.join(', ')}`, async ({ page }) => {
		const errors = watch(page);
		await open(page, path, query);
		const notice = noticeFor(page, params[0]);
		await expect(notice).toBeVisible();
		for (const param of params)
			await expect(
				notice
					.getByRole('code')
					.filter({ hasText: new RegExp(`^${param}$`) })
					.first()
			).toBeVisible();
		for (const part of text) await expect(notice).toContainText(part);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(noticeFor(page, params[0])).toHaveCount(0);
		// Focus moves on (to the timeline), not to the top of the page.
		expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
		expect(errors).toEqual([]);
	});
}

test('/embed?lang=xx names lang once', async ({ page }) => {
	await open(page, '/embed', 'lang=xx');
	const notice = noticeFor(page, 'lang');
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('code').filter({ hasText: /^lang$/ })).toHaveCount(1);
});

test('good parameters give no notice', async ({ page }) => {
	for (const [path, query] of [
		['/', 'lang=en&countries=CN'],
		['/embed', 'lang=zh'],
		['/present', `tour=${TOUR}&step=2&lang=en`],
		['/present/speaker', `tour=${TOUR}&step=${COUNT}`]
	]) {
		await open(page, path, query);
		await expect(page.getByRole('status').filter({ hasText: 'corrected' })).toHaveCount(0);
	}
});
