#!/usr/bin/env node
/**
 * npm run bench — measures how the site scales, with numbers, on synthetic catalogues.
 * For each size N (default 100, 1000 and 5000) it generates a catalogue of N actions and N
 * experiences with realistic text (the real sheets and experiences, reshuffled), builds it, and in
 * the same run builds a plain Starlight site with the same number of pages as ours (and a sidebar
 * of fixed size, as ours). It prints, side by side: build time, peak memory, dist/ size, average
 * and largest action-page HTML, the largest action page with its CSS and JS (the page budget),
 * Pagefind index size, and the bytes a first search transfers in Chromium (all of them: index, and
 * the search UI where it loads on demand); for the catalogue page, the time from a facet click to
 * the updated list; for the catalogue and the experiences list, the bytes transferred before each
 * is usable, and the size of their indexes (fetched when the reader reaches for the filters).
 *
 *   npm run bench                    sizes 100,1000,5000
 *   npm run bench -- 100,2000        other sizes
 *   npm run bench -- --write         also rewrite BENCHMARKS.md with the results
 *   npm run bench -- 250 --keep      keep the built catalogue in tests/.tmp/bench/ to look at
 *
 * Timings are noisy on a shared machine: compare the ratios within one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launch } from '../tests/helpers/browser.ts';
import { pageWeight } from '../tests/helpers/page-weight.ts';
import { serve } from '../tests/helpers/server.ts';
import { real, word, writeSyntheticSite, syntheticNumbers } from './lib/synthetic.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '100,1000,5000').split(',').map(Number);
const WORK = join(ROOT, 'tests/.tmp/bench');

function dirSize(dir: string): number {
	let total = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		total += s.isDirectory() ? dirSize(p) : s.size;
	}
	return total;
}

function timedBuild(dir: string) {
	const start = performance.now();
	const useTime = existsSync('/usr/bin/time');
	const cmd = useTime ? '/usr/bin/time' : join(ROOT, 'node_modules/.bin/astro');
	const argv = useTime ? ['-f', 'MAXRSS_KB=%M', join(ROOT, 'node_modules/.bin/astro'), 'build'] : ['build'];
	const r = spawnSync(cmd, argv, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` } });
	const seconds = (performance.now() - start) / 1000;
	if (r.status !== 0) throw new Error(`La construcció de ${dir} ha fallat:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
	const rss = /MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1];
	const pages = Number(/(\d+) page\(s\) built/.exec(r.stdout)?.[1] ?? 0);
	return { seconds, peakMb: rss ? Number(rss) / 1024 : NaN, pages };
}

function project(name: string, files: (dir: string) => void) {
	const dir = join(WORK, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	files(dir);
	return dir;
}

/** Bytes transferred while `action` runs in the page (Chrome's own accounting). */
async function transferred(page: Page, action: () => Promise<void>, filter: (url: string) => boolean = () => true) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	const urls = new Map<string, string>();
	let bytes = 0;
	cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
	cdp.on('Network.loadingFinished', (e) => {
		if (filter(urls.get(e.requestId) ?? '')) bytes += e.encodedDataLength;
	});
	await action();
	await page.waitForTimeout(300);
	await cdp.detach();
	return bytes;
}

