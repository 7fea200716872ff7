/**
 * The identification vocabulary: how sure we are which real event a vague document means, apart from
 * how well the event's date is known. No dependencies, so pages can import it without zod.
 */
import type { StringKey } from '../i18n/strings';

/**
 * `probable`: the clues fit one recorded event and no other we found; `possible`: one reading among
 * others. An event whose document names it has no `identification`.
 */
export const IDENTIFICATIONS = ['probable', 'possible'] as const;
export type Identification = (typeof IDENTIFICATIONS)[number];

/** The interface label of each value; a value without one fails `npm run check`. */
export const IDENTIFICATION_LABELS: Record<Identification, StringKey> = {
	probable: 'identificationProbable',
	possible: 'identificationPossible'
};
