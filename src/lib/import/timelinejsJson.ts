/** TimelineJS 3 JSON: `{ title, events: [slides], eras: [slides] }`. */
import type { ImportFormatModule, JsonInput } from './format';
import { finish, idMaker, obj, str } from './records';
import { looseRange, slideDraft, type DateParts } from './timelinejs';
import { htmlToText, slugify } from './text';

/** Our fields → TimelineJS's, for problems. */
const FIELDS: Record<string, string> = {
	id: 'unique_id',
	title: 'text.headline',
	summary: 'text.text',
	date: 'start_date',
	dateNote: 'display_date',
	type: 'group',
	sources: 'media',
	notes: 'group'
};

function dateParts(v: unknown): DateParts | null {
	if (v === undefined || v === null) return null;
	const d = obj(v);
	return [str(d.year), str(d.month), str(d.day)];
}

function read({ root, file }: JsonInput) {
	const slides = [
		...(Array.isArray(root.events) ? root.events : []).map((s) => ({ s, period: false })),
		...(Array.isArray(root.eras) ? root.eras : []).map((s) => ({ s, period: true }))
	];
	const makeId = idMaker([]);
	const drafts = slides.map(({ s, period }, i) => {
		const slide = obj(s);
		const text = obj(slide.text);
		const media = obj(slide.media);
		const start = dateParts(slide.start_date) ?? ['', '', ''];
		const headline = str(text.headline);
		const uid = slugify(str(slide.unique_id));
		const id = uid ? makeId(uid, null) : makeId(slugify(htmlToText(headline)), i + 1);
		const display = str(slide.display_date) || str(obj(slide.start_date).display_date);
		const caption = htmlToText(str(media.caption)) || htmlToText(str(media.credit));
		const draft = slideDraft(
			i + 1,
			{
				headline,
				text: str(text.text),
				group: str(slide.group),
				period,
				display,
				media: { url: str(media.url), caption }
			},
			looseRange(start, dateParts(slide.end_date)),
			id
		);
		if (s === null || typeof s !== 'object')
			draft.problems.push({ row: i + 1, message: 'must be an object' });
		return draft;
	});
	const title = htmlToText(str(obj(obj(root.title).text).headline)) || undefined;
	return finish(drafts, { format: 'timelinejs-json', file, columns: FIELDS, title });
}

/** TimelineJS JSON: `eras`, a title slide, or slides with `start_date` or `text`. */
export const timelinejsJson: ImportFormatModule = {
	id: 'timelinejs-json',
	label: 'formatTimelinejsJson',
	summary: 'TimelineJS JSON',
	syntax: 'json',
	detect({ root }) {
		const events = Array.isArray(root.events) ? root.events : [];
		const eras = Array.isArray(root.eras) ? root.eras : [];
		if (!Array.isArray(root.events) && !Array.isArray(root.eras)) return false;
		return (
			Array.isArray(root.eras) ||
			(root.title !== null && typeof root.title === 'object') ||
			[...events, ...eras].some((s) => 'start_date' in obj(s) || 'text' in obj(s))
		);
	},
	read
};
