/**
 * The facts to decide with (issue 13): what every action sheet shows at the top («D'un cop d'ull»)
 * and below its seven parts («Per planificar i avaluar») in the three languages, the page that
 * defines the bands, and the open data. Every expectation is read from the content files, so a
 * sheet that drops or misplaces a fact fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { loadModel, type ModelAction, type ModelScaleTerm } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const model = loadModel();
const LOCALES = ['ca', 'es', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const prefix = (locale: Locale) => (locale === 'ca' ? '' : `/${locale}`);
const ui = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(join(ROOT, 'content/i18n', `${l}.json`), 'utf8')) as Record<string, string>])) as Record<Locale, Record<string, string>>;
const nameOf = (terms: ModelScaleTerm[], id: string, locale: Locale) => terms.find((t) => t.id === id)!.name[locale];
const day = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const fact = (glance: HTMLElement, id: string) => glance.querySelector(`[data-fact="${id}"]`);

/** The words a sheet shows in a language: the translation's, or the master's in Catalan. */
function words(a: ModelAction, locale: Locale) {
	if (locale === 'ca') return { ...a, legalNotes: a.legalBasis.map((l) => l.note) };
	const t = model.actionTranslation(locale, a.slug);
	return {
		cost: t.cost,
		staff: t.staff,
		setupTime: t.setupTime,
		scaleFit: t.scaleFit,
		evidence: t.evidence,
		indicators: t.indicators,
		pitfalls: t.pitfalls,
		prerequisites: t.prerequisites,
		legalNotes: t.legalBasis.map((l) => l.note),
	};
}

describe('the content', () => {
	test('every action cites one to three https sources for its evidence level, unless none is known', () => {
		for (const a of model.actions) {
			const { level, sources } = a.evidence;
			if (level === 'sense-evidencia') continue;
			expect(sources.length, `${a.number}`).toBeGreaterThanOrEqual(1);
			expect(sources.length, `${a.number}`).toBeLessThanOrEqual(3);
			for (const s of sources) expect(s.url, `${a.number}`).toMatch(/^https:\/\/[^/\s]+\.[^/\s]+/);
		}
	});

	test('every action links at least one rule of its legal frame', () => {
		for (const a of model.actions) expect(a.legalBasis.filter((l) => l.url?.startsWith('https://')).length, `${a.number}`).toBeGreaterThanOrEqual(1);
	});

	test('no decision fact attributes itself to the guide', () => {
		for (const a of model.actions) {
			for (const locale of LOCALES) {
				const w = words(a, locale);
				const all = [w.cost.covers, w.staff, w.setupTime.note, w.scaleFit.cooperation, w.evidence.summary, ...w.pitfalls, ...w.prerequisites, ...w.legalNotes, ...w.indicators.flatMap((i) => [i.measure, i.source])].join('\n');
				expect(all, `${locale} ${a.number}`).not.toMatch(/\b(la guia (diu|proposa|recomana)|la guía (dice|propone|recomienda)|the guide (says|proposes|recommends))\b/i);
			}
		}
	});
});

