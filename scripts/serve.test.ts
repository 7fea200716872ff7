// The static server sends the CORS header a sandboxed embed's module scripts need.
import type { Server } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve } from './serve.js';

let server: Server;
let origin: string;
beforeAll(async () => {
	server = await serve('static', 0);
	const address = server.address();
	origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('serve sends Access-Control-Allow-Origin: * so a null-origin (sandboxed) frame can load scripts', async () => {
	const response = await fetch(`${origin}/early-data.js`, { headers: { origin: 'null' } });
	expect(response.status).toBe(200);
	expect(response.headers.get('access-control-allow-origin')).toBe('*');
	expect(response.headers.get('content-type')).toBe('text/javascript');
});

it('serve answers 404 for a missing file and never leaves the root', async () => {
	expect((await fetch(`${origin}/nope.js`)).status).toBe(404);
	expect((await fetch(`${origin}/..%2f..%2fpackage.json`)).status).toBe(404);
});
