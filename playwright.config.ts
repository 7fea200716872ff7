import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-browser.js';

// PORT lets two checkouts run their browser tests side by side (default 4173, as `npm start`).
const port = Number(process.env.PORT ?? 4173);

// Playwright's own Chromium when installed, else Debian's /usr/bin/chromium (these machines cannot
// download browsers). The flags keep a sandboxed, offline Chromium quiet.
const executablePath = findChromium() ?? undefined;
const launchOptions = {
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	// Timeouts catch hangs, not slowness: sized so the suite passes on this 2-core machine with other
	// heavy work running (under ten times its load, tests that visit every page took 30–40 s, and an
	// element 5 s to appear). Speed is asserted where it is the point (budget, search-perf).
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
		...devices['Desktop Chrome'],
		launchOptions
	},
	projects: [
		{ name: 'js', testIgnore: /nojs\.spec\.ts/ },
		{ name: 'no-js', testMatch: /nojs\.spec\.ts/, use: { javaScriptEnabled: false } }
	],
	webServer: {
		// The browser tests run against the built, prerendered site with its headers, as `npm start`
		// serves it (scripts/serve.js).
		command: `npm run build && node scripts/serve.js --port ${port}`,
		port,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI
	}
});
