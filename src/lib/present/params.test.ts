import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTour, type TimedEvent } from '../data/tours';
import { t } from '../i18n/all';
import {
	clampStep,
	formatPresentParams,
	parseAutoplay,
	parsePresentParams,
	parseStep
} from './params';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const EVENTS: TimedEvent[] = [
	{ id: 'b-visit', span: { startMs: utc(2023, 4, 16), endMs: utc(2023, 4, 20) } },
	{ id: 'a-forum', span: { startMs: utc(2023, 10, 29), endMs: utc(2023, 11, 1) } },
	{ id: 'c-talks', span: { startMs: utc(2023, 4, 16), endMs: utc(2023, 4, 17) } },
	{ id: 'd-same', span: { startMs: utc(2023, 4, 16), endMs: utc(2023, 4, 17) } }
];

describe('step parsing', () => {
	it.each([
		['3', 5, 3],
		['1', 5, 1],
		['-1', 5, 1],
		['0', 5, 1],
		['abc', 5, 1],
		['2.5', 5, 1],
		['', 5, 1],
		[null, 5, 1],
		[undefined, 5, 1],
		['9999', 5, 5],
		['99999999999999999999', 5, 5],
		['9'.repeat(400), 5, 5],
		['-99999999999999999999', 5, 1],
		[' 4 ', 5, 4],
		['3', 0, 1]
	])('parseStep(%j) of %i steps is %i', (value, count, expected) => {
		expect(parseStep(value, count)).toBe(expected);
	});

	it.each([
		[0, 3, 1],
		[4, 3, 3],
		[2.7, 3, 2],
		[NaN, 3, 1],
		[Infinity, 3, 1],
		[-Infinity, 3, 1]
	])('clampStep(%d) of %i steps is %i', (step, count, expected) => {
		expect(clampStep(step, count)).toBe(expected);
	});

	const tours = [
		defaultTour(EVENTS),
		{ id: 'short', stops: defaultTour(EVENTS).stops.slice(0, 2) }
	];
	it.each([
		['tour=short&step=2', { tour: 'short', step: 2 }],
		['tour=short&step=9999', { tour: 'short', step: 2 }],
		['tour=short&step=-1', { tour: 'short', step: 1 }],
		['tour=short&step=abc', { tour: 'short', step: 1 }],
		['tour=nope&step=3', { tour: 'all', step: 3 }],
		['step=4', { tour: 'all', step: 4 }],
		['tour=%3Cscript%3E&step=%00', { tour: 'all', step: 1 }],
		['', { tour: 'all', step: 1 }]
	])('parsePresentParams(%j) corrects what it must', (search, expected) => {
		const { tour, step } = parsePresentParams(new URLSearchParams(search), tours);
		expect({ tour, step }).toEqual(expected);
	});

	it.each([
		['tour=nope', [['tour', 'nope', 'there is no tour "nope"; showing the default tour']]],
		['step=-3', [['step', '-3', 'step -3 is before the first step (1); showing step 1']]],
		['step=0', [['step', '0', 'step 0 is before the first step (1); showing step 1']]],
		['step=abc', [['step', 'abc', '"abc" is not a step number (1 to 4); showing step 1']]],
		['step=1.5', [['step', '1.5', '"1.5" is not a step number (1 to 4); showing step 1']]],
		['step=999', [['step', '999', 'step 999 is past the last step (4); showing step 4']]],
		['tour=short&step=3', [['step', '3', 'step 3 is past the last step (2); showing step 2']]],
		[
			'tour=nope&step=999',
			[
				['tour', 'nope', 'there is no tour "nope"; showing the default tour'],
				['step', '999', 'step 999 is past the last step (4); showing step 4']
			]
		]
	])('parsePresentParams(%j) names each correction', (search, expected) => {
		const { issues } = parsePresentParams(new URLSearchParams(search), tours);
		expect(issues.map((i) => [i.param, i.value, t('en', i.code, i.values)])).toEqual(expected);
	});

	it.each(['', 'tour=short&step=2', 'step=4', 'step=', 'tour=', 'step=%204%20', 'step=%2B3'])(
		'parsePresentParams(%j) has nothing to correct',
		(search) => {
			expect(parsePresentParams(new URLSearchParams(search), tours).issues).toEqual([]);
		}
	);

	it('parsePresentParams names the first tour when the unknown one falls back to it', () => {
		const { tour, issues } = parsePresentParams(new URLSearchParams('tour=x'), [tours[1]]);
		expect(tour).toBe('short');
		expect(issues[0]).toMatchObject({ code: 'urlTourReplaced', values: { instead: 'short' } });
		expect(t('en', issues[0].code, issues[0].values)).toBe(
			'there is no tour "x"; showing tour "short"'
		);
	});

	it('parsePresentParams clips hostile values and never throws', () => {
		const long = 'x'.repeat(5000);
		const { issues } = parsePresentParams(
			new URLSearchParams({ tour: long, step: `${'9'.repeat(5000)}` }),
			tours
		);
		expect(issues.map((i) => i.param)).toEqual(['tour', 'step']);
		for (const issue of issues) {
			expect(issue.value.length).toBeLessThanOrEqual(61);
			expect(t('en', issue.code, issue.values).length).toBeLessThan(400);
		}
		expect(parsePresentParams(new URLSearchParams('tour=a'), [])).toEqual({
			tour: 'all',
			step: 1,
			issues: []
		});
	});

	it('parsePresentParams never throws, keeps a valid position and reports every change', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('all', 'short', 'nope', '', '<b>'),
				fc.oneof(fc.string(), fc.integer().map(String), fc.double().map(String)),
				(tourId, stepText) => {
					const params = new URLSearchParams({ tour: tourId, step: stepText });
					const { tour, step, issues } = parsePresentParams(params, tours);
					const chosen = tours.find((t) => t.id === tour)!;
					expect(chosen).toBeDefined();
					expect(Number.isInteger(step)).toBe(true);
					expect(step).toBeGreaterThanOrEqual(1);
					expect(step).toBeLessThanOrEqual(chosen.stops.length);
					if (tourId && tourId !== tour) expect(issues.some((i) => i.param === 'tour')).toBe(true);
					if (stepText.trim() && Number(stepText) !== step)
						expect(issues.some((i) => i.param === 'step')).toBe(true);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('parsePresentParams reads back what formatPresentParams writes', () => {
		for (const tour of tours)
			for (let step = 1; step <= tour.stops.length; step++) {
				const params = formatPresentParams(tour.id, step);
				expect(parsePresentParams(params, tours)).toEqual({ tour: tour.id, step, issues: [] });
			}
		expect(formatPresentParams('short', 2).toString()).toBe('tour=short&step=2');
	});
});

describe('parseAutoplay', () => {
	it.each([
		['', null, false],
		['autoplay=8', 8, false],
		['autoplay=2.5', 2.5, false],
		['autoplay=1', 1, false],
		['autoplay=3600', 3600, false],
		['autoplay=0', null, true],
		['autoplay=0.5', null, true],
		['autoplay=3601', null, true],
		['autoplay=', null, true],
		['autoplay=soon', null, true],
		['autoplay=Infinity', null, true]
	])('parseAutoplay(%j) gives %s seconds (issue: %s)', (search, seconds, hasIssue) => {
		const { seconds: got, issue } = parseAutoplay(new URLSearchParams(search));
		expect(got).toBe(seconds);
		expect(issue?.param === 'autoplay' && issue.code === 'urlAutoplay').toBe(hasIssue);
	});
});
