import { describe, expect, it } from 'vitest';
import { absolute, knownOrigin, oembedFor } from './meta';

describe('site addresses', () => {
	it.each([
		['http://sveltekit-prerender', '/x', '/x'],
		['https://example.org', '/x', 'https://example.org/x']
	])('absolute(%j, %j) is %j', (origin, path, expected) => {
		expect(absolute(origin, path)).toBe(expected);
	});
	it('knownOrigin drops the prerender placeholder', () => {
		expect(knownOrigin('http://sveltekit-prerender')).toBe('');
	});
});

describe('oembedFor', () => {
	it('oembedFor answers a rich embed with an escaped, sandboxed iframe', () => {
		const o = oembedFor('https://example.org', 'A "visit" <b>', '?selected=a&x=1');
		expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 360 });
		expect(o.html).toBe(
			'<iframe src="https://example.org/embed?selected=a&amp;x=1" width="640" height="360" ' +
				'title="A &quot;visit&quot; &lt;b&gt;" sandbox="allow-scripts allow-popups ' +
				'allow-popups-to-escape-sandbox" style="border:0"></iframe>'
		);
		expect(o.thumbnail_url).toBe('https://example.org/og-image.png');
	});
});
