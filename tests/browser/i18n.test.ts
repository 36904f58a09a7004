/**
 * Catalan, Spanish and English: every page in every language, language switching, `lang` on
 * foreign text, and search per language on the real Pagefind indexes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACTION_SECTIONS } from '../../src/schemas/sections.ts';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { readUiStrings } from '../../src/lib/content-files.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();
const LOCALES = [
	{ prefix: '', lang: 'ca', action: 'Actuació' },
	{ prefix: '/es', lang: 'es', action: 'Actuación' },
	{ prefix: '/en', lang: 'en', action: 'Action' },
] as const;

/** Starlight's "this page is not translated" notice, in each language: the project's override of
 * `i18n.untranslatedContent` in content/i18n, or Starlight's own string. */
const UNTRANSLATED_NOTICE: Record<string, string> = {};
for (const { lang } of LOCALES) {
	const starlight = (await import(join(ROOT, `node_modules/@astrojs/starlight/dist/translations/${lang}.js`))).default as Record<string, string>;
	UNTRANSLATED_NOTICE[lang] = String(readUiStrings(ROOT, lang)?.['i18n.untranslatedContent'] ?? starlight['i18n.untranslatedContent']);
}

describe.each(LOCALES)('$lang', ({ prefix, lang, action: word }) => {
	test('every action page is in the language, with the fixed section ids', () => {
		for (const action of model.actions) {
			const page = readPage(`${prefix}/actuacions/${action.slug}/`);
			expect(page.querySelector('html')!.getAttribute('lang'), action.slug).toBe(lang);
			expect(text(page.querySelector('h1')), action.slug).toMatch(new RegExp(`^${word} ${action.number} — `));
			expect(page.querySelectorAll('.action-sheet h2').map((h) => h.id)).toEqual(ACTION_SECTIONS.map((s) => s.id));
			expect(page.querySelectorAll('.action-sheet h2').map((h) => text(h))).toEqual(ACTION_SECTIONS.map((s) => s.heading[lang]));
			// Translated, not a fallback: no Catalan-marked body.
			if (lang !== 'ca') expect(page.querySelector('.action-sheet')!.hasAttribute('lang'), action.slug).toBe(false);
		}
	});

	test('every chapter, experience and site page exists and is not a fallback', () => {
		expect(UNTRANSLATED_NOTICE[lang]).toMatch(/\p{L}{3,}.* \p{L}{3,}/u);
		const paths = [
			'/', '/sobre/', '/accessibilitat/', '/dades-obertes/', '/actuacions/', '/experiencies/', '/dimensions-estrategies-actuacions/', '/com-llegir-les-fitxes/',
			...model.actions.map((a) => `/actuacions/${a.slug}/`),
			...model.chapters.map((c) => `/guia/${c.slug}/`),
			...model.experiences.map((e) => `/experiencies/${e.slug}/`),
			...model.dimensions.map((d) => `/dimensions/${d.id}/`),
			...model.strategies.map((s) => `/estrategies/${s.id}/`),
		];
		for (const path of paths) {
			const page = readPage(`${prefix}${path}`);
			expect(page.querySelector('html')!.getAttribute('lang'), path).toBe(lang);
			expect(text(page.querySelector('main')), `${prefix}${path} mostra l'avís de pàgina no traduïda`).not.toContain(UNTRANSLATED_NOTICE[lang]);
			// Language links name each language in itself, a source's own headline is quoted in its
			// language (an experience's headline, an evidence source's title, the title of the guide's page
			// a sheet is based on), a Catalan law keeps its official title, and a place or a body keeps
			// its proper name (Catalan toponyms are official in every language); anything else marked
			// Catalan is untranslated text.
			if (lang === 'ca') continue;
			const catalan = page
				.querySelectorAll('main [lang="ca"]:not([hreflang])')
				.filter((el) => !el.closest('.site-footer') && !el.matches('.experience-source q, .glance__sources a, .plan__legal [lang="ca"], .cite__source, .experience-facts [data-proper-name]'));
			expect(catalan.map((el) => text(el).slice(0, 60)), `${prefix}${path} té text en català`).toEqual([]);
		}
	});

	test('pages carry hreflang alternates for the three languages', () => {
		const page = readPage(`${prefix}/actuacions/${model.actions[0]!.slug}/`);
		const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
		expect(alternates).toEqual(expect.arrayContaining(['ca', 'es', 'en']));
	});

	test('number permalinks work in the language', () => {
		for (const action of model.actions) expect(existsSync(join(DIST, `${prefix}/actuacions/${action.number}/index.html`))).toBe(true);
	});

	test('the catalogue facets and the data page are translated', () => {
		const main = readPage(`${prefix}/actuacions/`).querySelector('main')!;
		const legends = main.querySelectorAll('legend').map(text);
		const expected = { ca: 'Persones destinatàries', es: 'Personas destinatarias', en: 'Target groups' }[lang];
		expect(legends).toContain(expected);
	});
});

test('text in another language inside a page carries its own lang', () => {
	const quoted = model.experiences.filter((e) => e.originalTitle);
	expect(quoted.length).toBeGreaterThan(0);
	for (const experience of quoted) {
		for (const { prefix } of LOCALES) {
			// The source's headline, quoted in its language (a proper name is Catalan too, see above).
			const el = readPage(`${prefix}/experiencies/${experience.slug}/`).querySelector(`main [lang="${experience.language}"]:not([data-proper-name])`);
			expect(text(el), `${prefix}/experiencies/${experience.slug}/`).toBe(experience.originalTitle);
		}
	}
});

test('the footer links the same page in the other languages', () => {
	const slug = model.actions[0]!.slug;
	const links = readPage(`/es/actuacions/${slug}/`).querySelectorAll('.site-footer a[hreflang]').map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
	expect(links).toEqual([['ca', `/actuacions/${slug}/`], ['en', `/en/actuacions/${slug}/`]]);
});

describe('search is per language', () => {
	const query = async (path: string, term: string) => {
		const page = await site.page();
		await page.goto(site.url(path));
		const urls = await page.evaluate(async (q) => {
			const pagefind = await (0, eval)("import('/pagefind/pagefind.js')");
			await pagefind.options({ baseUrl: '/' });
			const result = await pagefind.search(q);
			const data = await Promise.all(result.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
			return data.map((d: { url: string }) => d.url);
		}, term);
		await page.context().close();
		return urls as string[];
	};

	test.each(LOCALES)('the $lang index holds only $lang pages', async ({ prefix, lang }) => {
		const term = { ca: 'joves', es: 'jóvenes', en: 'young' }[lang];
		const urls = await query(`${prefix}/`, term);
		expect(urls.length).toBeGreaterThan(3);
		for (const url of urls) {
			if (lang === 'ca') expect(url).not.toMatch(/^\/(es|en)\//);
			else expect(url.startsWith(`${prefix}/`), url).toBe(true);
		}
	});

	test('the Spanish search finds a Spanish action by its Spanish title', async () => {
		const action = model.action(20);
		const title = text(readPage(`/es/actuacions/${action.slug}/`).querySelector('h1')).replace(/^Actuación \d+ — /, '');
		const urls = await query('/es/', title);
		expect(urls.slice(0, 3)).toContain(`/es/actuacions/${action.slug}/`);
	});
});
