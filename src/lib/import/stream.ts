/**
 * Reading a large dataset in pieces, so no step holds more than one piece of text at a time before
 * the CSV table is built: bytes are read in slices (of a file, or of a download already in memory),
 * decoded as they come by the rules of `decode.ts`, and a CSV is parsed row by row as its text arrives. Used by the import worker; pure (no DOM), so it is tested in Node.
 */
import Papa from 'papaparse';
import { CsvTableBuilder, delimiterOf, type CsvTable } from './csv';
import { firstInvalidUtf8, notUtf8Problem, type Decoded } from './decode';
import type { ImportProblem } from './types';

/** Where the bytes come from: a file (read slice by slice) or a download already in memory. */
export type ByteSource = Blob | Uint8Array;

/** Bytes read per slice: large enough that per-slice costs vanish, small enough to report progress. */
export const SLICE_BYTES = 4 * 1024 * 1024;

const sizeOf = (source: ByteSource) =>
	source instanceof Uint8Array ? source.byteLength : source.size;

async function sliceOf(source: ByteSource, start: number, end: number): Promise<Uint8Array> {
	return source instanceof Uint8Array
		? source.subarray(start, end)
		: new Uint8Array(await source.slice(start, end).arrayBuffer());
}

/** What {@link decodeSlices} found, once it has finished. */
export interface DecodeOutcome {
	encoding: Decoded['encoding'];
	problem: ImportProblem | null;
}

/**
 * Decodes `source` slice by slice, handing each piece of text to `onText` with the bytes read so far.
 * A byte-order mark chooses UTF-8 or UTF-16; otherwise the text must be UTF-8, and at the first byte
 * that is not, reading starts again as Windows-1252 (`onRestart` is told, so the reader can forget
 * what it had) and the outcome carries the problem naming that byte's line, as `decodeBytes` does.
 */
export async function decodeSlices(
	source: ByteSource,
	onText: (text: string, bytesRead: number) => void,
	onRestart: () => void = () => {},
	sliceBytes = SLICE_BYTES
): Promise<DecodeOutcome> {
	const total = sizeOf(source);
	const head = await sliceOf(source, 0, Math.min(total, 3));
	const bom =
		head[0] === 0xff && head[1] === 0xfe
			? 'utf-16le'
			: head[0] === 0xfe && head[1] === 0xff
				? 'utf-16be'
				: null;
	if (bom) {
		await run(source, new TextDecoder(bom), onText, sliceBytes);
		return { encoding: bom, problem: null };
	}
	const failedAt = await run(source, new TextDecoder('utf-8', { fatal: true }), onText, sliceBytes);
	if (failedAt === null) return { encoding: 'utf-8', problem: null };
	onRestart();
	await run(source, new TextDecoder('windows-1252'), onText, sliceBytes);
	return { encoding: 'windows-1252', problem: failedAt };
}

/**
 * Feeds every slice through `decoder`; for a strict decoder, returns the problem of the first byte
 * that could not be decoded (and stops there), else null.
 */
async function run(
	source: ByteSource,
	decoder: TextDecoder,
	onText: (text: string, bytesRead: number) => void,
	sliceBytes: number
): Promise<ImportProblem | null> {
	const total = sizeOf(source);
	let lines = 1;
	// The last bytes of the previous slice: a sequence begun there may be what fails here.
	let tail = new Uint8Array(0);
	for (let start = 0; start < total || start === 0; start += sliceBytes) {
		const end = Math.min(total, start + sliceBytes);
		const bytes = await sliceOf(source, start, end);
		let text: string;
		try {
			text = decoder.decode(bytes, { stream: end < total });
		} catch {
			// The failing sequence may have begun in an earlier slice: start from its first byte.
			const begun = openSequenceStart(tail);
			const joined = new Uint8Array(tail.length - begun + bytes.length);
			joined.set(tail.subarray(begun));
			joined.set(bytes, tail.length - begun);
			const at = firstInvalidUtf8(joined);
			for (let i = tail.length - begun; i < at; i++) if (joined[i] === 0x0a) lines++;
			return notUtf8Problem(start - (tail.length - begun) + at, lines, joined[at]);
		}
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
		const last = new Uint8Array(tail.length + bytes.length);
		last.set(tail);
		last.set(bytes, tail.length);
		tail = last.slice(Math.max(0, last.length - 3));
		onText(text, end);
		if (total === 0) break;
	}
	return null;
}

/**
 * Where, in the last bytes read (at most 3), a UTF-8 sequence begins that they do not complete; their
 * length when every sequence in them is complete.
 */
function openSequenceStart(tail: Uint8Array): number {
	for (let i = tail.length - 1; i >= 0; i--) {
		const byte = tail[i];
		if ((byte & 0xc0) === 0x80) continue; // a continuation byte
		const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		return i + length > tail.length ? i : tail.length;
	}
	return tail.length;
}

/** A CSV's delimiter and line break. */
export interface CsvSettings {
	delimiter: string;
	newline: '\n' | '\r\n' | '\r';
}

/** Text read before a CSV's delimiter and line breaks are settled: papaparse looks at 1 MB. */
const SNIFF_CHARS = 1024 * 1024;

/**
 * Parses CSV text arriving in pieces into a table, row by row as the text comes, with papaparse's
 * own chunk mechanism (its `Parser` with the last, perhaps incomplete, row held back until more text
 * arrives), so the table is the one `parseCsv` makes of the whole text. Delimiter and line break are
 * settled from the first megabyte, as papaparse does for a whole text.
 */
export class CsvStream {
	#pending = '';
	#builder = new CsvTableBuilder();
	#parser: Papa.Parser | null = null;
	/** When the held-back text made no row (an unclosed quote), wait until it has doubled. */
	#retryAt = 0;

	#settings: CsvSettings | null;

	/**
	 * The delimiter and line break are settled from the first megabyte, unless `settings` gives them
	 * (the tests do, to cut small texts anywhere).
	 */
	constructor(settings: CsvSettings | null = null) {
		this.#settings = settings;
	}

	/** Data rows read so far. */
	get rows(): number {
		return this.#builder.count;
	}

	/** Adds text; parses the complete rows it finishes. */
	push(text: string): void {
		this.#pending += text;
		if (!this.#parser && !this.#settings && this.#pending.length < SNIFF_CHARS) return;
		if (this.#pending.length < this.#retryAt) return;
		const parsed = this.#parse(true);
		const used = parsed.meta.cursor as number;
		if (used === 0) {
			this.#retryAt = this.#pending.length * 2;
			return;
		}
		this.#builder.addParsed(parsed.data, parsed.errors);
		this.#pending = this.#pending.slice(used);
		this.#retryAt = 0;
	}

	/** Parses what is left; the table. */
	end(): CsvTable {
		if (this.#pending || !this.#parser) {
			const parsed = this.#parse(false);
			this.#builder.addParsed(parsed.data, parsed.errors);
			this.#pending = '';
		}
		return this.#builder.table();
	}

	#parse(holdLastRow: boolean): Papa.ParseResult<string[]> {
		if (!this.#parser) {
			// Papaparse settles a whole text's line break from its first megabyte; so does this.
			const sample = this.#pending.slice(0, SNIFF_CHARS);
			const delimiter = this.#settings?.delimiter ?? delimiterOf(sample);
			const newline =
				this.#settings?.newline ??
				(Papa.parse(sample, { delimiter, preview: 1 }).meta.linebreak as CsvSettings['newline']);
			this.#parser = new Papa.Parser({ delimiter, newline, skipEmptyLines: false });
		}
		return this.#parser.parse(this.#pending, 0, holdLastRow);
	}
}
