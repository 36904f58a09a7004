/**
 * What a first visit finds in the built site (issue 15): the open data opens well in a
 * spreadsheet, the home page leads somewhere in each language, the cards carry their headline
 * facts, the page titles speak the page's language, and a citation names the permalink, the
 * publisher and the day consulted. Expected values come from the content files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { readYamlList } from '../../src/lib/content-files.ts';
import { computeView, FACETS } from '../../src/lib/facets.ts';
import { SITUATIONS } from '../../src/lib/situations.ts';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const model = loadModel();
const names = (path: string) => new Map(readYamlList(ROOT, path).entries.map((e) => [(e.data as { id: string }).id, (e.data as { name: { ca: string } }).name.ca]));
const ca = JSON.parse(readFileSync(join(ROOT, 'content/i18n/ca.json'), 'utf8')) as Record<string, string>;
const experiences = (n: number) => (n === 0 ? ca['action.experienceCount.none']! : ca[n === 1 ? 'action.experienceCount.one' : 'action.experienceCount.other']!.replace('%n', String(n)));
const nameOf = (scale: { id: string; name: { ca: string } }[], id: string) => scale.find((t) => t.id === id)!.name.ca;

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(source: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (quoted) {
			if (c === '"' && source[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(cell), (cell = '');
		else if (c === '\r' && source[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		else cell += c;
	}
	if (cell || row.length) row.push(cell), rows.push(row);
	return rows;
}

describe('the open data CSV', () => {
	const read = (file: string) => readFileSync(join(DIST, 'dades', file), 'utf8');

	test.each(['actuacions.csv', 'experiencies.csv'])('%s starts with the UTF-8 mark and every row has every column', (file) => {
		const csv = read(file);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const [header, ...rows] = parseCsv(csv.slice(1));
		for (const row of rows) expect(row.length, row[0]).toBe(header!.length);
		expect(rows.length).toBe(file.startsWith('actuacions') ? model.actions.length : model.experiences.length);
	});

	test('joins lists with « | », never with «;», and gives each code its name', () => {
		const [header, ...rows] = parseCsv(read('actuacions.csv').slice(1));
		const column = (row: string[], name: string) => row[header!.indexOf(name)]!;
		const audiences = names(CONTENT_PATHS.audiences);
		const agents = names(CONTENT_PATHS.agents);
		for (const action of model.actions) {
			const row = rows.find((r) => r[0] === String(action.number))!;
			expect(column(row, 'titol')).toBe(action.title);
			expect(column(row, 'destinataris')).toBe(action.audiences.join(' | '));
			expect(column(row, 'destinataris_noms')).toBe(action.audiences.map((id) => audiences.get(id)).join(' | '));
			expect(column(row, 'agents_noms')).toBe(action.agents.map((id) => agents.get(id)).join(' | '));
			expect(column(row, 'estrategia_nom')).toBe(model.strategyOf(action).name.ca);
			expect(column(row, 'dimensio_nom')).toBe(model.dimensionOf(action).name.ca);
			for (const list of ['destinataris', 'agents', 'escales', 'objectius', 'agents_noms', 'escales_noms']) expect(column(row, list), list).not.toContain(';');
		}
	});

	test('the JSON has the same names', () => {
		const json = JSON.parse(read('actuacions.json')) as { actions: { number: number; labels: Record<string, unknown> }[] };
		const audiences = names(CONTENT_PATHS.audiences);
		for (const record of json.actions) {
			const action = model.action(record.number);
			expect(record.labels.audiences).toEqual(action.audiences.map((id) => audiences.get(id)));
			expect(record.labels.strategy).toBe(model.strategyOf(action).name.ca);
		}
	});
});

describe('the home page', () => {
	const items = model.facetItems();

	test.each([
		['', 'Per on voleu començar?'],
		['/es', '¿Por dónde queréis empezar?'],
		['/en', 'Where would you like to start?'],
	])('%s/ offers at least three situations, each a filtered view with its count', (prefix, heading) => {
		const main = readPage(`${prefix}/`).querySelector('main')!;
		expect(text(main.querySelector('#per-on-comencar'))).toBe(heading);
		// The ways in rest on the editors' decision facts, and say so.
		expect(main.querySelector('#per-on-comencar ~ [data-provenance="editorial"] .editorial-badge')).not.toBeNull();
		const links = main.querySelectorAll('a[data-situation]');
		expect(links.length).toBeGreaterThanOrEqual(3);
		for (const link of links) {
			const situation = SITUATIONS.find((s) => s.id === link.getAttribute('data-situation'))!;
			const href = link.getAttribute('href')!;
			const count = Number(link.getAttribute('data-count'));
			if (situation.kind === 'catalogue') {
				expect(href.startsWith(`${prefix}/actuacions/?`), href).toBe(true);
				expect(count).toBe(computeView(items, situation.selection, null, FACETS).visible.size);
			} else expect(href.startsWith(`${prefix}/planificador/?`), href).toBe(true);
			expect(count).toBeGreaterThan(0);
			expect(text(link.querySelector('.situation__count'))).toMatch(new RegExp(`^${count} `));
		}
	});

	test.each(['', '/es', '/en'])('%s/ gives the figures and the newest experiences', (prefix) => {
		const main = readPage(`${prefix}/`).querySelector('main')!;
		const figures = main.querySelectorAll('.home-start__figures strong').map((s) => Number(text(s).replace(/\D/g, '')));
		expect(figures.slice(0, 2)).toEqual([model.actions.length, model.experiences.length]);
		const newest = [...model.experiences].sort((a, b) => String(b.date ?? b.source.date ?? '').localeCompare(String(a.date ?? a.source.date ?? '')) || a.slug.localeCompare(b.slug));
		const shown = main.querySelectorAll('.home-recent h3 a').map((a) => a.getAttribute('href')!.split('/').at(-2));
		expect(shown).toEqual(newest.slice(0, 3).map((e) => e.slug));
	});

	test.each([
		['/es/', 'Estrategias de mejora educativa'],
		['/en/', 'Strategies for educational improvement'],
	])('%s has its title and heading in its language', (path, title) => {
		const page = readPage(path);
		expect(text(page.querySelector('title'))).toBe(`${title} | ${title}`);
		expect(text(page.querySelector('h1'))).toBe(title);
	});
});

describe('the action cards', () => {
	test('carry the headline facts as labels, and the mark of their dimension', () => {
		const cards = readPage('/actuacions/').querySelectorAll('.action-card');
		expect(cards.length).toBe(model.actions.length);
		for (const card of cards) {
			const action = model.action(Number(card.getAttribute('data-number')));
			expect(card.getAttribute('data-dimension')).toBe(model.dimensionOf(action).id);
			expect(card.querySelector('svg.dimension-icon[aria-hidden="true"]')).not.toBeNull();
			const facts = card.querySelectorAll('.action-card__facts > div').map((d) => text(d.querySelector('dd')));
			expect(facts).toEqual([
				nameOf(model.decisionScales.cost, action.cost.band),
				nameOf(model.decisionScales.setupTime, action.setupTime.band),
				nameOf(model.decisionScales.smallTown, action.scaleFit.smallTown),
				nameOf(model.decisionScales.evidence, action.evidence.level),
				experiences(model.experiencesOf(action.number).length),
			]);
		}
	});
});

test.each(model.actions.map((a) => [a.number, a] as const))('the citation of action %i gives the permalink and the publisher', (number, action) => {
	const cite = text(readPage(`/actuacions/${action.slug}/`).querySelector('[data-cite-text]'));
	expect(cite).toContain(`/actuacions/${number}/.`);
	expect(cite).not.toContain(`/actuacions/${action.slug}/`);
	// The guide is the Direcció General de Joventut's; this web edition is the catalogue team's.
	expect(cite).toMatch(/^.+\. Estratègies de millora educativa\. Guia de la Direcció General de Joventut \(Generalitat de Catalunya\); edició web de l'equip editorial del catàleg\./);
});