async function measureSite(dist: string, actionPaths: string[], query: string, hasCatalogue: boolean) {
	const server = await serve(dist);
	const browser = await launch();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.url}${actionPaths[0]}`);
		await page.waitForTimeout(1500);
		const searchBytes = await transferred(
			page,
			async () => {
				await page.click('button[data-open-modal]');
				await page.fill('#starlight__search input', query);
				await page.waitForSelector('#starlight__search .pagefind-ui__result', { timeout: 30_000 });
			},
		);
		let facetMs = NaN;
		let catalogueBytes = NaN;
		let experiencesBytes = NaN;
		if (hasCatalogue) {
			// Usable: the list is there and the script has written its count.
			const usable = async (path: string) => {
				const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
				const bytes = await transferred(tab, async () => {
					await tab.goto(`${server.url}${path}`);
					await tab.waitForFunction(() => document.querySelector('[data-status]')?.textContent !== '');
				});
				return { tab, bytes };
			};
			experiencesBytes = (await usable('/experiencies/')).bytes;
			const { tab, bytes } = await usable('/actuacions/');
			catalogueBytes = bytes;
			const times: number[] = [];
			for (let i = 0; i < 6; i++) {
				times.push(
					await tab.evaluate(async (index) => {
						const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name="destinataris"]:not(:disabled)')];
						const box = boxes[index % boxes.length]!;
						const status = document.querySelector('[data-status]')!;
						const t0 = performance.now();
						const done = new Promise<void>((resolve) => new MutationObserver((_, o) => (o.disconnect(), resolve())).observe(status, { childList: true, characterData: true, subtree: true }));
						box.click();
						await done;
						await new Promise(requestAnimationFrame);
						return performance.now() - t0;
					}, i),
				);
			}
			times.sort((a, b) => a - b);
			facetMs = times[Math.floor(times.length / 2)]!;
		}
		return { searchKb: searchBytes / 1024, facetMs, catalogueKb: catalogueBytes / 1024, experiencesKb: experiencesBytes / 1024 };
	} finally {
		await browser.close();
		await server.close();
	}
}

function htmlSizes(dist: string, paths: string[]) {
	const sizes = paths.map((p) => statSync(join(dist, p, 'index.html')).size);
	// The page budget: HTML plus the CSS and JS it loads without being touched.
	const weights = paths.map((p) => pageWeight(p, dist).total);
	return { avgKb: sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024, maxKb: Math.max(...sizes) / 1024, budgetKb: Math.max(...weights) / 1000 };
}

const results: Record<string, string | number>[] = [];
for (const n of sizes) {
	// The catalogue: real taxonomy, vocabularies, chapters and UI strings; N synthetic actions and experiences.
	const ours = project(`catalogue-${n}`, (dir) => writeSyntheticSite(dir, n));
	const oursBuild = timedBuild(ours);
	const oursDist = join(ours, 'dist');
	const sample = Array.from({ length: Math.min(n, 200) }, (_, i) => `/actuacions/actuacio-${1 + Math.floor((i * n) / Math.min(n, 200))}/`);
	const oursHtml = htmlSizes(oursDist, sample);
	const oursBrowser = await measureSite(oursDist, sample, word(syntheticNumbers(n)[Math.floor(n / 2)]!), true);

	// Plain Starlight with as many pages as ours, same text. Its sidebar has a fixed size, as ours
	// does: an autogenerated sidebar of every page would grow each page with the site (quadratic).
	// Its home and its 404 page are the other two.
	const plainPages = oursBuild.pages - 2;
	const plain = project(`plain-${n}`, (dir) => {
		// Declared dependencies let Vite bundle Starlight's virtual modules as in a real project.
		const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
		const deps = Object.fromEntries(Object.entries(dependencies).filter(([name]) => name === 'astro' || name === '@astrojs/starlight'));
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plain', type: 'module', private: true, dependencies: deps }));
		writeFileSync(
			join(dir, 'astro.config.mjs'),
			`import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain', sidebar: [{ label: 'Pàgines', items: Array.from({ length: 20 }, (_, i) => ({ label: 'Pàgina ' + (i + 1), link: '/pagines/pagina-' + (i + 1) + '/' })) }] })] });\n`,
		);
		mkdirSync(join(dir, 'src/content/docs/pagines'), { recursive: true });
		writeFileSync(join(dir, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`);
		writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Inici\n---\n\nInici.\n');
		for (let i = 1; i <= plainPages; i++) {
			const model = real[i % real.length]!;
			const title = (model.data as { title: string }).title;
			writeFileSync(join(dir, 'src/content/docs/pagines', `pagina-${i}.md`), `---\ntitle: "${title} ${i}"\n---\n${model.body.replace(/^(## Metodologia\n\n)/m, `$1Paraula distintiva d'aquesta fitxa: ${word(i)}.\n\n`)}`);
		}
	});
	const plainBuild = timedBuild(plain);
	const plainDist = join(plain, 'dist');
	const plainSample = sample.map((p) => p.replace('/actuacions/actuacio-', '/pagines/pagina-'));
	const plainHtml = htmlSizes(plainDist, plainSample);
	const plainBrowser = await measureSite(plainDist, plainSample, word(syntheticNumbers(n)[Math.floor(n / 2)]!), false);

	for (const [name, build, dist, html, browser] of [
		['catàleg', oursBuild, oursDist, oursHtml, oursBrowser],
		['Starlight pla', plainBuild, plainDist, plainHtml, plainBrowser],
	] as const) {
		results.push({
			'actuacions i experiències': n,
			'lloc': name,
			'pàgines': build.pages,
			'construcció (s)': build.seconds.toFixed(1),
			'ms per pàgina': ((build.seconds * 1000) / build.pages).toFixed(2),
			'memòria màx. (MB)': build.peakMb.toFixed(0),
			'dist/ (MB)': (dirSize(dist) / 1024 / 1024).toFixed(1),
			'HTML fitxa mitjana (kB)': html.avgKb.toFixed(1),
			'HTML fitxa màx. (kB)': html.maxKb.toFixed(1),
			'fitxa HTML+CSS+JS màx. (kB)': html.budgetKb.toFixed(1),
			'índex Pagefind (MB)': (dirSize(join(dist, 'pagefind')) / 1024 / 1024).toFixed(1),
			'primera cerca (kB)': browser.searchKb.toFixed(0),
			'clic de faceta (ms)': Number.isNaN(browser.facetMs) ? '—' : browser.facetMs.toFixed(1),
			'catàleg fins a usable (kB)': Number.isNaN(browser.catalogueKb) ? '—' : browser.catalogueKb.toFixed(0),
			'experiències fins a usable (kB)': Number.isNaN(browser.experiencesKb) ? '—' : browser.experiencesKb.toFixed(0),
			// Fetched when the reader reaches for the filters, not before the list is usable.
			'índexs de les llistes (kB)': name === 'catàleg' ? ['actuacions', 'experiencies'].map((list) => (statSync(join(dist, list, 'index.json')).size / 1024).toFixed(0)).join(' + ') : '—',
		});
	}
	rmSync(plain, { recursive: true, force: true });
	if (!args.includes('--keep')) rmSync(ours, { recursive: true, force: true });
	console.table(results.slice(-2));
}

const headers = Object.keys(results[0]!);
const table = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...results.map((r) => `| ${headers.map((h) => r[h]).join(' | ')} |`)].join('\n');
const machine = `${cpus().length} nuclis (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\n${table}\n\nMàquina: ${machine}. Data: ${new Date().toISOString().slice(0, 10)}.`);
if (args.includes('--write')) {
	const file = join(ROOT, 'BENCHMARKS.md');
	const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n<!-- results -->\n<!-- /results -->\n';
	const next = doc.replace(/<!-- results -->[\s\S]*<!-- \/results -->/, `<!-- results -->\nData: ${new Date().toISOString().slice(0, 10)}. Màquina: ${machine}.\n\n${table}\n<!-- /results -->`);
	writeFileSync(file, next);
	console.log('✓ BENCHMARKS.md actualitzat.');
}
