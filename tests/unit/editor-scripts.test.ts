/** The editor CLIs: validate (and --fix), new:action and new:experience, run as editors run them. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixText } from '../../scripts/lib/fix-content.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { copyFixture, edit } from '../helpers/content-copy.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';

const node = join(ROOT, 'node_modules/.bin/node');
const run = (script: string, args: string[], env: Record<string, string> = {}) => {
	const r = spawnSync(node, [join(ROOT, script), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, input: '' });
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

describe('npm run validate', () => {
	test('passes on valid content and says how long it took', () => {
		const { status, out } = run('scripts/validate.ts', [join(FIXTURES, 'valid')]);
		expect(status).toBe(0);
		expect(out).toMatch(/^✓ Contingut correcte \(\d+ ms\)\.$/m);
	});

	test('fails with every problem and a non-zero exit', () => {
		const root = copyFixture();
		edit(root, 'content/actuacions/suport-escolar.mdx', 'strategy: autonomia-estudi', 'strategy: autonomia');
		edit(root, 'content/experiencies/sala-estudi-exemple.mdx', 'actions: [4]', 'actions: [44]');
		const { status, out } = run('scripts/validate.ts', [root]);
		expect(status).toBe(1);
		expect(out).toContain('content/actuacions/suport-escolar.mdx:5\n  ✗ Camp «strategy»: «autonomia» no correspon a cap estratègia.');
		expect(out).toContain('content/experiencies/sala-estudi-exemple.mdx:16\n  ✗ Camp «actions[0]»: no hi ha cap actuació amb el número 44.');
		expect(out).toContain('2 problemes en 2 fitxers.');
	});

	test('--fix puts keys in order and cleans whitespace, then validates', () => {
		const root = copyFixture();
		edit(root, 'content/actuacions/aules-estudi.mdx', /^number: 4\ntitle: (.*)$/m, "title: $1\nnumber: 4");
		edit(root, 'content/actuacions/aules-estudi.mdx', '## Descripció', '\n\n\n## Descripció');
		const { status, out } = run('scripts/validate.ts', [root, '--fix']);
		expect(status, out).toBe(0);
		expect(out).toContain('✎ Arreglat content/actuacions/aules-estudi.mdx');
		const fixed = readFileSync(join(root, 'content/actuacions/aules-estudi.mdx'), 'utf8');
		expect(fixed.indexOf('number: 4')).toBeLessThan(fixed.indexOf('title:'));
		expect(fixed).not.toMatch(/\n\n\n/);
	});
});

describe('fixes are safe', () => {
	test('golden file: x.mdx → x.valid.mdx', () => {
		const input = readFileSync(join(FIXTURES, 'fix/aules-estudi.mdx'), 'utf8');
		const expected = readFileSync(join(FIXTURES, 'fix/aules-estudi.valid.mdx'), 'utf8');
		expect(fixText(input, 'actions')).toBe(expected);
	});

	test('fixing twice changes nothing more, and a tidy file is left alone', () => {
		const expected = readFileSync(join(FIXTURES, 'fix/aules-estudi.valid.mdx'), 'utf8');
		expect(fixText(expected, 'actions')).toBe(expected);
		const tidy = readFileSync(join(FIXTURES, 'valid/content/actuacions/suport-escolar.mdx'), 'utf8');
		expect(fixText(tidy, 'actions')).toBe(tidy);
	});
});

describe('npm run new:action', () => {
	test('writes a valid sheet with the next free number after the guide\'s own (28) and prints the preview URL', () => {
		const root = copyFixture();
		const { status, out } = run('scripts/new-action.ts', ['--title', "Punt d'informació juvenil", '--strategy', 'presa-de-decisions', '--audiences', 'joves-12-16,families', '--agents', 'joventut', '--scales', 'municipi'], { CONTENT_ROOT: root });
		expect(status, out).toBe(0);
		expect(out).toContain('✓ Creat content/actuacions/punt-dinformacio-juvenil.mdx (actuació 29).');
		expect(out).toContain('http://localhost:4321/actuacions/punt-dinformacio-juvenil/');
		expect(readFileSync(join(root, 'content/actuacions/punt-dinformacio-juvenil.mdx'), 'utf8')).toContain('number: 29\n');
		// Well formed; what is left is the editor's to do before publishing: the text, the translations.
		const left = validateContent(root);
		expect(left.map((p) => p.file)).toEqual(left.map(() => 'content/actuacions/punt-dinformacio-juvenil.mdx'));
		expect(new Set(left.map((p) => p.code))).toEqual(new Set(['seccio-buida', 'traduccio-falta']));
		expect(out).toContain(`ara hi queden ${left.length} tasques`);
	});

});

describe('npm run new:experience', () => {
	test('writes a valid experience linked to its actions', () => {
		const root = copyFixture();
		const { status, out } = run('scripts/new-experience.ts', ['--title', "Sala d'estudi nocturna", '--actions', '4,3', '--language', 'ca', '--place', 'Vic', '--comarca', 'osona', '--ownership', 'ajuntament', '--promoter', 'Ajuntament de Vic', '--for-whom', "Joves que preparen els exàmens de final de curs.", '--url', 'https://vic.example/noticia', '--date', '2024-05', '--publisher', 'Ajuntament de Vic'], { CONTENT_ROOT: root });
		expect(status, out).toBe(0);
		const file = join(root, 'content/experiencies/vic-sala-destudi-nocturna.mdx');
		expect(existsSync(file)).toBe(true);
		expect(readFileSync(file, 'utf8')).toContain('actions: [4, 3]');
		expect(readFileSync(file, 'utf8')).toMatch(/comarca: osona\nownership: ajuntament/);
		expect(validateContent(root).filter((p) => p.code !== 'seccio-buida' && p.code !== 'traduccio-falta')).toEqual([]);
	});
});

describe('the scaffolds refuse bad input with exit 1 and a message that says what is valid', () => {
	test.each([
		['without a terminal, a missing flag lists the real values', 'scripts/new-action.ts', ['--title', 'Nova'], '✗ Falta --strategy. Valors possibles: presa-de-decisions, autonomia-estudi.'],
		['a number that is taken', 'scripts/new-action.ts', ['--title', 'Nova', '--number', '3'], 'El número 3 ja existeix. El primer número lliure és 29.'],
		['a comarca that is not in the list', 'scripts/new-experience.ts', ['--title', 'Sala d’estudi', '--actions', '4', '--language', 'ca', '--place', 'Vic', '--comarca', 'Osona'], '--comarca: «Osona» no és vàlid. Valors: alt-camp, alt-emporda'],
		['an action that does not exist', 'scripts/new-experience.ts', ['--title', 'X', '--actions', '99'], 'no hi ha cap actuació amb el número 99. Números possibles: 3, 4.'],
	])('%s (%s)', (_, script, args, message) => {
		const { status, out } = run(script, args, { CONTENT_ROOT: copyFixture() });
		expect(status).toBe(1);
		expect(out).toContain(message);
	});
});

describe.each(['scripts/new-action.ts', 'scripts/new-experience.ts'])('%s options', (script) => {
	test('--help and -h print the usage in Catalan and exit 0', () => {
		for (const flag of ['--help', '-h']) {
			const { status, out } = run(script, [flag], { CONTENT_ROOT: copyFixture() });
			expect(status, out).toBe(0);
			expect(out).toMatch(/^Ús: npm run new:(action|experience) -- \[opcions\]$/m);
			expect(out).toContain('  -h, --help                mostra aquesta ajuda');
		}
	});

	test('an unknown option is refused with exit 1, not ignored', () => {
		const root = copyFixture();
		const { status, out } = run(script, ['--titel', 'Nova'], { CONTENT_ROOT: root });
		expect(status).toBe(1);
		expect(out).toMatch(/^✗ L'opció «--titel» no existeix\.$/m);
		expect(out).toContain('Ús: npm run new:');
	});

	test('an option without its value is refused', () => {
		const { status, out } = run(script, ['--title'], { CONTENT_ROOT: copyFixture() });
		expect(status).toBe(1);
		expect(out).toMatch(/^✗ A l'opció «--title» li falta el valor: escriu --title "…"\.$/m);
	});
});
