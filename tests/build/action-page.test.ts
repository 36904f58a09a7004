/**
 * The built action pages, checked against the content: fixed section anchors, trail, the
 * experiences that cite the action (computed from the experiences), related actions, previous
 * and next within the strategy, and the link back to the overview. Runs on `dist/` from `npm test`.
 */
import { describe, expect, test } from 'vitest';
import { ACTION_SECTIONS } from '../../src/schemas/sections.ts';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';

const model = loadModel();

test('the catalogue has actions to check', () => {
	expect(model.actions.length).toBeGreaterThanOrEqual(4);
	expect(model.actions.map((a) => a.number)).toContain(20);
});

describe.each(model.actions.map((a) => [`${a.number} ${a.slug}`, a] as const))('action %s', (_, action) => {
	const page = readPage(`/actuacions/${action.slug}/`);
	const main = page.querySelector('main')!;

	test('shows "Actuació N — title" as its heading and in the document title', () => {
		expect(text(page.querySelector('h1'))).toBe(`Actuació ${action.number} — ${action.title}`);
		expect(text(page.querySelector('title'))).toContain(`Actuació ${action.number} — ${action.title}`);
		expect(page.querySelector('html')!.getAttribute('lang')).toBe('ca');
	});

	test('has the seven parts, in order, under fixed ids', () => {
		const ids = main.querySelectorAll('.action-sheet h2').map((h) => h.id);
		expect(ids).toEqual(ACTION_SECTIONS.map((s) => s.id));
		const headings = main.querySelectorAll('.action-sheet h2').map((h) => text(h));
		expect(headings).toEqual(ACTION_SECTIONS.map((s) => s.heading.ca));
	});

	test('marks the editorial parts', () => {
		for (const section of ACTION_SECTIONS) {
			const heading = main.querySelector(`#${section.id}`)!;
			const next = heading.nextElementSibling;
			const marked = (next?.classList.contains('provenance--editorial') && text(next.firstElementChild).startsWith('Addició editorial. No tenim el text de la guia')) ?? false;
			expect(marked, section.id).toBe(action.editorialSections.includes(section.id));
		}
	});

	test('has a dimension › strategy trail linking to their pages', () => {
		const links = main.querySelectorAll('nav.trail a');
		const strategy = model.strategyOf(action);
		const dimension = model.dimensionOf(action);
		expect(links.map((a) => [text(a), a.getAttribute('href')])).toEqual([
			[dimension.name.ca, `/dimensions/${dimension.id}/`],
			[strategy.name.ca, `/estrategies/${strategy.id}/`],
		]);
	});

	test('lists exactly the experiences that cite it', () => {
		const expected = model.experiences.filter((e) => e.actions.includes(action.number)).map((e) => `/experiencies/${e.slug}/`).sort();
		const listed = main.querySelectorAll('.action-experiences li a').map((a) => a.getAttribute('href')).sort();
		expect(listed).toEqual(expected);
		if (!expected.length) expect(text(main.querySelector('.action-experiences'))).toContain('Encara no hi ha cap experiència');
		// The list opens, filtered to this action, in the experiences browser.
		else expect(main.querySelector(`.action-experiences__browse a[href="/experiencies/?actuacio=${action.number}"]`)).not.toBeNull();
	});

	test('links its related actions', () => {
		const links = main.querySelectorAll('#relacionades ~ .related-list a');
		expect(links.map((a) => a.getAttribute('href'))).toEqual(action.related.map((n) => `/actuacions/${model.action(n).slug}/`));
		expect(links.map((a) => text(a))).toEqual(action.related.map((n) => `Actuació ${n} — ${model.action(n).title}`));
	});

	test('links the previous and next actions of its strategy', () => {
		const siblings = model.actionsOf(action.strategy);
		const i = siblings.findIndex((a) => a.number === action.number);
		const prev = main.querySelector('.strategy-pager a[rel="prev"]');
		const next = main.querySelector('.strategy-pager a[rel="next"]');
		expect(prev?.getAttribute('href')).toBe(siblings[i - 1] ? `/actuacions/${siblings[i - 1]!.slug}/` : undefined);
		expect(next?.getAttribute('href')).toBe(siblings[i + 1] ? `/actuacions/${siblings[i + 1]!.slug}/` : undefined);
	});

	test('links back to the overview table', () => {
		expect(main.querySelector('.back-link a')?.getAttribute('href')).toBe('/dimensions-estrategies-actuacions/');
	});

	test('is readable without JavaScript: no script is needed for its content', () => {
		const sheet = text(main.querySelector('.action-sheet'));
		expect(sheet.length).toBeGreaterThan(400);
		expect(main.querySelectorAll('.action-sheet script')).toHaveLength(0);
	});

	test('carries Pagefind filters and metadata', () => {
		const filters = main.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'));
		expect(filters).toContain(`Actuació:${action.number}`);
		expect(filters).toContain(`Estratègia:${model.strategyOf(action).name.ca}`);
		expect(filters).toContain(`Dimensió:${model.dimensionOf(action).name.ca}`);
		const metas = main.querySelectorAll('[data-pagefind-meta]').map((el) => el.getAttribute('data-pagefind-meta'));
		expect(metas).toEqual([`Actuació:${action.number}`, `Estratègia:${model.strategyOf(action).name.ca}`]);
	});
});
