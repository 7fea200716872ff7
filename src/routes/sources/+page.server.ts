import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { events, sources } = getDataset();
	return {
		sources: sources.map((s) => ({
			...s,
			eventCount: events.filter((e) => e.passages.some((p) => p.source === s.id)).length
		}))
	};
};
