// `npm run bench`: our timeline against vis-timeline, side by side, in headless Chromium, on the same
// deterministic synthetic datasets (1,000 / 10,000 / 100,000 events; 25 years; ~20 % multi-day;
// 4 types). Prints a markdown table (median of BENCH_RUNS runs, default 3, with the spread) and writes
// bench/results.json. Not part of `npm test`. Options: --no-build, BENCH_SIZES=1000,10000.
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { syntheticDataset, visItems } from '../bench/synthetic.js';
import { findChromium } from './find-browser.js';
import { serve } from './serve.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// vis-timeline needs minutes for 100,000 items (if it finishes at all): one capped run.
const VIS_TIMEOUT_MS = Number(process.env.BENCH_VIS_TIMEOUT_MS ?? 90_000);
const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WIDTH = 1280;

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

// --- fixtures ---------------------------------------------------------------------------------------
mkdirSync('build/bench', { recursive: true });
for (const n of SIZES) {
	const data = syntheticDataset(n);
	writeFileSync(`build/bench/data-${n}.json`, JSON.stringify(data));
	writeFileSync(`build/bench/vis-${n}.json`, JSON.stringify(visItems(data)));
}
const VIS_JS = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const VIS_CSS = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
copyFileSync(VIS_JS, 'build/bench/vis-timeline.min.js');
copyFileSync(VIS_CSS, 'build/bench/vis-timeline.min.css');
writeFileSync(
	'build/bench/vis.html',
	`<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="vis-timeline.min.css"></head>
<body style="margin:0"><div id="tl" style="width:${WIDTH}px"></div>
<script src="vis-timeline.min.js"></script>
<script>
const n = new URLSearchParams(location.search).get('n');
fetch('vis-' + n + '.json').then((r) => r.json()).then((items) => {
	const groups = ['forum', 'visit', 'exercise', 'summit'].map((id) => ({ id, content: id }));
	const timeline = new vis.Timeline(document.getElementById('tl'), items, groups, { height: '460px', zoomMin: 3 * 86400000 });
	timeline.once('changed', () => requestAnimationFrame(() => (window.__rendered = performance.now())));
});
</script></body></html>`
);

// --- measuring ------------------------------------------------------------------------------------------
const quantile = (xs, q) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** Records rAF intervals and long tasks in the page while `action` runs. */
async function frames(page, action) {
	await page.evaluate(() => {
		const w = window;
		w.__frames = [];
		w.__long = 0;
		w.__recording = true;
		let last = performance.now();
		const tick = (now) => {
			w.__frames.push(now - last);
			last = now;
			if (w.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long += e.duration;
		}).observe({ type: 'longtask' });
	});
	await action();
	const { intervals, long } = await page.evaluate(() => {
		window.__recording = false;
		return { intervals: window.__frames.slice(1), long: window.__long };
	});
	return {
		p50: quantile(intervals, 0.5),
		p95: quantile(intervals, 0.95),
		max: intervals.length ? Math.max(...intervals) : null,
		// rAF intervals jitter around 16.7 ms at 60 Hz; a frame over budget is one later than that by > 1 ms.
		over16: intervals.filter((d) => d > 17.7).length,
		frames: intervals.length,
		longTaskMs: long
	};
}

async function wheelZoom(page, box) {
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const start = Date.now();
	let i = 0;
	while (Date.now() - start < 3000) {
		// In for the first half, out for the second, so the view stays within bounds.
		await page.mouse.wheel(0, Date.now() - start < 1500 ? -60 : 60);
		await page.waitForTimeout(16);
		i++;
	}
	return i;
}

async function dragPan(page, box) {
	const y = box.y + box.height / 2;
	let x = box.x + box.width / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	const start = Date.now();
	while (Date.now() - start < 3000) {
		x += Date.now() - start < 1500 ? -8 : 8;
		await page.mouse.move(x, y);
		await page.waitForTimeout(16);
	}
	await page.mouse.up();
}

async function heapMb(page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize / 1024 / 1024;
}

async function runOnce(browser, tool, n) {
	const context = await browser.newContext({ viewport: { width: WIDTH + 40, height: 900 } });
	const page = await context.newPage();
	const timeout = tool === 'vis' ? VIS_TIMEOUT_MS : 60_000;
	const result = { firstRenderMs: null, heapMb: null, zoom: null, pan: null, finished: false };
	try {
		if (tool === 'ours') {
			await page.goto(`${ORIGIN}/?data=/bench/data-${n}.json`);
			await page.waitForFunction(
				(count) => document.querySelector(`.timeline[data-count="${count}"] [data-mark]`),
				n,
				{ polling: 'raf', timeout }
			);
			result.firstRenderMs = await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))
			);
		} else {
			await page.goto(`${ORIGIN}/bench/vis.html?n=${n}`);
			await page.waitForFunction(() => window.__rendered, null, { timeout, polling: 200 });
			result.firstRenderMs = await page.evaluate(() => window.__rendered);
		}
		result.finished = true;
		result.heapMb = await heapMb(page);
		const target =
			tool === 'ours' ? page.locator('.chart .viewport') : page.locator('#tl .vis-center');
		const box = await target.boundingBox();
		// Let ours fetch its zoom code on hover, as a user's pointer would, before timing.
		await page.mouse.move(box.x + 10, box.y + 10);
		await page.waitForTimeout(500);
		result.zoom = await frames(page, () => wheelZoom(page, box));
		result.pan = await frames(page, () => dragPan(page, box));
	} catch (error) {
		result.error = String(error.message).split('\n')[0];
	}
	await context.close();
	return result;
}

