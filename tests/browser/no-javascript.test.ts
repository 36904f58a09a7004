/**
 * An action sheet needs no JavaScript to render: every part of the largest sheet is there with
 * JavaScript switched off.
 */
import { describe, expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();
const largest = [...model.actions].sort((a, b) => b.body.length - a.body.length)[0]!;

describe(`the largest action sheet, /actuacions/${largest.slug}/`, () => {
	test('renders all of its parts with JavaScript off', async () => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url(`/actuacions/${largest.slug}/`));
		for (const id of ['descripcio', 'destinataris', 'objectius', 'metodologia', 'agents', 'rol-joventut', 'experiencies']) {
			expect(await page.isVisible(`h2#${id}`), id).toBe(true);
		}
		expect(await page.textContent('h1')).toContain(largest.title);
		await page.context().close();
	});

	test('offers no control that needs JavaScript: no search button, no copy button', async () => {
		const page = await site.page({ javaScript: false });
		await page.goto(site.url(`/actuacions/${largest.slug}/`));
		expect(await page.isVisible('button[data-open-modal]')).toBe(false);
		expect(await page.isVisible('button[data-copy]')).toBe(false);
		expect(await page.isVisible('.cite__text')).toBe(true);
		await page.context().close();
	});
});
