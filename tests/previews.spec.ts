// Link previews and reference managers read the prerendered HTML as served (no JavaScript): every page
// has a title, a description, OpenGraph and Twitter card tags with a preview image; `/` and each event
// advertise a valid oEmbed answer; event and source pages carry Highwire `citation_*` tags (Zotero).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { events } from './data';
import { readFileSync } from 'node:fs';

const sources: { id: string; title: string; outlet: string | null; author: string | null }[] =
	JSON.parse(readFileSync('data/sources.json', 'utf8'));
const EVENT = events[0];
// A document with an outlet, so its publisher tag is checked.
const SOURCE = sources.find((s) => s.outlet)!;

/** The page's `<meta>` tags (name or property → content) and `<link>`s, as served. */
async function head(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.ok(), path).toBe(true);
	const html = await response.text();
	const decode = (s: string) =>
		s
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const meta = new Map<string, string[]>();
	for (const m of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g))
		meta.set(m[1], [...(meta.get(m[1]) ?? []), decode(m[2])]);
	const title = decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '');
	const oembed = html.match(
		/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/
	)?.[1];
	return { meta, title, oembed: oembed && decode(oembed) };
}

const PAGES = [
	'/',
	`/events/${EVENT.id}`,
	'/sources',
	`/sources/${SOURCE.id}`,
	'/present',
	'/present/speaker',
	'/embed'
];

for (const path of PAGES) {
	test(`${path} has a title, a description and OpenGraph and Twitter card tags`, async ({
		request
	}) => {
		const { meta, title } = await head(request, path);
		expect(title.length).toBeGreaterThan(5);
		for (const name of ['description', 'og:title', 'og:description', 'og:type', 'og:url'])
			expect(meta.get(name)?.[0]?.length, name).toBeGreaterThan(0);
		expect(meta.get('og:title')).toEqual([title]);
		expect(meta.get('twitter:card')).toEqual(['summary_large_image']);
		// The preview image is served, a PNG of the advertised size.
		const image = meta.get('og:image')![0];
		expect(meta.get('twitter:image')).toEqual([image]);
		const png = await request.get(image);
		expect(png.ok()).toBe(true);
		expect(png.headers()['content-type']).toBe('image/png');
		const bytes = await png.body();
		expect(bytes.readUInt32BE(16)).toBe(Number(meta.get('og:image:width')![0]));
		expect(bytes.readUInt32BE(20)).toBe(Number(meta.get('og:image:height')![0]));
	});
}

for (const [path, title, selected] of [
	['/', 'China–Russia military diplomacy timeline', null],
	[`/events/${EVENT.id}`, EVENT.title, EVENT.id]
] as const) {
	test(`${path} advertises a valid oEmbed answer`, async ({ request, page }) => {
		const { oembed } = await head(request, path);
		expect(oembed).toBeTruthy();
		const response = await request.get(oembed!);
		expect(response.headers()['content-type']).toContain('application/json');
		const o = await response.json();
		expect(o).toMatchObject({ version: '1.0', type: 'rich', title, width: 640, height: 360 });
		expect(typeof o.provider_name).toBe('string');
		const src = o.html.match(/^<iframe src="([^"]+)" width="640" height="360" /)?.[1];
		expect(src).toBeTruthy();
		expect(o.html).toContain('sandbox="allow-scripts');
		// The iframe's address is the embed, showing the event when there is one.
		const url = new URL(src.replace(/&amp;/g, '&'), 'http://host');
		expect(url.pathname).toBe('/embed');
		expect(url.searchParams.get('selected')).toBe(selected);
		await page.goto(`${url.pathname}${url.search}`);
		await page.locator('.timeline[data-ready]').waitFor();
		if (selected) await expect(page.getByRole('dialog')).toContainText(EVENT.title);
		expect((await request.get(o.thumbnail_url)).ok()).toBe(true);
	});
}

test('an event page carries Highwire citation tags for Zotero', async ({ request }) => {
	const { meta } = await head(request, `/events/${EVENT.id}`);
	expect(meta.get('citation_title')).toEqual([EVENT.title]);
	expect(meta.get('citation_publisher')).toEqual(['China–Russia military diplomacy timeline']);
	expect(meta.get('citation_date')![0]).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
	expect(meta.get('citation_date')![0].replace(/\//g, '-')).toBe(
		EVENT.date.slice(0, meta.get('citation_date')![0].length)
	);
	expect(meta.get('citation_public_url')![0]).toMatch(new RegExp(`/events/${EVENT.id}$`));
});

test('a source page carries Highwire citation tags for Zotero', async ({ request }) => {
	const { meta } = await head(request, `/sources/${SOURCE.id}`);
	expect(meta.get('citation_title')).toEqual([SOURCE.title]);
	expect(meta.get('citation_author')?.length).toBe(1);
	if (SOURCE.outlet) expect(meta.get('citation_publisher')).toEqual([SOURCE.outlet]);
	expect(meta.get('citation_public_url')![0]).toMatch(new RegExp(`/sources/${SOURCE.id}$`));
});
