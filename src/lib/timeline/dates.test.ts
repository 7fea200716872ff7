import { describe, expect, it } from 'vitest';
import { isFuzzy, parseEdtf, resolveOpenSpan, tryParseEdtf, type Precision } from './dates';
import { utcMs, YEAR_MS } from './calendar';
import { EdtfError } from './edtfPlain';

const utc = Date.UTC;

interface Case {
	input: string;
	startMs: number;
	endMs: number;
	precision: Precision;
	isRange?: boolean;
	uncertain?: boolean;
	approximate?: boolean;
	unspecified?: boolean;
	openStart?: boolean;
	openEnd?: boolean;
}

const ACCEPTED: Case[] = [
	{ input: '2024-09-12', startMs: utc(2024, 8, 12), endMs: utc(2024, 8, 13), precision: 'day' },
	{ input: '2012-06', startMs: utc(2012, 5, 1), endMs: utc(2012, 6, 1), precision: 'month' },
	{ input: '2023', startMs: utc(2023, 0, 1), endMs: utc(2024, 0, 1), precision: 'year' },
	// edtf.js maps the four level-1 seasons to calendar quarters.
	{ input: '2023-21', startMs: utc(2023, 0, 1), endMs: utc(2023, 3, 1), precision: 'season' },
	{ input: '2023-22', startMs: utc(2023, 3, 1), endMs: utc(2023, 6, 1), precision: 'season' },
	{ input: '2023-23', startMs: utc(2023, 6, 1), endMs: utc(2023, 9, 1), precision: 'season' },
	{ input: '2023-24', startMs: utc(2023, 9, 1), endMs: utc(2024, 0, 1), precision: 'season' },
	{
		input: '2023-04-16/2023-04-19',
		startMs: utc(2023, 3, 16),
		endMs: utc(2023, 3, 20),
		precision: 'day',
		isRange: true
	},
	{
		input: '2000/2004',
		startMs: utc(2000, 0, 1),
		endMs: utc(2005, 0, 1),
		precision: 'year',
		isRange: true
	},
	{
		input: '2012/2013-06',
		startMs: utc(2012, 0, 1),
		endMs: utc(2013, 6, 1),
		precision: 'year',
		isRange: true
	},
	{
		input: '2023-09~',
		startMs: utc(2023, 8, 1),
		endMs: utc(2023, 9, 1),
		precision: 'month',
		approximate: true
	},
	{
		input: '2023?',
		startMs: utc(2023, 0, 1),
		endMs: utc(2024, 0, 1),
		precision: 'year',
		uncertain: true
	},
	{
		input: '2023-06%',
		startMs: utc(2023, 5, 1),
		endMs: utc(2023, 6, 1),
		precision: 'month',
		uncertain: true,
		approximate: true
	},
	{
		input: '201X',
		startMs: utc(2010, 0, 1),
		endMs: utc(2020, 0, 1),
		precision: 'decade',
		unspecified: true
	},
	// Some month of 2023: known to the year, not to a month.
	{
		input: '2023-XX',
		startMs: utc(2023, 0, 1),
		endMs: utc(2024, 0, 1),
		precision: 'year',
		unspecified: true
	},
	// Some day of September 2023: known to the month, not to a day.
	{
		input: '2023-09-XX',
		startMs: utc(2023, 8, 1),
		endMs: utc(2023, 9, 1),
		precision: 'month',
		unspecified: true
	},
	{
		input: '2023-09-25?/2023-09-30?',
		startMs: utc(2023, 8, 25),
		endMs: utc(2023, 9, 1),
		precision: 'day',
		isRange: true,
		uncertain: true
	},
	// One end of a range qualified on its own: the visit ended on the 18th or the 19th.
	{
		input: '2023-04-16/2023-04-19?',
		startMs: utc(2023, 3, 16),
		endMs: utc(2023, 3, 20),
		precision: 'day',
		isRange: true,
		uncertain: true
	},
	{
		input: '2023-09~/2023-10-03',
		startMs: utc(2023, 8, 1),
		endMs: utc(2023, 9, 4),
		precision: 'month',
		isRange: true,
		approximate: true
	},
	// Open intervals: the span of the known endpoint, flagged; the loader stretches it to the horizon.
	{
		input: '2012~/..',
		startMs: utc(2012, 0, 1),
		endMs: utc(2013, 0, 1),
		precision: 'year',
		isRange: true,
		approximate: true,
		openEnd: true
	},
	{
		input: '2012-05-07/..',
		startMs: utc(2012, 4, 7),
		endMs: utc(2012, 4, 8),
		precision: 'day',
		isRange: true,
		openEnd: true
	},
	{
		input: '../2004',
		startMs: utc(2004, 0, 1),
		endMs: utc(2005, 0, 1),
		precision: 'year',
		isRange: true,
		openStart: true
	},
	{
		input: '2023-21/..',
		startMs: utc(2023, 0, 1),
		endMs: utc(2023, 3, 1),
		precision: 'season',
		isRange: true,
		openEnd: true
	},
	{
		input: '201X/..',
		startMs: utc(2010, 0, 1),
		endMs: utc(2020, 0, 1),
		precision: 'decade',
		isRange: true,
		unspecified: true,
		openEnd: true
	},
	{ input: '1000', startMs: utc(1000, 0, 1), endMs: utc(1001, 0, 1), precision: 'year' },
	{ input: '2999', startMs: utc(2999, 0, 1), endMs: utc(3000, 0, 1), precision: 'year' },
	// Any era: astronomical years (0 is 1 BC, -0043 is 44 BC), years 0–99 as themselves.
	{ input: '0044', startMs: utcMs(44), endMs: utcMs(45), precision: 'year' },
	{ input: '0000', startMs: utcMs(0), endMs: utcMs(1), precision: 'year' },
	{ input: '-0043-03-15', startMs: utcMs(-43, 2, 15), endMs: utcMs(-43, 2, 16), precision: 'day' },
	{ input: '-9999', startMs: utcMs(-9999), endMs: utcMs(-9998), precision: 'year' },
	{
		input: '-0500/-0100',
		startMs: utcMs(-500),
		endMs: utcMs(-99),
		precision: 'year',
		isRange: true
	},
	// Deep time with EDTF's Y prefix, beyond JavaScript dates: mean years of milliseconds.
	{
		input: 'Y-13800000000',
		startMs: (-13800000000 - 1970) * YEAR_MS,
		endMs: (-13799999999 - 1970) * YEAR_MS,
		precision: 'year'
	},
	{
		input: 'Y-66000000/Y-65000000',
		startMs: (-66000000 - 1970) * YEAR_MS,
		endMs: (-64999999 - 1970) * YEAR_MS,
		precision: 'year',
		isRange: true
	},
	// Times of day: the minute or second named, at its offset; no zone reads as UTC.
	{
		input: '2023-11-08T14:30:00Z',
		startMs: utc(2023, 10, 8, 14, 30),
		endMs: utc(2023, 10, 8, 14, 30, 1),
		precision: 'second'
	},
	{
		input: '2023-11-08T14:30:00+03:00',
		startMs: utc(2023, 10, 8, 11, 30),
		endMs: utc(2023, 10, 8, 11, 30, 1),
		precision: 'second'
	},
	{
		input: '2023-11-08T14:30',
		startMs: utc(2023, 10, 8, 14, 30),
		endMs: utc(2023, 10, 8, 14, 31),
		precision: 'minute'
	},
	{
		input: '2023-11-08T09:00Z/2023-11-08T17:30Z',
		startMs: utc(2023, 10, 8, 9),
		endMs: utc(2023, 10, 8, 17, 31),
		precision: 'minute',
		isRange: true
	}
];

