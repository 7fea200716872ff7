/**
 * `npm run check:data`: validates data/ (sources.json, the documents, events.json) with the same rules
 * the site uses. Prints one line per problem and exits non-zero if there is any.
 * Usage: tsx scripts/check-data.ts [dataDir]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDataset } from '../src/lib/data/load';
import { formatProblem, parseJson, type DataProblem } from '../src/lib/data/validate';
import { validateTour } from '../src/lib/data/tours';

const dataDir = process.argv[2] ?? 'data';
const read = (file: string) =>
	existsSync(join(dataDir, file)) ? readFileSync(join(dataDir, file), 'utf8') : '';
const rel = (file: string) => relative('.', join(dataDir, file));

const texts: Record<string, string> = {};
const docsDir = join(dataDir, 'sources');
for (const name of existsSync(docsDir) ? readdirSync(docsDir) : []) {
	if (name.endsWith('.txt')) texts[name.slice(0, -4)] = readFileSync(join(docsDir, name), 'utf8');
}

const problems: DataProblem[] = [];
for (const file of ['events.json', 'sources.json']) {
	if (!existsSync(join(dataDir, file)))
		problems.push({ file: rel(file), message: 'file is missing' });
}
const dataset = loadDataset(read('events.json'), read('sources.json'), texts, rel('') || '.');
problems.push(...dataset.problems);

const cited = new Set(dataset.sources.map((s) => s.id));
for (const id of Object.keys(texts)) {
	if (!cited.has(id))
		problems.push({
			file: rel(`sources/${id}.txt`),
			message: 'document is not listed in sources.json'
		});
}

// Tours (data/tours/<id>.json) may only visit events that exist, over ranges that parse.
const toursDir = join(dataDir, 'tours');
const tourFiles = existsSync(toursDir)
	? readdirSync(toursDir).filter((f) => f.endsWith('.json'))
	: [];
for (const name of tourFiles) {
	const file = rel(`tours/${name}`);
	const json = parseJson(readFileSync(join(toursDir, name), 'utf8'), file);
	if (json.problem) problems.push(json.problem);
	else problems.push(...validateTour(json.value, name.slice(0, -5), dataset.events, file).problems);
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
if (tourFiles.length)
	console.log(`check:data: ${tourFiles.length} tour${tourFiles.length === 1 ? '' : 's'} valid`);
