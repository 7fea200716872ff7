// Locators by role and accessible name, as a user (or a screen reader) finds things on the page.
import type { FrameLocator, Page } from '@playwright/test';

type Scope = Page | FrameLocator;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The zoomable timeline region; its name states the range shown (English or Chinese). */
export function timelineRegion(scope: Scope) {
	return scope.getByRole('region', { name: /^(Timeline showing |时间线：)/ });
}

/** Every drawn mark (single events and clusters) in the timeline's "Events" group. */
export function marks(scope: Scope) {
	return scope.getByRole('group', { name: /^(Events|事件)$/ }).getByRole('button');
}

/** The cluster marks: their names start with a count, e.g. "4 events, Apr 2023 – Nov 2023: …". */
export function clusters(scope: Scope) {
	return marks(scope).and(scope.getByRole('button', { name: /^\d[\d,]* events?, / }));
}

/** The single-event marks (not clusters): their names start with the event's title, not a count. */
export function eventMarks(scope: Scope) {
	return marks(scope).and(scope.getByRole('button', { name: /^(?!\d[\d,]* events?, )/ }));
}

/** The single-event mark whose accessible name starts with that event's title. */
export function markOf(scope: Scope, title: string) {
	return marks(scope).and(scope.getByRole('button', { name: new RegExp(`^${escape(title)}`) }));
}

/** The open event detail: a complementary region named by its heading, the event's title. */
export function detailPanel(page: Page) {
	return page.getByRole('complementary');
}

/** The data rows of the event table (its header row excluded). */
export function tableRows(page: Page) {
	return page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('cell') });
}
