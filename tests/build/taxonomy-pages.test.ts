/** The generated overview table and the dimension and strategy pages, against the content. */
import { describe, expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';

const model = loadModel();

describe('overview "Dimensions, estratègies i actuacions"', () => {
	const page = readPage('/dimensions-estrategies-actuacions/');
	const main = page.querySelector('main')!;

	test('has one section per set, in order', () => {
		expect(main.querySelectorAll('.overview-set h2').map((h) => text(h).replace(/\s*Addició editorial$/, ''))).toEqual(model.sets.map((s) => s.name.ca));
	});

	test('lists every dimension, strategy and numbered action, with links', () => {
		for (const dimension of model.dimensions) {
			expect(main.querySelector(`a[href="/dimensions/${dimension.id}/"]`), dimension.id).not.toBeNull();
		}
		for (const strategy of model.strategies) {
			const link = main.querySelector(`a[href="/estrategies/${strategy.id}/"]`);
			expect(text(link), strategy.id).toBe(strategy.name.ca);
			const row = link!.closest('tr')!;
			const actions = row.querySelectorAll('.overview-actions a').map((a) => [text(a), a.getAttribute('href')]);
			expect(actions).toEqual(model.actionsOf(strategy.id).map((a) => [`${a.number}. ${a.title}`, `/actuacions/${a.slug}/`]));
		}
	});
});

describe.each(model.dimensions.map((d) => [d.id, d] as const))('dimension page %s', (id, dimension) => {
	const main = readPage(`/dimensions/${id}/`).querySelector('main')!;
	test('is titled with the dimension and lists its strategies and their actions', () => {
		expect(text(main.querySelector('h1'))).toBe(dimension.name.ca);
		const strategies = model.strategies.filter((s) => s.dimension === id);
		expect(main.querySelectorAll('h2 a').map((a) => a.getAttribute('href'))).toEqual(strategies.map((s) => `/estrategies/${s.id}/`));
		const actions = main.querySelectorAll('.action-card__title a').map((a) => a.getAttribute('href'));
		expect(actions).toEqual(strategies.flatMap((s) => model.actionsOf(s.id)).map((a) => `/actuacions/${a.slug}/`));
	});
});

describe.each(model.strategies.map((s) => [s.id, s] as const))('strategy page %s', (id, strategy) => {
	const main = readPage(`/estrategies/${id}/`).querySelector('main')!;
	test('is titled with the strategy and lists its actions', () => {
		expect(text(main.querySelector('h1'))).toBe(strategy.name.ca);
		const actions = main.querySelectorAll('.action-card__title a').map((a) => a.getAttribute('href'));
		expect(actions).toEqual(model.actionsOf(id).map((a) => `/actuacions/${a.slug}/`));
		expect(main.querySelector('nav.trail a')?.getAttribute('href')).toBe(`/dimensions/${strategy.dimension}/`);
	});
});
