// `npm run bench`: our timeline against vis-timeline, side by side, in headless Chromium, on the same
// deterministic synthetic datasets (bench/synthetic.js). Writes bench/results.json (fields documented
// in README.md, "Benchmark") and prints the README table. Not part of `npm test`.
//
// Options: --no-build; --report (print the table of bench/results.json again, measuring nothing); BENCH_SIZES=1000,10000,100000,1000000; BENCH_RUNS=3 (medians; vis-timeline and
// our 1,000,000 get one run); BENCH_CAP_MS=120000 (longest wait for a first render); BENCH_TOOLS=ours
// (leave out vis-timeline); BENCH_DIR=build (the built site to serve, e.g. a copy of another commit's
// build, to compare two builds in the same conditions; implies --no-build); BENCH_PORT=4180.
//
// The site and the datasets are served by scripts/serve.js (the real headers) behind a small gzip
// layer, as a host would compress them, so the network-emulated loads move realistic bytes.
import { execSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { syntheticCsv, syntheticDataset, visItems } from '../bench/synthetic.js';
import { findChromium } from './find-browser.js';
import { serve } from './serve.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 120_000);
const TOOLS = (process.env.BENCH_TOOLS ?? 'ours,vis').split(',');
const DIR = process.env.BENCH_DIR ?? 'build';
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WIDTH = 1280;
const THROTTLES = [1, 4];
/** Chrome DevTools' "Slow 4G" preset (150 ms RTT, 1.6 Mbps down, 750 kbps up). */
const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};

// `--report` prints the table of the last run (bench/results.json) again, measuring nothing.
if (process.argv.includes('--report')) {
	console.log(report(JSON.parse(readFileSync('bench/results.json', 'utf8'))));
	process.exit(0);
}
if (!process.argv.includes('--no-build') && DIR === 'build')
	execSync('npm run build', { stdio: 'inherit' });

// --- fixtures ---------------------------------------------------------------------------------------
mkdirSync(`${DIR}/bench`, { recursive: true });
const fixtures = {};
// 1,000 events are always written: the time-to-interactive runs use them.
for (const n of new Set([1000, ...SIZES])) {
	if (n <= 100_000) {
		const data = syntheticDataset(n);
		const json = JSON.stringify(data);
		writeFileSync(`${DIR}/bench/data-${n}.json`, json);
		writeFileSync(`${DIR}/bench/vis-${n}.json`, JSON.stringify(visItems(data)));
		fixtures[n] = { url: `/bench/data-${n}.json`, format: 'json', bytes: Buffer.byteLength(json) };
	} else {
		// A million events go as the slim CSV (~38 MB; in our JSON schema they are ~170 MB, under the
		// 500 MB import limit but four times the bytes to move and parse).
		const out = createWriteStream(`${DIR}/bench/data-${n}.csv`);
		let bytes = 0;
		syntheticCsv(n, (text) => ((bytes += Buffer.byteLength(text)), out.write(text)));
		await new Promise((resolve) => out.end(resolve));
		fixtures[n] = {
			url: `/bench/data-${n}.csv`,
			format: 'csv',
			bytes,
			why: 'our JSON of a million events is ~170 MB; the slim CSV is what such a dataset is shipped as'
		};
	}
}
const VIS_JS = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
const VIS_CSS = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
copyFileSync(VIS_JS, `${DIR}/bench/vis-timeline.min.js`);
copyFileSync(VIS_CSS, `${DIR}/bench/vis-timeline.min.css`);
writeFileSync(
	`${DIR}/bench/vis.html`,
	`<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="vis-timeline.min.css"></head>
<body style="margin:0"><div id="tl" style="width:${WIDTH}px"></div>
<script src="vis-timeline.min.js"></script>
<script>
const n = new URLSearchParams(location.search).get('n');
fetch('vis-' + n + '.json').then((r) => r.json()).then((items) => {
	const groups = ['forum', 'visit', 'exercise', 'summit'].map((id) => ({ id, content: id }));
	window.timeline = new vis.Timeline(document.getElementById('tl'), items, groups, { height: '460px', zoomMin: 3 * 86400000 });
});
</script></body></html>`
);

