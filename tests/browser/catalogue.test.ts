/**
 * The catalogue page `/actuacions/` driven in Chromium: facets with live counts (OR inside a
 * facet, AND across facets), text search through Pagefind, state in the URL, reload, Back,
 * the empty state, the keyboard, and axe. Expected results are computed from the content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { computeView, type FacetItem } from '../../src/lib/facets.ts';
import { axe, describeViolations } from '../helpers/browser.ts';
import { loadModel, type ModelAction } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();

const items: FacetItem[] = model.facetItems();
const rankOf = (terms: { id: string }[], id: string) => terms.findIndex((t) => t.id === id);
const flatNumbers = (page: Page) => page.$$eval('[data-flat] > [data-item]:not([hidden])', (els) => els.map((el) => Number((el as HTMLElement).dataset.item)));

const visibleNumbers = (page: Page) =>
	page.$$eval('[data-item]:not([hidden])', (els) => els.map((el) => Number((el as HTMLElement).dataset.item)).sort((a, b) => a - b));
const status = (page: Page) => page.textContent('[data-status]');
const box = (page: Page, facet: string, value: string) => page.locator(`input[name="${facet}"][value="${value}"]`);
const countOf = (page: Page, facet: string, value: string) =>
	page.locator(`label:has(input[name="${facet}"][value="${value}"]) [data-count]`).textContent();
const plural = (n: number) => `${n} ${n === 1 ? 'actuació' : 'actuacions'}`;

const open = (query = '') => site.openList(`/actuacions/${query}`);

/** The most common audience and the two most common agents: values that make real filters. */
const common = (pick: (a: ModelAction) => string[]) => {
	const counts = new Map<string, number>();
	for (const a of model.actions) for (const v of pick(a)) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
};
const [audience] = common((a) => a.audiences);
const [agentA, agentB] = common((a) => a.agents).slice(-2);

test('without JavaScript the page is the complete list, grouped by dimension and strategy', async () => {
	const page = await site.page({ javaScript: false });
	await page.goto(site.url('/actuacions/'));
	expect(await page.$$eval('[data-item]', (els) => els.length)).toBe(model.actions.length);
	expect(await page.isHidden('[data-filters]')).toBe(true);
	expect(await page.$$eval('.catalogue__group h2', (hs) => hs.map((h) => h.textContent?.trim()))).toEqual(model.dimensions.map((d) => d.name.ca));
	await page.context().close();
});

describe('facets', () => {
	test('show every action with counts before anything is chosen', async () => {
		const page = await open();
		expect(await status(page)).toBe(plural(model.actions.length));
		expect(await visibleNumbers(page)).toEqual(model.actions.map((a) => a.number));
		const view = computeView(items, {}, null);
		for (const [value, n] of view.counts.destinataris) expect(await countOf(page, 'destinataris', value)).toBe(`(${n})`);
		await page.context().close();
	});

	test('OR inside a facet, AND across facets, counts update, URL follows', async () => {
		const page = await open();
		await box(page, 'agents', agentA!).check();
		let expected = computeView(items, { agents: [agentA!] }, null);
		expect(await visibleNumbers(page)).toEqual([...expected.visible].sort((a, b) => a - b));
		expect(page.url()).toContain(`agents=${agentA}`);

		await box(page, 'agents', agentB!).check();
		expected = computeView(items, { agents: [agentA!, agentB!] }, null);
		const union = model.actions.filter((a) => a.agents.includes(agentA!) || a.agents.includes(agentB!)).map((a) => a.number);
		expect(await visibleNumbers(page)).toEqual(union);
		expect([...expected.visible].sort((a, b) => a - b)).toEqual(union);

		await box(page, 'destinataris', audience!).check();
		const both = model.actions.filter((a) => (a.agents.includes(agentA!) || a.agents.includes(agentB!)) && a.audiences.includes(audience!)).map((a) => a.number);
		expect(await visibleNumbers(page)).toEqual(both);
		expect(await status(page)).toBe(plural(both.length));
		expected = computeView(items, { agents: [agentA!, agentB!], destinataris: [audience!] }, null);
		for (const [value, n] of expected.counts.escala) expect(await countOf(page, 'escala', value)).toBe(`(${n})`);
		expect(page.url()).toMatch(new RegExp(`agents=${agentA},${agentB}|agents=${agentB},${agentA}`));
		await page.context().close();
	});

	test('a value that would give no result is disabled, and never leaves the user stuck', async () => {
		const page = await open();
		const first = model.dimensions[0]!.id;
		await box(page, 'dimensio', first).check();
		const view = computeView(items, { dimensio: [first] }, null);
		for (const strategy of model.strategies) {
			const disabled = await box(page, 'estrategia', strategy.id).isDisabled();
			expect(disabled, strategy.id).toBe((view.counts.estrategia.get(strategy.id) ?? 0) === 0);
		}
		await page.getByRole('button', { name: 'Esborra els filtres' }).first().click();
		expect(await visibleNumbers(page)).toHaveLength(model.actions.length);
		expect(new URL(page.url()).search).toBe('');
		await page.context().close();
	});

	test('an empty result explains which filter to remove', async () => {
		// Two values of different facets that no action has together.
		const pair = model.dimensions
			.flatMap((d) => model.sets.length ? common((a) => a.scales).map((s) => [d.id, s] as const) : [])
			.find(([d, s]) => !model.actions.some((a) => model.dimensionOf(a).id === d && a.scales.includes(s)));
		const [dimension, scale] = pair ?? [model.dimensions[0]!.id, 'inexistent'];
		const page = await open(`?dimensio=${dimension}&escala=${scale}`);
		expect(await status(page)).toBe('0 actuacions');
		expect(await page.isVisible('[data-empty]')).toBe(true);
		const buttons = await page.$$eval('[data-removals] button', (bs) => bs.map((b) => b.textContent));
		expect(buttons).toHaveLength(2);
		await page.locator('[data-removals] button').first().click();
		expect((await visibleNumbers(page)).length).toBeGreaterThan(0);
		await page.context().close();
	});
});

