/**
 * Search works in Catalan on the built site: the real Pagefind index produced by the build,
 * queried through Pagefind's JS API in Chromium. Queries come from the content, not from a list.
 */
import { expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();

async function search(term: string, limit = 10, path = '/'): Promise<string[]> {
	const page = await site.page();
	await page.goto(site.url(path));
	const urls = await page.evaluate(async ([q, n]) => {
		const pagefind = await (0, eval)("import('/pagefind/pagefind.js')");
		await pagefind.options({ baseUrl: '/' });
		const result = await pagefind.search(q);
		const data = await Promise.all(result.results.slice(0, n).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
		return data.map((d: { url: string }) => d.url);
	}, [term, limit] as const);
	await page.context().close();
	return urls;
}

// Whole words only: Pagefind indexes an elided form such as «s'integren» as one token.
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

test('Catalan stemming: «mancomunada» finds «Accions mancomunades»', async () => {
	expect((await search('mancomunada')).slice(0, 3)).toContain('/actuacions/accions-mancomunades/');
});
