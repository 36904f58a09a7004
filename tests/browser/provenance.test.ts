/**
 * Who says it, as a reader meets it (issue 11): on a desktop, on a phone, on paper and through a
 * screen reader, every run of the guide's text and of the editors' additions opens with its label
 * in words, so the difference never rests on colour alone.
 */
import { expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const SHEET = '/actuacions/accions-mancomunades/';

test.each([1280, 390])('at %i px, every label is shown in words above its run', async (width) => {
	const page = await site.page({ width });
	await page.goto(site.url(SHEET));
	const labels = await page.locator('.action-sheet .provenance > .provenance__label').evaluateAll((els) =>
		els.map((el) => ({ text: el.textContent, visible: el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility === 'visible', hidden: el.closest('[aria-hidden="true"]') !== null })),
	);
	expect(labels.length).toBeGreaterThan(7);
	expect(new Set(labels.map((l) => l.text))).toEqual(new Set(['Segons la guia', 'Addició editorial', "Addició editorial. No tenim el text de la guia per a aquesta part: l'ha escrita l'equip del catàleg."]));
	expect(labels.filter((l) => !l.visible || l.hidden)).toEqual([]);
	// The two kinds of run differ in more than colour: the editors' border is dashed.
	const styles = await page.evaluate(() => ['guia', 'editorial'].map((kind) => getComputedStyle(document.querySelector(`.action-sheet .provenance--${kind}`)!).borderInlineStartStyle));
	expect(styles).toEqual(['solid', 'dashed']);
	await page.context().close();
});

test('on paper the labels print, run into the first line of their text', async () => {
	const page = await site.page();
	await page.goto(site.url(SHEET));
	await page.emulateMedia({ media: 'print' });
	const labels = await page.locator('.action-sheet .provenance__label').evaluateAll((els) => els.map((el) => ({ display: getComputedStyle(el).display, float: getComputedStyle(el).float, height: el.getBoundingClientRect().height })));
	expect(labels.length).toBeGreaterThan(7);
	for (const l of labels) {
		expect(l.display).not.toBe('none');
		expect(l.float).toBe('left');
		expect(l.height).toBeGreaterThan(0);
	}
	await page.context().close();
});

test('a screen reader reads the label before the text it labels', async () => {
	const page = await site.page();
	await page.goto(site.url(SHEET));
	const tree = await page.locator('.action-sheet').ariaSnapshot();
	const heading = tree.indexOf('heading "Descripció"');
	const guide = tree.indexOf('Segons la guia', heading);
	const editorial = tree.indexOf('Addició editorial', guide);
	expect(heading).toBeGreaterThanOrEqual(0);
	expect(guide).toBeGreaterThan(heading);
	expect(editorial).toBeGreaterThan(guide);
	expect(tree.indexOf('Una acció mancomunada')).toBeGreaterThan(guide);
	await page.context().close();
});