describe('the facts to decide with', () => {
	test('filter by fit for small towns, cost, set-up time and evidence, with counts', async () => {
		const [band] = common((a) => [a.cost.band]);
		const [fit] = common((a) => [a.scaleFit.smallTown]);
		const page = await open(`?cost=${band}`);
		let expected = computeView(items, { cost: [band!] }, null);
		expect(await visibleNumbers(page)).toEqual([...expected.visible].sort((a, b) => a - b));
		expect(await box(page, 'cost', band!).isChecked()).toBe(true);
		for (const [value, n] of expected.counts['municipis-petits']) expect(await countOf(page, 'municipis-petits', value)).toBe(`(${n})`);
		await box(page, 'municipis-petits', fit!).check();
		expected = computeView(items, { cost: [band!], 'municipis-petits': [fit!] }, null);
		expect(await visibleNumbers(page)).toEqual([...expected.visible].sort((a, b) => a - b));
		for (const facet of ['temps', 'evidencia']) expect(await page.locator(`[data-facet="${facet}"] input`).count(), facet).toBeGreaterThanOrEqual(2);
		await page.context().close();
	});

	test('a value every action has filters nothing, so it is not offered; nor is a facet left with one value', async () => {
		const page = await open();
		const everywhere = (facet: string) => [...new Set(items.flatMap((i) => i.values[facet] ?? []))].filter((v) => items.every((i) => i.values[facet]!.includes(v)));
		// Every other value is offered (else a checkbox the test cannot find would count as "not offered").
		for (const facet of ['agents', 'escala', 'destinataris']) {
			const values = [...new Set(items.flatMap((i) => i.values[facet] ?? []))];
			expect(values.length, facet).toBeGreaterThan(1);
			for (const value of values) expect(await box(page, facet, value).count(), `${facet}=${value}`).toBe(everywhere(facet).includes(value) ? 0 : 1);
		}
		const provenances = new Set(model.actions.map((a) => a.provenance));
		expect(await page.locator('[data-facet="procedencia"]').count()).toBe(provenances.size >= 2 ? 1 : 0);
		await page.context().close();
	});

	test.each([
		['evidencia', (a: ModelAction) => model.decisionScales.evidence.length - rankOf(model.decisionScales.evidence, a.evidence.level)],
		['cost', (a: ModelAction) => -rankOf(model.decisionScales.cost, a.cost.band)],
		['numero', () => 0],
	] as const)('sorts by %s in one list, keeps the order in the URL and on reload, and goes back to the groups', async (sort, score) => {
		const page = await open();
		await page.selectOption('#catalogue-sort', sort);
		const expected = model.actions.toSorted((a, b) => score(b) - score(a) || a.number - b.number).map((a) => a.number);
		expect(await flatNumbers(page)).toEqual(expected);
		expect(page.url()).toContain(`ordre=${sort}`);
		expect(await page.isHidden('.catalogue__group')).toBe(true);
		await page.reload();
		await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
		expect(await flatNumbers(page)).toEqual(expected);
		expect(await page.inputValue('#catalogue-sort')).toBe(sort);
		// Filters apply to the sorted list too.
		const [audienceValue] = common((a) => a.audiences);
		await box(page, 'destinataris', audienceValue!).check();
		expect(await flatNumbers(page)).toEqual(expected.filter((n) => model.action(n).audiences.includes(audienceValue!)));
		await page.selectOption('#catalogue-sort', '');
		expect(await page.$$eval('[data-flat] > *', (els) => els.length)).toBe(0);
		expect(await page.isVisible('.catalogue__group h2')).toBe(true);
		expect(page.url()).not.toContain('ordre=');
		await page.context().close();
	});
});

