/**
 * What content can put on a page stays text. Two builds of a fixture site, loaded in Chromium:
 * 1. content that passes every check but looks like code (escaped markup, quotes, ampersands):
 *    it must show as the same text, and nothing may run;
 * 2. the same site with the content checks switched off in a copy of the project, and markup in
 *    a title, a hero tagline and a card title: the page layer (route middleware, the Card and
 *    LinkCard wrappers) must still show it as text, and nothing may run.
 * `tests/validation/security.test.ts` asserts the messages that stop these samples first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { copyFixture, edit, write } from '../helpers/content-copy.ts';
import { buildProject, makeProject } from '../helpers/fixture-project.ts';
import { serve, type StaticServer } from '../helpers/server.ts';
import type { Browser } from 'playwright-core';

const ACTION = 'content/actuacions/suport-escolar.mdx';
const CHAPTER = 'content/docs/guia/objectius.mdx';
const HOME = 'content/docs/index.mdx';
const PROBE = 'window.__pwned=1';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Builds a fixture project (content prepared by `content`, project patched by `project`) and serves it. */
async function buildAndServe(content: (root: string) => void, project: (dir: string) => void = () => {}): Promise<StaticServer> {
	const root = copyFixture();
	content(root);
	const dir = makeProject(join(root, 'content'));
	project(dir);
	const { status, output, dist } = buildProject(dir);
	expect(status, output).toBe(0);
	expect(existsSync(join(dist, 'actuacions/suport-escolar/index.html'))).toBe(true);
	return serve(dist);
}

/** Loads a page and reports whether any script the content tried to add ran. */
async function visit(server: StaticServer, path: string): Promise<{ page: Page; ran: boolean; dialogs: number }> {
	const page = await browser.newPage();
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const response = await page.goto(`${server.url}${path}`);
	expect(response?.status(), path).toBe(200);
	await page.waitForLoadState('load');
	// Hover and click every link and image area a reader could touch, as an event handler needs.
	// Hidden elements (the planner's and the selection's pools) cannot be hovered: skip them.
	for (const el of await page.$$('main img, main a, main .card, main .sl-link-card')) if (await el.isVisible()) await el.hover().catch(() => {});
	const ran = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned === 1);
	return { page, ran, dialogs };
}

describe('content that passes the checks but looks like code', () => {
	// In the Spanish translation: a guide action keeps the guide's own Catalan title (validate checks it).
	const TRANSLATION = 'content/actuacions/es/suport-escolar.mdx';
	const TITLE = `Apoyo escolar "d'aquí" & d'allà`;
	let server: StaticServer;
	beforeAll(async () => {
		server = await buildAndServe((content) => {
			edit(content, TRANSLATION, 'title: Apoyo escolar', `title: ${TITLE}`);
			edit(content, TRANSLATION, 'Un espacio de apoyo al estudio', `Text &lt;img src=x onerror="${PROBE}"&gt; i &lt;script&gt;${PROBE}&lt;/script&gt;. Un espacio de apoyo al estudio`);
			edit(content, TRANSLATION, 'staff: Una persona dinamizadora', 'staff: =HYPERLINK("https://exemple.cat";"clic") Una persona dinamizadora');
			edit(content, CHAPTER, 'Un capítol de prova', `import { Card, LinkCard } from '~/components';\n\n<Card title="Fitxa & guia &quot;2026&quot;">Text</Card>\n\n<LinkCard title="Catàleg & fitxes" href="/actuacions/" description="Les &quot;actuacions&quot;" />\n\nUn capítol de prova`);
		});
	}, 300_000);
	afterAll(() => server?.close());

	test('an action sheet shows its title and escaped markup as text, and runs nothing', async () => {
		const { page, ran, dialogs } = await visit(server, '/es/actuacions/suport-escolar/');
		expect(await page.title()).toBe(`Actuación 3 — ${TITLE} | Estrategias de mejora educativa`);
		expect(await page.locator('main h1').innerText()).toContain(TITLE);
		const text = await page.locator('main').innerText();
		expect(text).toContain(`<img src=x onerror="${PROBE}">`);
		expect(text).toContain(`<script>${PROBE}</script>`);
		expect(await page.locator('main img').count()).toBe(0);
		expect([ran, dialogs]).toEqual([false, 0]);
	});

	test('the selection shows the same text, and its CSV keeps a formula from running in a spreadsheet', async () => {
		const { page, ran, dialogs } = await visit(server, '/es/seleccio/?actuacions=3');
		await page.waitForSelector('[data-tools]:not([hidden])');
		expect(await page.locator('[data-shortlist-item="3"] h2').innerText()).toBe(`Actuación 3 — ${TITLE}`);
		expect(await page.locator('[data-shortlist-item="3"] [data-fact="staff"] dd').innerText()).toContain('=HYPERLINK("https://exemple.cat";"clic")');
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-csv]')]);
		const csv = readFileSync((await download.path())!, 'utf8');
		const row = csv.split('\r\n')[1]!;
		expect(row).toContain(`"Apoyo escolar ""d'aquí"" & d'allà"`);
		expect(row).toContain(`"'=HYPERLINK(""https://exemple.cat"";""clic"") Una persona dinamizadora`);
		expect([ran, dialogs]).toEqual([false, 0]);
	});

	test('a chapter shows card titles with quotes and ampersands as written', async () => {
		const { page, ran } = await visit(server, '/guia/objectius/');
		expect(await page.locator('main .card .title').innerText()).toBe('Fitxa & guia "2026"');
		expect(await page.locator('main .sl-link-card .title').innerText()).toBe('Catàleg & fitxes');
		expect(await page.locator('main .sl-link-card .description').innerText()).toBe('Les "actuacions"');
		expect(ran).toBe(false);
	});
});

