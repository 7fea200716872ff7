// Serves the built site as a static host would (`npm start`, the browser tests, the benchmark):
// sirv (the static-file middleware SvelteKit's own preview uses) finds the files, /path serving
// /path.html; this wrapper adds the headers of build/_headers (see scripts/headers.js) and answers
// every request, however malformed, without stopping.
//
//   node scripts/serve.js [dir] [--port N]    dir defaults to build, the port to 4173 (as `npm start`)
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseRules } from './headers.js';

/**
 * A Range header sirv serves correctly: one range `bytes=start-` or `bytes=start-end` with
 * start ≤ end and end > 0. (sirv reads an end of 0 as "to the end" and a suffix range `bytes=-n` as
 * the first n bytes, so those are left out and answered with the whole file, as RFC 9110 allows.)
 */
function isSimpleRange(/** @type {string} */ range) {
	const m = /^bytes=(\d+)-(\d*)$/.exec(range);
	return !!m && (m[2] === '' || (Number(m[2]) > 0 && Number(m[1]) <= Number(m[2])));
}

/**
 * The path a request should be redirected to: the canonical form of a page's URL (`/events/x` for
 * `/events/x.html` or `/events/x/`, `/` for `/index.html`), as Cloudflare Pages does, so the page's
 * relative links and its header policy apply. Null when `path` is canonical or not a page.
 * @param {string} path the decoded URL path
 * @param {ReadonlySet<string>} pages
 */
export function canonicalPath(path, pages) {
	const bare = path.replace(/\.html$/, '').replace(/\/index$/, '/');
	const canonical = bare.length > 1 ? bare.replace(/\/$/, '') : bare;
	return canonical !== path && pages.has(canonical) ? canonical : null;
}

/**
 * Serves `root` on `port` (0: any free port) at 127.0.0.1; resolves with the server once listening.
 * Only GET and HEAD (405 otherwise); a path that is not valid percent-encoded UTF-8 gets 400, a
 * missing file 404, and an error while answering 500, never a crash. `root/_headers` gives the
 * headers (it is not served itself).
 * @param {string} root
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(root, port) {
	let rules = /** @type {ReturnType<typeof parseRules>} */ ([]);
	try {
		rules = parseRules(readFileSync(join(root, '_headers'), 'utf8'));
	} catch {
		// No _headers (a bare directory): files are served without extra headers.
	}
	const pages = new Set(
		rules
			.filter((r) => r.headers.some(([name]) => /^content-security-policy$/i.test(name)))
			.map((r) => r.path)
	);
	// dev: look files up on each request (not once at start), so files added later (the benchmark's
	// datasets) or a rebuild are served as they are.
	const files = sirv(root, { dev: true, etag: true, extensions: ['html'] });
	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {string} text
	 * @returns {void}
	 */
	const answer = (res, status, text) => {
		res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
	};

	/** @type {import('node:http').RequestListener} */
	const handle = (req, res) => {
		const url = req.url ?? '';
		if (!url.startsWith('/')) return answer(res, 400, 'bad request');
		const raw = url.split('?')[0];
		const search = url.slice(raw.length);
		let path;
		try {
			path = decodeURIComponent(raw);
		} catch {
			return answer(res, 400, 'bad request: malformed percent-encoding in the path');
		}
		if (path.includes('\0')) return answer(res, 400, 'bad request');
		for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.setHeader('allow', 'GET, HEAD');
			return answer(res, 405, 'method not allowed');
		}
		const canonical = canonicalPath(path, pages);
		if (canonical) {
			// The target comes from our own page list, so it cannot point off-site.
			res.writeHead(308, { location: `${encodeURI(canonical)}${search}` }).end();
			return;
		}
		if (path === '/_headers') return answer(res, 404, 'not found');
		// sirv trusts the Range header; a malformed or reversed one is ignored (RFC 9110 allows it).
		if (req.headers.range && !isSimpleRange(req.headers.range)) delete req.headers.range;
		files(req, res, () => answer(res, 404, 'not found'));
	};

	const server = createServer((req, res) => {
		try {
			handle(req, res);
		} catch {
			if (!res.headersSent) answer(res, 500, 'internal error');
			else res.destroy();
		}
	});
	// CONNECT and protocol upgrades do not reach the request handler: refuse them in words too.
	const refuse = (/** @type {import('node:stream').Duplex} */ socket) =>
		socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\n\r\n');
	server.on('connect', (_req, socket) => refuse(socket));
	server.on('upgrade', (_req, socket) => refuse(socket));
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const portArg = args.indexOf('--port');
	const port = Number(portArg >= 0 ? args[portArg + 1] : 4173);
	const root = args.find((a, i) => !a.startsWith('--') && i !== portArg + 1) ?? 'build';
	const server = await serve(root, port);
	console.log(`Serving ${root}/ at http://localhost:${port}`);
	process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
