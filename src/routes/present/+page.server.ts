import { loadPresentData } from './data.server';
import type { PageServerLoad } from './$types';

// Prerendered without a query: the tour and step are read from the address bar in the browser.
export const load: PageServerLoad = () => loadPresentData();
