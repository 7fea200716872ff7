/**
 * Formatted citations (Chicago, APA, MLA) of CSL items, by Citation.js (`@citation-js/core` with
 * `@citation-js/plugin-csl`, i.e. citeproc-js). Both load on first use, so they stay out of the first
 * page load. APA is the plugin's own template; Chicago and MLA are our CSL files for this site's items
 * (`chicago.csl`, `mla.csl`).
 */
import type { CslItem } from './csl';

/** The citation styles offered. */
export const STYLES = ['chicago', 'apa', 'mla'] as const;
export type CitationStyle = (typeof STYLES)[number];

/** How each style is named on its button. */
export const STYLE_NAMES: Record<CitationStyle, string> = {
	chicago: 'Chicago',
	apa: 'APA',
	mla: 'MLA'
};

async function loadCite() {
	const [{ Cite, plugins }, , chicago, mla] = await Promise.all([
		import('@citation-js/core'),
		import('@citation-js/plugin-csl'),
		import('./chicago.csl?raw'),
		import('./mla.csl?raw')
	]);
	const templates = plugins.config.get('@csl').styles;
	if (!templates.has('timeline-chicago')) templates.add('timeline-chicago', chicago.default);
	if (!templates.has('timeline-mla')) templates.add('timeline-mla', mla.default);
	return Cite;
}
let loading: ReturnType<typeof loadCite> | null = null;

const TEMPLATE: Record<CitationStyle, string> = {
	chicago: 'timeline-chicago',
	apa: 'apa',
	mla: 'timeline-mla'
};

/** The bibliography entry of `item` in `style`, as plain text (Citation.js loads on first call). */
export async function formatCitation(item: CslItem, style: CitationStyle): Promise<string> {
	const Cite = await (loading ??= loadCite());
	const text: string = new Cite([item]).format('bibliography', {
		format: 'text',
		template: TEMPLATE[style],
		lang: 'en-US'
	});
	return text.trim();
}
