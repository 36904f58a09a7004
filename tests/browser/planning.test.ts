/**
 * Planning with the catalogue: «Com el vostre municipi» ranks the actions for a town and says why,
 * «La meva selecció» keeps a shortlist in the URL and on the device, prints as a plan and
 * downloads as CSV, and the comparison puts two or three sheets side by side. Driven in Chromium,
 * checked against the content files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { rank, type Answers } from '../../src/lib/planner.ts';
import { STORAGE_KEY } from '../../src/lib/selection.ts';
import { ACTION_SECTIONS } from '../../src/schemas/sections.ts';
import { axe, describeViolations } from '../helpers/browser.ts';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'emc-plan-'));
const evidenceRank = (level: string) => model.decisionScales.evidence.findIndex((t) => t.id === level);
const plannerActions = model.actions.map((a) => ({
	number: a.number,
	goals: a.goals,
	audiences: a.audiences,
	agents: a.agents,
	scales: a.scales,
	smallTown: a.scaleFit.smallTown,
	evidenceRank: evidenceRank(a.evidence.level),
}));
const goalName = (id: string) => model.decisionScales.goals.find((g) => g.id === id)!.name.ca;
const band = (scale: 'cost' | 'setupTime' | 'evidence' | 'smallTown', id: string) => model.decisionScales[scale].find((t) => t.id === id)!.name.ca;
const numbersShown = (page: Page, list: string) => page.$$eval(`${list} > li:not([hidden])`, (items) => items.map((li) => Number(/\d+/.exec(li.querySelector('h3')!.textContent!)![0])));
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
// Three actions that have experiences, for the selection and the comparison.
const [first, second, third] = model.actions.filter((a) => model.experiencesOf(a.number).length > 0).slice(-3);

describe('the planner, «Com el vostre municipi»', () => {
	const answers: Answers = { poblacio: 'menys-5000', gestio: 'veins', edat: '16-29', escola: 'fora', objectiu: 'itinerari' };
	const query = '?poblacio=menys-5000&gestio=veins&edat=16-29&escola=fora&objectiu=itinerari';

	test('answered with the keyboard, it ranks the actions as the content says, each with its reasons', async () => {
		const page = await site.open('/planificador/', '[data-planner]:not([hidden])');
		expect(await page.textContent('[data-status]')).toBe('Responeu almenys una pregunta i aquí apareixeran les actuacions ordenades.');
		// Each question is a group of radio buttons: focus the group's first option, then arrows.
		const choose = async (name: string, value: string) => {
			await page.focus(`input[name="${name}"][value=""]`);
			const values = await page.$$eval(`input[name="${name}"]`, (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
			for (let i = 0; i < values.indexOf(value); i++) await page.keyboard.press('ArrowDown');
		};
		await choose('poblacio', 'menys-5000');
		await choose('gestio', 'veins');
		await choose('edat', '16-29');
		await choose('escola', 'fora');
		await choose('objectiu', 'itinerari');
		expect(new URL(page.url()).search).toBe(query);

		const expected = rank(plannerActions, answers);
		expect(expected.fits.length).toBeGreaterThan(0);
		expect(await numbersShown(page, '[data-fits]')).toEqual(expected.fits.map((r) => r.number));
		expect(await numbersShown(page, '[data-others-list]')).toEqual(expected.others.map((r) => r.number));
		expect(await page.textContent('[data-status]')).toBe(`${expected.fits.length} actuacions encaixen amb les vostres respostes, de més a menys.`);
		const top = model.action(expected.fits[0]!.number);
		const reasons = await page.$$eval('[data-fits] > li:first-child [data-reasons] li', (items) => items.map((li) => li.textContent));
		expect(reasons).toHaveLength(expected.fits[0]!.reasons.length);
		expect(reasons.join(' ')).toContain(goalName('itinerari'));
		expect(top.goals).toContain('itinerari');
		await page.context().close();
	});

	test('a shared link brings the same answers and result back, and Back walks through the answers', async () => {
		const page = await site.open(`/planificador/${query}`, '[data-fits] > li');
		const firstOrder = await numbersShown(page, '[data-fits]');
		for (const [name, value] of Object.entries(answers)) expect(await page.isChecked(`input[name="${name}"][value="${value}"]`), name).toBe(true);
		await page.reload();
		await page.waitForSelector('[data-fits] > li');
		expect(await numbersShown(page, '[data-fits]')).toEqual(firstOrder);

		await page.check('input[name="gestio"][value="sol"]');
		expect(new URL(page.url()).searchParams.get('gestio')).toBe('sol');
		const alone = rank(plannerActions, { ...answers, gestio: 'sol' });
		expect(await numbersShown(page, '[data-fits]')).toEqual(alone.fits.map((r) => r.number));
		await page.goBack();
		await expect.poll(() => page.isChecked('input[name="gestio"][value="veins"]')).toBe(true);
		expect(await numbersShown(page, '[data-fits]')).toEqual(firstOrder);
		await page.context().close();
	});

	test('an answer that narrows nothing says so and lists every action', async () => {
		const page = await site.open('/planificador/?poblacio=mes-50000', '[data-fits] > li');
		expect(await page.textContent('[data-status]')).toBe("Per a un municipi d'aquesta mida totes les actuacions són possibles. Responeu alguna pregunta més per ordenar-les.");
		expect(await numbersShown(page, '[data-fits]')).toEqual(rank(plannerActions, { poblacio: 'mes-50000' }).fits.map((r) => r.number));
		expect(await page.locator('[data-fits] > li').count()).toBe(model.actions.length);
		await page.context().close();
	});

	test('a small town on its own is warned about an action that only works shared', async () => {
		const onlyShared = model.actions.find((a) => a.scaleFit.smallTown === 'compartida')!;
		const page = await site.open('/planificador/?poblacio=menys-5000&gestio=sol');
		await page.click('[data-others] summary');
		await page.waitForSelector('[data-others-list] > li');
		const item = page.locator(`[data-others-list] > li:has(h3 a:text-matches("Actuació ${onlyShared.number} —"))`);
		expect(await item.locator('.planner__caution').textContent()).toBe("Compte: per a un municipi de menys de 5.000 habitants només té sentit compartida amb altres municipis o amb el consell comarcal.");
		await page.context().close();
	});

	test('experiences from towns of the same size come first, marked «Com el vostre»', async () => {
		const withSmall = model.actions.find((a) => model.experiencesOf(a.number).some((e) => e.place.population && e.place.population.inhabitants < 5000))!;
		const page = await site.open('/planificador/?poblacio=menys-5000', '[data-fits] > li');
		if (await page.isVisible('[data-others] summary')) await page.click('[data-others] summary');
		const item = page.locator(`[data-result]:has(h3 a:text-matches("Actuació ${withSmall.number} —"))`);
		const firstExperience = item.locator('[data-experiences] > li').first();
		expect(await firstExperience.getAttribute('data-band')).toBe('menys-5000');
		expect(await firstExperience.locator('[data-similar]').isVisible()).toBe(true);
		expect(await firstExperience.locator('[data-similar]').textContent()).toBe('Com el vostre');
		expect(await item.locator('[data-experiences] > li:not([hidden])').count()).toBeLessThanOrEqual(3);
		await page.context().close();
	});
});

describe('the selection, «La meva selecció»', () => {
	test('actions added from a sheet and from the catalogue are remembered on the device and listed in that order', async () => {
		const page = await site.open(`/actuacions/${first!.slug}/`);
		// On the sheet, by keyboard: the checkbox is in the tab order and Space ticks it.
		await page.focus(`[data-select="${first!.number}"]`);
		await page.keyboard.press('Space');
		expect(await stored(page)).toBe(String(first!.number));
		expect(await page.textContent('.select-toggle a')).toBe('Veure la selecció (1)');
		await page.goto(site.url('/actuacions/'));
		await page.check(`[data-select="${second!.number}"]`);
		await page.check(`[data-select="${third!.number}"]`);
		expect(await page.isChecked(`[data-select="${first!.number}"]`)).toBe(true);
		expect(await stored(page)).toBe(`${first!.number},${second!.number},${third!.number}`);
		expect(await page.context().cookies()).toEqual([]);

		await page.goto(site.url('/seleccio/'));
		await page.waitForSelector('[data-selection]:not([hidden])');
		expect(new URL(page.url()).searchParams.get('actuacions')).toBe(`${first!.number},${second!.number},${third!.number}`);
		expect(await page.textContent('[data-status]')).toBe('3 actuacions a la selecció.');
		const headings = await page.$$eval('[data-shortlist-item]:not([hidden]) h2', (hs) => hs.map((h) => h.textContent));
		expect(headings).toEqual([first!, second!, third!].map((a) => `Actuació ${a.number} — ${a.title}`));

		const item = page.locator(`[data-shortlist-item="${first!.number}"]`);
		expect(await item.locator('.provenance-text').textContent()).toBe(`Addició editorial ${first!.summary}`);
		expect(await item.locator('.shortlist-item__note').textContent()).toMatch(/^Addició editorial Ho ha escrit l'equip del catàleg, no la guia: .* Dades comprovades el \d+ de \w+ del \d{4}\.$/);
		expect(await item.locator('dl').getAttribute('data-provenance')).toBe('editorial');
		expect(await item.locator('[data-fact="cost"]').textContent()).toContain(band('cost', first!.cost.band));
		expect(await item.locator('[data-fact="staff"]').textContent()).toContain(first!.staff);
		expect(await item.locator('[data-fact="setupTime"]').textContent()).toContain(band('setupTime', first!.setupTime.band));
		expect(await item.locator('[data-fact="evidence"]').textContent()).toContain(band('evidence', first!.evidence.level));
		const experienceTitles = await item.locator('.shortlist-item__list a').allTextContents();
		expect(experienceTitles.sort()).toEqual(model.experiencesOf(first!.number).map((e) => e.title).sort());

		// Taking one out changes the page, the link and the device.
		await item.locator('[data-remove]').click();
		expect(await item.isHidden()).toBe(true);
		expect(new URL(page.url()).searchParams.get('actuacions')).toBe(`${second!.number},${third!.number}`);
		expect(await stored(page)).toBe(`${second!.number},${third!.number}`);
		expect(await page.evaluate(() => document.activeElement?.closest('[data-shortlist-item]')?.getAttribute('data-shortlist-item'))).toBe(String(second!.number));
		await page.context().close();
	});

	test('a shared link shows its actions; it replaces the device’s own list only when asked', async () => {
		const page = await site.open('/seleccio/');
		await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: String(first!.number) });
		await page.goto(site.url(`/seleccio/?actuacions=${third!.number},${second!.number}`));
		await page.waitForSelector('[data-shared]:not([hidden])');
		expect(await page.$$eval('[data-shortlist-item]:not([hidden])', (items) => items.map((i) => i.getAttribute('data-shortlist-item')))).toEqual([String(third!.number), String(second!.number)]);
		expect(await stored(page)).toBe(String(first!.number));
		expect(await page.getAttribute('[data-mine]', 'href')).toBe(`/seleccio/?actuacions=${first!.number}`);
		await page.click('[data-save]');
		expect(await stored(page)).toBe(`${third!.number},${second!.number}`);
		expect(await page.isHidden('[data-shared]')).toBe(true);
		await page.context().close();
	});

	test('an empty selection says how to fill it; a number that does not exist is named', async () => {
		const page = await site.open('/seleccio/?actuacions=9998', '[data-empty]:not([hidden])');
		expect(await page.textContent('[data-status]')).toBe('0 actuacions a la selecció. No hi ha cap actuació amb el número 9998 al catàleg.');
		expect(await page.isHidden('[data-tools]')).toBe(true);
		expect(await page.getAttribute('[data-empty] a', 'href')).toBe('/planificador/');
		await page.context().close();
	});

	test('downloads as a CSV a spreadsheet opens: UTF-8 mark, labels in the reader’s language, one row per action', async () => {
		const page = await site.open(`/es/seleccio/?actuacions=${first!.number},${second!.number}`, '[data-tools]:not([hidden])');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv]')]);
		expect(download.suggestedFilename()).toBe(`seleccion-actuaciones-${first!.number}-${second!.number}.csv`);
		const file = join(dir, 'seleccio.csv');
		await download.saveAs(file);
		const csv = readFileSync(file, 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe('Número,Título,Enlace permanente,Coste,Equipo,Tiempo de puesta en marcha,Municipios de menos de 5.000 habitantes,Evidencia,Experiencias del catálogo');
		const es = model.actionTranslation('es', first!.slug);
		expect(lines[1]).toMatch(new RegExp(`^${first!.number},"?${es.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?,https://[^,]+/es/actuacions/${first!.number}/,`));
		expect(lines[1]).toContain(model.decisionScales.cost.find((t) => t.id === first!.cost.band)!.name.es);
		expect(csv).toContain(`/es/actuacions/${second!.number}/`);
		await page.context().close();
	});

	test('prints as a plan of at most four A4 pages for three actions, with the citation and the permanent links', async () => {
		const page = await site.open(`/seleccio/?actuacions=${first!.number},${second!.number},${third!.number}`, '[data-cite]:not([hidden])');
		const pdf = join(dir, 'pla.pdf');
		writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
		await page.context().close();
		const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(4);
		const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
		const compact = printed.replace(/\s+/g, '');
		for (const a of [first!, second!, third!]) {
			expect(printed).toContain(`Actuació ${a.number} — ${a.title}`);
			expect(compact).toMatch(new RegExp(`https://[^/]+/actuacions/${a.number}/`));
		}
		expect(printed).toContain("Pla d'actuacions. Enllaç a aquesta selecció:");
		expect(compact).toContain(`/seleccio/?actuacions=${first!.number},${second!.number},${third!.number}`);
		expect(printed).toContain('Cita i enllaça: La meva selecció. Estratègies de millora educativa.');
		expect(printed).toContain('Direcció General de Joventut');
		for (const control of ['Imprimeix el pla', 'Descarrega en CSV', 'Treu de la meva selecció', 'Cerca i filtra actuacions']) expect(printed).not.toContain(control);
	});
});

describe('the comparison', () => {
	const sheetPart = (slug: string, id: string) => {
		const sheet = readPage(`/actuacions/${slug}/`).querySelector('.action-sheet')!;
		const heading = sheet.querySelector(`h2#${id}`)!;
		return text(heading.nextElementSibling?.querySelector('[data-provenance]') ?? heading.nextElementSibling);
	};

	test('puts two actions side by side: the facts first, then the seven parts, each row holding the same part of both', async () => {
		const page = await site.open(`/compara/?actuacions=${first!.number},${second!.number}`, '[data-table] > tbody');
		expect(await page.$$eval('[data-table] > thead th', (ths) => ths.map((th) => th.textContent))).toEqual([first!, second!].map((a) => `Actuació ${a.number} — ${a.title}`));
		const rows = await page.$$eval('[data-table] > tbody', (bodies) => bodies.map((b) => ({ key: b.getAttribute('data-row'), label: b.querySelector('th')!.firstChild!.textContent, badge: b.querySelector('th .editorial-badge')?.textContent, cells: [...b.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim()) })));
		expect(rows.map((r) => r.key)).toEqual(['fact-cost', 'fact-staff', 'fact-setupTime', 'fact-scaleFit', 'fact-evidence', 'fact-goals', ...ACTION_SECTIONS.map((s) => s.id)]);
		expect(rows.slice(0, 6).map((r) => r.label)).toEqual(['Cost', 'Equip', 'Temps de posada en marxa', 'Municipis de menys de 5.000 habitants', 'Evidència', 'Objectius de la guia que treballa']);
		expect(rows.slice(6).map((r) => r.label)).toEqual(ACTION_SECTIONS.map((s) => s.heading.ca));
		// The facts are the editors', and say so; the parts carry the sheets' own provenance labels.
		expect(rows.map((r) => r.badge)).toEqual([...Array(6).fill('Addició editorial'), ...ACTION_SECTIONS.map(() => undefined)]);
		expect(await page.locator('[data-table] > tbody[data-row="descripcio"] .provenance__label').count()).toBeGreaterThanOrEqual(2);
		const staff = rows.find((r) => r.key === 'fact-staff')!;
		expect(staff.cells).toEqual([first!.staff, second!.staff]);
		for (const section of ACTION_SECTIONS) {
			const row = rows.find((r) => r.key === section.id)!;
			expect(row.cells[0], section.id).toContain(sheetPart(first!.slug, section.id).slice(0, 60));
			expect(row.cells[1], section.id).toContain(sheetPart(second!.slug, section.id).slice(0, 60));
		}
		// The cells of one row start at the same height, whatever the length of the texts before.
		const tops = await page.$$eval('[data-table] > tbody[data-row="metodologia"] > tr > td', (tds) => tds.map((td) => Math.round(td.getBoundingClientRect().top)));
		expect(new Set(tops).size).toBe(1);
		expect(await page.$$eval('[data-table] td [id]', (els) => els.length)).toBe(0);
		await page.context().close();
	});

	test('on a phone the page does not scroll sideways; the table does, in a named, focusable region, each column readable', async () => {
		const page = await site.page({ width: 390 });
		await page.goto(site.url(`/compara/?actuacions=${first!.number},${second!.number},${third!.number}`));
		await page.waitForSelector('[data-table] > tbody');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await page.getAttribute('[data-scroll]', 'role')).toBe('region');
		expect(await page.getAttribute('[data-scroll]', 'tabindex')).toBe('0');
		const width = await page.$eval('[data-table] > thead th', (th) => th.getBoundingClientRect().width);
		expect(width).toBeGreaterThanOrEqual(250);
		expect(await page.isVisible('[data-swipe]')).toBe(true);
		await page.context().close();
	});

	test('copies no script, event handler or dangerous link from a sheet, even one that had them', async () => {
		const page = await site.page();
		// A sheet as an attacker would have it served: the checks that stop this content are bypassed.
		await page.route(`**/actuacions/${first!.slug}/`, async (route) => {
			const html = (await (await route.fetch()).text()).replace(
				'<h2 id="descripcio">',
				'<h2 id="descripcio">Descripció</h2><p><img src="x" onerror="window.__pwned=1"><a href="javascript:window.__pwned=1" id="bad">clic</a><script>window.__pwned=1</script></p><h2 id="descripcio-original">',
			);
			await route.fulfill({ status: 200, contentType: 'text/html', body: html });
		});
		await page.goto(site.url(`/compara/?actuacions=${first!.number},${second!.number}`));
		await page.waitForSelector('[data-table] > tbody');
		const cell = page.locator('[data-table] > tbody[data-row="descripcio"] td').first();
		expect(await cell.locator('img').getAttribute('onerror')).toBeNull();
		expect(await cell.locator('a', { hasText: 'clic' }).getAttribute('href')).toBeNull();
		expect(await cell.locator('script').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await page.context().close();
	});

	test('with one action, or with more than three, it says what it does', async () => {
		const page = await site.open(`/compara/?actuacions=${first!.number}`);
		await expect.poll(() => page.textContent('[data-status]')).toBe('Per comparar, calen dues o tres actuacions. Trieu-les a La meva selecció o al catàleg.');
		expect(await page.isHidden('[data-scroll]')).toBe(true);
		const four = model.actions.slice(0, 4).map((a) => a.number);
		await page.goto(site.url(`/compara/?actuacions=${four.join(',')}`));
		await page.waitForSelector('[data-table] > tbody');
		expect(await page.textContent('[data-status]')).toBe('Es comparen les 3 primeres. 3 actuacions comparades.');
		expect(await page.locator('[data-table] > thead th').count()).toBe(3);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	test.each([
		['/planificador/', 'El planificador necessita JavaScript'],
		['/seleccio/', 'Aquesta pàgina necessita JavaScript per llegir la vostra selecció.'],
		['/compara/', "Aquesta pàgina necessita JavaScript per posar les fitxes l'una al costat de l'altra."],
	])('%s says what it needs and links to the catalogue and the sheets', async (path, message) => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url(`${path}?actuacions=${first!.number},${second!.number}`));
		expect(await page.textContent('.needs-script')).toContain(message);
		const links = await page.$$eval('.needs-script a', (as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(['/actuacions/', '/dimensions-estrategies-actuacions/', '/com-llegir-les-fitxes/']);
		expect(await page.isVisible('[data-planner], [data-selection], [data-compare]')).toBe(false);
		await page.context().close();
	});

	test('cards and sheets offer no selection checkbox that could not work', async () => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url(`/actuacions/${first!.slug}/`));
		expect(await page.isVisible('[data-select]')).toBe(false);
		await page.goto(site.url('/actuacions/'));
		expect(await page.locator('[data-select]:visible').count()).toBe(0);
		await page.context().close();
	});
});

describe('accessibility, in three languages, with answers and a selection', () => {
	const paths = ['', '/es', '/en'].flatMap((prefix) => [
		`${prefix}/planificador/?poblacio=menys-5000&gestio=comarca&objectiu=exclusio`,
		`${prefix}/seleccio/?actuacions=${first!.number},${second!.number}`,
		`${prefix}/compara/?actuacions=${first!.number},${second!.number}`,
	]);

	test.each(paths)('%s has no axe violations, at desktop and phone widths', async (path) => {
		for (const width of [1280, 390]) {
			const page = await site.page({ width });
			await page.goto(site.url(path));
			await page.waitForSelector('[data-status]:not(:empty)');
			if (path.includes('/compara/')) await page.waitForSelector('[data-table] > tbody');
			const violations = await axe(page);
			expect(violations, `${path} @${width}: ${describeViolations(violations)}`).toEqual([]);
			await page.context().close();
		}
	});

	test('the pages speak the reader’s language', async () => {
		const page = await site.open('/en/planificador/?objectiu=exclusio', '[data-fits] > li');
		expect(await page.textContent('h1')).toBe('Towns like yours');
		expect(await page.textContent('[data-fits] > li:first-child [data-reasons]')).toMatch(/It (is its main goal|works towards your goal): Reduce the risk of social exclusion\./);
		await page.goto(site.url(`/es/seleccio/?actuacions=${first!.number}`));
		await page.waitForSelector('[data-tools]:not([hidden])');
		expect(await page.textContent('[data-status]')).toBe('1 actuación en la selección.');
		await page.context().close();
	});
});