describe('with the content checks switched off, the page layer still shows markup as text', () => {
	let server: StaticServer;
	// `</title>` first: inside <title> a tag is text, so the attack has to close the element.
	const script = `</title><script>${PROBE}</script>`;
	const img = `<img src=x onerror=${PROBE}>`;
	beforeAll(async () => {
		server = await buildAndServe(
			(content) => {
				edit(content, ACTION, 'title: Suport escolar', `title: "Suport ${script}"`);
				write(content, HOME, `---\ntitle: "Inici ${script}"\ntemplate: splash\nhero:\n  tagline: "Benvinguda ${img}"\n---\n\nPàgina de prova.\n`);
				edit(content, CHAPTER, 'Un capítol de prova', `import { Card } from '~/components';\n\n<Card title="Fitxa ${img}">Text</Card>\n\nUn capítol de prova`);
			},
			(dir) => {
				// Switch off every content check in this copy of the project, and nothing else.
				edit(dir, 'astro.config.mjs', 'contentValidation(),', '');
				edit(dir, 'astro.config.mjs', 'remarkPlugins: [remarkContentSafety, ', 'remarkPlugins: [');
				edit(dir, 'src/schemas/safe-text.ts', 'export function plainTextProblem(text: string): { message: string; fix: string } | undefined {', 'export function plainTextProblem(text: string): { message: string; fix: string } | undefined {\n\treturn undefined;');
			},
		);
	}, 300_000);
	afterAll(() => server?.close());

	test('markup in an action title stays in the tab title and the heading, as text', async () => {
		const { page, ran, dialogs } = await visit(server, '/actuacions/suport-escolar/');
		expect(await page.title()).toBe(`Actuació 3 — Suport ${script} | Estratègies de millora educativa`);
		expect(await page.locator('main h1').innerText()).toContain(`Suport ${script}`);
		expect([ran, dialogs]).toEqual([false, 0]);
	});

	test('markup in an action title stays text in the planner, the selection and the comparison', async () => {
		for (const path of ['/planificador/?edat=12-16', '/seleccio/?actuacions=3', '/compara/?actuacions=3,4']) {
			const { page, ran, dialogs } = await visit(server, path);
			await page.waitForSelector('[data-status]:not(:empty)');
			if (path.startsWith('/compara/')) await page.waitForSelector('[data-table] > tbody');
			const heading = path.startsWith('/compara/') ? '[data-table] > thead th' : path.startsWith('/seleccio/') ? '[data-shortlist-item="3"] h2' : '[data-result] h3 >> text=/^Actuació 3 —/';
			expect(await page.locator(heading).first().innerText(), path).toContain(`Suport ${script}`);
			expect([ran, dialogs], path).toEqual([false, 0]);
			await page.close();
		}
	});

	test('markup in a page title and a hero tagline stays text', async () => {
		const { page, ran } = await visit(server, '/');
		expect(await page.title()).toContain(`Inici ${script}`);
		expect(await page.locator('.hero h1').innerText()).toBe(`Inici ${script}`);
		expect(await page.locator('.hero .tagline').innerText()).toBe(`Benvinguda ${img}`);
		expect(await page.locator('.hero img').count()).toBe(0);
		expect(ran).toBe(false);
	});

	test('markup in a card title stays text', async () => {
		const { page, ran } = await visit(server, '/guia/objectius/');
		expect(await page.locator('main .card .title').innerText()).toBe(`Fitxa ${img}`);
		expect(await page.locator('main .card img').count()).toBe(0);
		expect(ran).toBe(false);
	});
});
