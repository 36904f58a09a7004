/**
 * An action sheet prints as one or two clean A4 pages: no navigation, link targets shown, the
 * citation and the permalink included. Printed to PDF by Chromium, read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'emc-print-'));

test.each(model.actions.map((a) => [a.number, a.slug] as const))('action %i prints on one or two A4 pages', async (number, slug) => {
	const page = await site.page();
	await page.goto(site.url(`/actuacions/${slug}/`));
	// The language picker: its label is for screen readers only and never reaches the PDF's text.
	await page.emulateMedia({ media: 'print' });
	expect(await page.locator('starlight-lang-select select').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length), 'language picker on paper').toBe(0);
	const pdf = join(dir, `${slug}.pdf`);
	writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
	await page.context().close();

	const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
	expect(pages, `${slug}: ${pages} pàgines`).toBeGreaterThanOrEqual(1);
	expect(pages, `${slug}: ${pages} pàgines`).toBeLessThanOrEqual(2);
	expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);

	const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	const action = model.action(number);
	expect(text).toContain(`Actuació ${number} — ${action.title}`.replace(/\s+/g, ' '));
	expect(text).toContain('Cita i enllaça');
	expect(text).toContain(`/actuacions/${number}/`);
	expect(text).toContain('Estratègies de millora educativa');
	for (const heading of ['Descripció', 'Objectius', 'Metodologia', 'Experiències i recursos']) expect(text).toContain(heading);
	// The facts at a glance print as their bands, with the permalink to the rest of them.
	const band = (scale: keyof typeof model.decisionScales, id: string) => model.decisionScales[scale].find((t) => t.id === id)!.name.ca;
	expect(text).toContain(`Cost: ${band('cost', action.cost.band)} · Temps de posada en marxa: ${band('setupTime', action.setupTime.band)}`);
	expect(text).toContain(`Evidència: ${band('evidence', action.evidence.level)}`);
	const more = text.split('Equip, fonts, indicadors, errors freqüents i marc legal: ')[1] ?? '';
	expect(more.replace(/\s+/g, '').slice(0, 80)).toMatch(new RegExp(`^https://[^/]+/actuacions/${number}/`));
	// No navigation: no sidebar, search box, language picker or page pager.
	for (const chrome of ['Cerca i filtra actuacions', 'Ctrl K', 'Proposa una experiència', 'Torna a la taula']) expect(text).not.toContain(chrome);
	// Link targets are printed after the link text.
	const link = /\[([^\]]+)\]\((\/[^)\s]+|https:[^)\s]+)\)/.exec(action.body);
	// A long target may wrap onto the next line: compare without whitespace.
	if (link) expect(text.replace(/\s+/g, '')).toContain(`(${link[2]})`);
});
