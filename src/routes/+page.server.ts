import { getDataset } from '$lib/server/dataset';
import { formatProblem } from '$lib/data/validate';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { events, sources, vocabulary, problems } = getDataset();
	return { events, sources, vocabulary, problems: problems.map(formatProblem) };
};
