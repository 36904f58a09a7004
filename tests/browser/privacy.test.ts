/** No third-party requests and no cookies, on every page type, with JavaScript running. */
import { expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { useSite } from '../helpers/site.ts';

const model = loadModel();
const site = useSite();
const action = model.actions[0]!;
const experience = model.experiences[0]!;

const pageTypes = [
	'/',
	'/actuacions/',
	`/actuacions/${action.slug}/`,
	`/es/actuacions/${action.slug}/`,
	`/en/actuacions/${action.number}/`,
	'/dimensions-estrategies-actuacions/',
	`/dimensions/${model.dimensions[0]!.id}/`,
	`/estrategies/${model.strategies[0]!.id}/`,
	'/experiencies/',
	`/experiencies/${experience.slug}/`,
	'/guia/objectius/',
	'/sobre/',
	'/accessibilitat/',
	'/dades-obertes/',
	'/no-existeix/',
];

test.each(pageTypes)('%s makes no third-party request and sets no cookie', async (path) => {
	const page = await site.page();
	const foreign: string[] = [];
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.origin !== new URL(site.url('/')).origin) foreign.push(req.url());
	});
	await page.goto(site.url(path));
	await page.waitForLoadState('networkidle');
	// Use the page as a reader would: open search and type, which loads the search index.
	await page.click('button[data-open-modal]');
	await page.fill('#starlight__search input', 'joves');
	await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
	expect(foreign).toEqual([]);
	expect(await page.context().cookies()).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
	await page.context().close();
});
