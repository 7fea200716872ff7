import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeBytes', () => {
	it('reads UTF-8, with or without its byte-order mark, and says nothing', () => {
		const utf8 = new TextEncoder().encode('title,place\nMeeting,München\n');
		expect(decodeBytes(utf8)).toEqual({
			text: 'title,place\nMeeting,München\n',
			encoding: 'utf-8',
			problem: null
		});
		const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
		expect(decodeBytes(withBom).text).toBe('title,place\nMeeting,München\n');
	});

	it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
		const text = 'title\n张又侠 in München\n';
		const le = [0xff, 0xfe];
		const be = [0xfe, 0xff];
		for (const ch of text) {
			const c = ch.charCodeAt(0);
			le.push(c & 0xff, c >> 8);
			be.push(c >> 8, c & 0xff);
		}
		expect(decodeBytes(Uint8Array.from(le))).toMatchObject({ text, encoding: 'utf-16le' });
		expect(decodeBytes(Uint8Array.from(be))).toMatchObject({ text, encoding: 'utf-16be' });
	});

	it('reads Latin-1 as Windows-1252 and names the line of the first byte that is not UTF-8', () => {
		const decoded = decodeBytes(latin1('title,place\nMeeting,Berlin\nTalks,M\u00fcnchen\n'));
		expect(decoded.text).toBe('title,place\nMeeting,Berlin\nTalks,München\n');
		expect(decoded.encoding).toBe('windows-1252');
		expect(decoded.problem).toMatchObject({ field: 'line 3', notice: true });
		expect(decoded.problem?.message).toMatch(/not UTF-8 .*0xFC, on line 3.*Windows-1252/);
	});

	it('never gives U+FFFD for Latin-1 text, which the lenient UTF-8 decoder did', () => {
		const bytes = latin1('Caf\u00e9 de la Paix');
		expect(new TextDecoder().decode(bytes)).toContain('\ufffd');
		expect(decodeBytes(bytes).text).toBe('Café de la Paix');
	});
});
