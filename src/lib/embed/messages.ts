/**
 * The embed's postMessage API, versioned. The embed posts `ready`, `select` and `rangechange` to its host;
 * it accepts `goto` (an event id or a range) and `select`. Anything malformed is ignored (null).
 *
 * Every message is `{ source: 'cr-timeline', version: 1, type, ... }`:
 * - out `ready`:       `{ from, to, events: number }` — the initial range and how many events it holds
 * - out `select`:      `{ event: id | null }`
 * - out `rangechange`: `{ from, to }` — ISO days, `to` inclusive
 * - in  `goto`:        `{ event: id }` or `{ from, to }` (YYYY, YYYY-MM or YYYY-MM-DD)
 * - in  `select`:      `{ event: id | null }`
 */
import { parseTypedDate } from '../timeline/userDates';

export const MESSAGE_SOURCE = 'cr-timeline';
export const MESSAGE_VERSION = 1;

export type OutgoingMessage =
	| { type: 'ready'; from: string; to: string; events: number }
	| { type: 'select'; event: string | null }
	| { type: 'rangechange'; from: string; to: string }
	| { type: 'resize'; height: number };

/** A command from the host, validated. Ranges are UTC ms, `toMs` exclusive. */
export type IncomingCommand =
	| { type: 'goto'; event: string }
	| { type: 'goto'; fromMs: number; toMs: number }
	| { type: 'select'; event: string | null };

/** Wraps a message in the envelope the host can recognise. */
export function envelope(message: OutgoingMessage): Record<string, unknown> {
	return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, ...message };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/**
 * Validates a message from the host. Returns null for anything that is not a well-formed command of
 * this version, or that names an event not in `eventIds`.
 */
export function parseIncoming(
	data: unknown,
	eventIds: ReadonlySet<string>
): IncomingCommand | null {
	if (!isRecord(data) || data.source !== MESSAGE_SOURCE || data.version !== MESSAGE_VERSION)
		return null;
	if (data.type === 'select') {
		if (data.event === null) return { type: 'select', event: null };
		return isId(data.event) && eventIds.has(data.event)
			? { type: 'select', event: data.event }
			: null;
	}
	if (data.type === 'goto') {
		if (isId(data.event))
			return eventIds.has(data.event) ? { type: 'goto', event: data.event } : null;
		const from = typeof data.from === 'string' ? parseTypedDate(data.from) : null;
		const to = typeof data.to === 'string' ? parseTypedDate(data.to) : null;
		if (!from || !to || from.startMs >= to.endMs) return null;
		return { type: 'goto', fromMs: from.startMs, toMs: to.endMs };
	}
	return null;
}
