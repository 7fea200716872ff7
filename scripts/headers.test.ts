// The post-build step that turns each page's CSP <meta> into its header policy (build/_headers).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	formatNginxMap,
	headerPolicy,
	headersFor,
	listPages,
	metaPolicy,
	parseRules,
	writeHeaders
} from './headers.js';

const META = "default-src 'self'; script-src 'self' 'sha256-abc='; base-uri 'none'";

describe('headerPolicy', () => {
	it("headerPolicy adds frame-ancestors 'none' to every page but /embed", () => {
		expect(headerPolicy(META, '/')).toBe(`${META}; frame-ancestors 'none'`);
		expect(headerPolicy(META, '/events/x')).toBe(`${META}; frame-ancestors 'none'`);
		expect(headerPolicy(META, '/embed')).toBe(META);
	});

	it('headerPolicy replaces a frame-ancestors the meta policy might carry', () => {
		expect(headerPolicy(`${META}; frame-ancestors *`, '/')).toBe(`${META}; frame-ancestors 'none'`);
		expect(headerPolicy(`frame-ancestors *; ${META}`, '/embed')).toBe(META);
	});
});

describe('metaPolicy', () => {
	it('metaPolicy reads the content of the CSP meta tag, or null', () => {
		expect(
			metaPolicy(`<head><meta http-equiv="content-security-policy" content="${META}"></head>`)
		).toBe(META);
		expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeNull();
	});
});

describe('parseRules and headersFor', () => {
	const rules = parseRules(
		'# comment\n/*\n  X-Content-Type-Options: nosniff\n\n/_app/*\n  Access-Control-Allow-Origin: *\n/embed\n  Content-Security-Policy: a: b; c\n'
	);
	it('parseRules reads paths and their headers, values with colons intact', () => {
		expect(rules).toEqual([
			{ path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
			{ path: '/_app/*', headers: [['Access-Control-Allow-Origin', '*']] },
			{ path: '/embed', headers: [['Content-Security-Policy', 'a: b; c']] }
		]);
	});
	it.each([
		['/', ['X-Content-Type-Options']],
		['/_app/x.js', ['X-Content-Type-Options', 'Access-Control-Allow-Origin']],
		['/embed', ['X-Content-Type-Options', 'Content-Security-Policy']],
		['/embed/x', ['X-Content-Type-Options']]
	])('headersFor(%j) gives %j: exact paths and * prefixes', (path, names) => {
		expect(headersFor(rules, path).map(([name]) => name)).toEqual(names);
	});
});

describe('writeHeaders', () => {
	const root = mkdtempSync(join(tmpdir(), 'headers-test-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const page = (policy: string) =>
		`<meta http-equiv="content-security-policy" content="${policy}">`;
	mkdirSync(join(root, 'present'), { recursive: true });
	writeFileSync(join(root, 'index.html'), page(`${META}1`));
	writeFileSync(join(root, 'embed.html'), page(`${META}2`));
	writeFileSync(join(root, 'present/speaker.html'), page(`${META}3`));
	writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');

	it('listPages finds every page with its URL path', () => {
		expect(listPages(root).map((p) => p.path)).toEqual(['/', '/embed', '/present/speaker']);
	});

	it('writeHeaders appends one rule per page and its .html, and gives the same file when run again', () => {
		writeHeaders(root);
		const once = readFileSync(join(root, '_headers'), 'utf8');
		expect(writeHeaders(root)).toBe(7);
		expect(readFileSync(join(root, '_headers'), 'utf8')).toBe(once);
		const rules = parseRules(once);
		const csp = (path: string) =>
			headersFor(rules, path).find(([name]) => name === 'Content-Security-Policy')?.[1];
		expect(csp('/')).toBe(`${META}1; frame-ancestors 'none'`);
		expect(csp('/index.html')).toBe(`${META}1; frame-ancestors 'none'`);
		expect(csp('/embed.html')).toBe(`${META}2`);
		expect(csp('/present/speaker')).toBe(`${META}3; frame-ancestors 'none'`);
		expect(headersFor(rules, '/')[0]).toEqual(['X-Content-Type-Options', 'nosniff']);
	});

	it('formatNginxMap gives a map line for each page and its .html', () => {
		const lines = formatNginxMap(root).split('\n');
		expect(lines).toHaveLength(6);
		expect(lines[0]).toBe(`"/" "${META}1; frame-ancestors 'none'";`);
		expect(lines).toContain(`"/embed.html" "${META}2";`);
	});

	it('writeHeaders refuses a page without a policy rather than leave it without a header', () => {
		writeFileSync(join(root, 'bare.html'), '<p>no policy</p>');
		expect(() => writeHeaders(root)).toThrow(/bare\.html: no Content-Security-Policy/);
		rmSync(join(root, 'bare.html'));
	});
});
