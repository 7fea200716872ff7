/**
 * Text helpers shared by the import formats: HTML to plain text (entities decoded by the `entities`
 * library), slugs, participants cells, CSV delimiters and UTF-8 sizes.
 */
import { decodeHTML } from 'entities';

/**
 * HTML (TimelineJS headlines and texts) → plain text: drops comments, scripts, styles and tags,
 * turns `<br>` and block ends into line breaks, decodes every HTML entity (named, decimal and hex,
 * in one pass, so `&amp;lt;` gives `&lt;`; a no-break space becomes a space), collapses spaces.
 */
export function htmlToText(html: string): string {
	const text = decodeHTML(
		html
			.replace(/<!--[\s\S]*?(-->|$)/g, '')
			.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
			.replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
			.replace(/<\/?[a-z][^>]*>?|<[!?][^>]*>?/gi, '')
	);
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** A kebab-case slug (ASCII letters and digits), at most `maxLength` long, cut at a word; may be empty. */
export function slugify(text: string, maxLength = 48): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const at = cut.lastIndexOf('-');
	return (at > maxLength / 3 ? cut.slice(0, at) : cut).replace(/-+$/, '');
}

/** Splits on `separator` outside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '(') depth++;
		else if (text[i] === ')') depth = Math.max(0, depth - 1);
		else if (text[i] === separator && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/**
 * Reads a participants cell leniently: `Name (role, CC); Name2 (role, CC)`. The last parenthesised
 * group is `role, CC` (`(CC)`, `(role)` or none also work); names and roles may themselves contain
 * parentheses, and `;` inside parentheses does not separate. A last item of two letters is the
 * country (upper-cased), three capitals (`RUS`) are kept for the validator to reject; otherwise the
 * country is null.
 */
export function parseParticipants(
	cell: string
): { name: string; role: string; country: string | null }[] {
	// Most rows have no participants: nothing to split.
	if (!cell.trim()) return [];
	return splitTopLevel(cell, ';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			let name = part;
			let inner = '';
			if (part.endsWith(')')) {
				let depth = 0;
				for (let i = part.length - 1; i >= 0; i--) {
					depth += part[i] === ')' ? 1 : part[i] === '(' ? -1 : 0;
					if (depth === 0 && i > 0) {
						name = part.slice(0, i).trim();
						inner = part.slice(i + 1, -1).trim();
						break;
					}
				}
			}
			// Two letters are a country code; three capitals (RUS) an attempt at one, which the
			// validator then rejects loudly rather than the code vanishing into the role.
			const coded = /^(?:([\s\S]*),)?\s*([A-Za-z]{2}|[A-Z]{3})$/.exec(inner);
			return coded
				? { name, role: (coded[1] ?? '').trim(), country: coded[2].toUpperCase() }
				: { name, role: inner, country: null };
		});
}

/** UTF-8 length of `text`, counting no further than just past `stopAfter`. */
export function utf8Bytes(text: string, stopAfter: number): number {
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
		const c = text.charCodeAt(i);
		bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
	}
	return bytes;
}
