/**
 * `npm run check:data`: validates data/ (sources.json, the documents, events.json) with the same rules
 * the site uses. Prints one line per problem and exits non-zero if there is any.
 * Usage: tsx scripts/check-data.ts [dataDir]
 */
import { join, relative } from 'node:path';
import { validateTour } from '../src/lib/data/tours';
import { formatProblem, parseJson, type DataProblem } from '../src/lib/data/validate';
import { readDataDir } from '../src/lib/server/dataDir';
import { loadDataset } from '../src/lib/data/load';

const dataDir = process.argv[2] ?? 'data';
const rel = (file: string) => relative('.', join(dataDir, file));

const { eventsText, sourcesText, texts, tours } = readDataDir(dataDir);
const problems: DataProblem[] = [];
if (eventsText === null) problems.push({ file: rel('events.json'), message: 'file is missing' });
if (sourcesText === null) problems.push({ file: rel('sources.json'), message: 'file is missing' });
const dataset = loadDataset(eventsText ?? '', sourcesText ?? '', texts, rel('') || '.');
problems.push(...dataset.problems);

const cited = new Set(dataset.sources.map((s) => s.id));
for (const id of Object.keys(texts)) {
	if (!cited.has(id))
		problems.push({
			file: rel(`sources/${id}.txt`),
			message: 'document is not listed in sources.json'
		});
}

// Tours (data/tours/<id>.json) may only visit events that exist, over ranges that parse; a curated
// tour is for presenting, so it carries speaker notes, and like the events it reads in Chinese too.
for (const { id, text } of tours) {
	const file = rel(`tours/${id}.json`);
	const json = parseJson(text, file);
	if (json.problem) {
		problems.push(json.problem);
		continue;
	}
	const checked = validateTour(json.value, id, dataset.events, file, { requireChinese: true });
	problems.push(...checked.problems);
	if (checked.tour && !checked.tour.stops.some((s) => s.notes))
		problems.push({ file, message: 'the tour has no speaker notes' });
}
for (const p of problems) console.error(formatProblem(p));
if (problems.length) {
	console.error(
		`\ncheck:data: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${rel('')}`
	);
	process.exit(1);
}
console.log(
	`check:data: ${dataset.events.length} events and ${dataset.sources.length} sources in ${rel('')} are valid`
);
if (tours.length)
	console.log(`check:data: ${tours.length} tour${tours.length === 1 ? '' : 's'} valid`);
