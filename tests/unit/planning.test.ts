/** The planner's ranking and the selection's URL and storage rules, as pure functions. */
import { describe, expect, test } from 'vitest';
import { answered, assess, maxScore, parseAnswers, rank, serializeAnswers, similarExperiences, type PlannerAction } from '../../src/lib/planner.ts';
import { numbersInQuery, parseNumbers, serializeNumbers, toggleNumber } from '../../src/lib/selection.ts';

const GOALS = ['polaritzacio', 'menys-motivats', 'itinerari', 'desafeccio', 'exclusio'];
const action = (over: Partial<PlannerAction> & { number: number }): PlannerAction => ({
	goals: ['exclusio'],
	audiences: ['joves-12-16'],
	agents: ['joventut'],
	scales: ['municipi'],
	smallTown: 'sol',
	evidenceRank: 2,
	...over,
});

describe('the answers in the URL', () => {
	test('keep known values in the questions order and drop the rest', () => {
		const answers = parseAnswers('?objectiu=itinerari&poblacio=menys-5000&gestio=lluna&edat=16-29&escola=fora&x=1', GOALS);
		expect(answers).toEqual({ poblacio: 'menys-5000', edat: '16-29', escola: 'fora', objectiu: 'itinerari' });
		expect(serializeAnswers(answers)).toBe('?poblacio=menys-5000&edat=16-29&escola=fora&objectiu=itinerari');
		expect(parseAnswers(serializeAnswers(answers), GOALS)).toEqual(answers);
	});

	test('an unknown goal is no answer', () => {
		expect(parseAnswers('?objectiu=felicitat', GOALS)).toEqual({});
		expect(answered({})).toBe(false);
		expect(serializeAnswers({})).toBe('');
	});
});

describe('ranking', () => {
	test("the action whose main goal is the reader's comes first, with the reason", () => {
		const main = action({ number: 7, goals: ['itinerari', 'exclusio'] });
		const secondary = action({ number: 3, goals: ['exclusio', 'itinerari'] });
		const none = action({ number: 1, goals: ['polaritzacio'] });
		const { fits, others } = rank([none, secondary, main], { objectiu: 'itinerari' });
		expect(fits.map((r) => r.number)).toEqual([7, 3]);
		expect(fits[0]!.reasons).toEqual([{ key: 'goalMain', value: 'itinerari' }]);
		expect(fits[1]!.reasons).toEqual([{ key: 'goal', value: 'itinerari' }]);
		expect(others.map((r) => r.number)).toEqual([1]);
	});

	test('a small town on its own is warned off an action that only works shared, and it falls out of the fits', () => {
		const shared = action({ number: 20, smallTown: 'compartida', scales: ['agrupacio-municipis', 'comarca'] });
		const alone = action({ number: 4, smallTown: 'sol' });
		const result = assess(shared, { poblacio: 'menys-5000', gestio: 'sol' });
		expect(result.reasons).toEqual([{ key: 'smallOnlyShared', caution: true }]);
		expect(result.score).toBeLessThan(0);
		const { fits, others } = rank([shared, alone], { poblacio: 'menys-5000', gestio: 'sol' });
		expect(fits.map((r) => r.number)).toEqual([4]);
		expect(others.map((r) => r.number)).toEqual([20]);
	});

	test('the same action fits a small town that runs it jointly, at the scale it proposes', () => {
		const shared = action({ number: 20, smallTown: 'compartida', scales: ['agrupacio-municipis', 'comarca'] });
		const result = assess(shared, { poblacio: 'menys-5000', gestio: 'veins' });
		expect(result.reasons).toEqual([{ key: 'smallShared' }, { key: 'scale', value: 'agrupacio-municipis' }]);
		expect(result.score).toBe(maxScore({ poblacio: 'menys-5000', gestio: 'veins' }));
	});

	test('young people out of school are matched by the audience «without the certificate»; in school, by the schools', () => {
		const out = action({ number: 15, audiences: ['joves-16-29', 'joves-sense-graduat'] });
		const school = action({ number: 5, audiences: ['joves-12-16', 'comunitat-educativa'] });
		expect(assess(out, { edat: '16-29', escola: 'fora' }).reasons).toEqual([{ key: 'audience', value: 'joves-16-29' }, { key: 'audience', value: 'joves-sense-graduat' }]);
		expect(assess(school, { escola: 'fora' }).reasons).toEqual([]);
		expect(assess(school, { escola: 'dins' }).reasons).toEqual([{ key: 'school' }]);
	});

	test('ties go to the stronger evidence, then to the lower number', () => {
		const weak = action({ number: 2, evidenceRank: 3 });
		const strong = action({ number: 9, evidenceRank: 1 });
		const strongLow = action({ number: 8, evidenceRank: 1 });
		expect(rank([weak, strong, strongLow], { edat: '12-16' }).fits.map((r) => r.number)).toEqual([8, 9, 2]);
	});

	test('an action needs half of the possible score to fit', () => {
		const goalOnly = action({ number: 1, goals: ['itinerari'], audiences: ['families'] });
		const ageOnly = action({ number: 2, goals: ['polaritzacio'], audiences: ['joves-16-29'] });
		const answers = { objectiu: 'itinerari', edat: '16-29' as const, escola: 'fora' as const };
		expect(maxScore(answers)).toBe(8);
		const { fits, others } = rank([goalOnly, ageOnly], answers);
		expect(fits.map((r) => r.number)).toEqual([1]);
		expect(others.map((r) => r.number)).toEqual([2]);
	});

	test('a small town sharing an action gets those made to be shared first on a tie, before stronger evidence', () => {
		const madeToShare = action({ number: 20, smallTown: 'compartida', scales: ['agrupacio-municipis'], evidenceRank: 2 });
		const betterShared = action({ number: 2, smallTown: 'amb-altres', scales: ['agrupacio-municipis'], evidenceRank: 0 });
		const sharing = { poblacio: 'menys-5000' as const, gestio: 'veins' as const };
		expect(assess(madeToShare, sharing).score).toBe(assess(betterShared, sharing).score);
		expect(rank([betterShared, madeToShare], sharing).fits.map((r) => r.number)).toEqual([20, 2]);
		// Elsewhere the tie still goes to evidence.
		expect(rank([betterShared, madeToShare], { gestio: 'veins' }).fits.map((r) => r.number)).toEqual([2, 20]);
	});
});

