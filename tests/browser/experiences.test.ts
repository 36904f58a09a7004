/**
 * The experiences list `/experiencies/` and the proposal form `/proposa-experiencia/`, driven in
 * Chromium. The list filters like the catalogue (comarca, population band, ownership, action,
 * dimension), with counts, its state in the URL, a full list without JavaScript, and no axe
 * violations. The form checks its fields in the browser and prepares the file and the email.
 * Expected results are computed from the content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { computeView, EXPERIENCE_FACETS, NO_POPULATION, type FacetItem } from '../../src/lib/facets.ts';
import { populationBand } from '../../src/schemas/experiences.ts';
import { axe, describeViolations } from '../helpers/browser.ts';
import { loadModel, type ModelExperience } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();

const valuesOf = (e: ModelExperience) => ({
	comarca: [e.place.comarca],
	poblacio: [e.place.population ? populationBand(e.place.population.inhabitants) : NO_POPULATION],
	titularitat: [e.ownership],
	actuacio: e.actions.map(String),
	dimensio: [...new Set(e.actions.map((n) => model.dimensionOf(model.action(n)).id))],
});
const bySlug = new Map(model.experiences.map((e) => [e.slug, e]));

const visibleSlugs = (page: Page) =>
	page.$$eval('[data-item]:not([hidden]) .action-card__title a', (as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)!).sort());
const expectedSlugs = (selection: Record<string, string[]>) => {
	const slugs = [...bySlug.keys()];
	const items: FacetItem[] = slugs.map((slug, i) => ({ number: i, values: valuesOf(bySlug.get(slug)!) }));
	const view = computeView(items, selection, null, EXPERIENCE_FACETS);
	return { slugs: [...view.visible].map((i) => slugs[i]!).sort(), view };
};
const countOf = (page: Page, facet: string, value: string) =>
	page.locator(`label:has(input[name="${facet}"][value="${value}"]) [data-count]`).textContent();
const plural = (n: number) => `${n} ${n === 1 ? 'experiència' : 'experiències'}`;

/** The most frequent value of a facet: a filter that really narrows the list. */
const mostCommon = (facet: keyof ReturnType<typeof valuesOf>) => {
	const counts = new Map<string, number>();
	for (const e of model.experiences) for (const v of valuesOf(e)[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
};

const open = (query = '') => site.openList(`/experiencies/${query}`);

describe('the experiences list', () => {
	test('without JavaScript is the complete, readable list', async () => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url('/experiencies/'));
		expect(await page.$$eval('[data-item]', (els) => els.length)).toBe(model.experiences.length);
		expect(await page.isHidden('[data-filters]')).toBe(true);
		expect(await page.$$eval('[data-item] .action-card__meta', (els) => els.every((el) => /Lloc/.test(el.textContent ?? '')))).toBe(true);
		await page.context().close();
	});

	test('offers the five facets, with the counts of the content', async () => {
		const page = await open();
		expect(await page.$$eval('[data-facet]', (fs) => fs.map((f) => (f as HTMLElement).dataset.facet))).toEqual([...EXPERIENCE_FACETS]);
		expect(await page.textContent('[data-status]')).toBe(plural(model.experiences.length));
		const { view } = expectedSlugs({});
		for (const facet of EXPERIENCE_FACETS) {
			for (const [value, n] of view.counts[facet]) expect(await countOf(page, facet, value), `${facet}=${value}`).toBe(`(${n})`);
		}
		await page.context().close();
	});

	test('filters by comarca, ownership, population band, action and dimension, and the URL follows', async () => {
		const page = await open();
		const [comarca] = mostCommon('comarca');
		await page.locator(`input[name="comarca"][value="${comarca}"]`).check();
		let selection: Record<string, string[]> = { comarca: [comarca!] };
		expect(await visibleSlugs(page)).toEqual(expectedSlugs(selection).slugs);
		expect(page.url()).toContain(`comarca=${comarca}`);

		await page.locator('input[name="comarca"]').first().uncheck().catch(() => undefined);
		await page.goto(site.url('/experiencies/'));
		await page.waitForSelector('[data-filters]:not([hidden])');
		for (const facet of ['titularitat', 'poblacio', 'actuacio', 'dimensio'] as const) {
			const [value] = mostCommon(facet);
			await page.locator(`input[name="${facet}"][value="${value}"]`).check();
			selection = { [facet]: [value!] };
			expect(await visibleSlugs(page), `${facet}=${value}`).toEqual(expectedSlugs(selection).slugs);
			expect(page.url()).toContain(`${facet}=${value}`);
			await page.locator(`input[name="${facet}"][value="${value}"]`).uncheck();
		}

		const [owner] = mostCommon('titularitat');
		const [action] = mostCommon('actuacio');
		await page.locator(`input[name="titularitat"][value="${owner}"]`).check();
		await page.locator(`input[name="actuacio"][value="${action}"]`).check();
		selection = { titularitat: [owner!], actuacio: [action!] };
		const expected = expectedSlugs(selection);
		expect(await visibleSlugs(page)).toEqual(expected.slugs);
		expect(await page.textContent('[data-status]')).toBe(plural(expected.slugs.length));
		await page.context().close();
	});

	test('a shared URL restores the view', async () => {
		const [owner] = mostCommon('titularitat');
		const [dimension] = mostCommon('dimensio');
		const page = await open(`?titularitat=${owner}&dimensio=${dimension}`);
		expect(await page.locator(`input[name="titularitat"][value="${owner}"]`).isChecked()).toBe(true);
		expect(await visibleSlugs(page)).toEqual(expectedSlugs({ titularitat: [owner!], dimensio: [dimension!] }).slugs);
		await page.context().close();
	});

	test('has no axe violations, filtered or not, on a wide screen and on a phone', async () => {
		for (const width of [1280, 390]) {
			const page = await site.page({ width });
			await page.goto(site.url(`/experiencies/?titularitat=${mostCommon('titularitat')[0]}`));
			await page.waitForSelector('[data-filters]:not([hidden])');
			const violations = await axe(page);
			expect(violations, describeViolations(violations)).toEqual([]);
			await page.context().close();
		}
	});
});

