/**
 * Long lists: a synthetic site with more actions and experiences than fit a page (`paging.ts`),
 * built once. Without JavaScript, the static pages together list every item once, linked by a
 * pagination nav; each page, with the styles and scripts it loads, weighs under 300 kB, and the
 * list's index is not fetched until the reader reaches for the filters. With JavaScript, the
 * filters count and show the matching items of every page, drawn like the server's cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticSite } from '../../scripts/lib/synthetic.ts';
import { decodeItems, type ListIndex } from '../../src/lib/list-index.ts';
import { PAGE_SIZE, pagePath, type PagedList } from '../../src/lib/paging.ts';
import { axe, describeViolations } from '../helpers/browser.ts';
import { buildProject, tempDir } from '../helpers/fixture-project.ts';
import { readPage, text } from '../helpers/html.ts';
import { pageWeight } from '../helpers/page-weight.ts';
import { useSite } from '../helpers/site.ts';

const ACTIONS = PAGE_SIZE.actuacions + 10;
const EXPERIENCES = PAGE_SIZE.experiencies + 10;
const dir = tempDir('paged-');
const dist = join(dir, 'dist');

beforeAll(() => {
	writeSyntheticSite(dir, ACTIONS, EXPERIENCES);
	const { status, output } = buildProject(dir);
	expect(status, output.slice(-3000)).toBe(0);
}, 600_000);
const site = useSite(dist);

const index = (list: PagedList, locale = '') => JSON.parse(readFileSync(join(dist, locale, list, 'index.json'), 'utf8')) as ListIndex;
const pages = (list: PagedList, count: number) => Array.from({ length: Math.ceil(count / PAGE_SIZE[list]) }, (_, i) => pagePath(list, i + 1));

describe.each([
	['actuacions', ACTIONS],
	['experiencies', EXPERIENCES],
] as const)('/%s/ with %i items', (list, count) => {
	test('without JavaScript, the pages together list every item once, linked by a pagination nav', () => {
		const paths = pages(list, count);
		expect(paths.length).toBe(2);
		const seen: string[] = [];
		for (const [i, path] of paths.entries()) {
			const page = readPage(path, dist);
			const items = page.querySelectorAll('[data-item]').map((li) => li.querySelector('.action-card__title a')!.getAttribute('href')!);
			expect(items.length).toBeLessThanOrEqual(PAGE_SIZE[list]);
			seen.push(...items);
			const nav = page.querySelector('nav[aria-label="Pàgines de la llista"]')!;
			expect(nav, path).not.toBeNull();
			expect(nav.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(paths));
			expect(text(nav.querySelector('[aria-current="page"]'))).toContain(String(i + 1));
		}
		// Every item of the list, by its link, once.
		const all = index(list).items.map(([, , , card]) => `/${list}/${card[0]}/`);
		expect(seen.toSorted()).toEqual(all.toSorted());
		expect(new Set(seen).size).toBe(count);
	});

	test('the other languages page too, with their own labels', () => {
		const page = readPage(`/es${pagePath(list, 2)}`, dist);
		expect(page.querySelector('nav[aria-label="Páginas de la lista"]')).not.toBeNull();
		expect(text(page.querySelector('nav [rel="prev"]'))).toContain('Anterior');
		expect(readPage(`/en${pagePath(list, 1)}`, dist).querySelector('nav[aria-label="Pages of the list"] [rel="next"]')).not.toBeNull();
	});

	test('a full page with its styles and scripts weighs under 300 kB, and the index waits for the filters', async () => {
		expect(pageWeight(pagePath(list, 1), dist).total).toBeLessThan(300_000);
		const page = await site.page();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(site.url(pagePath(list, 1)));
		await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
		expect(fetched).not.toContain(`/${list}/index.json`);
		const fetching = page.waitForResponse((response) => response.url().endsWith(`/${list}/index.json`));
		await page.hover('[data-filters]');
		expect((await fetching).ok()).toBe(true);
		await page.close();
	});
});

describe('with JavaScript, the filters cover every page', () => {
	test('the catalogue counts and shows matches from every page, a page at a time', async () => {
		const data = index('actuacions');
		const items = decodeItems(data);
		const page = await site.openList('/actuacions/');
		expect(await page.textContent('[data-status]')).toBe(`${ACTIONS} actuacions`);
		// The value most items have, so that its matches span both static pages.
		const box = page.locator('input[name="destinataris"]');
		const values = await box.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
		const value = values.toSorted((a, b) => items.filter((i) => i.values.destinataris!.includes(b)).length - items.filter((i) => i.values.destinataris!.includes(a)).length)[0]!;
		const expected = items.filter((i) => i.values.destinataris!.includes(value)).map((i) => i.number);
		expect(expected.some((n) => !data.items.slice(0, PAGE_SIZE.actuacions).some(([key]) => key === n))).toBe(true);
		await page.check(`input[name="destinataris"][value="${value}"]`);
		await page.waitForFunction((n) => document.querySelector('[data-status]')?.textContent === `${n} ${n === 1 ? 'actuació' : 'actuacions'}`, expected.length);
		expect(page.url()).toContain(`destinataris=${value}`);
		// The page's own list gives way to one list of the matches, the first page's worth of them.
		expect(await page.isHidden('[data-page]')).toBe(true);
		const shown = async () => page.$$eval('[data-flat] > [data-item] .action-card', (cards) => cards.map((c) => Number((c as HTMLElement).dataset.number)));
		const first = await shown();
		expect(first).toEqual(expected.slice(0, PAGE_SIZE.actuacions));
		// A card from another page reads like the server's: its own number, title, link and facts.
		const other = data.items.find(([key]) => first.includes(key) && !data.items.slice(0, PAGE_SIZE.actuacions).some(([k]) => k === key)) ?? data.items.find(([key]) => first.includes(key))!;
		const card = page.locator(`[data-flat] .action-card[data-number="${other[0]}"]`);
		expect(await card.locator('.action-card__title a').getAttribute('href')).toBe(`/actuacions/${other[3][0]}/`);
		expect(await card.locator('.action-card__title').textContent()).toContain(other[3][1] as string);
		expect(await card.locator('.action-card__kicker').textContent()).toContain(`Actuació ${other[0]}`);
		expect(await card.locator('[data-select]').getAttribute('data-select')).toBe(String(other[0]));
		if (expected.length > PAGE_SIZE.actuacions) {
			await page.click('[data-more] button');
			await page.waitForFunction((n) => document.querySelectorAll('[data-flat] > [data-item]').length === n, expected.length);
			expect(await shown()).toEqual(expected);
			expect(await page.isHidden('[data-more]')).toBe(true);
		}
		expect(describeViolations(await axe(page))).toBe('');
		// Clearing the filters brings the page's own list back.
		await page.click('[data-filters] [data-clear]');
		await page.waitForFunction((n) => document.querySelector('[data-status]')?.textContent === `${n} actuacions`, ACTIONS);
		expect(await page.isVisible('[data-page]')).toBe(true);
		await page.close();
	});

	test('a shared filtered link to a page of the catalogue restores the view over every page', async () => {
		const items = decodeItems(index('actuacions'));
		const last = items.at(-1)!;
		const strategy = last.values.estrategia![0]!;
		const expected = items.filter((i) => i.values.estrategia!.includes(strategy)).map((i) => i.number);
		const page = await site.openList(`${pagePath('actuacions', 2)}?estrategia=${strategy}`);
		await page.waitForFunction(() => !document.querySelector('.catalogue--pending'));
		expect(await page.$$eval('[data-flat] > [data-item] .action-card', (cards) => cards.map((c) => Number((c as HTMLElement).dataset.number)))).toEqual(expected);
		await page.close();
	});

	test('when the index cannot be fetched, the list says so instead of a count, and the next change tries again', async () => {
		const items = decodeItems(index('actuacions'));
		const strategy = items.at(-1)!.values.estrategia![0]!;
		const expected = items.filter((i) => i.values.estrategia!.includes(strategy)).map((i) => i.number);
		const page = await site.page();
		await page.route('**/actuacions/index.json', (route) => route.abort());
		await page.goto(site.url(`/actuacions/?estrategia=${strategy}`));
		await expect.poll(() => page.textContent('[data-status]')).toBe("No s'ha pogut carregar la llista completa per filtrar-la. Comproveu la connexió i torneu a triar un filtre; mentrestant, la pàgina mostra els seus elements sense filtrar.");
		expect(await page.isVisible('[data-page]')).toBe(true);
		await page.unroute('**/actuacions/index.json');
		// Unticking and ticking the filter again fetches the index and shows the matches from every page.
		const box = page.locator(`input[name="estrategia"][value="${strategy}"]`);
		await box.uncheck();
		await box.check();
		await page.waitForFunction((n) => document.querySelector('[data-status]')?.textContent === `${n} actuacions`, expected.length);
		expect(await page.$$eval('[data-flat] > [data-item] .action-card', (cards) => cards.map((c) => Number((c as HTMLElement).dataset.number)))).toEqual(expected.slice(0, PAGE_SIZE.actuacions));
		await page.close();
	});

	test('the experiences list offers every action once asked, and filters by one beyond the first ones', async () => {
		const data = index('experiencies');
		const items = decodeItems(data);
		const page = await site.openList('/experiencies/');
		const before = await page.locator('input[name="actuacio"]').count();
		expect(before).toBeLessThan(ACTIONS);
		await page.click('[data-facet="actuacio"] [data-all]');
		await page.waitForFunction((n) => document.querySelectorAll('input[name="actuacio"]').length === n, ACTIONS);
		// An action whose box was not on the page: the one with the fewest experiences, but some.
		const counts = new Map(data.values[data.facets.indexOf('actuacio')]!.map((id) => [id, items.filter((i) => i.values.actuacio!.includes(id)).length]));
		const action = [...counts].filter(([, n]) => n > 0).toSorted((a, b) => a[1] - b[1])[0]![0];
		await page.check(`input[name="actuacio"][value="${action}"]`);
		const expected = items.filter((i) => i.values.actuacio!.includes(action)).map((i) => i.number);
		await page.waitForFunction((n) => document.querySelectorAll('[data-flat] > [data-item]').length === n, expected.length);
		const titles = await page.$$eval('[data-flat] .action-card__title a', (as) => as.map((a) => a.getAttribute('href')));
		expect(titles).toEqual(expected.map((n) => `/experiencies/${data.items.find(([key]) => key === n)![3][0]}/`));
		expect(page.url()).toContain(`actuacio=${action}`);
		await page.close();
	});
});