// --- serving ----------------------------------------------------------------------------------------
const INNER_PORT = PORT + 1;
const inner = await serve(DIR, INNER_PORT);
const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg)/;
const gzipCache = new Map();
const server = http
	.createServer((req, res) => {
		const upstream = http.request(
			{ port: INNER_PORT, path: req.url, method: req.method, headers: req.headers },
			(up) => {
				const type = String(up.headers['content-type'] ?? '');
				const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
				if (up.statusCode !== 200 || !accepts || !COMPRESSIBLE.test(type)) {
					res.writeHead(up.statusCode ?? 500, up.headers);
					up.pipe(res);
					return;
				}
				const chunks = [];
				up.on('data', (c) => chunks.push(c));
				up.on('end', () => {
					const key = `${req.url} ${up.headers.etag ?? ''}`;
					let body = gzipCache.get(key);
					if (!body) gzipCache.set(key, (body = gzipSync(Buffer.concat(chunks), { level: 6 })));
					const headers = { ...up.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
					delete headers['content-length'];
					headers['content-length'] = String(body.length);
					res.writeHead(200, headers);
					res.end(body);
				});
			}
		);
		upstream.on('error', () => (res.writeHead(502), res.end()));
		req.pipe(upstream);
	})
	.listen(PORT);

// --- measuring ----------------------------------------------------------------------------------------
const quantile = (xs, q) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/**
 * In every page: a rAF loop that notes the frame in which the product's marks first exist in the DOM
 * (`__firstDom`) and the next frame (`__firstPaint`): by then the frame holding them has been
 * presented. `performance.now()` counts from the navigation's start.
 */
function watchFirstPaint(selector) {
	const tick = () => {
		if (window.__firstDom === undefined && document.querySelector(selector)) {
			window.__firstDom = performance.now();
			requestAnimationFrame(() => (window.__firstPaint = performance.now()));
			return;
		}
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/**
 * Runs `action` while recording rAF intervals, long tasks and, from CDP `Performance.getMetrics`, the
 * renderer main thread's CPU time (ThreadTime) and busy time (TaskDuration), each over the frames drawn.
 */
async function frames(page, cdp, action) {
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
		w.__longObserver?.disconnect();
		w.__longObserver = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long += e.duration;
		});
		w.__longObserver.observe({ type: 'longtask' });
	});
	const metrics = async () =>
		Object.fromEntries(
			(await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000])
		);
	const before = await metrics();
	const events = await action();
	const after = await metrics();
	// ThreadTime is the main thread's CPU time; TaskDuration the wall time of its tasks, which also
	// counts time the thread waited for a core (on a shared machine) or was paused by the throttle.
	const cpu = after.ThreadTime - before.ThreadTime;
	const busy = after.TaskDuration - before.TaskDuration;
	const { intervals, long } = await page.evaluate(() => {
		window.__recording = false;
		return { intervals: window.__frames.slice(1), long: window.__long };
	});
	return {
		frames: intervals.length,
		events,
		cpuMs: cpu,
		busyMs: busy,
		cpuPerFrameMs: intervals.length ? cpu / intervals.length : null,
		busyPerFrameMs: intervals.length ? busy / intervals.length : null,
		p50Ms: quantile(intervals, 0.5),
		p95Ms: quantile(intervals, 0.95),
		maxMs: intervals.length ? Math.max(...intervals) : null,
		longTaskMs: long
	};
}

const GESTURE_MS = 3000;

/**
 * Every gesture starts with the page at its top, where `box` was measured: a wheel turned past the
 * fitted view (zoomOut) is not d3-zoom's, so it scrolls the page, and the next gesture would miss
 * the timeline (until 2026-12-06 the measured zoom began by scrolling the page back).
 */
const toTop = (page) => page.evaluate(() => window.scrollTo(0, 0));

/** A 3-second wheel zoom at the centre: in for the first half, out for the second. */
async function wheelZoom(page, box) {
	await toTop(page);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const start = Date.now();
	let i = 0;
	while (Date.now() - start < GESTURE_MS) {
		await page.mouse.wheel(0, Date.now() - start < GESTURE_MS / 2 ? -60 : 60);
		await page.waitForTimeout(16);
		i++;
	}
	return i;
}

