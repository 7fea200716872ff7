// Prints how long each phase of a large CSV import takes in Node, and the heap it leaves: the steps
// the import worker runs for `/?data=<url>` (`importBytes` for a CSV: decode and parse the slices,
// build a draft per row, `finish` them), then the structured clone that carries the result to the
// page (after `shareEmptyLists`, as the worker posts it). A figure printer, not a test.
//
//   node --expose-gc --import tsx bench/import.ts [N=100000] [--whole] [--prof-only]
//
// `--whole` also times `importBytes` itself end to end (a second import), to check that the phases
// add up to it. `--prof-only` skips the separate toTimelineEvents and clone timings (for --cpu-prof).
import { syntheticCsv } from './synthetic.js';
import { toTimelineEvents } from '../src/lib/data/load';
import { CSV_COLUMNS, csvDraft } from '../src/lib/import/oursCsv';
import { finish, idMaker } from '../src/lib/import/records';
import { unknownColumns } from '../src/lib/import/csv';
import { CsvStream, decodeSlices } from '../src/lib/import/stream';
import { shareEmptyLists } from '../src/lib/import/posting';
import { importBytes } from '../src/lib/import/streamImport';
import { slugify } from '../src/lib/import/text';

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const whole = process.argv.includes('--whole');
const profOnly = process.argv.includes('--prof-only');

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const heap = () => (gc(), process.memoryUsage().heapUsed);

/** Runs `step`, printing its wall and CPU time (user + system) and the heap after it. */
async function phase<T>(name: string, step: () => T | Promise<T>): Promise<T> {
	const cpu = process.cpuUsage();
	const t0 = performance.now();
	const value = await step();
	const wallMs = performance.now() - t0;
	const { user, system } = process.cpuUsage(cpu);
	console.log(
		`${name.padEnd(28)} ${(wallMs / 1000).toFixed(2).padStart(7)} s wall ` +
			`${((user + system) / 1e6).toFixed(2).padStart(7)} s cpu   heap ${mb(heap()).padStart(5)} MB`
	);
	return value;
}

let text = '';
syntheticCsv(n, (t: string) => (text += t));
const bytes = new TextEncoder().encode(text);
text = '';
console.log(`${n} rows, ${mb(bytes.byteLength)} MB of CSV; heap before ${mb(heap())} MB`);

// The phases `importBytes` runs for a CSV, in its order (see streamImport.ts and oursCsv.ts).
const table = await phase('decode + parse CSV', async () => {
	const csv = new CsvStream();
	await decodeSlices(bytes, (t) => csv.push(t));
	return csv.end();
});
let drafts = await phase('drafts (ids, csvDraft)', () => {
	const makeId = idMaker(table.rows.map((r) => r.cell('id')).filter(Boolean));
	return table.rows.map((r) =>
		csvDraft(r, r.cell('id') || makeId(slugify(r.cell('title')), r.row))
	);
});
let result = await phase('finish (check + convert)', () =>
	finish(drafts, {
		format: 'csv',
		file: 'data.csv',
		columns: {},
		extra: unknownColumns(table, CSV_COLUMNS)
	})
);
drafts = [];
console.log(
	`  ${result.events.length} events, ${result.invalid} rejected, ${result.problems.length} problems`
);

if (!profOnly) {
	// How much of `finish` is the conversion: run it again on the accepted records (the date cache is
	// warm, as it is inside `finish`, which parsed each date while checking it).
	await phase(
		'  of which toTimelineEvents',
		() => void toTimelineEvents(result.events, {}, result.vocabulary)
	);
	// What the worker posts: its result with the events' empty lists shared (`posting.ts`).
	const copy = await phase('structuredClone to the page', () =>
		structuredClone(shareEmptyLists(result))
	);
	console.log(`  (clone holds ${copy.events.length} events)`);
}
result = null as unknown as typeof result;
console.log(`heap after dropping the result ${mb(heap())} MB`);

if (whole) {
	const t0 = performance.now();
	const again = await importBytes(bytes, 'data.csv');
	console.log(
		`importBytes end to end: ${((performance.now() - t0) / 1000).toFixed(2)} s, ${again.events.length} events; heap ${mb(heap())} MB`
	);
}
