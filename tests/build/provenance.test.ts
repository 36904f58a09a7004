/**
 * What the guide says, kept apart from what the editors add (issue 11), on the built pages: every
 * block of a sheet or a chapter says who wrote it, in words; the marks match the `:::guia` blocks
 * of the files in all three languages; the guide's numbers without a sheet explain themselves; the
 * overview reads in number order; every sheet links and credits its page of the guide; the open
 * data carries the same split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ACTION_SECTIONS } from '../../src/schemas/sections.ts';
import { GUIDE } from '../../src/schemas/guide.ts';
import { readMdx, readYamlList, CONTENT_PATHS } from '../../src/lib/content-files.ts';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const model = loadModel();
const LOCALES = [
	{ locale: 'ca', prefix: '', guide: 'Segons la guia', editorial: 'Addició editorial', part: "Addició editorial. No tenim el text de la guia per a aquesta part: l'ha escrita l'equip del catàleg." },
	{ locale: 'es', prefix: '/es', guide: 'Según la guía', editorial: 'Adición editorial', part: 'Adición editorial. No disponemos del texto de la guía para esta parte: la ha escrito el equipo del catálogo.' },
	{ locale: 'en', prefix: '/en', guide: 'According to the guide', editorial: 'Editorial addition', part: "Editorial addition. We do not have the guide's text for this part: the catalogue's editors wrote it." },
] as const;
const BLOCKS = 'p, ul, ol, li, table, blockquote';
/** `:::guia` blocks of a body, one count per `##` part in order, and the whole. */
function guideBlocks(body: string) {
	const parts = body.split(/^## /m).slice(1).map((part) => (part.match(/^:::guia\s*$/gm) ?? []).length);
	return { parts, total: (body.match(/^:::guia\s*$/gm) ?? []).length };
}
const missing = Array.from({ length: GUIDE.minActions }, (_, i) => i + 1).filter((n) => !model.actions.some((a) => a.number === n));

describe.each(LOCALES)('action sheets in $locale', ({ locale, prefix, guide, editorial, part }) => {
	describe.each(model.actions.map((a) => [`${a.number} ${a.slug}`, a] as const))('%s', (_, action) => {
		const source = locale === 'ca' ? action.body : readMdx(ROOT, `${CONTENT_PATHS.actions}/${locale}/${action.slug}.mdx`).body;
		const sheet = readPage(`${prefix}/actuacions/${action.slug}/`).querySelector('.action-sheet')!;

		test('every paragraph, list, list item and table carries its provenance', () => {
			const blocks = sheet.querySelectorAll(BLOCKS).filter((el) => !el.classList.contains('provenance__label'));
			expect(blocks.length).toBeGreaterThan(7);
			for (const el of blocks) expect(el.getAttribute('data-provenance'), text(el).slice(0, 60)).toMatch(/^(guia|editorial)$/);
		});

		test('each run of blocks opens with its label in words, which search leaves out', () => {
			const runs = sheet.querySelectorAll('.provenance');
			expect(runs.length).toBeGreaterThan(0);
			for (const run of runs) {
				const label = run.firstElementChild!;
				expect(label.classList.contains('provenance__label')).toBe(true);
				expect(label.hasAttribute('data-pagefind-ignore')).toBe(true);
				const kind = run.classList.contains('provenance--guia') ? 'guia' : 'editorial';
				expect([guide, editorial, part]).toContain(text(label));
				if (kind === 'guia') expect(text(label)).toBe(guide);
				for (const block of run.childNodes.filter((n) => 'getAttribute' in n && n !== label) as typeof runs) {
					expect(block.getAttribute('data-provenance')).toBe(kind);
				}
			}
		});

		test('the guide’s blocks are exactly the :::guia blocks of the file, part by part', () => {
			const counts = ACTION_SECTIONS.map((s) => {
				const heading = sheet.querySelector(`h2#${s.id}`)!;
				let n = 0;
				for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
					if (el.classList.contains('provenance--guia')) n += el.querySelectorAll(':scope > [data-provenance="guia"]').length;
				}
				return n;
			});
			const runsPerPart = guideBlocks(source).parts;
			// A :::guia block may hold several blocks: compare which parts have the guide's text.
			expect(counts.map((n) => n > 0)).toEqual(runsPerPart.map((n) => n > 0));
		});

		test('a part with none of the guide’s text says so, and only such a part', () => {
			for (const section of ACTION_SECTIONS) {
				const heading = sheet.querySelector(`h2#${section.id}`)!;
				const first = heading.nextElementSibling!;
				const wholly = action.editorialSections.includes(section.id);
				expect(first.classList.contains('provenance'), section.id).toBe(true);
				expect(text(first.firstElementChild) === part, section.id).toBe(wholly);
			}
		});
	});
});

