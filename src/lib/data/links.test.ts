import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLink } from './links';

describe('checkLink', () => {
	it.each([
		['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d', 'example.org', false],
		['http://example.org/x', 'http://example.org/x', 'example.org', true],
		['HTTPS://Example.ORG', 'https://example.org/', 'example.org', false],
		['https://example.org:8443/x', 'https://example.org:8443/x', 'example.org:8443', false],
		// Internationalised names show in punycode; a Cyrillic look-alike of apple.com does too.
		['https://bücher.example/', 'https://xn--bcher-kva.example/', 'xn--bcher-kva.example', false],
		['https://аррӏе.com/', 'https://xn--80ak6aa92e.com/', 'xn--80ak6aa92e.com', false],
		[
			'https://中文.example/路径',
			'https://xn--fiq228c.example/%E8%B7%AF%E5%BE%84',
			'xn--fiq228c.example',
			false
		]
	])('checkLink(%j) links to %j and shows %j', (raw, href, host, insecure) => {
		expect(checkLink(raw)).toEqual({ ok: true, href, host, insecure });
	});

	it.each([
		['javascript:alert(1)', 'scheme'],
		['data:text/html,<script>alert(1)</script>', 'scheme'],
		['file:///etc/passwd', 'scheme'],
		['ftp://example.org/', 'scheme'],
		['mailto:a@example.org', 'scheme'],
		['https://user:pass@example.org/', 'credentials'],
		['https://user@example.org/', 'credentials'],
		['https://:pass@example.org/', 'credentials'],
		['https://trusted.example@evil.example/', 'credentials'],
		['/relative/path', 'invalid'],
		['example.org', 'invalid'],
		['https://', 'invalid'],
		['', 'invalid']
	])('checkLink(%j) refuses it: %s', (raw, reason) => {
		expect(checkLink(raw)).toEqual({ ok: false, reason });
	});

	it('checkLink only ever links to http(s) without credentials, showing the href’s own host', () => {
		const candidates = fc.oneof(
			fc.webUrl({ withQueryParameters: true, withFragments: true }),
			fc.string({ maxLength: 40 }),
			fc
				.tuple(
					fc.constantFrom('https://', 'http://', 'javascript:', 'HTTPS:', ' https://', 'data:'),
					fc.string({ maxLength: 30 })
				)
				.map(([a, b]) => a + b)
		);
		fc.assert(
			fc.property(candidates, (raw) => {
				const link = checkLink(raw);
				if (!link.ok) return;
				const url = new URL(link.href);
				expect(['https:', 'http:']).toContain(url.protocol);
				expect(url.username + url.password).toBe('');
				expect(link.host).toBe(url.host);
				expect(link.host).not.toMatch(/[^\x21-\x7e]/);
				expect(link.insecure).toBe(url.protocol === 'http:');
			}),
			{ numRuns: 2000 }
		);
	});
});