async function bytes(browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const files = new Map();
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet') return;
		try {
			files.set(response.url(), await response.body());
		} catch {
			/* a response without a body */
		}
	});
	await page.goto(`${ORIGIN}/`);
	await page.waitForLoadState('networkidle');
	await context.close();
	const sum = (buffers) => ({
		raw: buffers.reduce((a, b) => a + b.length, 0),
		gzip: buffers.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0)
	});
	return {
		ours: { ...sum([...files.values()]), files: files.size },
		vis: { ...sum([readFileSync(VIS_JS), readFileSync(VIS_CSS)]), files: 2 }
	};
}

// --- run ----------------------------------------------------------------------------------------------
const summarise = (values) => {
	const xs = values.filter((v) => typeof v === 'number');
	if (!xs.length) return null;
	return { median: quantile(xs, 0.5), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
};

const server = await serve('build', PORT);
const browser = await chromium.launch({
	executablePath: findChromium() ?? undefined,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	]
});
const results = {
	date: new Date().toISOString(),
	runs: RUNS,
	width: WIDTH,
	machine: `${(await import('node:os')).cpus().length} cores`,
	sizes: {},
	bytes: await bytes(browser)
};
for (const n of SIZES) {
	results.sizes[n] = {};
	for (const tool of ['ours', 'vis']) {
		const runs = [];
		const count = tool === 'vis' && n >= 100_000 ? 1 : RUNS;
		for (let r = 0; r < count; r++) {
			const run = await runOnce(browser, tool, n);
			runs.push(run);
			console.error(
				`${tool} ${n} run ${r + 1}: first render ${run.firstRenderMs?.toFixed(0) ?? `— (${run.error})`} ms, zoom p95 ${run.zoom?.p95?.toFixed(1) ?? '—'} ms, pan p95 ${run.pan?.p95?.toFixed(1) ?? '—'} ms`
			);
			if (!run.finished) break;
		}
		const metric = (f) => summarise(runs.map(f));
		results.sizes[n][tool] = {
			finished: runs.every((r) => r.finished),
			errors: runs.filter((r) => r.error).map((r) => r.error),
			firstRenderMs: metric((r) => r.firstRenderMs),
			heapMb: metric((r) => r.heapMb),
			zoomP50: metric((r) => r.zoom?.p50),
			zoomP95: metric((r) => r.zoom?.p95),
			zoomMax: metric((r) => r.zoom?.max),
			zoomOver16: metric((r) => r.zoom?.over16),
			zoomLongTaskMs: metric((r) => r.zoom?.longTaskMs),
			panP50: metric((r) => r.pan?.p50),
			panP95: metric((r) => r.pan?.p95),
			panMax: metric((r) => r.pan?.max),
			panOver16: metric((r) => r.pan?.over16),
			panLongTaskMs: metric((r) => r.pan?.longTaskMs)
		};
	}
}
await browser.close();
server.close();

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');

// --- report -------------------------------------------------------------------------------------------
const fmt = (s, digits = 0) =>
	s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '—';
const ratio = (a, b) => (a && b && b.median ? (a.median / b.median).toFixed(2) : '—');
const rows = [
	['first render, ms', 'firstRenderMs', 0],
	['zoom frame p50, ms', 'zoomP50', 1],
	['zoom frame p95, ms', 'zoomP95', 1],
	['zoom frame max, ms', 'zoomMax', 0],
	['zoom frames > 16.7 ms (+1 ms jitter)', 'zoomOver16', 0],
	['zoom long tasks, ms', 'zoomLongTaskMs', 0],
	['pan frame p50, ms', 'panP50', 1],
	['pan frame p95, ms', 'panP95', 1],
	['pan frame max, ms', 'panMax', 0],
	['pan frames > 16.7 ms (+1 ms jitter)', 'panOver16', 0],
	['pan long tasks, ms', 'panLongTaskMs', 0],
	['JS heap after render, MB', 'heapMb', 1]
];
const lines = [
	`Median of ${RUNS} runs (min–max); vis-timeline at 100,000 events: one run, capped at ${VIS_TIMEOUT_MS / 1000} s. ${results.machine}, headless Chromium, ${WIDTH} px wide.`,
	''
];
for (const n of SIZES) {
	const { ours, vis } = results.sizes[n];
	lines.push(
		`**${n.toLocaleString('en')} events**${vis.finished ? '' : ` (vis-timeline did not finish: ${vis.errors[0] ?? 'timeout'})`}`,
		''
	);
	lines.push('| | ours | vis-timeline | ours / vis |', '| --- | --- | --- | --- |');
	for (const [label, key, digits] of rows)
		lines.push(
			`| ${label} | ${fmt(ours[key], digits)} | ${fmt(vis[key], digits)} | ${ratio(ours[key], vis[key])} |`
		);
	lines.push('');
}
const b = results.bytes;
lines.push(
	'**First load, JS + CSS** (ours: `/` with the default data; vis-timeline: its standalone bundle and CSS)',
	''
);
lines.push('| | ours | vis-timeline | ours / vis |', '| --- | --- | --- | --- |');
lines.push(
	`| raw, KB | ${(b.ours.raw / 1024).toFixed(1)} | ${(b.vis.raw / 1024).toFixed(1)} | ${(b.ours.raw / b.vis.raw).toFixed(2)} |`
);
lines.push(
	`| gzip, KB | ${(b.ours.gzip / 1024).toFixed(1)} | ${(b.vis.gzip / 1024).toFixed(1)} | ${(b.ours.gzip / b.vis.gzip).toFixed(2)} |`
);
console.log(lines.join('\n'));
