// A minimal static file server for build/ (what any web server or CDN would do with the prerendered
// site): /path serves /path.html or /path/index.html, with the CORS header sandboxed embeds need. Used
// by the benchmark, which adds its own files.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png'
};

/**
 * Serves `root` on `port` (0: any free port); resolves with the server once listening.
 * @param {string} root
 * @param {number} port
 * @returns {Promise<import('node:http').Server>}
 */
export function serve(root, port) {
	const server = createServer((req, res) => {
		const path = normalize(
			decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
		).replace(/^(\.\.[/\\])+/, '');
		const candidates = [
			join(root, path),
			join(root, `${path}.html`),
			join(root, path, 'index.html')
		];
		const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			// A sandboxed embed (no allow-same-origin) has the origin "null": its module scripts are
			// cross-origin requests and load only with this header (see README, Embedding).
			'access-control-allow-origin': '*'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
