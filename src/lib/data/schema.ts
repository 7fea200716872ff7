/**
 * The dataset's schema (zod), from which its TypeScript types are inferred. Shared by the site,
 * the CLI validator (`npm run check:data`) and the in-browser import of researchers' files.
 */
import './zodConfig';
import { z } from 'zod';

import { IDENTIFICATIONS } from './identification';

export { IDENTIFICATIONS, type Identification } from './identification';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const countryCode = z
	.string()
	.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CN"');

export const participantSchema = z.strictObject({
	name: nonEmpty,
	nameZh: nonEmpty.optional(),
	role: z.string(),
	country: countryCode.nullable()
});

export const placeSchema = z.strictObject({
	city: nonEmpty.nullable(),
	country: countryCode.nullable(),
	lat: z.number().min(-90).max(90).optional(),
	lon: z.number().min(-180).max(180).optional()
});

/** A citation of a local document: an exact quote at UTF-16 offsets `[start, end)`. */
export const sourceRefSchema = z.strictObject({
	source: nonEmpty,
	quote: nonEmpty,
	start: z.int().nonnegative(),
	end: z.int().positive(),
	translation: nonEmpty.optional()
});

/** A citation by URL, for imported datasets without a local document (quote optional). */
export const urlRefSchema = z.strictObject({
	url: z.url({ protocol: /^https?$/ }),
	title: nonEmpty.optional(),
	quote: nonEmpty.optional()
});

export const dateReferenceSchema = z.strictObject({
	outlet: nonEmpty,
	title: nonEmpty,
	published: nonEmpty,
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** Language of the title when it is not English (BCP 47, e.g. "ru"), for its `lang` attribute. */
	language: z
		.string()
		.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "ru" or "zh"')
		.optional()
});

/**
 * A picture, video or page that illustrates an event (TimelineJS's media): shown as a link, never
 * as a source or passage.
 */
export const mediaSchema = z.strictObject({
	url: z.url({ protocol: /^https?$/ }),
	caption: nonEmpty.optional(),
	credit: nonEmpty.optional()
});

export const eventSchema = z.strictObject({
	id: z
		.string()
		.regex(
			/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
			'must be a kebab-case slug such as "li-shangfu-visits-russia"'
		),
	title: nonEmpty,
	/** Our Chinese title (required for curated events). */
	titleZh: nonEmpty.optional(),
	/** The event's category: any name (the dataset's vocabulary draws it); `period` is a band. */
	type: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
	date: nonEmpty,
	dateBasis: z.enum(['stated', 'inferred']),
	dateNote: nonEmpty.optional(),
	/** Our Chinese `dateNote` (required for curated events that have a `dateNote`). */
	dateNoteZh: nonEmpty.optional(),
	dateReference: dateReferenceSchema.optional(),
	participants: z.array(participantSchema).default([]),
	place: placeSchema.nullable().default(null),
	summary: nonEmpty,
	/** Our Chinese summary (required for curated events). */
	summaryZh: nonEmpty.optional(),
	/**
	 * How sure we are which real event a vague document means, apart from how well its date is known
	 * ("an exercise at the end of September" matched to a recorded exercise with exact dates). Absent
	 * when the document names the event itself; the reasoning is in `notes` or `dateNote`.
	 */
	identification: z.enum(IDENTIFICATIONS).optional(),
	sources: z.array(z.union([sourceRefSchema, urlRefSchema])).default([]),
	/** What illustrates the event (imported TimelineJS media), with its caption and credit. */
	media: mediaSchema.optional(),
	notes: nonEmpty.optional(),
	/** Our Chinese `notes` (required for curated events that have `notes`). */
	notesZh: nonEmpty.optional()
});

const cssColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb');

/** A category of events, as the `type` of events names it, with its names. */
export const categorySchema = z.strictObject({
	id: nonEmpty,
	label: nonEmpty,
	labelZh: nonEmpty.optional()
});

/** A lane: which categories it draws, its names and colour (one, or one per scheme). */
export const laneSchema = z.strictObject({
	id: nonEmpty,
	label: nonEmpty,
	labelZh: nonEmpty.optional(),
	categories: z.array(nonEmpty).min(1, 'a lane draws at least one category'),
	color: z.union([cssColor, z.strictObject({ light: cssColor, dark: cssColor })]).optional()
});

/** Our JSON: the events, and optionally the vocabulary that fixes their lanes, names and colours. */
export const eventsFileSchema = z.strictObject({
	events: z.array(z.unknown()),
	categories: z.array(z.unknown()).optional(),
	lanes: z.array(z.unknown()).optional()
});

export const sourceSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug'),
	file: nonEmpty,
	title: nonEmpty,
	/** A few words for lists and links. */
	shortTitle: nonEmpty,
	titleEn: nonEmpty.optional(),
	language: z.enum(['en', 'zh']),
	kind: nonEmpty,
	outlet: nonEmpty.nullable(),
	author: nonEmpty.nullable(),
	published: nonEmpty.nullable(),
	originalName: nonEmpty,
	reliability: z.enum(['high', 'medium', 'low']),
	notes: nonEmpty
});

export type Participant = z.infer<typeof participantSchema>;
export type Place = z.infer<typeof placeSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type UrlRef = z.infer<typeof urlRefSchema>;
export type Media = z.infer<typeof mediaSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
