import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page prerenders to plain files in build/, servable by any web server or CDN.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// SITE_ORIGIN (e.g. https://example.org) makes link previews, oEmbed and citations absolute in
		// the prerendered pages; without it they stay relative (lib/site/meta.ts).
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			origin: process.env.SITE_ORIGIN || 'http://sveltekit-prerender'
		},
		// src/service-worker.ts: registered by lib/components/notice/UpdateNotice.svelte after load (a
		// sandboxed embed cannot have one); it precaches every file but the host's rules.
		serviceWorker: { register: false, files: (file) => !/(^|\/)(_headers|\.DS_Store)$/.test(file) },
		// Hash-mode CSP: SvelteKit hashes its own inline bootstrap script, so no 'unsafe-inline' scripts.
		// scripts/headers.js copies each page's policy into build/_headers, adding frame-ancestors.
		// Styles need 'unsafe-inline': Svelte writes style attributes (mark positions) into the HTML.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self', 'https:'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
