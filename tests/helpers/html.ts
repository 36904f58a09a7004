/** Reads built pages from `dist/` as parsed HTML. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './paths.ts';

export function pagePath(urlPath: string, dist = DIST) {
	return join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
}

export function readPage(urlPath: string, dist = DIST): HTMLElement {
	const file = pagePath(urlPath, dist);
	if (!existsSync(file)) throw new Error(`No s'ha construït la pàgina ${urlPath} (${file}).`);
	return parse(readFileSync(file, 'utf8'));
}

export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
