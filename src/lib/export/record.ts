/** An event as stored, without what the site computes from it. */
import type { TimelineEvent } from '../data/load';
import { eventSchema, type EventRecord } from '../data/schema';

const RECORD_KEYS = Object.keys(eventSchema.shape) as (keyof EventRecord)[];

/** An event without its computed fields (span, fuzzy, lane, passages): the record as stored. */
export function toRecord(event: TimelineEvent): EventRecord {
	const record: Record<string, unknown> = {};
	for (const key of RECORD_KEYS) if (event[key] !== undefined) record[key] = event[key];
	return record as EventRecord;
}
