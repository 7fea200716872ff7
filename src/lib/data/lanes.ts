/**
 * Event types and the lanes they are drawn in. No dependencies, so pages can import it without
 * pulling the validator (zod) or the EDTF parser into the browser bundle.
 */

/** The closed vocabulary of event types. */
export const EVENT_TYPES = [
	'forum',
	'visit',
	'talks',
	'exercise',
	'summit',
	'agreement',
	'milestone',
	'period'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Horizontal bands of the timeline; periods are drawn behind them rather than in a lane. */
export const LANES = [
	{ id: 'forums', types: ['forum'] },
	{ id: 'visits', types: ['visit', 'talks'] },
	{ id: 'exercises', types: ['exercise'] },
	{ id: 'summits', types: ['summit', 'agreement', 'milestone'] }
] as const satisfies readonly { id: string; types: readonly EventType[] }[];

export type LaneId = (typeof LANES)[number]['id'];

/** Lane index of an event type; -1 for periods. */
export function laneOf(type: EventType): number {
	return LANES.findIndex((l) => (l.types as readonly string[]).includes(type));
}
