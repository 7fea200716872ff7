import { getDataset } from '$lib/server/dataset';
import { loadPresentData } from '../present/data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { events, sources, vocabulary } = getDataset();
	// The ids `?tour=` may name (the built-in tour and every valid tour file), to report unknown ones.
	const tourIds = loadPresentData().tours.map((tour) => tour.id);
	return { events, sources, vocabulary, tourIds };
};
