// The fast path for plain dates in parseEdtf must agree with edtf.js, which it stands in for.
import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from './dates';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const plainDate = fc
	.tuple(
		fc.integer({ min: 1000, max: 2999 }),
		fc.option(fc.integer({ min: 1, max: 12 })),
		fc.option(fc.integer({ min: 1, max: 31 })),
		fc.constantFrom('', '?', '~', '%')
	)
	.map(
		([y, m, d, q]) => `${y}${m === null ? '' : `-${pad(m)}${d === null ? '' : `-${pad(d)}`}`}${q}`
	);

/**
 * edtf.js's reading, or the error it throws. edtf.js accepts 29 February in common years and rolls it
 * over to 1 March (it does reject the 30th); we reject it, so such days count as errors here.
 */
function reference(text: string): [number, number] | 'error' {
	for (const end of text.split('/')) {
		const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(end);
		if (m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDate() !== +m[3]) return 'error';
	}
	try {
		const d = edtf(text);
		return [d.min, d.max + 1];
	} catch {
		return 'error';
	}
}

describe('parseEdtf fast path', () => {
	it('parseEdtf agrees with edtf.js on every plain date and qualifier', () => {
		fc.assert(
			fc.property(plainDate, (text) => {
				const expected = reference(text);
				if (expected === 'error') expect(() => parseEdtf(text)).toThrow();
				else {
					const span = parseEdtf(text);
					expect([span.startMs, span.endMs]).toEqual(expected);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('parseEdtf agrees with edtf.js on ranges of plain dates', () => {
		fc.assert(
			fc.property(plainDate, plainDate, (a, b) => {
				const text = `${a}/${b}`;
				const expected = reference(text);
				let ours: [number, number] | 'error';
				try {
					const span = parseEdtf(text);
					ours = [span.startMs, span.endMs];
				} catch {
					ours = 'error';
				}
				// edtf.js also refuses same-day and overlapping-precision ranges we accept; where it
				// accepts, we must agree exactly.
				if (expected !== 'error') expect(ours).toEqual(expected);
			}),
			{ numRuns: 3000 }
		);
	});

	it('parseEdtf reads an open interval as the span of its known endpoint, flagged open', () => {
		fc.assert(
			fc.property(plainDate, fc.boolean(), (text, openEnd) => {
				const expected = reference(text);
				const input = openEnd ? `${text}/..` : `../${text}`;
				if (expected === 'error') expect(() => parseEdtf(input)).toThrow();
				else {
					const span = parseEdtf(input);
					expect([span.startMs, span.endMs]).toEqual(expected);
					expect([span.openStart, span.openEnd]).toEqual([!openEnd, openEnd]);
				}
			}),
			{ numRuns: 1000 }
		);
	});
});
