/**
 * RIS (Research Information Systems) for CSL items: one `ELEC` (web page) record per item, which
 * EndNote, Zotero and Mendeley import. Lines are `TAG  - value`; a record ends with `ER  - `. Pure.
 * Reference: https://en.wikipedia.org/wiki/RIS_(file_format)
 */
import type { CslItem } from './csl';

/** A date's parts as RIS writes them: `YYYY/MM/DD/` with empty missing parts (`2023/04//`). */
function risDate(parts: number[]): string {
	const [y, m, d] = parts;
	const pad = (n?: number) => (n === undefined ? '' : String(n).padStart(2, '0'));
	return `${String(y).padStart(4, '0')}/${pad(m)}/${pad(d)}/`;
}

/** One line; line breaks in a value would end the tag, so they become spaces. */
function line(tag: string, value: string): string {
	return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** The RIS file of `items` (CRLF line ends, as the format's readers expect). */
export function toRis(items: readonly CslItem[]): string {
	const records = items.map((item) => {
		const lines = [line('TY', 'ELEC'), line('ID', item.id), line('TI', item.title)];
		lines.push(line('T2', item['container-title']), line('PB', item.publisher));
		const issued = item.issued?.['date-parts'][0];
		if (issued) lines.push(line('PY', String(issued[0])), line('DA', risDate(issued)));
		const accessed = item.accessed?.['date-parts'][0];
		if (accessed) lines.push(line('Y2', risDate(accessed)));
		lines.push(line('UR', item.URL), line('LA', item.language));
		if (item.abstract) lines.push(line('AB', item.abstract));
		if (item.note) lines.push(line('N1', item.note));
		lines.push('ER  - ');
		return lines.join('\r\n');
	});
	return `${records.join('\r\n\r\n')}\r\n`;
}
