/**
 * The URL contract: every URL the site ever published (tests/contract/published-urls.txt) is
 * still served, as a page or as a redirect to a page that exists, and every listed anchor still
 * exists on its page. New URLs must be recorded with `npm run urls:record`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { publishedUrls, readContract } from '../../scripts/lib/published-urls.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const contract = readContract(ROOT);

const fileFor = (path: string) => join(DIST, path, path.endsWith('/') ? 'index.html' : '');
const redirectTarget = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

test('the contract lists URLs', () => {
	expect(contract.length).toBeGreaterThan(100);
});

test('every published URL is still served, as a page or a redirect to a live page', () => {
	const broken: string[] = [];
	for (const entry of contract) {
		const [path, anchor] = entry.split('#') as [string, string | undefined];
		const file = fileFor(path);
		if (!existsSync(file)) {
			broken.push(`${entry}: no es publica`);
			continue;
		}
		if (!path.endsWith('/')) continue;
		let html = readFileSync(file, 'utf8');
		const target = redirectTarget(html);
		if (target) {
			if (!existsSync(fileFor(target))) {
				broken.push(`${entry}: redirigeix a ${target}, que no existeix`);
				continue;
			}
			html = readFileSync(fileFor(target), 'utf8');
		}
		if (anchor && !html.includes(` id="${anchor}"`)) broken.push(`${entry}: l'àncora #${anchor} ha desaparegut`);
	}
	expect(broken, broken.join('\n')).toEqual([]);
});

test('every URL the build publishes is recorded in the contract', () => {
	const missing = publishedUrls(DIST).filter((u) => !contract.includes(u));
	expect(missing, `Adreces noves sense registrar. Executeu «npm run build && npm run urls:record»:\n${missing.join('\n')}`).toEqual([]);
});