/** Zooms in (unmeasured) so that a pan has room to move: d3-zoom clamps a pan of the fitted view. */
async function zoomIn(page, box) {
	await toTop(page);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, -120);
		await page.waitForTimeout(50);
	}
	await page.waitForTimeout(800);
}

/** Back to the fitted view (zooming out is clamped there). */
async function zoomOut(page, box) {
	await toTop(page);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 20; i++) {
		await page.mouse.wheel(0, 240);
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(800);
}

/** A 3-second drag: left for the first half, back for the second. */
async function dragPan(page, box) {
	await toTop(page);
	const y = box.y + box.height / 2;
	let x = box.x + box.width / 2;
	await page.mouse.move(x, y);
	await page.mouse.down();
	const start = Date.now();
	let i = 0;
	while (Date.now() - start < GESTURE_MS) {
		x += Date.now() - start < GESTURE_MS / 2 ? -8 : 8;
		await page.mouse.move(x, y);
		await page.waitForTimeout(16);
		i++;
	}
	await page.mouse.up();
	return i;
}

/** The visible range's width in ms: proves that a pan starts zoomed in and that it moved. */
async function visibleRange(page, tool) {
	return page.evaluate((t) => {
		if (t === 'vis') {
			const w = window.timeline.getWindow();
			return [+w.start, +w.end];
		}
		const q = new URLSearchParams(location.search);
		return [q.get('from'), q.get('to')];
	}, tool);
}

async function heapMb(cdp) {
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize / 1024 / 1024;
}

const launch = () =>
	chromium.launch({
		executablePath: findChromium() ?? undefined,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});

const urlOf = (tool, n) =>
	tool === 'ours' ? `${ORIGIN}/?data=${fixtures[n].url}` : `${ORIGIN}/bench/vis.html?n=${n}`;
const markSelector = (tool, n) =>
	tool === 'ours' ? `.timeline[data-count="${n}"] [data-mark]` : '#tl .vis-item';

/** Counts requests and their bytes on the wire (CDP encodedDataLength) during a load. */
function requestLog(cdp) {
	const log = { requests: 0, bytes: 0, jsCssBytes: 0, types: new Map() };
	cdp.on('Network.responseReceived', (e) => log.types.set(e.requestId, e.type));
	cdp.on('Network.loadingFinished', (e) => {
		log.requests++;
		log.bytes += e.encodedDataLength;
		const type = log.types.get(e.requestId);
		if (type === 'Script' || type === 'Stylesheet') log.jsCssBytes += e.encodedDataLength;
	});
	return log;
}