describe('every action of the guide marks text of the guide, and every part it does not list as editorial has some', () => {
	test.each(model.actions.filter((a) => a.provenance === 'guia').map((a) => [a.number, a] as const))('action %i', (_, action) => {
		const sheet = readPage(`/actuacions/${action.slug}/`).querySelector('.action-sheet')!;
		expect(sheet.querySelectorAll('[data-provenance="guia"]').length).toBeGreaterThan(0);
		const withGuide = ACTION_SECTIONS.filter((s) => !action.editorialSections.includes(s.id)).map((s) => s.id);
		expect(withGuide.length).toBeGreaterThan(0);
		const parts = guideBlocks(action.body).parts;
		ACTION_SECTIONS.forEach((s, i) => expect(parts[i]! > 0, s.id).toBe(withGuide.includes(s.id)));
	});
});

describe.each(LOCALES)('guide chapters in $locale', ({ locale, prefix, guide, editorial }) => {
	test.each(model.chapters.map((c) => [c.slug] as const))('%s', (slug) => {
		const file = locale === 'ca' ? model.chapters.find((c) => c.slug === slug)! : readMdx(ROOT, `content/docs/${locale}/guia/${slug}.mdx`);
		const content = readPage(`${prefix}/guia/${slug}/`).querySelector('.sl-markdown-content')!;
		const want = guideBlocks(file.body).total;
		expect(want).toBeGreaterThan(0);
		const guideRuns = content.querySelectorAll('.provenance--guia');
		expect(guideRuns.length).toBeGreaterThan(0);
		expect(guideRuns.length).toBeLessThanOrEqual(want);
		for (const run of content.querySelectorAll('.provenance')) {
			expect(text(run.firstElementChild)).toBe(run.classList.contains('provenance--guia') ? guide : editorial);
		}
		const unmarked = content.querySelectorAll(BLOCKS).filter((el) => !el.classList.contains('provenance__label') && !el.closest('[data-provenance]') && !el.closest('.provenance'));
		expect(unmarked.map((el) => text(el).slice(0, 60))).toEqual([]);
		// No chapter keeps the old aside that rendered as a bare box.
		expect(file.body).not.toMatch(/^:::note/m);
	});
});

describe('taxonomy: names and descriptions say who gave them', () => {
	const entries = (path: string) => readYamlList(ROOT, path).entries.map((e) => e.data as { id: string; provenance: string; descriptionProvenance: string; description: { ca: string } });
	test.each(entries(CONTENT_PATHS.dimensions).map((d) => [d.id, d] as const))('dimension %s', (id, d) => {
		const page = readPage(`/dimensions/${id}/`).querySelector('main')!;
		const description = page.querySelectorAll('p.provenance-text').find((p) => text(p).includes(d.description.ca))!;
		expect(description.getAttribute('data-provenance')).toBe(d.descriptionProvenance);
		expect(text(description.querySelector('.provenance-tag'))).toBe(d.descriptionProvenance === 'guia' ? 'Segons la guia' : 'Addició editorial');
		expect(page.querySelector(`p[data-provenance="${d.provenance}"]`)).not.toBeNull();
	});
	test.each(entries(CONTENT_PATHS.strategies).map((s) => [s.id, s] as const))('strategy %s', (id, s) => {
		const description = readPage(`/estrategies/${id}/`).querySelector('main p.provenance-text')!;
		expect(text(description)).toContain(s.description.ca);
		expect(description.getAttribute('data-provenance')).toBe(s.descriptionProvenance);
	});
	test('the overview marks each set’s label and description', () => {
		const page = readPage('/dimensions-estrategies-actuacions/');
		const sets = readYamlList(ROOT, CONTENT_PATHS.sets).entries.map((e) => e.data as { labelProvenance: string; descriptionProvenance: string; label: { ca: string }; description: { ca: string } });
		for (const set of sets) {
			const label = page.querySelectorAll('p.provenance-text').find((p) => text(p).endsWith(set.label.ca))!;
			expect(label.getAttribute('data-provenance')).toBe(set.labelProvenance);
			const description = page.querySelectorAll('p.provenance-text').find((p) => text(p).endsWith(set.description.ca))!;
			expect(description.getAttribute('data-provenance')).toBe(set.descriptionProvenance);
		}
	});
});

