/** The build runs the same checks as `npm run validate` and stops on broken content. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyFixture, edit } from '../helpers/content-copy.ts';
import { buildProject, makeProject } from '../helpers/fixture-project.ts';
import { ROOT } from '../helpers/paths.ts';
import { validateContent } from '../../src/lib/validation/index.ts';

test('a build with a broken reference fails with the Catalan report, not a stack trace', () => {
	const content = copyFixture();
	edit(content, 'content/actuacions/suport-escolar.mdx', 'strategy: autonomia-estudi', 'strategy: autonomia-estudis');
	edit(content, 'content/docs/guia/objectius.mdx', 'Un capítol', "import fs from 'node:fs';\n\nUn capítol");
	const dir = makeProject(join(content, 'content'));
	const { status, output, dist } = buildProject(dir);
	expect(status).not.toBe(0);
	expect(output).toContain('El contingut té errors i el lloc no es pot construir');
	expect(output).toContain('content/actuacions/suport-escolar.mdx:5\n  ✗ Camp «strategy»: «autonomia-estudis» no correspon a cap estratègia. Potser volies dir «autonomia-estudi»?');
	expect(output).toContain("content/docs/guia/objectius.mdx:6\n  ✗ no es permet importar «node:fs».");
	expect(output).toContain('2 problemes en 2 fitxers.');
	expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
	expect(existsSync(join(dist, 'index.html'))).toBe(false);
}, 300_000);

test('the valid fixture builds, with every action and experience page, and prints no warning', () => {
	const content = copyFixture();
	const dir = makeProject(join(content, 'content'));
	const { status, output, dist } = buildProject(dir);
	expect(status, output).toBe(0);
	// A warning on a good build teaches editors and developers to ignore warnings.
	expect(output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line))).toEqual([]);
	for (const page of ['actuacions/suport-escolar', 'actuacions/aules-estudi', 'actuacions/3', 'experiencies/sala-estudi-exemple', 'guia/objectius']) {
		expect(existsSync(join(dist, page, 'index.html')), page).toBe(true);
	}
}, 300_000);

test('a draft that is not ready to publish builds for preview, and validate says what it lacks', () => {
	const content = copyFixture();
	const scaffold = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/new-action.ts'), '--title', "Punt d'informació juvenil", '--strategy', 'presa-de-decisions', '--audiences', 'joves-12-16', '--agents', 'joventut', '--scales', 'municipi'], { encoding: 'utf8', env: { ...process.env, CONTENT_ROOT: content }, input: '' });
	expect(scaffold.status, scaffold.stdout + scaffold.stderr).toBe(0);
	// Short sections, no translations: not publishable, and validate (what CI holds content to) says so…
	const codes = new Set(validateContent(content).map((p) => p.code));
	expect(codes).toEqual(new Set(['seccio-buida', 'traduccio-falta']));
	// …but the build and the dev server show it, so the editor can read it and record its addresses.
	const { status, output, dist } = buildProject(makeProject(join(content, 'content')));
	expect(status, output).toBe(0);
	expect(existsSync(join(dist, 'actuacions/punt-dinformacio-juvenil/index.html'))).toBe(true);
}, 300_000);