describe('the proposal form', () => {
	const openForm = async (query = '') => {
		const page = await site.page();
		await page.goto(site.url(`/proposa-experiencia/${query}`));
		await page.waitForSelector('[data-proposal]:not([hidden])');
		return page;
	};

	test('without JavaScript offers a template and the GitHub form instead of a form that cannot work', async () => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url('/proposa-experiencia/'));
		expect(await page.isHidden('[data-proposal]')).toBe(true);
		expect(await page.textContent('main noscript')).toContain('source.url: https://');
		expect(await page.getAttribute('main noscript a', 'href')).toMatch(/\/issues\/new\?template=experiencia\.yml/);
		await page.context().close();
	});

	test('an action sheet links to it with its action ticked', async () => {
		const action = model.actions[0]!;
		const page = await site.page();
		await page.goto(site.url(`/actuacions/${action.slug}/`));
		await page.click('.feedback__links a:text("Proposa una experiència")');
		await page.waitForSelector('[data-proposal]:not([hidden])');
		expect(page.url()).toContain(`actuacio=${action.number}`);
		expect(await page.locator(`input[name="actions"][value="${action.number}"]`).isChecked()).toBe(true);
		await page.context().close();
	});

	test('the page loads light: the checks arrive only when the person starts filling the form', async () => {
		const page = await site.page();
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(site.url('/proposa-experiencia/'));
		await page.waitForSelector('[data-proposal]:not([hidden])');
		await page.waitForTimeout(300);
		const rules = (url: string) => /\/_astro\/proposal\.[^/]*\.js$/.test(url);
		expect(scripts.filter(rules)).toEqual([]);
		await Promise.all([page.waitForRequest((r) => rules(r.url())), page.focus('#p-sourceUrl')]);
		expect(scripts.filter(rules)).toHaveLength(1);
		await page.context().close();
	});

	test('an incomplete proposal names each field to fix, beside it and in a summary, and passes axe', async () => {
		const page = await openForm();
		await page.fill('#p-title', 'Sala');
		await page.fill('#p-sourceUrl', 'http://insegur.example/noticia');
		await page.click('button[type="submit"]');
		await page.waitForSelector('[data-summary]:not([hidden])');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary'))).toBe(true);
		const summary = await page.textContent('[data-summary]');
		expect(summary).toContain('Títol, en català i amb paraules teves: És massa curt: té 4 caràcters');
		expect(summary).toContain("Adreça de la pàgina (https://): «http://insegur.example/noticia» no és vàlid: ha de ser una adreça web completa que comenci per https://.");
		expect(summary).toContain('Comarca: Tria una comarca de la llista');
		expect(await page.getAttribute('#p-title', 'aria-invalid')).toBe('true');
		expect(await page.isVisible('#p-title-error')).toBe(true);
		expect(await page.getAttribute('#p-title', 'aria-describedby')).toContain('p-title-error');
		expect(await page.isHidden('[data-ready]')).toBe(true);
		const violations = await axe(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await page.context().close();
	});

	test('a complete proposal gives the experience file and a prefilled email', async () => {
		const page = await openForm('?actuacio=4');
		await page.fill('#p-sourceUrl', 'https://www.example.cat/noticia-sala-estudi');
		await page.fill('#p-publisher', 'Ajuntament de Vilaexemple');
		await page.fill('#p-title', "Una sala d'estudi oberta durant els exàmens");
		await page.fill('#p-summary', "L'ajuntament va obrir una sala d'estudi les nits de maig i juny perquè els joves poguessin preparar els exàmens.");
		await page.fill('#p-whatWasDone', "L'espai jove va obrir de vuit a dotze de la nit durant les setmanes d'exàmens, amb una persona dinamitzadora i places per a una cinquantena d'estudiants de batxillerat i universitat.");
		await page.fill('#p-forWhom', 'Joves que preparen els exàmens de final de curs.');
		await page.fill('#p-promoter', 'Ajuntament de Vilaexemple');
		await page.check('input[name="ownership"][value="ajuntament"]');
		await page.fill('#p-placeName', 'Vilaexemple');
		await page.selectOption('#p-comarca', 'osona');
		await page.click('button[type="submit"]');
		await page.waitForSelector('[data-ready]:not([hidden])');
		const mdx = await page.inputValue('[data-preview]');
		expect(mdx).toMatch(/^---\ntitle: "Una sala d'estudi oberta durant els exàmens"\n/);
		expect(mdx).toContain('  comarca: "osona"\nownership: "ajuntament"');
		expect(mdx).toContain('actions: [4]');
		expect(mdx).toContain("## Què es va fer\n\nL'espai jove va obrir");
		const href = (await page.getAttribute('[data-email]', 'href'))!;
		expect(href.startsWith('mailto:')).toBe(true);
		expect(decodeURIComponent(href)).toContain(mdx.trim().split('\n')[1]!);
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download]')]);
		expect(download.suggestedFilename()).toBe('vilaexemple-una-sala-destudi-oberta-durant-els-examens.mdx');
		await page.context().close();
	});
});