const REJECTED: [string, string][] = [
	['', 'empty'],
	['   ', 'whitespace only'],
	['garbage', 'not a date'],
	['2023-02-30', 'a day February does not have'],
	['2023-09-31', 'a day September does not have'],
	['2023-13', 'month 13'],
	['2023-1', 'a one-digit month'],
	['99999', 'five digits that edtf.js reads as a timestamp'],
	['20233', 'a mistyped 2023 that edtf.js reads as a timestamp'],
	['-12345', 'a five-digit BCE year without the Y prefix'],
	['Y12', 'a short year with the Y prefix'],
	['XXXX', 'a wholly unspecified year'],
	['..', 'an open end without a range'],
	['../..', 'an interval open at both ends'],
	['2004/', 'an interval with an empty (unknown) end'],
	['/2004', 'an interval with an empty (unknown) start'],
	['../', 'an open start and an unknown end'],
	['2004/...', 'three dots'],
	['2004/..~', 'a qualified open end'],
	['2023-11-08T24:00Z', 'hour 24'],
	['2023-02-30T10:00Z', 'a time on a day February does not have'],
	['2023-11-08T14:30~', 'a qualified time'],
	['2023-02-30/..', 'an open interval from a day February does not have'],
	['2012~/../2013', 'an open end between two dates'],
	['2004/2000', 'a reversed range'],
	['2023-09-30/2023-09-01', 'a reversed day range'],
	['2001/2002/2003', 'two slashes']
];