describe('the guide’s numbers that the catalogue lacks', () => {
	test('are the ones the guide facts list as not found', () => {
		expect(missing).toEqual([12, 13, 14, 16, 17, 19, 21, 24, 25, 26, 27]);
	});

	describe.each(LOCALES)('in $locale', ({ locale, prefix }) => {
		const overviewHref = `${prefix}/dimensions-estrategies-actuacions/`;
		test.each(missing)('/actuacions/%i/ explains itself and links the overview', (n) => {
			const page = readPage(`${prefix}/actuacions/${n}/`);
			expect(page.querySelector('html')!.getAttribute('lang')).toBe(locale);
			expect(page.querySelector('meta[http-equiv="refresh"]')).toBeNull();
			const h1 = text(page.querySelector('h1'));
			expect(h1).toMatch(new RegExp(`^(Actuació|Actuación|Action) ${n}: `));
			const main = page.querySelector('main')!;
			expect(text(main)).toContain('28');
			expect(main.querySelector(`a[href="${overviewHref}"]`)).not.toBeNull();
			expect(main.querySelector(`a[href="${GUIDE.tableUrl}"]`)).not.toBeNull();
			expect(main.querySelector('a[href*="template=actuacio.yml"]')).not.toBeNull();
		});

		test('the overview and the catalogue list them, each linked, with an invitation to contribute', () => {
			for (const path of [overviewHref, `${prefix}/actuacions/`]) {
				const section = readPage(path).querySelector('.missing-actions')!;
				expect(section, path).not.toBeNull();
				expect(text(section)).toContain('28');
				expect(section.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(missing.map((n) => `${prefix}/actuacions/${n}/`));
				expect(section.querySelector('a[href*="template=actuacio.yml"]')).not.toBeNull();
			}
		});

		test('the overview lists the actions in number order', () => {
			const numbers = readPage(overviewHref).querySelectorAll('.overview-actions li').map((li) => Number(li.getAttribute('value')));
			expect(numbers).toEqual(model.actions.map((a) => a.number));
		});
	});
});

describe('every sheet names and links its page of the guide', () => {
	describe.each(LOCALES)('in $locale', ({ prefix }) => {
		test.each(model.actions.filter((a) => a.provenance === 'guia').map((a) => [a.number, a] as const))('action %i', (_, action) => {
			const guidePage = (action as unknown as { guidePage: string }).guidePage;
			expect(GUIDE.pagePrefixes.some((p) => guidePage.startsWith(p))).toBe(true);
			const page = readPage(`${prefix}/actuacions/${action.slug}/`);
			const link = page.querySelector(`.guide-source a[href="${guidePage}"]`)!;
			expect(link).not.toBeNull();
			expect(text(link)).toBe(`Actuació ${action.number} — ${action.title}`);
			expect(link.getAttribute('lang')).toBe('ca');
			expect(text(page.querySelector('.guide-source'))).toMatch(/Direcció General de Joventut.*CC BY-SA/);
			const cite = text(page.querySelector('[data-cite-text]'));
			expect(cite).toContain(guidePage);
			expect(cite).toContain('Direcció General de Joventut');
			expect(cite).toContain('CC BY-SA');
		});
	});
});

describe('open data', () => {
	const json = JSON.parse(readFileSync(join(DIST, 'dades/actuacions.json'), 'utf8')) as {
		actions: { number: number; editorialSections: string[]; guideSource?: { url: string; attribution: string }; sections: Record<string, string>; sectionProvenance: Record<string, { provenance: string; text: string }[]> }[];
	};
	test.each(model.actions.map((a) => [a.number, a] as const))('action %i carries the split per section and its source page', (_, action) => {
		const record = json.actions.find((r) => r.number === action.number)!;
		for (const section of ACTION_SECTIONS) {
			const runs = record.sectionProvenance[section.id]!;
			expect(runs.length, section.id).toBeGreaterThan(0);
			expect(runs.some((r) => r.provenance === 'guia'), section.id).toBe(!action.editorialSections.includes(section.id));
			expect(record.sections[section.id]).not.toMatch(/^:::/m);
			expect(runs.map((r) => r.text).join('\n\n')).toBe(record.sections[section.id]);
		}
		expect(record.guideSource?.url).toBe((action as unknown as { guidePage: string }).guidePage);
		expect(record.guideSource?.attribution).toMatch(/Direcció General de Joventut.*CC BY-SA/);
	});
	test('the CSV names the guide page and the parts with text of the guide', () => {
		const csv = readFileSync(join(DIST, 'dades/actuacions.csv'), 'utf8');
		const header = csv.split('\n')[0]!;
		expect(header).toContain('pagina_guia');
		expect(header).toContain('seccions_amb_text_de_la_guia');
		for (const a of model.actions) expect(csv).toContain((a as unknown as { guidePage: string }).guidePage);
	});
});
