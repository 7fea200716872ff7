import { describe, expect, it } from 'vitest';
import { envelope, parseIncoming } from './messages';

const ids = new Set(['a-event', 'b-event']);
const base = { source: 'cr-timeline', version: 1 };

describe('parseIncoming', () => {
	it.each([
		[
			{ ...base, type: 'goto', event: 'a-event' },
			{ type: 'goto', event: 'a-event' }
		],
		[
			{ ...base, type: 'goto', from: '2023-04', to: '2023-04' },
			{ type: 'goto', fromMs: Date.UTC(2023, 3, 1), toMs: Date.UTC(2023, 4, 1) }
		],
		[
			{ ...base, type: 'select', event: 'b-event' },
			{ type: 'select', event: 'b-event' }
		],
		[
			{ ...base, type: 'select', event: null },
			{ type: 'select', event: null }
		]
	])('parseIncoming accepts %j', (data, expected) => {
		expect(parseIncoming(data, ids)).toEqual(expected);
	});

	it.each([
		['a string', 'goto'],
		['null', null],
		['an array', [base]],
		['no envelope', { type: 'goto', event: 'a-event' }],
		['another version', { ...base, version: 2, type: 'goto', event: 'a-event' }],
		['another source', { ...base, source: 'x', type: 'goto', event: 'a-event' }],
		['an unknown type', { ...base, type: 'zoom' }],
		['an unknown event', { ...base, type: 'goto', event: 'nope' }],
		['a select of an unknown event', { ...base, type: 'select', event: 'nope' }],
		['a reversed range', { ...base, type: 'goto', from: '2024', to: '2023' }],
		['a garbage range', { ...base, type: 'goto', from: 'soon', to: 2023 }],
		['a huge id', { ...base, type: 'select', event: 'x'.repeat(10_000) }]
	])('parseIncoming ignores %s', (_, data) => {
		expect(parseIncoming(data, ids)).toBeNull();
	});
});

describe('envelope', () => {
	it('envelope adds the source and version', () => {
		expect(envelope({ type: 'select', event: null })).toEqual({
			...base,
			type: 'select',
			event: null
		});
	});
});
