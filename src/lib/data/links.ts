/**
 * The one rule for turning a URL from data (a citation's `url`, a date reference's `url`) into a
 * link. No dependencies, so components can import it freely.
 */

/** Why a URL is not made a link. */
export type LinkRefusal = 'invalid' | 'scheme' | 'credentials';

/** A URL checked by {@link checkLink}. */
export type CheckedLink =
	| {
			ok: true;
			/** The URL as the browser will use it (normalised; the host in punycode). */
			href: string;
			/** The host to show beside the link: punycode for internationalised names, with any port. */
			host: string;
			/** True for `http:`: shown with a warning that the page is not encrypted. */
			insecure: boolean;
	  }
	| { ok: false; reason: LinkRefusal };

/**
 * Checks a URL from data before it becomes a link: only absolute `https:` URLs, and `http:` ones
 * (marked `insecure`); never one with a user name or password (`https://user:pass@host/`, which
 * can make a link look like another site's). The host comes back as the URL API gives it, in
 * punycode (`https://bücher.example/` has the host `xn--bcher-kva.example`), so a look-alike
 * internationalised name shows for what it is.
 */
export function checkLink(raw: string): CheckedLink {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return { ok: false, reason: 'invalid' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
	if (url.username || url.password) return { ok: false, reason: 'credentials' };
	if (!url.hostname) return { ok: false, reason: 'invalid' };
	return { ok: true, href: url.href, host: url.host, insecure: url.protocol === 'http:' };
}
