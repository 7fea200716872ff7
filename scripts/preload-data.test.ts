import { describe, expect, it } from 'vitest';
import { chunksOf } from './preload-data.js';

const manifest = {
	'src/a.ts': { file: '_app/immutable/chunks/A.js', imports: ['_shared.js', '_b.js'] },
	'_b.js': { file: '_app/immutable/chunks/B.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/S.js' },
	'src/c.ts': { file: '_app/immutable/chunks/C.js', imports: ['_shared.js'] }
};

describe('chunksOf', () => {
	it('lists each module’s chunk and every chunk it imports, once', () => {
		expect(chunksOf(manifest, ['src/a.ts', 'src/c.ts'])).toEqual([
			'_app/immutable/chunks/A.js',
			'_app/immutable/chunks/S.js',
			'_app/immutable/chunks/B.js',
			'_app/immutable/chunks/C.js'
		]);
	});

	it('skips a module bundled into another chunk, and names one that does not exist', () => {
		// This file exists but has no entry of its own in the manifest.
		expect(chunksOf(manifest, ['scripts/preload-data.js'])).toEqual([]);
		expect(() => chunksOf(manifest, ['src/lib/gone.ts'])).toThrow('src/lib/gone.ts does not exist');
	});
});
