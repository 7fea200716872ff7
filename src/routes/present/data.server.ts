/**
 * What both presenter pages load at build time: the dataset (events and source metadata) and the
 * tours, the built-in tour of every event first. Tour files are read with `import.meta.glob`, so a new
 * `data/tours/<id>.json` needs no code; an invalid one is left out and its problems are shown.
 */
import { getDataset } from '$lib/server/dataset';
import { DEFAULT_TOUR_ID, defaultTour, validateTour, type Tour } from '$lib/data/tours';
import { formatProblem } from '$lib/data/validate';
import { t } from '$lib/i18n/all';

const files = import.meta.glob('/data/tours/*.json', { eager: true, import: 'default' }) as Record<
	string,
	unknown
>;

/** Events, source records, tours and every data problem, formatted one per line. */
export function loadPresentData() {
	const { events, sources, vocabulary, problems } = getDataset();
	const tours: Tour[] = [defaultTour(events, t('en', 'presentAllTour'))];
	const tourProblems: string[] = [];
	for (const [path, raw] of Object.entries(files)) {
		const id = path.slice('/data/tours/'.length, -'.json'.length);
		// Curated tours, checked with the rules of `npm run check:data`.
		const result = validateTour(raw, id, events, path.slice(1), { requireChinese: true });
		if (result.tour) tours.push(result.tour);
		tourProblems.push(...result.problems.map(formatProblem));
	}
	tours.sort(
		(a, b) =>
			Number(b.id === DEFAULT_TOUR_ID) - Number(a.id === DEFAULT_TOUR_ID) ||
			a.title.localeCompare(b.title)
	);
	return {
		events,
		sources,
		vocabulary,
		tours,
		problems: [...problems.map(formatProblem), ...tourProblems]
	};
}
