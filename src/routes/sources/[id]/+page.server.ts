import { error } from '@sveltejs/kit';
import { getDataset, sourceTexts } from '$lib/server/dataset';
import { splitDocument } from '$lib/data/document';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().sources.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const { events, sources } = getDataset();
	const source = sources.find((s) => s.id === params.id);
	if (!source) error(404, `There is no source "${params.id}"`);
	const quotes = events.flatMap((e) =>
		e.passages
			.filter((p) => p.source === source.id)
			.map((p) => ({ eventId: e.id, title: e.title, start: p.start, end: p.end }))
	);
	return { source, paragraphs: splitDocument(sourceTexts[source.id] ?? '', quotes) };
};
