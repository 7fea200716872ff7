import { loadPresentData } from '../data.server';
import type { PageServerLoad } from './$types';

// Prerendered without a query: the tour (and whether notes are printed) is read in the browser.
export const load: PageServerLoad = () => loadPresentData();
