// The static server (`npm start`, the browser tests): headers from _headers, and an answer to every
// request, however malformed, without ever stopping.
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHeaders } from './headers.js';
import { canonicalPath, serve } from './serve.js';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc='; base-uri 'none'";
const page = (title: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${POLICY}"><title>${title}</title></head></html>`;

// A small build: two pages, an event page, a module script, and static/_headers' hand-written rules.
let root: string;
let server: Server;
let port: number;
let origin: string;
beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	mkdirSync(join(root, '_app/immutable'), { recursive: true });
	mkdirSync(join(root, 'events'));
	writeFileSync(join(root, 'index.html'), page('home'));
	writeFileSync(join(root, 'embed.html'), page('embed'));
	writeFileSync(join(root, 'events/a-b.html'), page('event'));
	writeFileSync(join(root, '_app/immutable/start.js'), 'export {};\n');
	writeFileSync(join(root, 'early-data.js'), '1;\n');
	writeFileSync(
		join(root, '_headers'),
		'/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n/_app/*\n  Access-Control-Allow-Origin: *\n'
	);
	writeHeaders(root);
	server = await serve(root, 0);
	const address = server.address();
	port = typeof address === 'object' && address ? address.port : 0;
	origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	rmSync(root, { recursive: true, force: true });
});

/** Sends `request` as raw bytes and resolves with the whole answer (the server closes or replies). */
function raw(request: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		let answer = '';
		socket.setTimeout(5000, () => {
			socket.destroy();
			reject(new Error(`no answer to ${JSON.stringify(request.slice(0, 200))}`));
		});
		socket.on('data', (chunk) => {
			answer += chunk.toString('latin1');
			// One answer is enough; the status line and headers are what the test reads.
			if (answer.includes('\r\n\r\n')) socket.end();
		});
		socket.on('close', () => resolve(answer));
		socket.on('error', () => resolve(answer));
		socket.write(request);
	});
}

const status = (answer: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1] ?? 0);

