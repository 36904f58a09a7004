/**
 * Publishing anywhere, and renames that never break a link. One build of the real content,
 * under a sub-path (BASE_PATH=/estrategies/) and with one action renamed (its old slug kept in
 * `aliases`), then checked as files and in Chromium.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { loadModel } from '../helpers/content-model.ts';
import { buildProject, makeProject, tempDir } from '../helpers/fixture-project.ts';
import { ROOT } from '../helpers/paths.ts';
import { serve } from '../helpers/server.ts';

const BASE = '/estrategies';
const model = loadModel();
const renamed = model.actions[0]!;
const NEW_SLUG = `${renamed.slug}-nou-nom`;
let dist = '';
let dir = '';
let output = '';

beforeAll(() => {
	const content = tempDir('content-');
	cpSync(join(ROOT, 'content'), content, { recursive: true });
	const from = join(content, 'actuacions', `${renamed.slug}.mdx`);
	const source = readFileSync(from, 'utf8').replace(/^provenance:/m, `aliases: [${renamed.slug}]\nprovenance:`);
	writeFileSync(join(content, 'actuacions', `${NEW_SLUG}.mdx`), source);
	rmSync(from);
	for (const locale of ['es', 'en']) {
		const translation = join(content, 'actuacions', locale, `${renamed.slug}.mdx`);
		if (existsSync(translation)) renameSync(translation, join(content, 'actuacions', locale, `${NEW_SLUG}.mdx`));
	}
	// Links to the old slug inside the content keep working through the alias.
	dir = makeProject(content);
	rmSync(content, { recursive: true });
	const result = buildProject(dir, { BASE_PATH: `${BASE}/`, SITE_URL: 'https://ajuntament.example' });
	output = result.output;
	expect(result.status, output).toBe(0);
	dist = result.dist;
}, 300_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/**
 * Where a number permalink or a former slug leads: it serves the sheet itself (so that a
 * `#section` works without JavaScript), names the named page as its only canonical address and,
 * with JavaScript, shows that address. Returns the path, or what is wrong.
 */
const leadsTo = (html: string) => {
	if (html.includes('http-equiv="refresh"')) return 'a redirect, which loses the #fragment';
	if (!html.includes('class="action-sheet"')) return 'not the sheet';
	const canonicals = [...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map((m) => m[1]!);
	if (canonicals.length !== 1) return `${canonicals.length} canonical links`;
	const path = new URL(canonicals[0]!).pathname;
	return html.includes(`history.replaceState(history.state, '', path + location.search + location.hash)`) && html.includes(JSON.stringify(path)) ? path : 'no address shown';
};

test('the old slug and the number permalink lead to the renamed page, in every language', () => {
	for (const prefix of ['', '/es', '/en']) {
		expect(leadsTo(page(`${prefix}/actuacions/${renamed.slug}`))).toBe(`${BASE}${prefix}/actuacions/${NEW_SLUG}/`);
		expect(leadsTo(page(`${prefix}/actuacions/${renamed.number}`))).toBe(`${BASE}${prefix}/actuacions/${NEW_SLUG}/`);
		expect(page(`${prefix}/actuacions/${NEW_SLUG}`)).toContain('class="action-sheet"');
	}
});

test('every number permalink leads to its action under the base path', () => {
	for (const action of model.actions.filter((a) => a !== renamed)) {
		expect(leadsTo(page(`/actuacions/${action.number}`)), String(action.number)).toBe(`${BASE}/actuacions/${action.slug}/`);
	}
});

test('every internal link of every page resolves under the base path', () => {
	const htmlFiles: string[] = [];
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else if (n.endsWith('.html')) htmlFiles.push(p);
		}
	};
	walk(dist);
	const broken = new Set<string>();
	for (const file of htmlFiles) {
		const html = readFileSync(file, 'utf8');
		for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
			const target = href!;
			if (!target.startsWith(`${BASE}/`)) {
				broken.add(`${relative(dist, file)} → ${target} (sense el prefix ${BASE}/)`);
				continue;
			}
			const path = join(dist, target.slice(BASE.length));
			if (!existsSync(target.endsWith('/') ? join(path, 'index.html') : path)) broken.add(`${relative(dist, file)} → ${target}`);
		}
	}
	expect([...broken], [...broken].slice(0, 30).join('\n')).toEqual([]);
});

test('data files are published under the base path with absolute URLs that include it', () => {
	const data = JSON.parse(readFileSync(join(dist, 'dades/actuacions.json'), 'utf8'));
	expect(data.count).toBe(model.actions.length);
	const moved = data.actions.find((a: { number: number }) => a.number === renamed.number);
	expect(moved.url).toBe(`https://ajuntament.example${BASE}/actuacions/${NEW_SLUG}/`);
	expect(moved.permalink).toBe(`https://ajuntament.example${BASE}/actuacions/${renamed.number}/`);
	expect(page(`/actuacions/${NEW_SLUG}`)).toContain(`<link rel="canonical" href="https://ajuntament.example${BASE}/actuacions/${NEW_SLUG}/"`);
	expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain(`/actuacions/${renamed.slug}/<`);
});

test('in a browser, the old address lands on the renamed page, and search works under the base path', async () => {
	const server = await serve(dist, `${BASE}/`);
	const browser = await launch();
	try {
		const tab = await browser.newPage();
		await tab.goto(`${server.url}${BASE}/actuacions/${renamed.slug}/`);
		await tab.waitForURL(`**${BASE}/actuacions/${NEW_SLUG}/`);
		expect(await tab.textContent('h1')).toContain(renamed.title);
		await tab.goto(`${server.url}${BASE}/actuacions/?q=${encodeURIComponent(renamed.title)}`);
		await tab.waitForFunction((n) => document.querySelector(`[data-item="${n}"]`) && !document.querySelector(`[data-item="${n}"]`)!.hasAttribute('hidden') && document.querySelectorAll('[data-item]:not([hidden])').length < document.querySelectorAll('[data-item]').length, renamed.number);
	} finally {
		await browser.close();
		await server.close();
	}
});
