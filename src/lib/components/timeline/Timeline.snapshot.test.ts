// SVG snapshots of the timeline as the server renders it (svelte/server), on the frozen fixture
// dataset at a fixed width: the whole range, one year and one day. Numbers are rounded to 3 decimals;
// the markup (SVG layers and the HTML marks) is wrapped in an SVG foreignObject so each file opens in a
// browser. A changed snapshot is a changed picture: look at it before updating (vitest -u).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadDataDir } from '$lib/server/dataDir';
import { viewOf } from '$lib/state/view.svelte';
import Timeline from './Timeline.svelte';

const { events, vocabulary } = loadDataDir(FIXTURE_DIR);
const WIDTH = 1000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function snapshot(range: [number, number] | null, lang: 'en' | 'zh' = 'en') {
	const view = viewOf(events.map((e) => e.span));
	view.widthPx = WIDTH;
	if (range) view.show(range[0], range[1]);
	const { body } = render(Timeline, {
		props: { events, vocabulary, view, lang, showOverview: false }
	});
	const height = /<svg class="chart[^"]*"[^>]*height="([\d.]+)"/.exec(body)?.[1] ?? '400';
	const markup = body
		.replace(/<!--[^>]*-->/g, '')
		// Scoped-style hashes change with any CSS edit, not with the picture.
		.replace(/ svelte-[a-z0-9]+/g, '')
		.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}"><foreignObject width="${WIDTH}" height="${height}"><div xmlns="http://www.w3.org/1999/xhtml">${markup}</div></foreignObject></svg>\n`;
}

describe('Timeline snapshots', () => {
	it('Timeline draws the whole range', async () => {
		await expect(snapshot(null)).toMatchFileSnapshot('../../../../tests/output/timeline-all.svg');
	});

	it('Timeline draws one year (2023)', async () => {
		await expect(snapshot([day('2023-01-01'), day('2024-01-01')])).toMatchFileSnapshot(
			'../../../../tests/output/timeline-2023.svg'
		);
	});

	it('Timeline draws one day (8 November 2023)', async () => {
		await expect(snapshot([day('2023-11-08'), day('2023-11-09')])).toMatchFileSnapshot(
			'../../../../tests/output/timeline-2023-11-08.svg'
		);
	});
});
