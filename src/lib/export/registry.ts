/**
 * The export formats the Export menu offers, in its order. Each loads its code when chosen. A new
 * format is one module (see `format.ts`) and one line here.
 */
import type { StringKey } from '../i18n/strings';
import type { ExportModule } from './format';

/** One entry of the Export menu. */
export interface ExportFormat {
	id: string;
	/** The menu item's text. */
	label: StringKey;
	load: () => Promise<ExportModule>;
}

/** The formats, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
	{ id: 'csv', label: 'exportCsv', load: () => import('./csv') },
	{ id: 'json', label: 'exportJson', load: () => import('./json') },
	{ id: 'ics', label: 'exportCalendar', load: () => import('./ics') },
	{ id: 'svg', label: 'exportSvg', load: () => import('./svg') },
	{ id: 'png', label: 'exportPng', load: () => import('./png') }
];
