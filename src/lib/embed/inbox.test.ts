import { describe, expect, it } from 'vitest';
import { createInbox } from './inbox';

const base = { source: 'cr-timeline', version: 1 };
const parent = { name: 'parent' };

/** An inbox with a manual frame: `frame()` runs the scheduled flush. */
function setup(parentWindow: unknown = parent) {
	const delivered: Record<string, unknown>[] = [];
	let flush: (() => void) | null = null;
	let schedules = 0;
	const receive = createInbox({
		parent: parentWindow,
		schedule: (f) => {
			schedules++;
			flush = f;
		},
		deliver: (data) => delivered.push(data)
	});
	const frame = () => {
		const f = flush;
		flush = null;
		f?.();
	};
	return { receive, delivered, frame, schedules: () => schedules };
}

describe('createInbox', () => {
	it('createInbox delivers a message from the parent on the next frame', () => {
		const { receive, delivered, frame } = setup();
		const message = { ...base, type: 'select', event: 'a' };
		receive({ source: parent, data: message });
		expect(delivered).toEqual([]);
		frame();
		expect(delivered).toEqual([message]);
	});

	it.each([
		['a sibling frame', { name: 'sibling' }],
		['no window', null],
		['the embed itself', { name: 'self' }]
	])('createInbox ignores a message from %s', (_, source) => {
		const { receive, delivered, frame, schedules } = setup();
		receive({ source, data: { ...base, type: 'select', event: 'a' } });
		frame();
		expect(delivered).toEqual([]);
		expect(schedules()).toBe(0);
	});

	it('createInbox ignores everything when the page is not framed (parent null)', () => {
		const { receive, delivered, frame } = setup(null);
		receive({ source: null, data: { ...base, type: 'select', event: 'a' } });
		frame();
		expect(delivered).toEqual([]);
	});

	it.each([
		['a string', 'goto'],
		['null', null],
		['another source', { source: 'x', version: 1, type: 'goto' }],
		['another version', { source: 'cr-timeline', version: 2, type: 'goto' }],
		['no type', { source: 'cr-timeline', version: 1 }]
	])('createInbox drops %s before it can displace a valid message', (_, data) => {
		const { receive, delivered, frame } = setup();
		const valid = { ...base, type: 'goto', event: 'a' };
		receive({ source: parent, data: valid });
		receive({ source: parent, data });
		frame();
		expect(delivered).toEqual([valid]);
	});

	it('createInbox keeps only the latest message of each type in a flood, one flush per frame', () => {
		const { receive, delivered, frame, schedules } = setup();
		for (let i = 0; i < 10_000; i++) {
			receive({ source: parent, data: { ...base, type: 'goto', event: `g${i}` } });
			receive({ source: parent, data: { ...base, type: 'select', event: `s${i}` } });
		}
		receive({ source: parent, data: { ...base, type: 'goto', event: 'last' } });
		expect(schedules()).toBe(1);
		frame();
		// In the order the kept messages arrived: the select (s9999) before the last goto.
		expect(delivered.map((d) => d.event)).toEqual(['s9999', 'last']);
		receive({ source: parent, data: { ...base, type: 'select', event: null } });
		expect(schedules()).toBe(2);
		frame();
		expect(delivered.map((d) => d.event)).toEqual(['s9999', 'last', null]);
	});
});