describe('answers that weigh nothing, and answers nothing fits', () => {
	test('a town over 5,000 and no other answer leaves every action open, in number order', () => {
		const actions = [action({ number: 9 }), action({ number: 2 })].map((a) => ({ ...a, evidenceRank: 0 }));
		expect(maxScore({ poblacio: 'mes-50000' })).toBe(0);
		expect(rank(actions, { poblacio: 'mes-50000' })).toEqual({ fits: [{ number: 2, score: 0, reasons: [] }, { number: 9, score: 0, reasons: [] }], others: [] });
	});

	test('when no action reaches half of the points, none fits and all are others', () => {
		const actions = [action({ number: 1, goals: ['polaritzacio'], audiences: ['families'] }), action({ number: 2, goals: ['desafeccio'], audiences: ['families'] })];
		const { fits, others } = rank(actions, { objectiu: 'itinerari', edat: '16-29' });
		expect(fits).toEqual([]);
		expect(others.map((r) => r.number)).toEqual([1, 2]);
	});
});

describe('experiences from towns like yours', () => {
	const experiences = [
		{ index: 0, band: 'mes-50000' as const, ownership: 'ajuntament' },
		{ index: 1, ownership: 'consell-comarcal' },
		{ index: 2, band: 'menys-5000' as const, ownership: 'ajuntament' },
		{ index: 3, band: 'de-5000-a-20000' as const, ownership: 'diversos-ajuntaments' },
	];

	test('same population band first, then the next band, and the way it is run counts as much', () => {
		expect(similarExperiences(experiences, { poblacio: 'menys-5000' })).toEqual([
			{ index: 2, similar: true },
			{ index: 3, similar: false },
			{ index: 0, similar: false },
			{ index: 1, similar: false },
		]);
		expect(similarExperiences(experiences, { poblacio: 'menys-5000', gestio: 'veins' }).map((e) => e.index)).toEqual([3, 2, 0, 1]);
		expect(similarExperiences(experiences, { gestio: 'comarca' })[0]).toEqual({ index: 1, similar: true });
	});

	test('without answers on the town the list keeps its order', () => {
		expect(similarExperiences(experiences, { objectiu: 'itinerari' }).map((e) => e.index)).toEqual([0, 1, 2, 3]);
	});
});

describe('the selection', () => {
	test('reads whole positive numbers, once each, in order', () => {
		expect(parseNumbers('20, 15,3,20,x,0,-4,12345,7.5')).toEqual([20, 15, 3]);
		expect(parseNumbers(null)).toEqual([]);
		expect(serializeNumbers([20, 15, 3])).toBe('20,15,3');
	});

	test('tells an absent parameter from an empty one', () => {
		expect(numbersInQuery('?x=1')).toBeUndefined();
		expect(numbersInQuery('?actuacions=')).toEqual([]);
		expect(numbersInQuery('?actuacions=20%2C15')).toEqual([20, 15]);
	});

	test('adds at the end and takes out', () => {
		expect(toggleNumber([20, 15], 3)).toEqual([20, 15, 3]);
		expect(toggleNumber([20, 15, 3], 15)).toEqual([20, 3]);
	});
});
