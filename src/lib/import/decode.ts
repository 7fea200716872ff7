/**
 * Bytes to text for the importers, never silently: a byte-order mark chooses UTF-8 or UTF-16 (LE or
 * BE); otherwise the text must be valid UTF-8, and text that is not (a spreadsheet saved as Latin-1,
 * say) is read as Windows-1252, the superset of Latin-1 browsers use, with a problem naming the line
 * of the first byte that was not UTF-8, so the reader can check its accented letters.
 */
import type { ImportProblem } from './types';

/** The text, the encoding it was read in, and what to tell the reader (null when nothing). */
export interface Decoded {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	problem: ImportProblem | null;
}

/** Decodes `bytes` as described above. Never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', problem: null };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', problem: null };
	try {
		// TextDecoder drops a UTF-8 byte-order mark itself.
		return {
			text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			encoding: 'utf-8',
			problem: null
		};
	} catch {
		const at = firstInvalidUtf8(bytes);
		let line = 1;
		for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
		return {
			text: new TextDecoder('windows-1252').decode(bytes),
			encoding: 'windows-1252',
			problem: notUtf8Problem(at, line, bytes[at])
		};
	}
}

/**
 * The notice for a text read as Windows-1252 because the byte at `offset` (0-based), on `line`, with
 * value `byte`, was not UTF-8.
 */
export function notUtf8Problem(offset: number, line: number, byte: number): ImportProblem {
	return {
		row: null,
		field: `line ${line}`,
		message: `the file is not UTF-8 (byte ${offset + 1}, 0x${byte.toString(16).toUpperCase().padStart(2, '0')}, on line ${line}): it was read as Windows-1252 (Latin-1); check its accented letters, or save it as UTF-8`,
		notice: true
	};
}

/**
 * Offset of the first byte at which `bytes` stop being UTF-8 (a sequence cut off by the end of a
 * prefix still counts as valid, so validity of prefixes is monotone and a binary search finds it).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let lo = 0;
	let hi = bytes.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	return Math.min(lo, bytes.length - 1);
}
