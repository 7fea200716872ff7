/**
 * What pages tell link previews (OpenGraph, Twitter cards), oEmbed consumers and reference managers
 * about themselves: the site's name, its preview image, and absolute addresses. Pure: no DOM.
 *
 * Prerendered pages know the site's address only when the build is given it (`SITE_ORIGIN`, read by
 * svelte.config.js as `prerender.origin`); otherwise SvelteKit's placeholder origin is in `url.origin`
 * and addresses stay relative (README, "Link previews").
 */

/** The site's name, as platforms show it beside a preview. */
export const SITE_NAME = 'China–Russia military diplomacy timeline';

/** The one preview image of the site (static/og-image.png), in px. */
export const PREVIEW_IMAGE = { path: '/og-image.png', widthPx: 1200, heightPx: 630 } as const;

/** The embed's default frame, px, as the oEmbed answer offers it. */
export const EMBED_SIZE = { widthPx: 640, heightPx: 360 } as const;

/** The real origin of `origin`, or '' for SvelteKit's prerender placeholder (no SITE_ORIGIN). */
export function knownOrigin(origin: string): string {
	return origin.includes('sveltekit-prerender') ? '' : origin;
}

/** `path` (starting with `/`) on `origin`, or `path` alone when the origin is unknown (''). */
export function absolute(origin: string, path: string): string {
	return `${knownOrigin(origin)}${path}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** An oEmbed 1.0 `rich` answer (https://oembed.com/#section2.3): the embed in a sized iframe. */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The oEmbed answer for a page whose embeddable view is `/embed<search>` (`search` '' or `?…`), titled
 * `title`. The iframe is sandboxed as the README's snippet is.
 */
export function oembedFor(origin: string, title: string, search: string): OEmbed {
	const src = absolute(origin, `/embed${search}`);
	const { widthPx, heightPx } = EMBED_SIZE;
	return {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE_NAME,
		provider_url: absolute(origin, '/'),
		html:
			`<iframe src="${attr(src)}" width="${widthPx}" height="${heightPx}" title="${attr(title)}" ` +
			`sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0"></iframe>`,
		width: widthPx,
		height: heightPx,
		thumbnail_url: absolute(origin, PREVIEW_IMAGE.path),
		thumbnail_width: PREVIEW_IMAGE.widthPx,
		thumbnail_height: PREVIEW_IMAGE.heightPx
	};
}
