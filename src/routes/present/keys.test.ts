import { describe, expect, it } from 'vitest';
import { presenterAction } from './keys';

describe('presenterAction', () => {
	it.each([
		['ArrowRight', false, 'next'],
		['PageDown', false, 'next'],
		[' ', false, 'next'],
		[' ', true, 'previous'],
		['ArrowLeft', false, 'previous'],
		['PageUp', false, 'previous'],
		['Home', false, 'first'],
		['End', false, 'last'],
		['f', false, 'fullscreen'],
		['S', false, 'speaker'],
		['7', false, 'digit'],
		['Enter', false, 'jump'],
		['b', false, 'black'],
		['B', false, 'black'],
		['.', false, 'black'],
		['w', false, 'white'],
		['W', false, 'white'],
		['x', false, null],
		['ArrowUp', false, null]
	])('presenterAction(%j, shift %s) is %s', (key, shift, expected) => {
		expect(presenterAction(key, shift)).toBe(expected);
	});
});
