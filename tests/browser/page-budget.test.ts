/**
 * The page budget of an action sheet: it renders without JavaScript, and the HTML, CSS and JS a
 * browser transfers to show it (until the network is idle, before any search) stay under 100 kB
 * uncompressed. Fonts and images are outside the budget.
 */
import { describe, expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const BUDGET_BYTES = 100 * 1024;
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

	test(`transfers under ${BUDGET_BYTES / 1024} kB of HTML, CSS and JS`, async () => {
		const page = await site.page();
		const sizes: { url: string; type: string; bytes: number }[] = [];
		page.on('response', async (response) => {
			const type = response.request().resourceType();
			if (!['document', 'stylesheet', 'script', 'fetch', 'xhr'].includes(type)) return;
			sizes.push({ url: response.url(), type, bytes: (await response.body()).length });
		});
		await page.goto(site.url(`/actuacions/${largest.slug}/`));
		await page.waitForLoadState('networkidle');
		const total = sizes.reduce((sum, r) => sum + r.bytes, 0);
		const detail = sizes.map((r) => `${r.type} ${new URL(r.url).pathname} ${r.bytes}`).join('\n');
		expect(sizes.some((r) => r.type === 'document')).toBe(true);
		expect(total, detail).toBeLessThan(BUDGET_BYTES);
		await page.context().close();
	});
});
