/**
 * Search works in Catalan on the built site: the real Pagefind index produced by the build,
 * queried through Pagefind's JS API in Chromium. Queries come from the content, not from a list.
 */
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();

/** One page per starting path, with Pagefind loaded once and queried by every test. */
const searchPages = new Map<string, Promise<Page>>();
afterAll(async () => {
	for (const page of searchPages.values()) await (await page).context().close();
});

async function search(term: string, limit = 10, path = '/'): Promise<string[]> {
	if (!searchPages.has(path)) {
		searchPages.set(path, (async () => {
			const page = await site.page();
			await page.goto(site.url(path));
			await page.evaluate(async () => {
				const pagefind = await (0, eval)("import('/pagefind/pagefind.js')");
				await pagefind.options({ baseUrl: '/' });
				(window as unknown as { pagefind: unknown }).pagefind = pagefind;
			});
			return page;
		})());
	}
	const page = await searchPages.get(path)!;
	return page.evaluate(async ([q, n]) => {
		const { pagefind } = window as unknown as { pagefind: { search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } };
		const result = await pagefind.search(q);
		const data = await Promise.all(result.results.slice(0, n).map((r) => r.data()));
		return data.map((d) => d.url);
	}, [term, limit] as const);
}

// Whole words only, not the ones after an apostrophe (those have a test of their own).
const words = (s: string) => s.toLowerCase().match(/(?<![a-zàèéíïòóúüç·'’])[a-zàèéíïòóúüç·l]{8,}/g) ?? [];
const methodology = (body: string) => body.split(/^## /m).find((s) => s.startsWith('Metodologia')) ?? '';

test.each(model.actions.map((a) => [a.number, a.title, a.slug] as const))('action %i is found by its title «%s»', async (_, title, slug) => {
	const urls = await search(title);
	expect(urls.slice(0, 3)).toContain(`/actuacions/${slug}/`);
});

test.each(model.actions.map((a) => [a.number, a] as const))('action %i is found by a distinctive word of its methodology', async (_, action) => {
	// The word of its methodology that the fewest other pages use (actions, chapters, experiences).
	const others = [...model.actions.filter((a) => a !== action), ...model.chapters, ...model.experiences].map((o) => new Set(words(o.body)));
	const candidates = [...new Set(words(methodology(action.body)))].map((w) => [w, others.filter((o) => o.has(w)).length] as const);
	const [word] = candidates.sort((a, b) => a[1] - b[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]!;
	// Stemming widens a word to its family («dinamitzador» also finds «dinamització»), so the
	// sheet may rank below the tenth result: it must be among them all.
	const urls = await search(word, Infinity);
	expect(urls, `cerca «${word}»`).toContain(`/actuacions/${action.slug}/`);
});

test("a word after an elided article or pronoun («l'alumnat», «d'orientació») is found on its own", async () => {
	// What each built sheet says, apostrophes as a reader types them.
	const sheets = model.actions.map((a) => [a, text(readPage(`/actuacions/${a.slug}/`).querySelector('main')).toLowerCase().replaceAll('’', "'")] as const);
	const elided = (page: string) => [...page.matchAll(/\b[dlmnst]'([a-zàèéíïòóúüç·]{7,})/g)].map((m) => m[1]!);
	const bare = (page: string, w: string) => new RegExp(`(?<![a-zàèéíïòóúüç·'])${w}`).test(page);
	// The rarest word that a sheet only ever writes after an apostrophe, and that sheet.
	const [word, action] = sheets
		.flatMap(([a, page]) => elided(page).filter((w) => !bare(page, w)).map((w) => [w, a] as const))
		.map(([w, a]) => [w, a, sheets.filter(([, page]) => page.includes(w)).length] as const)
		.sort((x, y) => x[2] - y[2] || x[0].localeCompare(y[0]))[0]!;
	expect(await search(word, Infinity), `cerca «${word}»`).toContain(`/actuacions/${action.slug}/`);
});

test('Catalan stemming: «mancomunada» finds «Accions mancomunades»', async () => {
	expect((await search('mancomunada')).slice(0, 3)).toContain('/actuacions/accions-mancomunades/');
});
