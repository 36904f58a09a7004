#!/usr/bin/env node
/**
 * Takes desktop and phone screenshots of built pages, to look at what we ship.
 *   node scripts/dev/screenshots.ts <dist> <out-dir> /path/ [/other/ …]
 * Add `?query` to a path to capture a filtered view.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/server.ts';

const [dist, out, ...paths] = process.argv.slice(2);
if (!dist || !out || !paths.length) {
	console.error('Ús: node scripts/dev/screenshots.ts <dist> <carpeta> /ruta/ [/ruta/ …]');
	process.exit(1);
}
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
	const page = await browser.newPage({ viewport });
	for (const path of paths) {
		await page.goto(`${server.url}${path}`);
		await page.waitForTimeout(400);
		const file = `${out}/${name}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
	}
	await page.close();
}
await browser.close();
await server.close();
