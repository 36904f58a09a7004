/**
 * The safety check runs on every compile, in `astro dev` too: a hostile file saved while the dev
 * server runs is refused with the Catalan report, and its code never runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyFixture, edit } from '../helpers/content-copy.ts';
import { astroEnv, makeProject } from '../helpers/fixture-project.ts';
import { ROOT } from '../helpers/paths.ts';

let dir: string;
let server: ChildProcess;
let base: string;
let output = '';

beforeAll(async () => {
	dir = makeProject(join(copyFixture(), 'content'));
	const port = 4500 + Math.floor(Math.random() * 400);
	server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: dir,
		env: astroEnv(),
	});
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 240 && !/ready in|Local/i.test(output); i++) await new Promise((r) => setTimeout(r, 500));
	expect(output, output).toMatch(/ready in|Local/i);
}, 150_000);

afterAll(() => {
	server?.kill('SIGTERM');
});

const get = async (path: string) => {
	const response = await fetch(`${base}${path}`);
	return { status: response.status, body: await response.text() };
};

test('a hostile chapter saved while the dev server runs is refused, and its code never runs', async () => {
	// The first request waits for the content to sync and the page to compile.
	let first = await get('/guia/objectius/');
	for (let i = 0; i < 60 && first.status !== 200; i++) {
		await new Promise((r) => setTimeout(r, 1000));
		first = await get('/guia/objectius/');
	}
	expect(first.status, output).toBe(200);

	const marker = join(dir, 'pwned.txt');
	const write = `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
	edit(dir, 'content/docs/guia/objectius.mdx', 'Un capítol de prova', `export const pwned = ${write};\n\nUn capítol de prova {${write}}`);

	let page = { status: 200, body: '' };
	for (let i = 0; i < 40 && page.status === 200; i++) {
		await new Promise((r) => setTimeout(r, 500));
		page = await get('/guia/objectius/');
	}
	expect(page.status).toBe(500);
	const report = `${page.body}\n${output}`;
	expect(report).toContain('El contingut té errors i no es pot mostrar');
	expect(report).toContain('no es permeten «export» ni codi JavaScript dins del contingut.');
	expect(report).toContain('no es permeten expressions entre claus');
	expect(existsSync(marker)).toBe(false);
}, 90_000);
