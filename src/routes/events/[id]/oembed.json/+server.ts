// An event's oEmbed answer (static JSON written at build time): the embed opened on that event.
import { error, json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { oembedFor } from '$lib/site/meta';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => getDataset().events.map((e) => ({ id: e.id }));

export const GET: RequestHandler = ({ params, url }) => {
	const event = getDataset().events.find((e) => e.id === params.id);
	if (!event) error(404, `There is no event "${params.id}"`);
	return json(
		oembedFor(url.origin, event.title, `?${new URLSearchParams({ selected: event.id })}`)
	);
};
