import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-browser.js';

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
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: 'http://localhost:4173',
		trace: 'off',
		...devices['Desktop Chrome'],
		launchOptions
	},
	projects: [
		{ name: 'js', testIgnore: /nojs\.spec\.ts/ },
		{ name: 'no-js', testMatch: /nojs\.spec\.ts/, use: { javaScriptEnabled: false } }
	],
	webServer: {
		// The browser tests run against the built, prerendered site, as users get it.
		command: 'npm run build && npm run preview',
		port: 4173,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI
	}
});
