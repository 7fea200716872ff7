/** The TimelineJS Google-sheet template, exported as CSV (or tab-separated). */
import { unknownColumns } from './csv';
import type { ImportFormatModule } from './format';
import { finish, idMaker } from './records';
import { looseRange, slideDraft } from './timelinejs';
import { htmlToText, slugify } from './text';
import type { Draft, ImportProblem } from './types';

/** Columns of the TimelineJS Google-sheet template (matched case-insensitively). */
export const TIMELINEJS_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

/** Our fields → the sheet's columns, for problems. */
const FIELDS: Record<string, string> = {
	id: 'Headline',
	title: 'Headline',
	summary: 'Text',
	date: 'Year',
	dateNote: 'Display Date',
	type: 'Group',
	media: 'Media',
	notes: 'Group'
};

/** The TimelineJS sheet template. */
export const timelinejsCsv: ImportFormatModule = {
	id: 'timelinejs-csv',
	label: 'formatTimelinejsCsv',
	summary: 'the TimelineJS Google-sheet template exported as CSV (Year, Month, Day, Headline, …)',
	syntax: 'csv',
	detect: (names) => names.includes('headline') && names.includes('year'),
	read({ table, file, onProgress }) {
		const makeId = idMaker([]);
		const extra: ImportProblem[] = unknownColumns(table, TIMELINEJS_COLUMNS);
		let title: string | undefined;
		const drafts: Draft[] = [];
		for (const r of table.rows) {
			const { cell, row } = r;
			const type = cell('type').toLowerCase();
			if (type === 'title') {
				if (title === undefined) title = htmlToText(cell('headline'));
				else extra.push({ row, field: 'Type', message: 'a second title row, ignored' });
				continue;
			}
			const headline = htmlToText(cell('headline')) || htmlToText(cell('text'));
			const id = makeId(slugify(headline), row);
			const draft = slideDraft(
				row,
				{
					headline: cell('headline'),
					text: cell('text'),
					group: cell('group'),
					period: type === 'era',
					display: cell('display date'),
					media: {
						url: cell('media'),
						caption: cell('media caption'),
						credit: cell('media credit')
					},
					background: cell('background') !== ''
				},
				looseRange(
					[cell('year'), cell('month'), cell('day'), cell('time')],
					[cell('end year'), cell('end month'), cell('end day'), cell('end time')]
				),
				id,
				{
					headline: 'Headline',
					text: 'Text',
					caption: 'Media Caption',
					media: 'Media',
					background: 'Background'
				}
			);
			draft.problems.push(...r.problems.map((p) => ({ ...p, id })));
			drafts.push(draft);
		}
		return finish(drafts, {
			onProgress,
			format: 'timelinejs-csv',
			file,
			columns: FIELDS,
			extra,
			title
		});
	}
};
