/**
 * The reliability vocabulary of source documents (`high`, `medium`, `low`; validated by schema.ts) and
 * its interface labels. No dependencies, so pages can import it without zod.
 */
import type { StringKey } from '../i18n/strings';
import type { SourceRecord } from './schema';

/** How far a source document can be trusted. */
export type Reliability = SourceRecord['reliability'];

/** The interface label of each value; a value without one fails `npm run check`. */
export const RELIABILITY_LABELS: Record<Reliability, StringKey> = {
	high: 'reliabilityHigh',
	medium: 'reliabilityMedium',
	low: 'reliabilityLow'
};
