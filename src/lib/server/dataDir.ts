/**
 * Reads a dataset directory from disk — `events.json`, `sources.json`, `sources/<id>.txt` and
 * `tours/<id>.json` — for Node: the command-line validator (`npm run check:data`) and the unit tests
 * share it. The site reads `data/` at build time through Vite instead (`dataset.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, type Dataset } from '../data/load';

/** The frozen copy of the curated dataset that unit tests use, so a curator's edit never breaks them. */
export const FIXTURE_DIR = 'tests/fixtures/dataset';

/** The raw files of a dataset directory; a missing file is `null`. */
export interface DataDirFiles {
	eventsText: string | null;
	sourcesText: string | null;
	/** Document texts keyed by source id (the file name without `.txt`). */
	texts: Record<string, string>;
	/** Tour files in name order: id (file name without `.json`) and text. */
	tours: { id: string; text: string }[];
}

const readIf = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
const listIf = (dir: string, ext: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((name) => name.endsWith(ext))
				.sort()
		: [];

/** Reads every file of the dataset in `dir` (default `data`). */
export function readDataDir(dir = 'data'): DataDirFiles {
	const texts: Record<string, string> = {};
	for (const name of listIf(join(dir, 'sources'), '.txt'))
		texts[name.slice(0, -4)] = readFileSync(join(dir, 'sources', name), 'utf8');
	return {
		eventsText: readIf(join(dir, 'events.json')),
		sourcesText: readIf(join(dir, 'sources.json')),
		texts,
		tours: listIf(join(dir, 'tours'), '.json').map((name) => ({
			id: name.slice(0, -5),
			text: readFileSync(join(dir, 'tours', name), 'utf8')
		}))
	};
}

/** Reads and loads the dataset in `dir` with the curated rules; `files` are the texts it came from. */
export function loadDataDir(dir = 'data'): Dataset & { files: DataDirFiles } {
	const files = readDataDir(dir);
	const dataset = loadDataset(files.eventsText ?? '', files.sourcesText ?? '', files.texts, dir);
	return { ...dataset, files };
}
