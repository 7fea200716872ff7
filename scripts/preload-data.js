// After `vite build`: writes into build/early-data.js the code that reads a `?data=` dataset, so a
// page opened with one fetches that code alongside its own, not after its own has run (issue 17).
//
//   node scripts/preload-data.js [build]
//
// The modules are the ones the home page's module script imports when the address has `data=`
// (src/routes/+page.svelte); their chunks, and the chunks those import, come from Vite's manifest,
// less what the page's HTML already preloads. early-data.js turns the list into
// `<link rel="modulepreload">`s when it finds `data=` in the address. The written script has no
// comment lines and no indentation (every page loads it first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What +page.svelte imports for a `?data=` address (keep the two lists together). */
export const DATA_MODULES = [
	'src/lib/state/imported.svelte.ts',
	'src/lib/import/registry.ts',
	'src/lib/timeline/urlState.ts'
];
/** Where early-data.js keeps the list; the script replaces it. */
const PLACEHOLDER = 'var chunks = [];';

/**
 * The files (relative to the site's root) of `modules` and of every chunk they import statically.
 * @param {Record<string, { file: string, imports?: string[] }>} manifest Vite's build manifest
 * @param {string[]} modules
 * @returns {string[]}
 */
export function chunksOf(manifest, modules) {
	const files = new Set();
	const visit = (/** @type {string} */ key) => {
		const entry = manifest[key];
		// A module with no entry of its own is bundled into a chunk the page imports statically.
		if (!entry) {
			if (!existsSync(key)) throw new Error(`${key} does not exist (was it renamed?)`);
			return;
		}
		if (files.has(entry.file)) return;
		files.add(entry.file);
		for (const imported of entry.imports ?? []) visit(imported);
	};
	for (const module of modules) visit(module);
	return [...files];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const build = process.argv[2] ?? 'build';
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	);
	const page = readFileSync(join(build, 'index.html'), 'utf8');
	const preloaded = new Set(
		[...page.matchAll(/href="\.\/([^"]+)" rel="modulepreload"/g)].map((m) => m[1])
	);
	const chunks = chunksOf(manifest, DATA_MODULES).filter((file) => !preloaded.has(file));
	// early-data.js names a chunk by its hash alone (fewer bytes on every page's first load).
	const names = chunks.map((file) => {
		const name = /^_app\/immutable\/chunks\/([^/]+)\.js$/.exec(file)?.[1];
		if (!name) throw new Error(`${file} is not a chunk of _app/immutable/chunks/`);
		return name;
	});
	const file = join(build, 'early-data.js');
	const script = readFileSync(file, 'utf8');
	if (!script.includes(PLACEHOLDER)) throw new Error(`${file} has no "${PLACEHOLDER}" to fill`);
	// Every page loads this script first: its comments and indentation stay in static/, not on the wire.
	const lean = script
		.split('\n')
		.filter((line) => !/^\s*\/\//.test(line))
		.map((line) => line.trim())
		.join('\n');
	writeFileSync(file, lean.replace(PLACEHOLDER, `var chunks = ${JSON.stringify(names)};`));
	console.log(`${file}: ${chunks.length} chunks preloaded for ?data=`);
}
