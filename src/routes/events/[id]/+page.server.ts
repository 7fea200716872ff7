import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => getDataset().events.map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const { events, sources, vocabulary } = getDataset();
	const event = events.find((e) => e.id === params.id);
	if (!event) error(404, `There is no event "${params.id}"`);
	const cited = new Set(event.passages.map((p) => p.source));
	return { event, vocabulary, sources: sources.filter((s) => cited.has(s.id)) };
};
