#!/usr/bin/env node
/**
 * npm run urls:record — adds every URL the last build published to the URL contract
 * (tests/contract/published-urls.txt). It never removes a line: a published URL is a promise
 * to the municipalities that link to it. Run it after `npm run build` when you add pages.
 * To retire a URL, see CONTRIBUTING.md ("Canviar el nom d'una actuació o retirar-la").
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTRACT_FILE, publishedUrls, readContract } from './lib/published-urls.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
if (!existsSync(dist)) {
	console.error('No hi ha cap lloc construït. Executa primer «npm run build».');
	process.exit(1);
}
const before = existsSync(join(root, CONTRACT_FILE)) ? readContract(root) : [];
const all = [...new Set([...before, ...publishedUrls(dist)])].sort();
const header = [
	'# Contracte d’adreces: cada adreça que el lloc ha publicat. No esborreu cap línia.',
	'# Afegiu-hi les noves amb «npm run build && npm run urls:record».',
	'# Per retirar-ne una, vegeu CONTRIBUTING.md.',
];
writeFileSync(join(root, CONTRACT_FILE), `${[...header, ...all].join('\n')}\n`);
console.log(`✓ ${all.length - before.length} adreces noves; ${all.length} en total a ${CONTRACT_FILE}.`);
