/**
 * The published catalogue is complete: the guide's 17 known actions with every part of their
 * sheet written in depth, no empty strategy or dimension, no orphan experience, and chapters
 * that link every action they name. Checked on the built pages, as readers get them.
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { GUIDE_ACTIONS } from '../../src/lib/validation/guide-actions.ts';
import { PUBLISHED_MIN } from '../../src/lib/validation/markdown.ts';
import { ACTION_SECTIONS, EXPERIENCE_SECTIONS } from '../../src/schemas/sections.ts';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';

const model = loadModel();

/** The guide's known actions with their exact titles (guide-facts §2b), and the minimum lengths: the same ones `npm run validate` enforces. */
const MIN_PART_CHARS = PUBLISHED_MIN.actionPart;
const MIN_SHEET_CHARS = PUBLISHED_MIN.actionSheet;

/** The text of the section under the heading with `id`, up to the next h2, without the provenance labels. */
function sectionText(main: HTMLElement, id: string) {
	const heading = main.querySelector(`h2#${id}`);
	if (!heading) return undefined;
	const wrapper = heading.parentNode;
	const start = wrapper?.classList.contains('sl-heading-wrapper') ? wrapper : heading;
	let out = '';
	for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
		if (el.tagName === 'H2' || el.classList.contains('level-h2')) break;
		const labels = el.querySelectorAll('.provenance__label').map((l) => text(l));
		out += ` ${labels.reduce((t, label) => t.replace(label, ''), text(el))}`;
	}
	return out.trim();
}

describe('the guide’s known actions', () => {
	test('are all in the catalogue, with their exact numbers and titles', () => {
		expect(Object.fromEntries(model.actions.filter((a) => a.provenance === 'guia').map((a) => [a.number, a.title]))).toEqual(GUIDE_ACTIONS);
	});
});

describe.each(model.actions.map((a) => [a.number, a] as const))('action %i sheet', (_n, action) => {
	const main = readPage(`/actuacions/${action.slug}/`).querySelector('main')!;

	test.each(ACTION_SECTIONS.filter((s) => s.id !== 'experiencies').map((s) => [s.id] as const))('part #%s is written in depth', (id) => {
		const part = sectionText(main, id);
		expect(part, `#${id} is missing`).toBeDefined();
		expect(part!.length, `#${id}: «${part!.slice(0, 80)}…»`).toBeGreaterThanOrEqual(MIN_PART_CHARS);
	});

	test('part #experiencies has resources of its own, beyond the computed list', () => {
		const heading = main.querySelector('h2#experiencies');
		expect(heading).not.toBeNull();
		expect(sectionText(main, 'experiencies')!.length).toBeGreaterThanOrEqual(PUBLISHED_MIN.actionResources);
	});

	test('the whole sheet is at least as deep as the guide’s own pages', () => {
		const total = ACTION_SECTIONS.reduce((sum, s) => sum + (sectionText(main, s.id)?.length ?? 0), 0);
		expect(total).toBeGreaterThanOrEqual(MIN_SHEET_CHARS);
	});

	test('has audiences, agents, scales, related actions and provenance', () => {
		for (const key of ['audiences', 'agents', 'scales', 'related'] as const) expect(action[key].length, key).toBeGreaterThan(0);
		expect(action.provenance).toBeTruthy();
		for (const n of action.related) expect(main.querySelector(`a[href="/actuacions/${model.action(n).slug}/"]`), `related ${n}`).not.toBeNull();
	});
});

describe('the taxonomy has no empty branch', () => {
	test.each(model.strategies.map((s) => [s.id] as const))('strategy %s lists at least one action', (id) => {
		const cards = readPage(`/estrategies/${id}/`).querySelectorAll('main .action-card__title a');
		expect(cards.length).toBeGreaterThan(0);
	});
	test.each(model.dimensions.map((d) => [d.id] as const))('dimension %s has at least one strategy', (id) => {
		const strategies = readPage(`/dimensions/${id}/`).querySelectorAll('main h2 a[href^="/estrategies/"]');
		expect(strategies.length).toBeGreaterThan(0);
	});
});

describe.each(model.experiences.map((e) => [e.slug, e] as const))('experience %s', (slug, experience) => {
	const main = readPage(`/experiencies/${slug}/`).querySelector('main')!;
	test('illustrates at least one action, linked from its page and back', () => {
		expect(experience.actions.length).toBeGreaterThan(0);
		for (const n of experience.actions) {
			const action = model.action(n);
			expect(main.querySelector(`a[href="/actuacions/${action.slug}/"]`), `link to action ${n}`).not.toBeNull();
			const back = readPage(`/actuacions/${action.slug}/`).querySelector(`main a[href="/experiencies/${slug}/"]`);
			expect(back, `action ${n} lists it`).not.toBeNull();
		}
	});
	test.each(EXPERIENCE_SECTIONS.map((s) => [s.id] as const))('part #%s is written', (id) => {
		expect(sectionText(main, id)?.length ?? 0).toBeGreaterThanOrEqual(PUBLISHED_MIN.experiencePart);
	});
});

describe.each(model.chapters.map((c) => [c.slug, c] as const))('chapter %s', (slug) => {
	const main = readPage(`/guia/${slug}/`).querySelector('main')!;
	const content = main.querySelector('.sl-markdown-content')!;
	const prose = text(content);

	test('is a real chapter, not a stub', () => {
		expect(prose.length).toBeGreaterThanOrEqual(PUBLISHED_MIN.chapter);
	});

	test('links every action it names to the action’s page', () => {
		for (const action of model.actions) {
			if (!prose.includes(action.title)) continue;
			// Any of its addresses leads to the sheet: the named one, the number permalink, a former slug.
			const addresses = [action.slug, action.number, ...action.aliases].map((key) => `a[href="/actuacions/${key}/"]`).join(', ');
			expect(content.querySelectorAll(addresses).length, `names «${action.title}» without linking /actuacions/${action.slug}/`).toBeGreaterThan(0);
		}
	});

	test('links every strategy it names to the strategy’s page', () => {
		for (const strategy of model.strategies) {
			if (!prose.includes(strategy.name.ca)) continue;
			const links = content.querySelectorAll(`a[href="/estrategies/${strategy.id}/"]`);
			expect(links.length, `names «${strategy.name.ca}» without linking /estrategies/${strategy.id}/`).toBeGreaterThan(0);
		}
	});
});
