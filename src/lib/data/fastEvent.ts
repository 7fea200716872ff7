/**
 * A hand-written reading of `eventSchema` for the records a large import is made of, giving exactly
 * what `eventSchema.safeParse(raw).data` gives (the same value, keys in the schema's order, strings
 * trimmed where the schema trims them) or null. Null means only "not decided here": the caller then
 * asks zod, so every record zod rejects is rejected by zod, with zod's messages. Checking a record
 * through zod costs about 10 µs and a dozen objects; a million-row import spent most of its time
 * there. Citations, media and date references are rare and varied, so those parts still go through
 * their own zod schemas.
 */
import { IDENTIFICATIONS } from './identification';
import {
	dateReferenceSchema,
	mediaSchema,
	sourceRefSchema,
	urlRefSchema,
	type EventRecord,
	type Participant,
	type Place
} from './schema';

/** The keys of `eventSchema`, in its order (a test checks them against the schema). */
export const FAST_EVENT_KEYS = [
	'id',
	'title',
	'titleZh',
	'type',
	'date',
	'dateBasis',
	'dateNote',
	'dateNoteZh',
	'dateReference',
	'participants',
	'place',
	'summary',
	'summaryZh',
	'identification',
	'sources',
	'media',
	'notes',
	'notesZh'
] as const;

const EVENT_KEYS = new Set<string>(FAST_EVENT_KEYS);
const PARTICIPANT_KEYS = new Set(['name', 'nameZh', 'role', 'country']);
const PLACE_KEYS = new Set(['city', 'country', 'lat', 'lon']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;

type Raw = Record<string, unknown>;

/**
 * `v` when it is a plain object whose keys are all in `keys` and none holds `undefined` (zod keeps
 * such a key, as undefined or a default, which is not worth copying here), else null.
 */
function plainWith(v: unknown, keys: ReadonlySet<string>): Raw | null {
	if (typeof v !== 'object' || v === null) return null;
	const proto = Object.getPrototypeOf(v);
	if (proto !== Object.prototype && proto !== null) return null;
	for (const key in v) if (!keys.has(key) || (v as Raw)[key] === undefined) return null;
	return v as Raw;
}

/** zod's `nonEmpty`: the string trimmed, when something is left; else undefined. */
function filled(v: unknown): string | undefined {
	if (typeof v !== 'string') return undefined;
	const text = v.trim();
	return text.length > 0 ? text : undefined;
}

/** zod's `nonEmpty.optional()`: copies `raw[key]` trimmed into `out`; false when it is not valid. */
function optionalText(raw: Raw, key: string, out: Raw): boolean {
	const v = raw[key];
	if (v === undefined) return true;
	const text = filled(v);
	if (text === undefined) return false;
	out[key] = text;
	return true;
}

/** zod's `countryCode.nullable()` on a key that must be present. */
const isCountry = (raw: Raw, key: string) =>
	key in raw && (raw[key] === null || (typeof raw[key] === 'string' && COUNTRY.test(raw[key])));

/** A number zod's `z.number().min(-limit).max(limit)` accepts. */
const inRange = (v: unknown, limit: number) =>
	typeof v === 'number' && Number.isFinite(v) && v >= -limit && v <= limit;

function participantOf(v: unknown): Participant | null {
	const raw = plainWith(v, PARTICIPANT_KEYS);
	if (!raw) return null;
	const name = filled(raw.name);
	if (name === undefined) return null;
	const out: Raw = { name };
	if (!optionalText(raw, 'nameZh', out)) return null;
	if (typeof raw.role !== 'string' || !isCountry(raw, 'country')) return null;
	out.role = raw.role;
	out.country = raw.country;
	return out as Participant;
}

function placeOf(v: unknown): Place | null | undefined {
	if (v === undefined || v === null) return null;
	const raw = plainWith(v, PLACE_KEYS);
	if (!raw || !('city' in raw) || !isCountry(raw, 'country')) return undefined;
	const city = raw.city === null ? null : filled(raw.city);
	if (city === undefined) return undefined;
	const out: Raw = { city, country: raw.country };
	for (const [key, limit] of [
		['lat', 90],
		['lon', 180]
	] as const) {
		if (raw[key] === undefined) continue;
		if (!inRange(raw[key], limit)) return undefined;
		out[key] = raw[key];
	}
	return out as Place;
}

/** Each element read by `read`, in a new array (as zod makes); null when one is not accepted. */
function listOf<T>(v: unknown, read: (item: unknown) => T | null): T[] | null {
	if (v === undefined) return [];
	if (!Array.isArray(v)) return null;
	const out: T[] = new Array(v.length);
	for (let i = 0; i < v.length; i++) {
		const item = read(v[i]);
		if (item === null) return null;
		out[i] = item;
	}
	return out;
}

/** The first of the citation union's schemas that accepts `v` (as `z.union` picks). */
function citationOf(v: unknown) {
	const local = sourceRefSchema.safeParse(v);
	if (local.success) return local.data;
	const url = urlRefSchema.safeParse(v);
	return url.success ? url.data : null;
}

/**
 * `eventSchema.safeParse(v).data` for a record that schema accepts and this function can read (see
 * the module comment); null otherwise, including for some records zod accepts.
 */
export function fastEvent(v: unknown): EventRecord | null {
	const raw = plainWith(v, EVENT_KEYS);
	if (!raw) return null;
	const { id, type } = raw;
	if (typeof id !== 'string' || !SLUG.test(id)) return null;
	const title = filled(raw.title);
	if (title === undefined) return null;
	const out: Raw = { id, title };
	if (!optionalText(raw, 'titleZh', out)) return null;
	const kind = typeof type === 'string' ? type.trim() : '';
	if (kind.length < 1 || kind.length > 120) return null;
	out.type = kind;
	const date = filled(raw.date);
	if (date === undefined) return null;
	out.date = date;
	if (raw.dateBasis !== 'stated' && raw.dateBasis !== 'inferred') return null;
	out.dateBasis = raw.dateBasis;
	if (!optionalText(raw, 'dateNote', out) || !optionalText(raw, 'dateNoteZh', out)) return null;
	if (raw.dateReference !== undefined) {
		const parsed = dateReferenceSchema.safeParse(raw.dateReference);
		if (!parsed.success) return null;
		out.dateReference = parsed.data;
	}
	const participants = listOf(raw.participants, participantOf);
	if (!participants) return null;
	out.participants = participants;
	const place = placeOf(raw.place);
	if (place === undefined) return null;
	out.place = place;
	const summary = filled(raw.summary);
	if (summary === undefined) return null;
	out.summary = summary;
	if (!optionalText(raw, 'summaryZh', out)) return null;
	if (raw.identification !== undefined) {
		if (!(IDENTIFICATIONS as readonly unknown[]).includes(raw.identification)) return null;
		out.identification = raw.identification;
	}
	const sources = listOf(raw.sources, citationOf);
	if (!sources) return null;
	out.sources = sources;
	if (raw.media !== undefined) {
		const parsed = mediaSchema.safeParse(raw.media);
		if (!parsed.success) return null;
		out.media = parsed.data;
	}
	if (!optionalText(raw, 'notes', out) || !optionalText(raw, 'notesZh', out)) return null;
	return out as EventRecord;
}