describe('serve', () => {
	it('serve sends Access-Control-Allow-Origin: * for /_app so a null-origin (sandboxed) frame can load scripts', async () => {
		const response = await fetch(`${origin}/_app/immutable/start.js`, {
			headers: { origin: 'null' }
		});
		expect(response.status).toBe(200);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('content-type')).toBe('text/javascript');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('serve sends each page its policy with frame-ancestors none, except /embed', async () => {
		for (const path of ['/', '/events/a-b']) {
			const response = await fetch(`${origin}${path}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-security-policy')).toBe(
				`${POLICY}; frame-ancestors 'none'`
			);
			expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		}
		const embed = await fetch(`${origin}/embed`);
		expect(embed.headers.get('content-security-policy')).toBe(POLICY);
	});

	it('serve redirects other spellings of a page to its canonical path, keeping the query', async () => {
		for (const [from, to] of [
			['/index.html?x=1', '/?x=1'],
			['/events/a-b.html', '/events/a-b'],
			['/events/a-b/', '/events/a-b']
		]) {
			const response = await fetch(`${origin}${from}`, { redirect: 'manual' });
			expect(response.status).toBe(308);
			expect(response.headers.get('location')).toBe(to);
		}
	});

	it('serve answers 404 for a missing file, for _headers, and never leaves the root', async () => {
		expect((await fetch(`${origin}/nope.js`)).status).toBe(404);
		expect((await fetch(`${origin}/_headers`)).status).toBe(404);
		expect((await fetch(`${origin}/..%2f..%2fpackage.json`)).status).toBe(404);
		expect(status(await raw('GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe(404);
		expect(status(await raw('GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe(
			404
		);
	});

	it('serve answers 400 to a malformed path (/%E0%A4%A) and goes on serving', async () => {
		expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
		expect((await fetch(`${origin}/?data=%25E0%25A4%25A`)).status).toBe(200);
		expect((await fetch(`${origin}/`)).status).toBe(200);
	});

	it('serve answers 405 to methods other than GET and HEAD, CONNECT and upgrades included', async () => {
		const response = await fetch(`${origin}/`, { method: 'POST', body: 'x' });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, HEAD');
		expect(status(await raw('CONNECT x:443 HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe(405);
		const upgrade =
			'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n';
		expect(status(await raw(upgrade))).toBe(405);
		expect((await fetch(`${origin}/`)).status).toBe(200);
	});

	it('serve ignores a malformed or reversed Range header instead of failing', async () => {
		for (const range of [
			'bytes=9-2',
			'bytes=-',
			'bytes=a-b',
			'items=0-1',
			'bytes=0-1,3-4',
			'bytes=-2'
		]) {
			const response = await fetch(`${origin}/early-data.js`, { headers: { range } });
			expect(response.status).toBe(200);
			expect(await response.text()).toBe('1;\n');
		}
		const part = await fetch(`${origin}/early-data.js`, { headers: { range: 'bytes=1-1' } });
		expect(part.status).toBe(206);
		expect(await part.text()).toBe(';');
	});

	it('serve answers every fuzzed request (paths, methods, headers) and keeps serving', async () => {
		const hex = fc.constantFrom(...'0123456789abcdefABCDEFgG%'.split(''));
		const segment = fc.oneof(
			fc.string({ maxLength: 12 }).map(encodeURIComponent),
			fc.array(hex, { maxLength: 6 }).map((h) => `%${h.join('')}`),
			fc.constantFrom(
				'..',
				'.',
				'',
				'%2e%2e',
				'%2f',
				'%00',
				'index.html',
				'embed',
				'_app',
				'_headers'
			),
			fc
				.string({ unit: 'binary', maxLength: 8 })
				.map((s) => encodeURI(s.replace(/[\ud800-\udfff]/g, '')))
		);
		const path = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
		const method = fc.oneof(
			fc.constantFrom(
				'GET',
				'HEAD',
				'POST',
				'PUT',
				'DELETE',
				'OPTIONS',
				'TRACE',
				'PATCH',
				'CONNECT'
			),
			fc.stringMatching(/^[A-Z]{1,10}$/)
		);
		const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);
		const header = fc.oneof(
			fc.tuple(
				fc.constantFrom(
					'Range',
					'If-None-Match',
					'Accept-Encoding',
					'Origin',
					'Content-Length',
					'Transfer-Encoding',
					'Expect',
					'Upgrade',
					'Connection'
				),
				headerValue
			),
			fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/), headerValue)
		);
		// Besides well-formed request lines: garbage a client could send (the HTTP parser answers 400).
		const request = fc.oneof(
			{
				weight: 5,
				arbitrary: fc
					.tuple(
						method,
						path,
						fc.string({ maxLength: 10 }).map(encodeURIComponent),
						fc.array(header, { maxLength: 4 })
					)
					.map(
						([m, p, q, hs]) =>
							`${m} ${p}${q ? `?${q}` : ''} HTTP/1.1\r\nHost: x\r\n${hs.map(([n, v]) => `${n}: ${v}\r\n`).join('')}Connection: close\r\n\r\n`
					)
			},
			{
				weight: 1,
				// (Empty lines before a request are allowed and skipped, so the garbage starts with a character.)
				arbitrary: fc
					.string({ unit: 'binary-ascii', minLength: 1, maxLength: 60 })
					.filter((s) => /^[^\r\n]/.test(s))
					.map((s) => `${s}\r\n\r\n`)
			}
		);
		await fc.assert(
			fc.asyncProperty(request, async (r) => {
				const answer = await raw(r);
				expect(status(answer)).toBeGreaterThanOrEqual(200);
				expect((await fetch(`${origin}/`)).status).toBe(200);
			}),
			{ numRuns: 400 }
		);
	});
});

describe('canonicalPath', () => {
	const pages = new Set(['/', '/embed', '/events/a-b']);
	it.each([
		['/index.html', '/'],
		['/index', '/'],
		['/embed.html', '/embed'],
		['/embed/', '/embed'],
		['/events/a-b.html', '/events/a-b'],
		['/', null],
		['/embed', null],
		['/nope.html', null],
		['//evil.example/embed.html', null]
	])('canonicalPath(%j) is %j', (path, expected) => {
		expect(canonicalPath(path, pages)).toBe(expected);
	});
});
