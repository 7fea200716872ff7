/**
 * TimelineJS JSON: version 3 (`{ title, events: [slides], eras: [slides] }`, and the welcome page's
 * `{ timeline: { slides } }`) and the older version 2 (`{ timeline: { headline, date: [...],
 * era: [...] } }`, dates written `"2011,12,10"` or `"1896,9,10,12,06"`).
 */
import type { ImportFormatModule, JsonInput } from './format';
import { finish, idMaker, obj, str, type Raw } from './records';
import { looseRange, slideDraft, type DateParts, type Slide } from './timelinejs';
import { htmlToText, slugify } from './text';
import type { Draft, ImportProblem } from './types';

/** Our fields → TimelineJS 3's, for problems. */
const FIELDS: Record<string, string> = {
	id: 'unique_id',
	title: 'text.headline',
	summary: 'text.text',
	date: 'start_date',
	dateNote: 'display_date',
	type: 'group',
	media: 'media',
	'media.url': 'media.url',
	notes: 'group'
};
/** The same for version 2. */
const FIELDS_V2: Record<string, string> = {
	id: 'headline',
	title: 'headline',
	summary: 'text',
	date: 'startDate',
	type: 'tag',
	media: 'asset',
	notes: 'tag'
};

/** A v3 date object's parts, the time of day from its hour, minute and second. */
function dateParts(v: unknown): DateParts | null {
	if (v === undefined || v === null) return null;
	const d = obj(v);
	const [hour, minute, second] = [str(d.hour), str(d.minute), str(d.second)];
	const pad = (n: string) => n.trim().padStart(2, '0');
	const time = hour.trim()
		? `${pad(hour)}:${pad(minute || '0')}${second.trim() ? `:${pad(second)}` : ''}`
		: '';
	return [str(d.year), str(d.month), str(d.day), time];
}

/** A v2 date (`"2011,12,10"`, `"1896,9,10,12,06"`) as parts. */
function v2DateParts(v: unknown): DateParts | null {
	const text = str(v).trim();
	if (!text) return null;
	const [year = '', month = '', day = '', hour = '', minute = ''] = text.split(',');
	const time = hour.trim()
		? `${hour.trim().padStart(2, '0')}:${(minute || '0').trim().padStart(2, '0')}`
		: '';
	return [year, month, day, time];
}

interface Read {
	raw: unknown;
	slide: Slide;
	start: DateParts;
	end: DateParts | null;
	uid: string;
}

/** Slides of version 3 (`events` and `eras`, or `timeline.slides`). */
function v3Slides(root: Raw): Read[] {
	const events = Array.isArray(root.events)
		? root.events
		: (obj(root.timeline).slides as unknown[]);
	const eras = Array.isArray(root.eras) ? root.eras : [];
	return [
		...(events ?? []).map((raw) => ({ raw, period: false })),
		...eras.map((raw) => ({ raw, period: true }))
	].map(({ raw, period }) => {
		const s = obj(raw);
		const text = obj(s.text);
		const media = obj(s.media);
		return {
			raw,
			uid: str(s.unique_id),
			start: dateParts(s.start_date) ?? ['', '', '', ''],
			end: dateParts(s.end_date),
			slide: {
				headline: str(text.headline),
				text: str(text.text),
				group: str(s.group),
				period,
				display: str(s.display_date) || str(obj(s.start_date).display_date),
				media: { url: str(media.url), caption: str(media.caption), credit: str(media.credit) },
				background: s.background !== undefined && s.background !== null
			}
		};
	});
}

/** Slides of version 2 (`timeline.date` and `timeline.era`). */
function v2Slides(timeline: Raw): Read[] {
	const list = (v: unknown) => (Array.isArray(v) ? v : []);
	return [
		...list(timeline.date).map((raw) => ({ raw, period: false })),
		...list(timeline.era).map((raw) => ({ raw, period: true }))
	].map(({ raw, period }) => {
		const s = obj(raw);
		const asset = obj(s.asset);
		return {
			raw,
			uid: '',
			start: v2DateParts(s.startDate) ?? ['', '', '', ''],
			end: v2DateParts(s.endDate),
			slide: {
				headline: str(s.headline),
				text: str(s.text),
				group: str(s.tag) || str(s.tags),
				period,
				display: '',
				media: { url: str(asset.media), caption: str(asset.caption), credit: str(asset.credit) },
				background: false
			}
		};
	});
}

function read({ root, file, onProgress }: JsonInput) {
	const timeline = obj(root.timeline);
	const v2 = Array.isArray(timeline.date) || Array.isArray(timeline.era);
	const slides = v2 ? v2Slides(timeline) : v3Slides(root);
	const fields = v2
		? {
				headline: 'headline',
				text: 'text',
				caption: 'asset.caption',
				media: 'asset.media',
				background: 'background'
			}
		: {
				headline: 'text.headline',
				text: 'text.text',
				caption: 'media.caption',
				media: 'media.url',
				background: 'background'
			};
	const makeId = idMaker([]);
	const drafts: Draft[] = slides.map(({ raw, slide, start, end, uid }, i) => {
		const row = i + 1;
		const range = looseRange(start, end);
		const renamed: ImportProblem[] = [];
		let id: string;
		if (slugify(uid)) {
			id = makeId(slugify(uid), null);
			if (id !== uid)
				renamed.push({
					row,
					id,
					field: 'unique_id',
					message:
						id === slugify(uid)
							? `unique_id "${uid}" written as "${id}" (ids here are kebab-case)`
							: `unique_id "${uid}" is used before: renamed "${id}"`,
					notice: true
				});
		} else id = makeId(slugify(htmlToText(slide.headline) || htmlToText(slide.text)), row);
		const draft = slideDraft(row, slide, range, id, fields);
		draft.problems.unshift(...renamed);
		if (raw === null || typeof raw !== 'object')
			draft.problems.push({ row, message: 'must be an object' });
		return draft;
	});
	const headline = v2 ? str(timeline.headline) : str(obj(obj(root.title).text).headline);
	const extra: ImportProblem[] = v2
		? [
				{
					row: null,
					message: 'an older TimelineJS file (version 2: timeline.date); read as such',
					notice: true
				}
			]
		: [];
	return finish(drafts, {
		onProgress,
		format: 'timelinejs-json',
		file,
		columns: v2 ? FIELDS_V2 : FIELDS,
		extra,
		title: htmlToText(headline) || undefined
	});
}

/** TimelineJS JSON of any version: `eras`, a title slide, slides with `start_date`, or `timeline`. */
export const timelinejsJson: ImportFormatModule = {
	id: 'timelinejs-json',
	label: 'formatTimelinejsJson',
	summary: 'TimelineJS JSON (version 3, or version 2 with timeline.date)',
	syntax: 'json',
	detect({ root }) {
		const timeline = obj(root.timeline);
		if (['date', 'era', 'slides'].some((k) => Array.isArray(timeline[k]))) return true;
		if (!Array.isArray(root.events) && !Array.isArray(root.eras)) return false;
		const slides = [
			...(Array.isArray(root.events) ? root.events : []),
			...(Array.isArray(root.eras) ? root.eras : [])
		];
		return (
			Array.isArray(root.eras) ||
			(root.title !== null && typeof root.title === 'object') ||
			slides.some((s) => 'start_date' in obj(s) || 'text' in obj(s))
		);
	},
	read
};