describe('parseEdtf', () => {
	it.each(ACCEPTED)('parseEdtf reads $input as its half-open UTC span', (c) => {
		expect(parseEdtf(c.input)).toEqual({
			edtf: c.input,
			startMs: c.startMs,
			endMs: c.endMs,
			precision: c.precision,
			isRange: c.isRange ?? false,
			uncertain: c.uncertain ?? false,
			approximate: c.approximate ?? false,
			unspecified: c.unspecified ?? false,
			openStart: c.openStart ?? false,
			openEnd: c.openEnd ?? false
		});
	});

	it('parseEdtf trims surrounding whitespace and keeps the trimmed string', () => {
		const span = parseEdtf('  2023-09 \n');
		expect(span.edtf).toBe('2023-09');
		expect([span.startMs, span.endMs]).toEqual([utc(2023, 8, 1), utc(2023, 9, 1)]);
	});

	it.each(REJECTED)('parseEdtf rejects %j (%s)', (input) => {
		expect(() => parseEdtf(input)).toThrow(EdtfError);
	});

	it('parseEdtf never gives a span that ends before it starts', () => {
		for (const c of ACCEPTED) {
			const span = parseEdtf(c.input);
			expect(span.endMs, c.input).toBeGreaterThan(span.startMs);
		}
	});
});

describe('tryParseEdtf', () => {
	it.each(ACCEPTED.map((c) => c.input))('tryParseEdtf returns the span of %j', (input) => {
		const result = tryParseEdtf(input);
		expect(result.error).toBeUndefined();
		expect(result.span).toEqual(parseEdtf(input));
	});

	it.each(REJECTED)('tryParseEdtf returns an error for %j (%s) instead of throwing', (input) => {
		const result = tryParseEdtf(input);
		expect(result.span).toBeUndefined();
		expect(result.error).toEqual(expect.any(String));
		expect(result.error!.length).toBeGreaterThan(0);
	});

	it('tryParseEdtf names the offending input in its message', () => {
		expect(tryParseEdtf('garbage').error).toContain('garbage');
		expect(tryParseEdtf('../..').error).toContain('../..');
		expect(tryParseEdtf('2004/').error).toContain('..');
		expect(tryParseEdtf('20233').error).toContain('Y20233');
		expect(tryParseEdtf('2001/2002/2003').error).toContain('2001/2002/2003');
	});

	it.each([null, undefined, {}, []])(
		'tryParseEdtf does not throw for the non-string %j',
		(input) => {
			expect(() => tryParseEdtf(input as unknown as string)).not.toThrow();
			expect(tryParseEdtf(input as unknown as string).error).toEqual(expect.any(String));
		}
	);
});

describe('isFuzzy', () => {
	it.each([
		['2024-09-12', false],
		['2023-04-16/2023-04-19', false],
		['2012-06', true],
		['2023', true],
		['2023-21', true],
		['2000/2004', true],
		['2023-09~', true],
		['2023?', true],
		['2023-06%', true],
		['201X', true],
		['2023-XX', true],
		['2023-09-XX', true],
		['2023-09-25?/2023-09-30?', true],
		['2023-04-16/2023-04-19?', true],
		['2012-05-07/..', false],
		['2012~/..', true]
	] as const)('isFuzzy(%s) is %s', (input, fuzzy) => {
		expect(isFuzzy(parseEdtf(input))).toBe(fuzzy);
	});
});

describe('resolveOpenSpan', () => {
	const earliest = utc(2000, 0, 1);
	const latest = utc(2024, 8, 15);

	it.each([
		['2012~/..', utc(2012, 0, 1), latest],
		['2012-05-07/..', utc(2012, 4, 7), latest],
		['../2004', earliest, utc(2005, 0, 1)]
	])('resolveOpenSpan stretches %s to the horizon and keeps the flag', (input, startMs, endMs) => {
		const span = parseEdtf(input);
		const resolved = resolveOpenSpan(span, earliest, latest);
		expect([resolved.startMs, resolved.endMs]).toEqual([startMs, endMs]);
		expect([resolved.openStart, resolved.openEnd]).toEqual([span.openStart, span.openEnd]);
		expect(resolved.edtf).toBe(input);
	});

	it('resolveOpenSpan never narrows an open span below its own endpoint', () => {
		// An ongoing stage that starts after every other event still spans its start year.
		const span = resolveOpenSpan(parseEdtf('2030/..'), earliest, latest);
		expect([span.startMs, span.endMs]).toEqual([utc(2030, 0, 1), utc(2031, 0, 1)]);
	});

	it('resolveOpenSpan keeps the own span when the horizon is not finite (an open span alone)', () => {
		const span = parseEdtf('2012~/..');
		expect(resolveOpenSpan(span, Infinity, -Infinity)).toBe(span);
	});

	it('resolveOpenSpan returns a closed span unchanged', () => {
		const span = parseEdtf('2000/2004');
		expect(resolveOpenSpan(span, earliest, latest)).toBe(span);
	});

	it('resolveOpenSpan never gives an infinite time', () => {
		for (const input of ['2012~/..', '../2004']) {
			const span = resolveOpenSpan(parseEdtf(input), -Infinity, Infinity);
			expect(Number.isFinite(span.startMs) && Number.isFinite(span.endMs), input).toBe(true);
		}
	});
});
