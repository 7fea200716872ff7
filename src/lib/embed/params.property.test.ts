// Random URL parameters never make the embed's parser throw, and it keeps only known values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomParams as params } from '../timeline/urlParams.arbitrary';
import { parseEmbedParams } from './params';

const context = {
	eventIds: new Set(['a', 'b']),
	types: ['forum', 'visit'],
	countries: ['CN', 'RU'],
	sources: ['doc']
};

describe('parseEmbedParams on random input', () => {
	it('parseEmbedParams never throws and keeps only known values', () => {
		fc.assert(
			fc.property(params, (p) => {
				const { config } = parseEmbedParams(p, { ...context, tours: new Set(['t']) });
				expect(['light', 'dark', 'auto']).toContain(config.theme);
				expect(['en', 'zh']).toContain(config.lang);
				for (const id of config.events) expect(context.eventIds.has(id)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});
