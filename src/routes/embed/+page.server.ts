import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { events, sources } = getDataset();
	return { events, sources };
};
