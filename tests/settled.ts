// Waiting for a page at rest: tests that measure what is drawn (contrast, positions) must not catch a
// transition halfway.
import type { Page } from '@playwright/test';

/** Waits until every finite animation and transition on the page has ended. */
export async function settled(page: Page): Promise<void> {
	await page.evaluate(() =>
		Promise.all(
			document
				.getAnimations()
				.filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
				.map((a) => a.finished.catch(() => undefined))
		)
	);
}
