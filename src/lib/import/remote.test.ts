import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { checkDataUrl, fetchBytes } from './remote';

/** A download decoded as the importer decodes it. */
const fetchCapped = async (...args: Parameters<typeof fetchBytes>) =>
	decodeBytes(await fetchBytes(...args));

const origin = 'http://localhost:4173';

describe('checkDataUrl', () => {
	it.each([
		['/bench/10k.json', 'http://localhost:4173/bench/10k.json'],
		['https://example.org/data.json', 'https://example.org/data.json'],
		['http://localhost:4173/x.csv', 'http://localhost:4173/x.csv']
	])('checkDataUrl accepts %s', (raw, href) => {
		expect(checkDataUrl(raw, origin).url?.href).toBe(href);
	});

	it.each([
		'http://example.org/data.json',
		'javascript:alert(1)',
		'data:application/json,{}',
		'file:///etc/passwd',
		'ftp://x/y'
	])('checkDataUrl refuses %s with a reason', (raw) => {
		expect(checkDataUrl(raw, origin).error).toMatch(/https|this site/);
	});
});

describe('fetchBytes', () => {
	const respond = (body: string, headers: Record<string, string> = {}, status = 200) =>
		(async () => new Response(body, { status, headers })) as unknown as typeof fetch;

	it('fetchCapped returns the text and reports progress', async () => {
		const seen: number[] = [];
		const { text } = await fetchCapped(
			new URL('https://x.org/a'),
			1000,
			(n) => seen.push(n),
			respond('{"events":[]}')
		);
		expect(text).toBe('{"events":[]}');
		expect(seen.at(-1)).toBe(13);
	});

	it('fetchCapped reads UTF-16 with a byte-order mark, and Latin-1 with a problem', async () => {
		const bytes = (list: number[]) =>
			(async () => new Response(Uint8Array.from(list))) as unknown as typeof fetch;
		const utf16 = [0xff, 0xfe, ...[...'title\n'].flatMap((c) => [c.charCodeAt(0), 0])];
		const url = new URL('https://x.org/a');
		expect(await fetchCapped(url, 1000, undefined, bytes(utf16))).toMatchObject({
			text: 'title\n',
			encoding: 'utf-16le',
			problem: null
		});
		const latin = await fetchCapped(url, 1000, undefined, bytes([0x4d, 0xfc, 0x6e, 0x0a]));
		expect(latin.text).toBe('Mün\n');
		expect(latin.problem?.message).toMatch(/Windows-1252/);
	});

	it('fetchCapped refuses a declared size over the cap', async () => {
		await expect(
			fetchCapped(
				new URL('https://x.org/a'),
				10,
				undefined,
				respond('x'.repeat(5), { 'content-length': '999' })
			)
		).rejects.toThrow(/over the/);
	});

	it('fetchCapped refuses a body that streams past the cap', async () => {
		await expect(
			fetchCapped(new URL('https://x.org/a'), 10, undefined, respond('x'.repeat(50)))
		).rejects.toThrow(/over the/);
	});

	it('fetchCapped reports an HTTP error', async () => {
		await expect(
			fetchCapped(new URL('https://x.org/a'), 10, undefined, respond('nope', {}, 404))
		).rejects.toThrow(/404/);
	});
});
