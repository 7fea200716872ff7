// Reading in pieces must give exactly what reading whole gives: the same text, the same encoding
// notice, the same table with the same row numbers, wherever the pieces are cut.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { decodeBytes } from './decode';
import { CsvStream, decodeSlices, type CsvSettings } from './stream';

/** Reads `bytes` in slices of `size` with {@link decodeSlices}: the text, the outcome, progress seen. */
async function readInSlices(bytes: Uint8Array, size: number, asBlob = false) {
	let text = '';
	const progress: number[] = [];
	const outcome = await decodeSlices(
		asBlob ? new Blob([bytes as Uint8Array<ArrayBuffer>]) : bytes,
		(piece, read) => {
			text += piece;
			progress.push(read);
		},
		() => (text = ''),
		size
	);
	return { text, outcome, progress };
}

/** Cuts `text` at `cuts` and feeds the pieces to a {@link CsvStream} with a small sniffing window. */
function tableInPieces(text: string, cuts: number[]) {
	// The settings papaparse gives the whole text (a real file's are settled from its first megabyte).
	const whole = Papa.parse(text, { delimiter: ',' });
	const newline = whole.meta.linebreak as CsvSettings['newline'];
	const stream = new CsvStream({ delimiter: ',', newline });
	const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
	let at = 0;
	for (const p of [...points, text.length]) {
		stream.push(text.slice(at, p));
		at = p;
	}
	return stream.end();
}

const plain = (t: ReturnType<typeof parseCsv>) => ({
	header: t.header,
	names: t.names,
	rows: t.rows.map((r) => ({
		row: r.row,
		cells: r.cells,
		problems: r.problems,
		title: r.cell('title')
	}))
});

// Cells drawn from what breaks naive splitting: quotes, commas, line breaks (both kinds), blanks.
const cell = fc.oneof(
	fc.constantFrom('', ' ', 'a', 'é', '中', '""', '"a,b"', '"line\nbreak"', '"x\r\ny"', '"q""uote"'),
	fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '\n', '"', '\r\n'), maxLength: 6 })
);
const csvText = fc
	.tuple(
		fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 12 }),
		fc.constantFrom('\n', '\r\n'),
		fc.boolean()
	)
	.map(
		([rows, eol, trailing]) =>
			['title,date,type', ...rows.map((r) => r.join(','))].join(eol) + (trailing ? eol : '')
	);

describe('CsvStream', () => {
	it('give the table of the whole text, wherever the text is cut', () => {
		fc.assert(
			fc.property(csvText, fc.array(fc.nat(400), { maxLength: 8 }), (text, cuts) => {
				expect(plain(tableInPieces(text, cuts))).toEqual(plain(parseCsv(text)));
			}),
			{ numRuns: 300 }
		);
	});

	it('waits for the first megabyte before settling the line break, as papaparse does', () => {
		const stream = new CsvStream();
		const row = 'Event,2020-01-01\r\n';
		stream.push('title,date\r');
		expect(stream.rows).toBe(0);
		stream.push('\n' + row.repeat(40_000)); // 760,000 characters: still waiting
		expect(stream.rows).toBe(0);
		stream.push(row.repeat(40_000));
		expect(stream.rows).toBeGreaterThan(70_000);
		const table = stream.end();
		expect(table.rows).toHaveLength(80_000);
		expect(table.rows[79_999].cells).toEqual(['Event', '2020-01-01']);
	});

	it('number rows across pieces, blank lines included, as in the whole text', () => {
		const text = 'title,date\nA,2020\n\n\nB,2021\nC,"20\n22"\nD,2023\n';
		const table = tableInPieces(text, [12, 18, 19, 25, 31]);
		expect(table.rows.map((r) => [r.row, r.cell('title')])).toEqual([
			[1, 'A'],
			[4, 'B'],
			[5, 'C'],
			[6, 'D']
		]);
	});
});

describe('decodeSlices', () => {
	const encode = (s: string) => new TextEncoder().encode(s);

	it('decodes UTF-8 cut inside multi-byte characters, from bytes and from a Blob', async () => {
		const text = 'title,date\n中俄联合军演,2021-08-09\nÉté,2020\n';
		for (const size of [1, 2, 3, 5, 64]) {
			for (const asBlob of [false, true]) {
				const read = await readInSlices(encode(text), size, asBlob);
				expect(read.text).toBe(text);
				expect(read.outcome).toEqual({ encoding: 'utf-8', problem: null });
				expect(read.progress.at(-1)).toBe(encode(text).length);
			}
		}
	});

	it('reads UTF-16 by its byte-order mark', async () => {
		const text = 'title,date\n中,2020\n';
		const le = new Uint8Array([
			0xff,
			0xfe,
			...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)
		]);
		const read = await readInSlices(le, 3);
		expect(read.text).toBe(text);
		expect(read.outcome.encoding).toBe('utf-16le');
	});

	it('falls back to Windows-1252 with the notice decodeBytes gives, wherever the slices fall', () => {
		return fc.assert(
			fc.asyncProperty(
				fc.array(fc.constantFrom('a', '\n', 'é', '中', ','), { maxLength: 40 }),
				fc.integer({ min: 0, max: 40 }),
				// Not 0x80–0x9f: Node's TextDecoder reads windows-1252 as Latin-1 there when not streaming (browsers do not).
				fc.constantFrom(0xe9, 0xa0, 0xff, 0xc3),
				fc.integer({ min: 1, max: 9 }),
				async (chars, at, bad, size) => {
					const good = encode(chars.join(''));
					const cut = Math.min(at, good.length);
					// Insert the bad byte between characters (not inside one).
					const text = chars.join('');
					let boundary = 0;
					for (const ch of text) {
						const next = boundary + encode(ch).length;
						if (next > cut) break;
						boundary = next;
					}
					const bytes = new Uint8Array([
						...good.subarray(0, boundary),
						bad,
						...good.subarray(boundary)
					]);
					const whole = decodeBytes(bytes);
					const read = await readInSlices(bytes, size);
					expect(read.text).toBe(whole.text);
					expect(read.outcome).toEqual({ encoding: whole.encoding, problem: whole.problem });
				}
			),
			{ numRuns: 200 }
		);
	});

	it('reads an empty source as empty text', async () => {
		const read = await readInSlices(new Uint8Array(0), 4);
		expect(read).toEqual({
			text: '',
			outcome: { encoding: 'utf-8', problem: null },
			progress: [0]
		});
	});
});
