import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://localhost:4204/' + (process.argv[2] ?? ''));
await p.locator('.timeline[data-ready]').waitFor();
const out = await p.evaluate(() =>
	[...document.querySelectorAll('.mark.cluster')].slice(0, 4).map((b) =>
		JSON.stringify({ name: b.getAttribute('aria-label').slice(0, 80), text: b.innerText })
	)
);
console.log(out.join('\n'));
const periods = await p.evaluate(() => [...document.querySelectorAll('.bands, .bands *')].slice(0,6).map(e => e.outerHTML.slice(0, 200)));
console.log(periods.join('\n'));
await b.close();
