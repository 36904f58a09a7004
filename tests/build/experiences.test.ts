/**
 * Real experiences (issue 12): how many there are and how they cover the actions, their sources,
 * the four withdrawn news items, and what the built pages show of them: the experience page,
 * the action sheet's list in order, the catalogue cards' counts and the open data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RETIRED_EXPERIENCES } from '../../src/lib/redirect-paths.ts';
import { POPULATION_BANDS, populationBand } from '../../src/schemas/experiences.ts';
import { loadModel, type ModelExperience } from '../helpers/content-model.ts';
import type { HTMLElement } from 'node-html-parser';
import { readPage, text } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const model = loadModel();
const { experiences } = model;
const comarcaName = (id: string) => model.comarques.find((c) => c.id === id)!.name.ca;
const year = (e: ModelExperience) => String(e.date ?? e.source.date ?? '').slice(0, 4);
/** The value beside a label in a facts list (`<dt>label</dt><dd>value</dd>`). */
const fact = (list: HTMLElement | null, label: string) => text(list?.querySelectorAll('div').find((d) => text(d.querySelector('dt')) === label)?.querySelector('dd'));

describe('the collection', () => {
	test('holds at least 30 experiences', () => {
		expect(experiences.length).toBeGreaterThanOrEqual(30);
	});

	// The guide's actions (issue 12). An action an editor adds starts with none, and its sheet says so.
	test("every one of the guide's actions has at least one experience, and at least 14 have two or more", () => {
		const guideActions = model.actions.filter((a) => a.provenance === 'guia');
		expect(guideActions.length).toBeGreaterThanOrEqual(17);
		const counts = guideActions.map((a) => [a.number, model.experiencesOf(a.number).length] as const);
		expect(counts.filter(([, n]) => n === 0), 'actions without experiences').toEqual([]);
		expect(counts.filter(([, n]) => n >= 2).length).toBeGreaterThanOrEqual(14);
	});

	test('every source is an https address, and no two experiences share one', () => {
		const urls = experiences.map((e) => e.source.url);
		expect(urls.filter((u) => !/^https:\/\/[^/]+\.[^/]+\//.test(u))).toEqual([]);
		const seen = new Map<string, string>();
		const shared = experiences.filter((e) => {
			const key = e.source.url.replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
			if (seen.has(key)) return true;
			seen.set(key, e.slug);
			return false;
		});
		expect(shared.map((e) => `${e.slug} = ${seen.get(e.source.url.replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase())}`)).toEqual([]);
	});

	test('every population figure cites an https page', () => {
		const withPopulation = experiences.filter((e) => e.place.population);
		expect(withPopulation.length).toBeGreaterThan(0);
		for (const e of withPopulation) expect(e.place.population!.sourceUrl, e.slug).toMatch(/^https:\/\//);
	});

	test('every experience has an es and an en translation that says for whom, like the master', () => {
		for (const locale of ['es', 'en']) {
			for (const e of experiences) {
				const source = readFileSync(join(ROOT, 'content/experiencies', locale, `${e.slug}.mdx`), 'utf8');
				expect(source, `${locale}/${e.slug}`).toMatch(/^forWhom: \S/m);
				expect(source, `${locale}/${e.slug} has no promoter`).toMatch(/^promoter: \S/m);
				if (e.funding) expect(source, `${locale}/${e.slug} has no funding`).toMatch(/^funding: \S/m);
			}
		}
	});
});

describe('the four withdrawn news items', () => {
	test.each(RETIRED_EXPERIENCES.map((r) => [r.slug, r.chapter]))('/experiencies/%s/ redirects to the chapter %s in every language', (slug, chapter) => {
		for (const prefix of ['', '/es', '/en']) {
			const html = readFileSync(join(DIST, prefix, 'experiencies', slug, 'index.html'), 'utf8');
			expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${prefix}/guia/${chapter}/">`);
		}
	});

	test('are no longer experiences, nor linked from any action, chapter or list', () => {
		const slugs = RETIRED_EXPERIENCES.map((r) => r.slug);
		expect(experiences.filter((e) => slugs.includes(e.slug))).toEqual([]);
		const pages = ['/experiencies/', ...model.actions.map((a) => `/actuacions/${a.slug}/`), ...RETIRED_EXPERIENCES.map((r) => `/guia/${r.chapter}/`)];
		for (const page of pages) {
			const hrefs = readPage(page).querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
			expect(hrefs.filter((h) => slugs.some((s) => h.includes(s))), page).toEqual([]);
		}
	});
});

describe('an experience page', () => {
	test.each(experiences.map((e) => [e.slug, e]))('%s links its source and says when it was published and checked', (slug, e) => {
		const main = readPage(`/experiencies/${slug}/`).querySelector('main')!;
		const source = main.querySelector('.experience-source')!;
		expect(source.querySelector(`a[href="${e.source.url}"]`), 'source link').not.toBeNull();
		expect(text(source)).toMatch(e.source.date ? /publicada el \S/ : /sense data de publicació/);
		expect(text(source)).toMatch(/Consultada el \d+ de \S+ del? \d{4}\./);
		const facts = main.querySelector('.experience-facts');
		expect(fact(facts, 'Lloc')).toBe(e.place.name);
		expect(fact(facts, 'Comarca')).toBe(comarcaName(e.place.comarca));
		expect(fact(facts, 'Per a qui')).toBe(e.forWhom.replace(/\s+/g, ' ').trim());
		expect(fact(facts, 'Impulsor')).toBe(e.promoter.replace(/\s+/g, ' ').trim());
		if (e.place.population) expect(main.querySelector(`.experience-facts a[href="${e.place.population.sourceUrl}"]`)).not.toBeNull();
	});

	test.each(experiences.map((e) => [e.slug, e]))('%s names its promoter in Spanish and English, and marks the place name as Catalan', (slug, e) => {
		for (const [locale, promoterLabel, placeLabel] of [['es', 'Promotor', 'Lugar'], ['en', 'Promoted by', 'Place']] as const) {
			const source = readFileSync(join(ROOT, 'content/experiencies', locale, `${slug}.mdx`), 'utf8');
			const translated = /^promoter: (.+)$/m.exec(source)![1]!.replace(/^"(.*)"$/, '$1');
			const facts = readPage(`/${locale}/experiencies/${slug}/`).querySelector('.experience-facts')!;
			const promoter = facts.querySelectorAll('div').find((d) => text(d.querySelector('dt')) === promoterLabel)?.querySelector('dd');
			expect(text(promoter), `${locale} promoter`).toBe(translated);
			// A translated promoter is in the page's language; one kept as a proper name is marked Catalan.
			expect(promoter?.getAttribute('lang'), `${locale} promoter lang`).toBe(translated === e.promoter ? 'ca' : undefined);
			const place = facts.querySelectorAll('div').find((d) => text(d.querySelector('dt')) === placeLabel)?.querySelector('dd');
			expect(text(place)).toBe(e.place.name);
			expect(place?.getAttribute('lang'), `${locale}: an official place name is Catalan`).toBe('ca');
		}
	});

	test('shows the population band that follows from the inhabitants', () => {
		const e = experiences.find((x) => x.place.population)!;
		const band = populationBand(e.place.population!.inhabitants);
		const label = { 'menys-5000': 'Menys de 5.000 habitants', 'de-5000-a-20000': 'De 5.000 a 20.000 habitants', 'de-20000-a-50000': 'De 20.000 a 50.000 habitants', 'mes-50000': 'Més de 50.000 habitants' }[band];
		expect(POPULATION_BANDS.map((b) => b.id)).toContain(band);
		expect(text(readPage(`/experiencies/${e.slug}/`).querySelector('.experience-facts'))).toContain(label);
	});
});

describe('an action sheet', () => {
	test.each(model.actions.map((a) => [a.number, a]))('action %i lists its experiences with place, year and ownership, main action first', (n, action) => {
		const items = readPage(`/actuacions/${action.slug}/`).querySelectorAll('.action-experiences li');
		const own = model.experiencesOf(n);
		expect(items.length).toBe(own.length);
		const listed = items.map((li) => li.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!);
		expect(new Set(listed)).toEqual(new Set(own.map((e) => e.slug)));
		// Those whose main (first) action this is come before those that only touch it.
		const rank = listed.map((slug) => own.find((e) => e.slug === slug)!.actions.indexOf(n));
		expect(rank).toEqual([...rank].sort((a, b) => a - b));
		for (const li of items) {
			const e = own.find((x) => x.slug === li.querySelector('a')!.getAttribute('href')!.split('/').at(-2))!;
			const meta = text(li.querySelector('.muted'));
			const comarca = comarcaName(e.place.comarca);
			if (e.place.name === comarca) expect(meta).toMatch(new RegExp(`^— ${comarca}(,| ·)`));
			else expect(meta).toContain(`${e.place.name} (${comarca})`);
			if (year(e)) expect(meta).toContain(year(e));
			expect(meta).toMatch(/· (Un ajuntament|Diversos ajuntaments junts|Un consell comarcal|Un altre ens)$/);
		}
	});
});

test('the catalogue cards show how many experiences each action has', () => {
	const cards = readPage('/actuacions/').querySelectorAll('.action-card');
	expect(cards.length).toBe(model.actions.length);
	for (const card of cards) {
		const n = Number(card.getAttribute('data-number'));
		const dd = card.querySelector('[data-experiences]')!;
		expect(Number(dd.getAttribute('data-experiences')), `action ${n}`).toBe(model.experiencesOf(n).length);
		expect(text(dd)).toMatch(new RegExp(`^${model.experiencesOf(n).length} experiènci(a|es)$`));
	}
});

describe('the open data', () => {
	const json = JSON.parse(readFileSync(join(DIST, 'dades/experiencies.json'), 'utf8')) as { experiences: Record<string, any>[] };
	const csv = readFileSync(join(DIST, 'dades/experiencies.csv'), 'utf8');

	test('the JSON carries every new field, with readable labels', () => {
		expect(json.experiences.length).toBe(experiences.length);
		for (const record of json.experiences) {
			const e = experiences.find((x) => x.slug === record.slug)!;
			expect(record.place.comarca).toBe(e.place.comarca);
			expect(record.labels.comarca).toBe(comarcaName(e.place.comarca));
			expect(record.ownership).toBe(e.ownership);
			expect(record.labels.ownership).toMatch(/^(Un ajuntament|Diversos ajuntaments junts|Un consell comarcal|Un altre ens)$/);
			expect(record.forWhom).toBe(e.forWhom);
			expect(record.source.url).toBe(e.source.url);
			expect(record.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(record.labels.actions).toEqual(e.actions.map((n) => `${n}. ${model.action(n).title}`));
			if (e.place.population) {
				expect(record.populationBand).toBe(populationBand(e.place.population.inhabitants));
				expect(record.labels.populationBand).toMatch(/habitants$/);
			} else expect(record.populationBand).toBeUndefined();
		}
	});

	test('the CSV has a column for each new field and its label', () => {
		const header = csv.split('\r\n')[0]!.split(',');
		for (const column of ['comarca', 'comarca_nom', 'habitants', 'tram_poblacio', 'tram_poblacio_nom', 'titularitat', 'titularitat_nom', 'per_a_qui', 'cost_financament', 'url_font', 'font_consultada', 'actuacions_noms']) {
			expect(header).toContain(column);
		}
		expect(csv.split('\r\n').filter(Boolean).length).toBe(experiences.length + 1);
	});
});