/** One fresh context: load, first painted frame, heap, then zoom and pan at each CPU throttle. */
async function runOnce(browser, tool, n) {
	const context = await browser.newContext({ viewport: { width: WIDTH + 40, height: 900 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('Network.enable');
	const net = requestLog(cdp);
	await page.addInitScript(watchFirstPaint, markSelector(tool, n));
	const result = { finished: false, firstPaintMs: null, interactiveMs: null, heapMb: null };
	try {
		await page.goto(urlOf(tool, n), { waitUntil: 'commit' });
		await page.waitForFunction(() => window.__firstPaint, null, { timeout: CAP_MS, polling: 250 });
		result.firstPaintMs = await page.evaluate(() => window.__firstPaint);
		if (tool === 'ours') {
			await page.locator(`.timeline[data-count="${n}"][data-ready]`).waitFor({ timeout: CAP_MS });
			result.interactiveMs = await page.evaluate(() => performance.now());
		} else result.interactiveMs = result.firstPaintMs;
		result.finished = true;
		// A product that needed most of the cap to paint would take as long per wheel step: its
		// gestures are not timed (the 2026-12-06 run hung for minutes in vis-timeline's at 100,000).
		if (result.firstPaintMs > CAP_MS / 4) {
			result.gesturesSkipped = true;
			throw new Error(`first paint took ${Math.round(result.firstPaintMs)} ms; gestures not timed`);
		}
		await page.waitForTimeout(300);
		result.requests = net.requests;
		result.transferKb = net.bytes / 1024;
		result.jsCssTransferKb = net.jsCssBytes / 1024;
		result.heapMb = await heapMb(cdp);
		const target =
			tool === 'ours' ? page.locator('.chart .viewport') : page.locator('#tl .vis-center');
		const box = await target.boundingBox();
		await page.mouse.move(box.x + 10, box.y + 10);
		await page.waitForTimeout(300);
		// The first zoom after a load creates what later frames reuse (marks, names): measured apart,
		// then the steady-state gestures.
		result.zoomFirst1x = await frames(page, cdp, () => wheelZoom(page, box));
		await zoomOut(page, box);
		for (const rate of THROTTLES) {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			result[`zoom${rate}x`] = await frames(page, cdp, () => wheelZoom(page, box));
			const fitted = await visibleRange(page, tool);
			await zoomIn(page, box);
			const from = await visibleRange(page, tool);
			result[`pan${rate}x`] = await frames(page, cdp, () => dragPan(page, box));
			// The drag comes back to where it started; the view must have moved on the way.
			result[`pan${rate}x`].rangeBefore = from;
			result[`pan${rate}x`].zoomedIn = JSON.stringify(from) !== JSON.stringify(fitted);
			await zoomOut(page, box);
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	} catch (error) {
		result.error = String(error.message).split('\n')[0];
	}
	await context.close();
	return result;
}

/** Time to an interactive timeline of 1,000 events under Slow 4G, at a CPU throttle, cold cache. */
async function interactive(browser, tool, rate) {
	const context = await browser.newContext({ viewport: { width: WIDTH + 40, height: 900 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	const net = requestLog(cdp);
	await page.addInitScript(watchFirstPaint, markSelector(tool, 1000));
	let ms = null;
	let error;
	try {
		await page.goto(urlOf(tool, 1000), { waitUntil: 'commit' });
		if (tool === 'ours') {
			await page.locator('.timeline[data-count="1000"][data-ready]').waitFor({ timeout: CAP_MS });
			await page.waitForFunction(() => window.__firstPaint, null, { timeout: CAP_MS });
			ms = await page.evaluate(() => Math.max(performance.now(), window.__firstPaint));
		} else {
			await page.waitForFunction(() => window.__firstPaint, null, { timeout: CAP_MS });
			ms = await page.evaluate(() => window.__firstPaint);
		}
	} catch (e) {
		error = String(e.message).split('\n')[0];
	}
	await context.close();
	return { ms, requests: net.requests, transferKb: net.bytes / 1024, error };
}

/** JS + CSS of the first load of `/` (our curated page) and of vis-timeline's bundle, gzip level 9. */
async function firstLoadBytes(browser) {
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
		rawKb: buffers.reduce((a, b) => a + b.length, 0) / 1024,
		gzipKb: buffers.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) / 1024,
		files: buffers.length
	});
	return {
		ours: sum([...files.values()]),
		vis: sum([readFileSync(VIS_JS), readFileSync(VIS_CSS)])
	};
}

// --- run ----------------------------------------------------------------------------------------------
const summarise = (values) => {
	const xs = values.filter((v) => typeof v === 'number');
	if (!xs.length) return null;
	return { median: quantile(xs, 0.5), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
};
const load = os.loadavg();
const results = {
	schema: 2,
	date: new Date().toISOString(),
	machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
	loadAverageAtStart: load.map((x) => Number(x.toFixed(2))),
	runs: RUNS,
	widthPx: WIDTH,
	capMs: CAP_MS,
	fixtures,
	firstLoad: null,
	interactiveSlow4g: {},
	sizes: {}
};
const browser = await launch();
results.firstLoad = await firstLoadBytes(browser);
for (const rate of THROTTLES) {
	results.interactiveSlow4g[`${rate}x`] = {};
	for (const tool of TOOLS) {
		const runs = [];
		for (let r = 0; r < RUNS; r++) runs.push(await interactive(browser, tool, rate));
		results.interactiveSlow4g[`${rate}x`][tool] = {
			ms: summarise(runs.map((r) => r.ms)),
			requests: runs[0].requests,
			transferKb: runs[0].transferKb,
			errors: runs.filter((r) => r.error).map((r) => r.error)
		};
		console.error(
			`interactive, Slow 4G, ${rate}× CPU, ${tool}: ${runs.map((r) => r.ms?.toFixed(0) ?? r.error).join(', ')} ms`
		);
	}
}

const METRICS = [
	'cpuPerFrameMs',
	'busyPerFrameMs',
	'p50Ms',
	'p95Ms',
	'maxMs',
	'longTaskMs',
	'frames'
];
mkdirSync('bench', { recursive: true });
for (const n of SIZES) {
	results.sizes[n] = {};
	for (const tool of TOOLS) {
		if (tool === 'vis' && n > 100_000) continue;
		const runs = [];
		const count = (tool === 'vis' && n >= 100_000) || n > 100_000 ? 1 : RUNS;
		for (let r = 0; r < count; r++) {
			const run = await runOnce(browser, tool, n);
			runs.push(run);
			console.error(
				`${tool} ${n} run ${r + 1}: first paint ${run.firstPaintMs?.toFixed(0) ?? `— (${run.error})`} ms, ` +
					THROTTLES.map(
						(t) =>
							`${t}×: zoom ${run[`zoom${t}x`]?.cpuPerFrameMs?.toFixed(1) ?? '—'} ms CPU (${run[`zoom${t}x`]?.busyPerFrameMs?.toFixed(1) ?? '—'} busy)/frame, p95 ${run[`zoom${t}x`]?.p95Ms?.toFixed(0) ?? '—'}; pan ${run[`pan${t}x`]?.cpuPerFrameMs?.toFixed(1) ?? '—'}, p95 ${run[`pan${t}x`]?.p95Ms?.toFixed(0) ?? '—'}`
					).join('; ')
			);
			if (!run.finished) break;
		}
		const metric = (f) => summarise(runs.map(f));
		const entry = {
			finished: runs.every((r) => r.finished),
			errors: runs.filter((r) => r.error).map((r) => r.error),
			firstPaintMs: metric((r) => r.firstPaintMs),
			interactiveMs: metric((r) => r.interactiveMs),
			heapMb: metric((r) => r.heapMb),
			requests: metric((r) => r.requests),
			transferKb: metric((r) => r.transferKb)
		};
		for (const key of ['zoomFirst1x', ...THROTTLES.flatMap((t) => [`zoom${t}x`, `pan${t}x`])])
			entry[key] = Object.fromEntries(METRICS.map((m) => [m, metric((r) => r[key]?.[m])]));
		entry.panStartsZoomedIn = runs.every(
			(r) => !r.finished || (r.pan1x?.zoomedIn && r.pan4x?.zoomedIn)
		);
		entry.panRange = runs[0]?.pan1x?.rangeBefore ?? null;
		results.sizes[n][tool] = entry;
		// Written after every product and size, so a run stopped part-way keeps what it measured.
		writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
	}
}
await browser.close();
server.close();
inner.close();
results.loadAverageAtEnd = os.loadavg().map((x) => Number(x.toFixed(2)));

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');

console.log(report(results));

// --- report -------------------------------------------------------------------------------------------
/** The README table, from a results object as written to bench/results.json. */
function report(results) {
	const THROTTLES = Object.keys(results.interactiveSlow4g).map((k) => Number.parseInt(k));
	const med = (s, d = 0) => (s ? s.median.toFixed(d) : '—');
	const fmt = (s, d = 0) =>
		s ? (s.n > 1 ? `${med(s, d)} (${s.min.toFixed(d)}–${s.max.toFixed(d)})` : med(s, d)) : '—';
	const ratio = (a, b) => (a && b && b.median ? (a.median / b.median).toFixed(2) : '—');
	const lines = [
		`${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.machine}, load average ${results.loadAverageAtStart.join(' ')} at start and ${results.loadAverageAtEnd.join(' ')} at the end; headless Chromium, ${results.widthPx} px; median of ${results.runs} runs (min–max), one run for vis-timeline at 100,000 and for 1,000,000; first renders capped at ${results.capMs / 1000} s.`,
		''
	];
	for (const n of Object.keys(results.sizes).map(Number)) {
		const { ours, vis } = results.sizes[n];
		const fx = results.fixtures[n];
		lines.push(
			`**${n.toLocaleString('en')} events** (ours: ${fx.format.toUpperCase()}, ${(fx.bytes / 2 ** 20).toFixed(1)} MB${fx.why ? `; ${fx.why}` : ''})${vis && !vis.finished ? `; vis-timeline did not finish: ${vis.errors[0] ?? 'timeout'}` : ''}${ours.finished ? '' : `; ours did not finish: ${ours.errors[0]}`}`,
			''
		);
		lines.push('| | ours | vis-timeline | ours / vis |', '| --- | --- | --- | --- |');
		const row = (label, f, d) =>
			lines.push(
				`| ${label} | ${fmt(f(ours), d)} | ${vis ? fmt(f(vis), d) : '—'} | ${vis ? ratio(f(ours), f(vis)) : '—'} |`
			);
		row('navigation → first painted frame, ms', (e) => e.firstPaintMs, 0);
		row('navigation → interactive, ms', (e) => e.interactiveMs, 0);
		row('first zoom after load 1×: CPU per frame, ms', (e) => e.zoomFirst1x?.cpuPerFrameMs, 1);
		row('first zoom after load 1×: busy per frame, ms', (e) => e.zoomFirst1x?.busyPerFrameMs, 1);
		row('first zoom after load 1×: p95 frame, ms', (e) => e.zoomFirst1x?.p95Ms, 0);
		for (const g of ['zoom', 'pan'])
			for (const t of THROTTLES) {
				row(`${g} ${t}×: main-thread CPU per frame, ms`, (e) => e[`${g}${t}x`]?.cpuPerFrameMs, 1);
				row(`${g} ${t}×: main-thread busy per frame, ms`, (e) => e[`${g}${t}x`]?.busyPerFrameMs, 1);
				row(`${g} ${t}×: p95 frame, ms`, (e) => e[`${g}${t}x`]?.p95Ms, 0);
				row(`${g} ${t}×: long tasks, ms`, (e) => e[`${g}${t}x`]?.longTaskMs, 0);
			}
		row('JS heap after render, MB', (e) => e.heapMb, 1);
		row('requests', (e) => e.requests, 0);
		row('transferred, KB', (e) => e.transferKb, 0);
		lines.push('');
	}
	lines.push(
		'**First load and time to interactive** (1,000 events, cold cache, Slow 4G: 150 ms RTT, 1.6 Mbps)',
		''
	);
	lines.push('| | ours | vis-timeline | ours / vis |', '| --- | --- | --- | --- |');
	for (const t of THROTTLES) {
		const { ours, vis } = results.interactiveSlow4g[`${t}x`];
		lines.push(
			`| interactive, ${t}× CPU, ms | ${fmt(ours.ms)} | ${vis ? fmt(vis.ms) : '—'} | ${vis ? ratio(ours.ms, vis.ms) : '—'} |`
		);
		if (t === 1)
			lines.push(
				`| requests | ${ours.requests} | ${vis?.requests ?? '—'} | ${vis ? (ours.requests / vis.requests).toFixed(2) : '—'} |`,
				`| transferred, KB | ${ours.transferKb.toFixed(0)} | ${vis?.transferKb.toFixed(0) ?? '—'} | ${vis ? (ours.transferKb / vis.transferKb).toFixed(2) : '—'} |`
			);
	}
	const b = results.firstLoad;
	lines.push(
		`| JS + CSS of \`/\` (ours, curated) and of the bundle (vis), gzip KB | ${b.ours.gzipKb.toFixed(1)} (${b.ours.files} files) | ${b.vis.gzipKb.toFixed(1)} (${b.vis.files} files) | ${(b.ours.gzipKb / b.vis.gzipKb).toFixed(2)} |`
	);
	return lines.join('\n');
}
