/**
 * The page budget of an action sheet: its HTML, CSS and JS stay under 100 kB uncompressed
 * (fonts and images aside), in every language. Measured twice: over the built files (the page
 * and everything it links or imports statically), and in Chromium, where what the page really
 * downloads without being touched must be exactly those files: nothing loads later on its own.
 */
import { describe, expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { pageWeight, type PageWeight } from '../helpers/page-weight.ts';
import { useSite } from '../helpers/site.ts';

const BUDGET = 100_000;
const model = loadModel();
const site = useSite();
const actionPages = ['', '/es', '/en'].flatMap((prefix) => model.actions.map((a) => `${prefix}/actuacions/${a.slug}/`));

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const describeWeight = (path: string, w: PageWeight) =>
	`La pàgina ${path} pesa ${kB(w.total)} (HTML ${kB(w.html)}, CSS ${kB(w.css)}, JS ${kB(w.js)}); el pressupost és de ${kB(BUDGET)}.\n` +
	`${[...w.files].map(([file, size]) => `  ${kB(size)} ${file}`).join('\n')}\n` +
	"Com arreglar-ho: si ha crescut l'HTML, escurça el text de la fitxa (sobretot si ha crescut en una sola llengua); si han crescut el CSS o el JS, és un canvi de codi que cal revisar.";

describe('over the built files', () => {
	test.each(actionPages)('%s weighs under 100 kB', (path) => {
		const weight = pageWeight(path);
		expect(weight.total, describeWeight(path, weight)).toBeLessThan(BUDGET);
	});
});

describe('in Chromium', () => {
	const heaviest = actionPages.map((path) => [path, pageWeight(path)] as const).sort((a, b) => b[1].total - a[1].total)[0]!;

	test(`the heaviest action page (${heaviest[0]}) downloads only its budgeted files, and nothing more while it sits idle`, async () => {
		const [path, weight] = heaviest;
		const page = await site.page();
		const fetched = new Map<string, number>();
		const reads: Promise<void>[] = [];
		page.on('response', (response) => {
			const type = response.request().resourceType();
			if (!['document', 'stylesheet', 'script', 'fetch', 'xhr'].includes(type)) return;
			reads.push(response.body().then((body) => void fetched.set(new URL(response.url()).pathname, body.length)));
		});
		await page.goto(site.url(path));
		await page.waitForLoadState('networkidle');
		// Idle callbacks and timers get their chance (Starlight's own search preloads its UI when idle).
		await page.waitForTimeout(1500);
		await page.waitForLoadState('networkidle');
		await Promise.all(reads);
		const total = [...fetched.values()].reduce((a, b) => a + b, 0);
		expect([...fetched.keys()].sort(), describeWeight(path, weight)).toEqual([...weight.files.keys()].sort());
		expect(total).toBe(weight.total);
		expect(total).toBeLessThan(BUDGET);
		await page.context().close();
	});

	test('the search dialog still loads its UI when it is opened', async () => {
		const page = await site.page();
		await page.goto(site.url(heaviest[0]));
		await page.waitForLoadState('networkidle');
		const loaded = page.waitForResponse((r) => /\/pagefind\/pagefind-ui\.js$/.test(new URL(r.url()).pathname));
		await page.click('button[data-open-modal]');
		await loaded;
		await page.fill('#starlight__search input', 'mancomunades');
		await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
		await page.context().close();
	});
});
