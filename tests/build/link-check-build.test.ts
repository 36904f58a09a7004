/**
 * A build whose pages link to a page or an anchor that does not exist fails, and says which
 * content file to fix, which link and why (the checker's own cases are in tests/unit/link-check.test.ts).
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { copyFixture, edit } from '../helpers/content-copy.ts';
import { buildProject, makeProject } from '../helpers/fixture-project.ts';

test('a broken link and a broken anchor in a chapter stop the build with the file to fix', () => {
	const content = copyFixture();
	edit(content, 'content/docs/guia/objectius.mdx', '(/actuacions/suport-escolar/)', '(/actuacions/suport-escolar/), la seva [metodologia](/actuacions/suport-escolar/#metodolgia) i les [aules](/actuacions/aules-destudi/)');
	const { status, output } = buildProject(makeProject(join(content, 'content')));
	expect(status).not.toBe(0);
	expect(output).toContain(
		[
			'Hi ha enllaços trencats:',
			'',
			'content/docs/guia/objectius.mdx',
			'  ✗ Enllaç «/actuacions/suport-escolar/#metodolgia»: l\'àncora #metodolgia no existeix a la pàgina de destinació.',
			'  ✗ Enllaç «/actuacions/aules-destudi/»: la pàgina o el fitxer no existeix.',
		].join('\n'),
	);
	expect(output).toContain('Més informació: CONTRIBUTING.md#enllac-trencat');
	expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}, 300_000);
