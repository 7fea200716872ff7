// The parts of Citation.js this site uses (the packages ship no types).
declare module '@citation-js/core' {
	/** A list of references in CSL-JSON, read from any format a loaded plugin parses. */
	export class Cite {
		constructor(data: unknown);
		/** The references as CSL-JSON. */
		data: Record<string, unknown>[];
		/** The references in `format` (`bibliography`, `data`, `bibtex`, `ris`…). */
		format(format: string, options?: Record<string, unknown>): string;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): {
				styles: { add(name: string, xml: string): void; has(name: string): boolean };
			};
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
