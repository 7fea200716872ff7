/**
 * BibTeX for CSL items: one `@misc` entry per item (biblatex reads it as `@online`), with `url`,
 * `urldate`, `year`/`month`/`day` and `note`. Values are braced and the characters TeX treats
 * specially are escaped, so any title survives. Pure.
 */
import type { CslItem } from './csl';

const SPECIAL: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}'
};

/** Escapes TeX's special characters in `text` (URLs are written as they are). */
export function escapeTex(text: string): string {
	return text.replace(/[\\{}%&$#_^~]/g, (c) => SPECIAL[c]);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A citation key from an id: letters, digits and `-:_` only. */
function key(id: string): string {
	return id.replace(/[^A-Za-z0-9:_-]/g, '-');
}

/** The BibTeX file of `items`. */
export function toBibtex(items: readonly CslItem[]): string {
	return items
		.map((item) => {
			const fields: [string, string][] = [
				['title', `{${escapeTex(item.title)}}`],
				['organization', `{${escapeTex(item.publisher)}}`],
				['howpublished', `{${escapeTex(item['container-title'])}}`]
			];
			const issued = item.issued?.['date-parts'][0];
			if (issued) {
				fields.push(['year', `{${issued[0]}}`]);
				if (issued[1]) fields.push(['month', MONTHS[issued[1] - 1]]);
				if (issued[2]) fields.push(['day', `{${issued[2]}}`]);
			}
			fields.push(['url', `{${item.URL}}`]);
			const accessed = item.accessed?.['date-parts'][0];
			if (accessed)
				fields.push([
					'urldate',
					`{${accessed.map((p, i) => (i ? String(p).padStart(2, '0') : String(p))).join('-')}}`
				]);
			if (item.abstract) fields.push(['abstract', `{${escapeTex(item.abstract)}}`]);
			if (item.note) fields.push(['note', `{${escapeTex(item.note)}}`]);
			fields.push(['language', `{${item.language === 'en' ? 'english' : item.language}}`]);
			const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
			return `@misc{${key(item.id)},\n${body}\n}\n`;
		})
		.join('\n');
}
