/**
 * What a built page makes the browser download before anyone touches it: the HTML, the
 * stylesheets it links, the scripts it loads and everything those scripts import statically.
 * Dynamic `import()` is left out (it loads on demand), and so are fonts and images, and what
 * sits inside <noscript> (a browser with JavaScript, which the scripts counted here need, never
 * fetches it).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST } from './paths.ts';
import { pagePath } from './html.ts';

export interface PageWeight {
	/** Bytes per file, keyed by URL path ('/' for the page itself). */
	files: Map<string, number>;
	html: number;
	css: number;
	js: number;
	total: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.js)["']/g;

export function pageWeight(urlPath: string, dist = DIST): PageWeight {
	const htmlFile = pagePath(urlPath, dist);
	const files = new Map<string, number>([[urlPath, statSync(htmlFile).size]]);
	const doc = parse(readFileSync(htmlFile, 'utf8'));
	const resolve = (href: string, from: string) => new URL(href, `http://site${from}`).pathname;
	const pending: string[] = [];
	for (const link of doc.querySelectorAll('link[rel~="stylesheet"][href], link[rel="modulepreload"][href], script[src]')) {
		if (link.closest('noscript')) continue;
		const href = link.getAttribute('href') ?? link.getAttribute('src')!;
		pending.push(resolve(href, urlPath));
	}
	while (pending.length) {
		const path = pending.pop()!;
		if (files.has(path)) continue;
		const file = join(dist, decodeURI(path));
		files.set(path, statSync(file).size);
		if (path.endsWith('.js')) {
			for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) pending.push(resolve(spec!, path));
		}
	}
	const sum = (test: (path: string) => boolean) => [...files].filter(([p]) => test(p)).reduce((n, [, size]) => n + size, 0);
	const html = files.get(urlPath)!;
	const css = sum((p) => p.endsWith('.css'));
	const js = sum((p) => p.endsWith('.js'));
	return { files, html, css, js, total: html + css + js };
}