describe('on a phone', () => {
	test('the facets fold under one line that counts the active filters, so the results come first', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url(`/actuacions/?destinataris=${audience}`));
		await page.waitForSelector('[data-filters]:not([hidden])');
		const summary = page.locator('[data-facets] > summary');
		expect(await summary.textContent()).toMatch(/^Filtres\s+\(1 actiu\)$/);
		expect(await box(page, 'destinataris', audience!).isVisible()).toBe(false);
		const firstResult = await page.locator('[data-item]:not([hidden])').first().boundingBox();
		expect(firstResult!.y).toBeLessThan(900);
		await summary.click();
		await box(page, 'dimensio', model.dimensionOf(model.actions[0]!).id).check();
		expect(await summary.textContent()).toMatch(/\(2 actius\)$/);
		await page.getByRole('button', { name: 'Esborra els filtres' }).first().click();
		expect(await summary.textContent()).toMatch(/^Filtres\s*$/);
		expect(await page.isHidden('.catalogue__clear')).toBe(true);
		await page.context().close();
	});

	test('on a wide screen the facets are open and need no toggle', async () => {
		const page = await open();
		expect(await page.isHidden('[data-facets] > summary')).toBe(true);
		expect(await box(page, 'destinataris', audience!).isVisible()).toBe(true);
		await page.context().close();
	});
});

describe('search and shareable state', () => {
	test('text search combines with facets, with Catalan stemming', async () => {
		const page = await open();
		await page.fill('#catalogue-q', 'mancomunada');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'mancomunada');
		// The full list is visible until the search answers; wait for the filtered view.
		await page.waitForFunction(() => document.querySelectorAll('[data-item]:not([hidden])').length < document.querySelectorAll('[data-item]').length);
		const found = await visibleNumbers(page);
		expect(found).toContain(20);
		await page.context().close();
	});

	test('a shared URL restores the view, and Back returns to the previous one', async () => {
		const page = await open(`?destinataris=${audience}`);
		const expected = model.actions.filter((a) => a.audiences.includes(audience!)).map((a) => a.number);
		expect(await visibleNumbers(page)).toEqual(expected);
		expect(await box(page, 'destinataris', audience!).isChecked()).toBe(true);

		await page.reload();
		await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
		expect(await visibleNumbers(page)).toEqual(expected);

		await box(page, 'agents', agentA!).check();
		expect(page.url()).toContain(`agents=${agentA}`);
		await page.goBack();
		await page.waitForFunction(() => !location.search.includes('agents='));
		expect(await visibleNumbers(page)).toEqual(expected);
		expect(await box(page, 'agents', agentA!).isChecked()).toBe(false);
		await page.context().close();
	});
});

describe('keyboard and accessibility', () => {
	test('filters work with the keyboard alone, and the count is announced', async () => {
		const page = await open();
		expect(await page.getAttribute('[data-status]', 'aria-live')).toBe('polite');
		await page.focus('#catalogue-q');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('catalogue-sort');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
		expect(focused).toBe('dimensio');
		await page.keyboard.press('Space');
		const dimension = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
		const expected = model.actions.filter((a) => model.dimensionOf(a).id === dimension).map((a) => a.number);
		expect(await visibleNumbers(page)).toEqual(expected);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.context().close();
	});

	test.each(['', `?destinataris=${audience}`, '?dimensio=x&escala=y', '?ordre=evidencia&cost=baix'])('axe finds no violations (%s)', async (query) => {
		const page = await open(query);
		const violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.context().close();
	});
});
