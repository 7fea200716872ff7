import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Citation.js imports node-fetch (Node only); the site needs nothing but the platform's fetch.
	resolve: {
		alias: {
			'node-fetch': fileURLToPath(new URL('./src/lib/citation/fetchShim.ts', import.meta.url))
		}
	},
	build: {
		rolldownOptions: {
			output: {
				// Svelte's and SvelteKit's runtimes load together on every page: one chunk with the bundler's helpers, not six
				// (issue 17: fewer first-load requests, and about 0.7 KB less gzip than apart).
				codeSplitting: {
					groups: [
						{
							name: 'runtime',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|^\0(rolldown[\\/]runtime|vite[\\/]preload-helper)/
						},
						{
							name: 'common',
							test: /src[\\/]lib[\\/](i18n[\\/](en|lang|strings|localized)|timeline[\\/](urlIssue|datePattern|calendar|precision|format|viewState|scale|extent)|state[\\/]lang\.svelte|site[\\/]meta|components[\\/]PageMeta|data[\\/](vocabulary|cite))\.(ts|svelte)$/
						}
					]
				}
			}
		}
	},
	server: { fs: { allow: ['data'] } },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/vitest.setup.ts'],
		// Sized for a loaded 2-core machine: property tests take about a second each when it is idle,
		// up to 47 s with ten times its load (the timeout catches hangs, not slowness).
		testTimeout: 120_000
	}
});
