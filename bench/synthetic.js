// Deterministic synthetic datasets for the benchmark: n events over 25 years (2000–2024), about 20 %
// multi-day, four types, in our JSON schema (and as our CSV). Same seed, same data, every run.

const TYPES = ['forum', 'visit', 'exercise', 'summit'];
const START = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 25 * 365;

/**
 * A small LCG (Numerical Recipes constants): reproducible across machines and runs.
 * @param {number} seed
 */
export function lcg(seed) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const iso = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The i-th..n-th synthetic records, one at a time: `{ i, type, date, startMs }`.
 * @param {number} n
 * @param {number} seed
 */
function* records(n, seed) {
	const rand = lcg(seed + n);
	for (let i = 0; i < n; i++) {
		const day = Math.floor(rand() * SPAN_DAYS);
		const startMs = START + day * 86_400_000;
		const multi = rand() < 0.2;
		const lengthDays = multi ? 1 + Math.floor(rand() * 14) : 0;
		const date = multi ? `${iso(startMs)}/${iso(startMs + lengthDays * 86_400_000)}` : iso(startMs);
		const type = TYPES[Math.floor(rand() * TYPES.length)];
		yield { i, type, date, startMs };
	}
}

/**
 * `n` events: `{ events: [...] }` in our schema.
 * @param {number} n
 * @param {number} [seed]
 */
export function syntheticDataset(n, seed = 20240912) {
	const events = [];
	for (const { i, type, date, startMs } of records(n, seed))
		events.push({
			id: `e-${i}`,
			title: `Event ${i}: ${type} ${iso(startMs)}`,
			type,
			date,
			dateBasis: 'stated',
			summary: `Synthetic ${type} number ${i}.`,
			sources: []
		});
	return { events };
}

/**
 * The same `n` events as our slim CSV (`title,date,type`; titles "Event i", ids made by the import),
 * the form in which a million events fit under the import's 50 MB cap; written in pieces by
 * `write(text)`.
 * @param {number} n
 * @param {(text: string) => void} write
 * @param {number} [seed]
 */
export function syntheticCsv(n, write, seed = 20240912) {
	write('title,date,type\n');
	let batch = '';
	for (const { i, type, date } of records(n, seed)) {
		batch += `Event ${i},${date},${type}\n`;
		if (batch.length > 1 << 20) {
			write(batch);
			batch = '';
		}
	}
	write(batch);
}

/**
 * The same events as vis-timeline items: one group per type.
 * @param {{ events: { id: string, title: string, type: string, date: string }[] }} dataset
 */
export function visItems(dataset) {
	return dataset.events.map((e) => {
		const [start, end] = e.date.split('/');
		/** @type {{ id: string, content: string, start: string, group: string, end?: string, type?: string }} */
		const item = { id: e.id, content: e.title, start, group: e.type };
		if (end) {
			item.end = new Date(Date.parse(end) + 86_400_000).toISOString().slice(0, 10);
			item.type = 'range';
		}
		return item;
	});
}
