/** Every validation error links to its own entry in CONTRIBUTING.md, and the entry exists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROBLEM_CODES } from '../../src/lib/validation/problems.ts';
import { ROOT } from '../helpers/paths.ts';

const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

test.each([...Object.keys(PROBLEM_CODES), 'enllac-trencat'])('CONTRIBUTING.md has an entry for «%s»', (code) => {
	expect(contributing).toContain(`<a id="${code}"></a>`);
	expect(contributing).toContain(`(\`${code}\`)`);
});

test('CONTRIBUTING.md has the numbered recipes', () => {
	for (const recipe of ['## 1. Preparar', '## 2. Afegir una actuació', '## 3. Afegir una experiència', '## 4. Editar un capítol', "## 5. Canviar el nom d'una actuació o retirar-la", '## 6. Traduir una pàgina', '## 7. Què diuen les comprovacions']) {
		expect(contributing).toContain(recipe);
	}
});