describe.each(LOCALES)('action sheets in %s', (locale) => {
	test.each(model.actions.map((a) => [a.number, a] as const))('action %i leads with the facts at a glance, marked editorial, with their check date', (_, a) => {
		const page = readPage(`${prefix(locale)}/actuacions/${a.slug}/`);
		const glance = page.querySelector('section.glance')!;
		expect(glance, 'glance block').toBeTruthy();
		expect(glance.getAttribute('data-provenance')).toBe('editorial');
		expect(glance.getAttribute('lang') ?? null, 'not a Catalan fallback').toBeNull();
		// Before the seven parts.
		const sheet = page.querySelector('.action-sheet')!;
		expect(page.toString().indexOf('class="glance"')).toBeLessThan(page.toString().indexOf(sheet.toString().slice(0, 40)));
		expect(text(glance.querySelector('h2'))).toBe(`${ui[locale]['decision.heading']} ${ui[locale]['action.provenance.editorial']}`);
		expect(glance.querySelector('time')?.getAttribute('datetime')).toBe(day(a.factsChecked));
		expect(glance.querySelector(`a[href="${prefix(locale)}/com-llegir-les-fitxes/"]`), 'link to the bands').toBeTruthy();

		const w = words(a, locale);
		const s = model.decisionScales;
		expect(fact(glance, 'cost')?.getAttribute('data-value')).toBe(a.cost.band);
		expect(text(fact(glance, 'cost'))).toContain(nameOf(s.cost, a.cost.band, locale));
		expect(text(fact(glance, 'cost'))).toContain(w.cost.covers.replace(/\s+/g, ' '));
		expect(text(fact(glance, 'staff'))).toContain(w.staff.replace(/\s+/g, ' '));
		expect(text(fact(glance, 'setupTime'))).toContain(nameOf(s.setupTime, a.setupTime.band, locale));
		expect(text(fact(glance, 'setupTime'))).toContain(w.setupTime.note.replace(/\s+/g, ' '));
		expect(text(fact(glance, 'scaleFit'))).toContain(nameOf(s.smallTown, a.scaleFit.smallTown, locale));
		expect(text(fact(glance, 'scaleFit'))).toContain(w.scaleFit.cooperation.replace(/\s+/g, ' '));
		expect(text(fact(glance, 'evidence'))).toContain(nameOf(s.evidence, a.evidence.level, locale));
		expect(text(fact(glance, 'evidence'))).toContain(w.evidence.summary.replace(/\s+/g, ' '));
		// The pips show the place on the scale: cost and time fill up from the first band, evidence
		// from the weakest known level (none known leaves them empty).
		const rank = (terms: ModelScaleTerm[], id: string) => terms.findIndex((t) => t.id === id);
		const on = (id: string) => [...text(fact(glance, id)!.querySelector('.pips'))].filter((c) => c === '●').length;
		expect(on('cost')).toBe(rank(s.cost, a.cost.band) + 1);
		expect(on('setupTime')).toBe(rank(s.setupTime, a.setupTime.band) + 1);
		expect(on('evidence')).toBe(s.evidence.length - 1 - rank(s.evidence, a.evidence.level));
		const links = fact(glance, 'evidence')!.querySelectorAll('a').map((l) => l.getAttribute('href'));
		expect(links).toEqual(a.evidence.sources.map((src) => src.url));
		// A title in another language than the page's carries its own lang.
		const langs = fact(glance, 'evidence')!.querySelectorAll('a').map((l) => l.getAttribute('lang') ?? locale);
		expect(langs).toEqual(a.evidence.sources.map((src) => src.language));
		const goals = fact(glance, 'goals')!.querySelectorAll('li').map((li) => text(li));
		expect(goals).toEqual(a.goals.map((g) => nameOf(s.goals, g, locale)));
	});

	test.each(model.actions.map((a) => [a.number, a] as const))('action %i ends with prerequisites, indicators, pitfalls and the legal frame', (_, a) => {
		const page = readPage(`${prefix(locale)}/actuacions/${a.slug}/`);
		const plan = page.querySelector('section.plan')!;
		expect(plan?.getAttribute('data-provenance')).toBe('editorial');
		expect(plan.querySelector('time')?.getAttribute('datetime')).toBe(day(a.factsChecked));
		const w = words(a, locale);
		expect(plan.querySelectorAll('#requisits + ul > li').map((li) => text(li))).toEqual(w.prerequisites.map((p) => p.replace(/\s+/g, ' ')));
		const rows = plan.querySelectorAll('table tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => text(td)));
		expect(rows.length).toBeGreaterThanOrEqual(3);
		expect(rows).toEqual(w.indicators.map((i) => [i.measure.replace(/\s+/g, ' '), i.source.replace(/\s+/g, ' ')]));
		const pitfalls = plan.querySelectorAll('#errors-frequents + ul > li').map((li) => text(li));
		expect(pitfalls.length).toBeGreaterThanOrEqual(3);
		expect(pitfalls).toEqual(w.pitfalls.map((p) => p.replace(/\s+/g, ' ')));
		const legal = plan.querySelectorAll('.plan__legal > li');
		expect(legal.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).toEqual(a.legalBasis.map((l) => l.url ?? null));
		legal.forEach((li, i) => expect(text(li)).toContain(w.legalNotes[i]!.replace(/\s+/g, ' ')));
		// The sheet's table of contents lists both blocks around the seven parts.
		const toc = page.querySelectorAll('nav.sheet-toc a').map((l) => l.getAttribute('href'));
		expect(toc.slice(0, 9)).toEqual(['#cop-d-ull', '#descripcio', '#destinataris', '#objectius', '#metodologia', '#agents', '#rol-joventut', '#experiencies', '#planificar-avaluar']);
		for (const href of toc) expect(page.querySelector(href ?? ""), String(href)).toBeTruthy();
	});
});

describe.each(LOCALES)('«Com llegir les fitxes» in %s', (locale) => {
	const page = readPage(`${prefix(locale)}/com-llegir-les-fitxes/`);

	test('defines every band and level in words, in this language', () => {
		for (const [scale, terms] of Object.entries(model.decisionScales)) {
			const section = page.querySelector(`[data-scale="${scale}"]`)!;
			expect(section, scale).toBeTruthy();
			expect(section.querySelectorAll('[data-term]').map((t) => t.getAttribute('data-term')), 'in the order of the file').toEqual(terms.map((t) => t.id));
			for (const term of terms) {
				const item = section.querySelector(`[data-term="${term.id}"]`)!;
				// The marks beside the name are hidden from screen readers and search.
				const marks = item.querySelector('dt .pips');
				if (marks) {
					expect(marks.getAttribute('aria-hidden')).toBe('true');
					expect(marks.hasAttribute('data-pagefind-ignore')).toBe(true);
					marks.remove();
				}
				expect(text(item.querySelector('dt')), `${scale} ${term.id}`).toBe(term.name[locale]);
				expect(text(item.querySelector('dd')), `${scale} ${term.id}`).toBe(term.definition[locale].replace(/\s+/g, ' '));
			}
		}
	});

	test('links each band to the catalogue filtered by it, with the number of actions in it', () => {
		const value = { cost: (a: ModelAction) => a.cost.band, setupTime: (a: ModelAction) => a.setupTime.band, smallTown: (a: ModelAction) => a.scaleFit.smallTown, evidence: (a: ModelAction) => a.evidence.level };
		const facet = { cost: 'cost', setupTime: 'temps', smallTown: 'municipis-petits', evidence: 'evidencia' };
		for (const [scale, of] of Object.entries(value) as [keyof typeof value, (a: ModelAction) => string][]) {
			for (const term of model.decisionScales[scale]) {
				const link = page.querySelector(`[data-scale="${scale}"] [data-term="${term.id}"] a`)!;
				expect(link.getAttribute('href')).toBe(`${prefix(locale)}/actuacions/?${facet[scale]}=${term.id}`);
				const n = model.actions.filter((a) => of(a) === term.id).length;
				expect(text(link), `${scale} ${term.id}`).toBe(ui[locale]['readGuide.count']!.replace('%n', String(n)));
			}
		}
	});

	test('says how the bands were assigned, and that they are a best bet, not a guarantee nor a league table', () => {
		expect(text(page.querySelector('main'))).toContain(ui[locale]['readGuide.method']);
		expect(text(page.querySelector('main'))).toContain(ui[locale]['readGuide.caveat']);
	});
});

describe('open data', () => {
	const json = JSON.parse(readFileSync(join(DIST, 'dades/actuacions.json'), 'utf8')) as { actions: Record<string, any>[] };
	const schema = JSON.parse(readFileSync(join(DIST, 'dades/esquemes/actuacions.schema.json'), 'utf8'));
	const FIELDS = ['cost', 'staff', 'setupTime', 'scaleFit', 'evidence', 'goals', 'indicators', 'pitfalls', 'legalBasis', 'prerequisites', 'factsChecked'];

	test('every record carries the decision facts of its action, with readable labels', () => {
		for (const a of model.actions) {
			const record = json.actions.find((r) => r.number === a.number)!;
			expect(record.cost).toEqual(a.cost);
			expect(record.evidence.level).toBe(a.evidence.level);
			expect(record.evidence.sources.map((s: { url: string }) => s.url)).toEqual(a.evidence.sources.map((s) => s.url));
			expect(record.indicators).toEqual(a.indicators);
			expect(record.pitfalls).toEqual(a.pitfalls);
			expect(record.legalBasis).toEqual(a.legalBasis);
			expect(record.factsChecked).toBe(day(a.factsChecked));
			expect(record.labels.evidence).toBe(nameOf(model.decisionScales.evidence, a.evidence.level, 'ca'));
			expect(record.labels.cost).toBe(nameOf(model.decisionScales.cost, a.cost.band, 'ca'));
		}
	});

	test('the JSON Schema requires the decision facts, and an evidence source requires its url', () => {
		const item = schema.properties.actions.items;
		for (const field of FIELDS) expect(item.required, field).toContain(field);
		expect(item.properties.evidence.properties.sources.items.required).toContain('url');
	});

	test('the CSV has readable columns for the bands', () => {
		const [header, ...rows] = readFileSync(join(DIST, 'dades/actuacions.csv'), 'utf8').trim().split('\r\n');
		const columns = header!.split(',');
		for (const column of ['cost_nom', 'temps_posada_en_marxa_nom', 'municipis_petits_nom', 'evidencia_nom', 'evidencia_fonts', 'indicadors', 'errors_frequents', 'marc_legal']) expect(columns).toContain(column);
		const first = model.actions[0]!;
		const row = rows.find((r) => r.startsWith(`${first.number},`))!;
		expect(row).toContain(nameOf(model.decisionScales.evidence, first.evidence.level, 'ca'));
	});
});
