/**
 * The embed's inbox for host messages: it accepts a message only from the embedding parent, and
 * coalesces floods, keeping the latest message of each type and handing them over once per frame.
 * A host posting thousands of commands a second (or a stuck loop) costs the embed one map write per
 * message and one command of each type per frame, instead of a re-layout per message.
 */
import { MESSAGE_SOURCE, MESSAGE_VERSION } from './messages';

/** Options of {@link createInbox}. */
export interface InboxOptions {
	/**
	 * The window allowed to command the embed: `window.parent` when framed, else null (then every
	 * message is ignored). Messages whose `source` is another window (a sibling frame, a popup, the
	 * embed itself) are ignored.
	 */
	parent: unknown;
	/** Calls `flush` once, later: `requestAnimationFrame` in the page. */
	schedule: (flush: () => void) => unknown;
	/**
	 * Receives the messages kept since the last flush, the latest of each `type`, in the order those
	 * arrived; still to be validated (`parseIncoming`).
	 */
	deliver: (data: Record<string, unknown>) => void;
}

/**
 * A `message` event listener that applies {@link InboxOptions}: it ignores messages from any window
 * but `parent` and messages outside the `{ source: 'cr-timeline', version: 1, type }` envelope, keeps
 * the latest of each `type` and delivers them on the next scheduled flush.
 */
export function createInbox(
	options: InboxOptions
): (event: { source: unknown; data: unknown }) => void {
	const pending = new Map<string, Record<string, unknown>>();
	let scheduled = false;
	const flush = () => {
		scheduled = false;
		const messages = [...pending.values()];
		pending.clear();
		for (const data of messages) options.deliver(data);
	};
	return ({ source, data }) => {
		if (options.parent === null || source !== options.parent) return;
		if (typeof data !== 'object' || data === null) return;
		const { source: tag, version, type } = data as Record<string, unknown>;
		if (tag !== MESSAGE_SOURCE || version !== MESSAGE_VERSION || typeof type !== 'string') return;
		// Re-inserting moves the type to the end, so delivery follows the order of the latest ones.
		pending.delete(type);
		pending.set(type, data as Record<string, unknown>);
		if (!scheduled) {
			scheduled = true;
			options.schedule(flush);
		}
	};
}
