// Finds a Chromium for the browser tests: Playwright's own when installed, else Debian's.
// Prints the path; with no browser, says in one line how to install one and exits 1.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium executable the tests will use, or null. */
export function findChromium() {
	const own = (() => {
		try {
			return chromium.executablePath();
		} catch {
			return '';
		}
	})();
	if (own && existsSync(own)) return own;
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
		return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = findChromium();
	if (!path) {
		console.error(
			'No Chromium found: install one with `sudo apt-get install -y chromium` (or `npx playwright install chromium`).'
		);
		process.exit(1);
	}
	console.log(`Browser tests use ${path}`);
}
