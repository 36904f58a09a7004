/**
 * What a built site publishes: every HTML page (including redirect pages), every open-data
 * file, and the fixed section anchors of action pages. Paths are relative to the site's base.
 * Used by `npm run urls:record` and by the URL-contract test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACTION_SECTION_IDS } from '../../src/schemas/sections.ts';

const SKIP = new Set(['_astro', 'pagefind', '404.html']);

function walk(dir: string, root: string, out: string[]) {
	for (const name of readdirSync(dir)) {
		if (SKIP.has(name)) continue;
		const abs = join(dir, name);
		if (statSync(abs).isDirectory()) walk(abs, root, out);
		else out.push(relative(root, abs).split('\\').join('/'));
	}
}

export const CONTRACT_FILE = 'tests/contract/published-urls.txt';

/** Paths published by the site in `dist`, sorted. */
export function publishedUrls(dist: string): string[] {
	const files: string[] = [];
	walk(dist, dist, files);
	const urls = new Set<string>();
	for (const file of files) {
		if (file.endsWith('index.html')) {
			const path = `/${file.slice(0, -'index.html'.length)}`;
			urls.add(path);
			const html = readFileSync(join(dist, file), 'utf8');
			if (/\/actuacions\/[^/]+\/$/.test(path) && html.includes('class="action-sheet"')) {
				for (const id of ACTION_SECTION_IDS) urls.add(`${path}#${id}`);
			}
		} else if (file.startsWith('dades/') || /^sitemap.*\.xml$/.test(file)) {
			urls.add(`/${file}`);
		}
	}
	return [...urls].sort();
}

export function readContract(root: string): string[] {
	return readFileSync(join(root, CONTRACT_FILE), 'utf8')
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !l.startsWith('#'));
}
