/**
 * Every validation error, from a fixture file broken the way an editor would break it.
 * Each case asserts the exact message an editor reads: file, line, field, value, allowed values
 * and the fix, in Catalan.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems, validateContent, type Problem } from '../../src/lib/validation/index.ts';
import { edit, FIXTURE_FILES, fixtureLine, validateBroken, write } from '../helpers/content-copy.ts';
import { FIXTURES, ROOT } from '../helpers/paths.ts';
import YAML_CASES from './yaml-syntax-cases.json';

const { action: ACTION, other: OTHER, experience: EXPERIENCE, chapter: CHAPTER } = FIXTURE_FILES;
const broken = validateBroken;

const one = (problems: Problem[], code: Problem['code']) => only(problems.filter((p) => p.code === code));
const only = (problems: Problem[]) => {
	expect(problems, formatProblems(problems)).toHaveLength(1);
	return problems[0]!;
};

test('the valid fixture has no problems', () => {
	expect(validateContent(`${FIXTURES}/valid`)).toEqual([]);
});

describe('frontmatter fields', () => {
	test('a missing required field names the field and its line', () => {
		const p = only(broken((r) => edit(r, ACTION, /^summary: .*\n/m, '')));
		expect(p).toMatchObject({ file: ACTION, line: 2, code: 'camp-obligatori', field: 'summary' });
		expect(formatProblems([p])).toContain(`${ACTION}:2\n  ✗ Camp «summary»: falta aquest camp obligatori (ha de ser un text).`);
	});

	test('a mistyped field name suggests the right one', () => {
		const problems = broken((r) => edit(r, ACTION, 'strategy: autonomia-estudi', 'strategi: autonomia-estudi'));
		const unknown = problems.find((p) => p.code === 'camp-desconegut')!;
		expect(unknown).toMatchObject({ file: ACTION, line: 5, field: 'strategi' });
		expect(unknown.message).toBe('aquest camp no existeix. Potser volies dir «strategy»?');
		expect(problems.find((p) => p.code === 'camp-obligatori')?.field).toBe('strategy');
	});

	test('a wrong type says what is expected and shows the value', () => {
		const p = broken((r) => edit(r, ACTION, 'number: 3', 'number: tres')).find((x) => x.file === ACTION)!;
		expect(p).toMatchObject({ code: 'tipus-incorrecte', field: 'number', line: 2 });
		expect(p.message).toBe('ha de ser un número, però hi ha «tres».');
	});

	test('an empty required section-like list is rejected', () => {
		const p = only(broken((r) => edit(r, ACTION, 'audiences: [joves-12-16]', 'audiences: []')));
		expect(p).toMatchObject({ code: 'llista-buida', field: 'audiences', line: 6 });
	});

	test('a value outside a closed list lists the allowed values', () => {
		const p = only(broken((r) => edit(r, ACTION, 'provenance: guia', 'provenance: guía')));
		expect(p).toMatchObject({ code: 'valor-no-permes', field: 'provenance', allowed: ['guia', 'editorial'] });
		expect(p.message).toBe('«guía» no és un valor permès. Potser volies dir «guia»?');
	});

	test('a malformed date shows the expected format', () => {
		const p = only(broken((r) => edit(r, ACTION, 'date: 2026-11-24', 'date: 24/11/2026')));
		expect(p).toMatchObject({ code: 'format-incorrecte', field: 'reviewed.date', line: fixtureLine(ACTION, 'date: 2026-11-24') });
		expect(p.message).toContain('«24/11/2026» no és vàlid: ha de ser una data en format AAAA-MM-DD');
	});

	test('a malformed URL is rejected', () => {
		const p = only(broken((r) => edit(r, EXPERIENCE, '  url: https://vilaexemple.example/butlleti/sala-estudi', '  url: www.vilaexemple.cat/noticia')));
		expect(p).toMatchObject({ file: EXPERIENCE, code: 'url-mal-formada', field: 'source.url', line: 12 });
		expect(p.message).toBe('«www.vilaexemple.cat/noticia» no és vàlid: ha de ser una adreça web completa que comenci per https://.');
	});

	test('broken YAML names the line and how to fix it', () => {
		const p = broken((r) => edit(r, ACTION, 'strategy: autonomia-estudi', 'strategy: [autonomia-estudi')).find((x) => x.file === ACTION)!;
		expect(p).toMatchObject({ file: ACTION, line: 5, code: 'sintaxi-yaml' });
		expect(p.fix).toContain('afegeix «]» al final');
	});

	// A syntax mistake is ONE problem, at the line to fix, and nothing else is reported until it is
	// fixed. The cases (a mistake written into a fixture file, and the exact text expected) are data.
	test.each(YAML_CASES.map((c) => [c.name, c] as const))('YAML syntax: %s is one problem, at the line to fix', (_, { file, from, to, line, message, fix }) => {
		const p = only(broken((r) => edit(r, file, from, to)));
		expect(p).toEqual({ file, line: typeof line === 'number' ? line : fixtureLine(file, line.lineOf), code: 'sintaxi-yaml', message, fix });
	});

	test('a file without frontmatter is reported, not dropped', () => {
		const p = broken((r) => write(r, 'content/actuacions/nova.mdx', '## Descripció\n\nText.\n'));
		expect(p[0]).toMatchObject({ file: 'content/actuacions/nova.mdx', line: 1, code: 'sintaxi-yaml' });
		expect(p[0]!.message).toContain('falta la capçalera');
	});
});

describe('references', () => {
	test.each([
		['strategy', 'strategy: autonomia-estudi', 'strategy: autonomia-estudis', 'autonomia-estudis', ['presa-de-decisions', 'autonomia-estudi'], 'content/taxonomia/estrategies.yaml', 'autonomia-estudi'],
		['audiences[0]', 'audiences: [joves-12-16]', 'audiences: [joves-12-17]', 'joves-12-17', ['joves-12-16', 'families'], 'content/vocabularis/destinataris.yaml', 'joves-12-16'],
		['agents[1]', 'agents: [joventut, educacio]', 'agents: [joventut, educasio]', 'educasio', ['joventut', 'educacio'], 'content/vocabularis/agents.yaml', 'educacio'],
		['scales[0]', 'scales: [municipi]', 'scales: [barri]', 'barri', ['municipi', 'comarca'], 'content/vocabularis/escales.yaml', undefined],
	])('an unknown %s lists the allowed ids and where they are defined', (field, from, to, value, allowed, where, guess) => {
		const p = only(broken((r) => edit(r, ACTION, from, to)));
		expect(p).toMatchObject({ file: ACTION, code: 'referencia-desconeguda', field, allowed });
		expect(p.message).toContain(`«${value}» no correspon a`);
		if (guess) expect(p.message).toContain(`Potser volies dir «${guess}»?`);
		else expect(p.message).not.toContain('Potser volies dir');
		expect(p.fix).toContain(where);
	});

	test('an unknown dimension in a strategy', () => {
		const p = only(broken((r) => edit(r, 'content/taxonomia/estrategies.yaml', 'dimension: apoderament\n  name: { ca: Presa', 'dimension: apoderaments\n  name: { ca: Presa')));
		expect(p).toMatchObject({ file: 'content/taxonomia/estrategies.yaml', line: 3, code: 'referencia-desconeguda', field: 'presa-de-decisions › dimension', allowed: ['apoderament'] });
	});

	test('an unknown related action lists the existing actions', () => {
		const p = only(broken((r) => edit(r, ACTION, 'related: [4]', 'related: [4, 40]')));
		expect(p).toMatchObject({ code: 'referencia-desconeguda', field: 'related[1]', line: 9, allowed: ["3 (Suport escolar)", "4 (Aules d'estudi)"] });
		expect(p.message).toBe('no hi ha cap actuació amb el número 40.');
	});

	test('an action related to itself', () => {
		const p = only(broken((r) => edit(r, ACTION, 'related: [4]', 'related: [3]')));
		expect(p).toMatchObject({ code: 'referencia-a-si-mateixa', field: 'related[0]' });
	});

	test('an unknown chapter in an experience', () => {
		const p = only(broken((r) => edit(r, EXPERIENCE, 'chapters: [objectius]', 'chapters: [objectiu]')));
		expect(p).toMatchObject({ file: EXPERIENCE, code: 'referencia-desconeguda', field: 'chapters[0]', allowed: ['objectius'] });
	});

	test('an experience that illustrates no action', () => {
		const p = only(broken((r) => edit(r, EXPERIENCE, 'actions: [4]', 'actions: []')));
		expect(p).toMatchObject({ file: EXPERIENCE, code: 'experiencia-sense-actuacio', field: 'actions', line: 16 });
		expect(p.allowed).toEqual(['3 (Suport escolar)', "4 (Aules d'estudi)"]);
	});

	test('two experiences told from the same page, even with a different query string', () => {
		const p = only(
			broken((r) => {
				const source = readFileSync(join(r, EXPERIENCE), 'utf8');
				write(r, 'content/experiencies/sala-estudi-repetida.mdx', source.replace("title: Una sala d'estudi oberta", "title: Una altra sala d'estudi oberta").replace('sala-estudi\n', 'sala-estudi/?utm_source=x\n'));
			}).filter((x) => x.code !== 'traduccio-falta'),
		);
		expect(p).toMatchObject({ file: 'content/experiencies/sala-estudi-repetida.mdx', code: 'font-duplicada', field: 'source.url', line: 12 });
		expect(p.message).toBe(`la font «https://vilaexemple.example/butlleti/sala-estudi/?utm_source=x» ja la cita ${EXPERIENCE}.`);
	});

	test('a translation that leaves out the cost its original gives', () => {
		const p = only(
			broken((r) => {
				edit(r, EXPERIENCE, 'forWhom: ', 'funding: Gratuïta per als joves del municipi.\nforWhom: ');
				edit(r, 'content/experiencies/en/sala-estudi-exemple.mdx', 'forWhom: ', 'funding: Free for the young people of the town.\nforWhom: ');
				const body = ['## Qué se hizo', '## Por qué es relevante para las políticas de juventud', '## Qué podemos aprender'].map((h) => `${h}\n\nUn texto de ejemplo con bastantes palabras para llegar a la longitud mínima de una sección.\n`).join('\n');
				write(r, 'content/experiencies/es/sala-estudi-exemple.mdx', `---\ntitle: Una sala de estudio abierta en época de exámenes\nsummary: El ayuntamiento abrió el espacio joven las noches de mayo y junio para que los jóvenes pudieran estudiar.\nforWhom: Jóvenes que preparan los exámenes de final de curso.\npromoter: Ayuntamiento de Vilaexemple\n---\n\n${body}`);
			}),
		);
		expect(p).toMatchObject({ file: 'content/experiencies/es/sala-estudi-exemple.mdx', code: 'traduccio-incompleta', field: 'funding', line: 4 });
	});

	test('an experience citing an action that does not exist', () => {
		const p = only(broken((r) => edit(r, EXPERIENCE, 'actions: [4]', 'actions: [99]')));
		expect(p).toMatchObject({ code: 'referencia-desconeguda', field: 'actions[0]' });
	});
});

describe('uniqueness', () => {
	test('a duplicate action number blames the file that took the guide’s number of another action, and gives back its own', () => {
		const p = only(broken((r) => edit(r, ACTION, 'number: 3', 'number: 4')));
		expect(p).toMatchObject({ file: ACTION, field: 'number', line: 2, code: 'numero-duplicat' });
		expect(p.message).toBe(`el número 4 ja és de ${OTHER}, que és l'actuació 4 de la guia («Aules d'estudi»).`);
		expect(p.fix).toBe("canvia el d'aquest fitxer, no el de l'altre: «Suport escolar» és l'actuació 3 de la guia, escriu «number: 3».");
	});

	test('the file that sorts first is blamed when it is the one that changed', () => {
		// aules-estudi.mdx sorts before suport-escolar.mdx: the number it took is still suport-escolar's.
		const p = only(broken((r) => edit(r, OTHER, 'number: 4', 'number: 3')));
		expect(p).toMatchObject({ file: OTHER, field: 'number', line: 2, code: 'numero-duplicat' });
		expect(formatProblems([p])).toBe(
			`${OTHER}:2\n  ✗ Camp «number»: el número 3 ja és de ${ACTION}, que és l'actuació 3 de la guia («Suport escolar»).\n` +
				"    Com arreglar-ho: canvia el d'aquest fitxer, no el de l'altre: «Aules d'estudi» és l'actuació 4 de la guia, escriu «number: 4».\n" +
				'    Més informació: CONTRIBUTING.md#numero-duplicat\n\n1 problema en 1 fitxer. Corregeix-los i torna a executar «npm run validate».',
		);
	});

	test('two editorial actions with one number: the message names both files and a number that is really free', () => {
		const problems = broken((r) => {
			const sheet = readFileSync(join(r, OTHER), 'utf8').replace(/^provenance: guia\nguidePage: .*\neditorialSections: .*\n/m, 'provenance: editorial\neditorialSections: [descripcio, destinataris, objectius, metodologia, agents, rol-joventut, experiencies]\n').replace(/^:::(?:guia)?\n/gm, '');
			write(r, 'content/actuacions/nova-a.mdx', sheet.replace('number: 4', 'number: 40').replace("title: Aules d'estudi", 'title: Nova actuació A'));
			write(r, 'content/actuacions/nova-b.mdx', sheet.replace('number: 4', 'number: 40').replace("title: Aules d'estudi", 'title: Nova actuació B'));
		}).filter((p) => p.code === 'numero-duplicat');
		expect(only(problems)).toMatchObject({ file: 'content/actuacions/nova-b.mdx', line: 2 });
		expect(problems[0]!.message).toBe('el número 40 ja és de content/actuacions/nova-a.mdx.');
		// 41, not 29: every number up to the highest one in use is taken or the guide's.
		expect(problems[0]!.fix).toBe("no se sap quin dels dos ha canviat: canvia'l al fitxer que has editat (content/actuacions/nova-b.mdx o content/actuacions/nova-a.mdx), no a l'altre: cada actuació té un número propi que no canvia mai. El primer número lliure és el 41 (npm run new:action el tria per tu).");
	});

	test('a duplicate title', () => {
		const p = one(broken((r) => {
			edit(r, OTHER, /^provenance: guia\nguidePage: .*\neditorialSections: .*\n/m, 'provenance: editorial\neditorialSections: [descripcio, destinataris, objectius, metodologia, agents, rol-joventut, experiencies]\n');
			edit(r, OTHER, 'number: 4', 'number: 29');
			edit(r, OTHER, /^:::(?:guia)?\n/gm, '');
			edit(r, OTHER, "title: Aules d'estudi", 'title: Suport Escolar');
		}), 'titol-duplicat');
		// The guide's action keeps its title, whichever file sorts first: the editorial one is told.
		expect(p).toMatchObject({ file: OTHER, code: 'titol-duplicat', field: 'title', line: 3, message: `el títol «Suport Escolar» és el de ${ACTION}, l'actuació 3 de la guia.` });
	});

	test('an action of the guide renamed to another’s title is told the guide’s title, and the other file is left alone', () => {
		const p = only(broken((r) => edit(r, OTHER, "title: Aules d'estudi", 'title: Suport Escolar')));
		expect(p).toMatchObject({ file: OTHER, code: 'actuacio-guia', field: 'title', line: 3 });
		expect(p.message).toBe("a la guia, l'actuació 4 és «Aules d'estudi», i aquesta fitxa es diu «Suport Escolar».");
		expect(p.fix).toBe("el títol de l'actuació 4 a la guia és «Aules d'estudi»: copia'l exactament a «title».");
	});

	test('an alias that takes another action’s slug', () => {
		const p = only(broken((r) => edit(r, OTHER, 'provenance: guia', 'provenance: guia\naliases: [suport-escolar]')));
		expect(p).toMatchObject({ file: OTHER, code: 'slug-duplicat', field: 'aliases[0]' });
	});

	test('a duplicate taxonomy id', () => {
		const problems = broken((r) => edit(r, 'content/taxonomia/estrategies.yaml', 'id: autonomia-estudi', 'id: presa-de-decisions'));
		expect(problems.map((p) => p.code)).toContain('id-duplicat');
	});
});

describe('sheet sections', () => {
	test('a missing section', () => {
		const problems = broken((r) => edit(r, ACTION, /## Metodologia\n\n[\s\S]*?(?=## )/, ''));
		expect(problems.map((p) => [p.code, p.message])).toEqual([['seccions-fitxa', 'falta la secció «## Metodologia».']]);
	});

	test('an empty section', () => {
		const p = only(broken((r) => edit(r, ACTION, /## Objectius\n\n[\s\S]*?(?=## )/, '## Objectius\n\n')));
		expect(p).toMatchObject({ code: 'seccio-buida', message: 'la secció «Objectius» és buida.' });
	});

	test('a misspelt heading suggests the right one', () => {
		const problems = broken((r) => edit(r, ACTION, '## Objectius', '## objectius'));
		expect(problems.find((p) => p.message.startsWith('la secció «objectius»'))?.message).toContain('Potser volies dir «Objectius»?');
	});

	test('a heading with a typo, or spelt as in another language, suggests the right one', () => {
		const problems = broken((r) => edit(r, ACTION, '## Metodologia', '## Metodolgia'));
		expect(problems.find((p) => p.message.startsWith('la secció «Metodolgia»'))?.message).toContain('Potser volies dir «Metodologia»?');
	});

	test('sections out of order', () => {
		const problems = broken((r) => {
			edit(r, ACTION, '## Descripció', '## TEMP');
			edit(r, ACTION, '## Persones destinatàries', '## Descripció');
			edit(r, ACTION, '## TEMP', '## Persones destinatàries');
		});
		expect(problems.map((p) => p.message)).toContain('les seccions estan desordenades o repetides (Persones destinatàries → Descripció → Objectius → Metodologia → Agents implicats → El rol de l\'àrea de joventut en aquesta actuació → Experiències i recursos).');
	});
});

describe('unsafe MDX', () => {
	test.each([
		["import fs from 'node:fs';", 'no es permet importar «node:fs».'],
		['export const x = 1;', 'no es permeten «export» ni codi JavaScript dins del contingut.'],
		['Text {process.env.SECRET} text.', 'no es permeten expressions entre claus («{process.env.SECRET}»).'],
		['<script>alert(1)</script>', 'no es permet l’etiqueta <script>.'],
		['<img src="x.png" onerror="alert(1)" />', 'no es permet l’atribut «onerror» (gestor d’esdeveniments).'],
		["import { Tabs } from '~/components';", 'no es permet importar «~/components» (Tabs).'],
		['<Aside>Nota</Aside>', 'el component «Aside» no s\'ha importat.'],
	])('%s', (line, message) => {
		const problems = broken((r) => edit(r, CHAPTER, 'Un capítol de prova', `${line}\n\nUn capítol de prova`));
		const p = problems.find((x) => x.message === message);
		expect(p, formatProblems(problems)).toMatchObject({ file: CHAPTER, code: 'mdx-no-permes', line: 6 });
	});

	test('an approved component imported from the one path is accepted', () => {
		expect(broken((r) => edit(r, CHAPTER, 'Un capítol de prova', "import { Aside } from '~/components';\n\n<Aside>Nota</Aside>\n\nUn capítol de prova"))).toEqual([]);
	});

	test('MDX that cannot be parsed gives its line, not a stack trace', () => {
		const p = only(broken((r) => edit(r, ACTION, 'Un espai de suport', 'Un espai { de suport')));
		expect(p).toMatchObject({ file: ACTION, code: 'sintaxi-mdx', line: fixtureLine(ACTION, 'Un espai de suport') });
	});
});

test('all problems are reported at once', () => {
	const problems = broken((r) => {
		edit(r, ACTION, 'strategy: autonomia-estudi', 'strategy: x');
		edit(r, OTHER, 'scales: [municipi, comarca]', 'scales: [barri]');
		edit(r, EXPERIENCE, 'actions: [4]', 'actions: []');
		edit(r, CHAPTER, 'Un capítol', '{1} Un capítol');
	});
	expect(new Set(problems.map((p) => p.file))).toEqual(new Set([ACTION, OTHER, EXPERIENCE, CHAPTER]));
	expect(formatProblems(problems)).toMatch(/4 problemes en 4 fitxers\. Corregeix-los i torna a executar «npm run validate»\.$/);
});

describe('decision facts', () => {
	const TRANSLATION = FIXTURE_FILES.translation;

	test('an action without its evidence cannot be published, and validate says so in Catalan', () => {
		const p = only(broken((r) => edit(r, ACTION, /evidence:\n(?: {2}.*\n)+/, '')));
		expect(p).toMatchObject({ file: ACTION, code: 'camp-obligatori', field: 'evidence' });
		expect(p.message).toBe('falta aquest camp obligatori (ha de ser un grup de camps).');
		expect(p.fix).toBe('afegeix «evidence: …» a la capçalera del fitxer, amb un grup de camps.');
	});

	test('a misspelt band names the vocabulary file that defines the bands', () => {
		const p = only(broken((r) => edit(r, ACTION, '  band: baix', '  band: baixa')));
		expect(p).toMatchObject({ file: ACTION, code: 'referencia-desconeguda', field: 'cost.band', allowed: ['baix', 'mitja', 'alt'] });
		expect(p.message).toBe('«baixa» no correspon a cap tram de cost. Potser volies dir «baix»?');
		expect(p.fix).toContain('content/vocabularis/cost.yaml');
	});

	test('an evidence level other than «sense-evidencia» needs a source', () => {
		const p = only(broken((r) => edit(r, ACTION, /  sources:\n(?: {4}.*\n)+/, '  sources: []\n')));
		expect(p).toMatchObject({ file: ACTION, field: 'evidence.sources' });
		expect(p.message).toContain("el nivell «moderada» ha de citar d'una a tres fonts");
	});

	test('fewer than three indicators is refused', () => {
		const p = only(broken((r) => edit(r, ACTION, /  - measure: Hàbits d'estudi[^\n]*\n[^\n]*\n  - measure: Valoració[^\n]*\n[^\n]*\n/, '')));
		expect(p).toMatchObject({ file: ACTION, field: 'indicators' });
		expect(p.message).toContain('almenys 3');
	});

	test('a translation that drops a pitfall names the master and the number of items', () => {
		const p = only(broken((r) => edit(r, TRANSLATION, /  - Cambiar cada curso[^\n]*\n/, '')));
		expect(p).toMatchObject({ file: TRANSLATION, code: 'traduccio-incompleta', field: 'pitfalls' });
		expect(p.message).toBe("la llista «pitfalls» té 2 elements i la de l'original en català en té 3.");
		expect(p.fix).toContain(ACTION);
	});

	test('a translation without the decision facts is incomplete', () => {
		const p = broken((r) => edit(r, TRANSLATION, /staff: [^\n]*\n/, ''));
		expect(p.map((x) => [x.file, x.field, x.code])).toEqual([[TRANSLATION, 'staff', 'camp-obligatori']]);
	});
});

describe('what the guide says and what the editors added', () => {
	const TRANSLATION = FIXTURE_FILES.translation;
	const GUIDE_AGENTS = ":::guia\nL'àrea de joventut, l'àrea d'educació i els instituts del municipi, coordinats.\n:::";
	const PLAIN_AGENTS = "L'àrea de joventut, l'àrea d'educació i els instituts del municipi, coordinats.";

	test("a part of the guide's action that marks no text of the guide says how to mark it", () => {
		const p = broken((r) => edit(r, ACTION, GUIDE_AGENTS, PLAIN_AGENTS)).find((x) => x.file === ACTION)!;
		expect(p).toMatchObject({ file: ACTION, line: fixtureLine(ACTION, '## Agents implicats'), code: 'procedencia', field: 'editorialSections' });
		expect(p.message).toBe('la secció «Agents implicats» no marca cap text de la guia i no és a «editorialSections».');
		expect(p.fix).toContain('afegeix «agents» a «editorialSections»');
	});

	test('a part listed as editorial that marks text of the guide is a contradiction', () => {
		// The Catalan master is wrong, not the translation: it is the one problem of the master.
		const p = only(broken((r) => edit(r, ACTION, '## Objectius\n\n', '## Objectius\n\n:::guia\nUn objectiu.\n:::\n\n')).filter((x) => x.file === ACTION));
		expect(p).toMatchObject({ file: ACTION, code: 'procedencia', field: 'editorialSections' });
		expect(p.message).toBe('la secció «Objectius» és a «editorialSections» (escrita per l\'equip), però té un bloc «:::guia».');
	});

	test("a sheet of the guide that marks nothing is rejected, and so is one of the editors' that marks text of the guide", () => {
		const unmarked = broken((r) => {
			const path = join(r, ACTION);
			const source = readFileSync(path, 'utf8').replaceAll(/^:::(guia)?\n/gm, '').replace(/editorialSections: \[.*\]/, 'editorialSections: [descripcio, destinataris, objectius, metodologia, agents, rol-joventut, experiencies]');
			write(r, ACTION, source);
		});
		expect(only(unmarked.filter((p) => p.file === ACTION))).toMatchObject({ file: ACTION, code: 'procedencia', field: 'provenance', message: "l'actuació és de la guia («provenance: guia»), però la fitxa no marca cap text de la guia." });
		const editorial = broken((r) => edit(r, ACTION, 'provenance: guia', 'provenance: editorial'));
		expect(editorial.map((p) => p.message)).toContain('la secció «Descripció» marca text de la guia, però l\'actuació és «provenance: editorial».');
	});

	test('a translation that marks fewer blocks than its original names both parts', () => {
		const p = only(broken((r) => edit(r, TRANSLATION, /:::guia\n(El área de juventud.*)\n:::\n/, '$1\n')));
		expect(p).toMatchObject({ file: TRANSLATION, code: 'procedencia', line: fixtureLine(TRANSLATION, '## Agentes implicados') });
		expect(p.message).toBe('la secció «Agentes implicados» té 0 blocs «:::guia» i la de l\'original en català («Agents implicats») en té 1.');
	});

	test('a chapter of the guide must mark the guide’s text, in every language', () => {
		const p = only(broken((r) => edit(r, CHAPTER, /:::guia\n(.*)\n:::\n/, '$1\n')));
		expect(p).toMatchObject({ file: CHAPTER, code: 'procedencia', message: 'el capítol no marca cap text de la guia.' });
	});

	test('any other ::: block is refused, and :::guia only where it means something', () => {
		const note = broken((r) => edit(r, CHAPTER, ':::guia', ':::note[Addició editorial]')).find((p) => p.code === 'mdx-no-permes');
		expect(note).toMatchObject({ file: CHAPTER, code: 'mdx-no-permes', message: 'el bloc «:::note» no existeix al catàleg.' });
		const home = only(broken((r) => edit(r, FIXTURE_FILES.home, /$/, '\n\n:::guia\nText.\n:::\n')));
		expect(home).toMatchObject({ file: FIXTURE_FILES.home, code: 'procedencia' });
		expect(home.message).toBe("el bloc «:::guia» només es pot fer servir a les fitxes d'actuació i als capítols de la guia.");
	});

	test(':::guia inside a list, with attributes, with a label or around a heading says what to do instead', () => {
		const nested = broken((r) => edit(r, CHAPTER, /:::guia\n(.*)\n:::\n/, '- Un element\n\n  :::guia\n  $1\n  :::\n'));
		expect(nested.map((p) => p.message)).toContain("el bloc «:::guia» és dins d'un altre element (una llista, una cita o un altre bloc).");
		const attributes = broken((r) => edit(r, CHAPTER, ':::guia', ':::guia{onclick="alert(1)"}'));
		expect(attributes.map((p) => p.message)).toContain('el bloc «:::guia» porta atributs entre claus.');
		const labelled = broken((r) => edit(r, CHAPTER, ':::guia', ':::guia[Segons la guia]'));
		expect(labelled.map((p) => p.message)).toContain('el bloc «:::guia» porta un títol entre claudàtors.');
		const heading = broken((r) => edit(r, CHAPTER, /:::guia\n/, ':::guia\n### Un títol\n\n'));
		expect(heading.map((p) => p.message)).toContain("hi ha un títol dins d'un bloc «:::guia».");
	});

	test("an action of the guide names its page in the guide, and only a page of the guide", () => {
		const missing = only(broken((r) => edit(r, ACTION, /^guidePage: .*\n/m, '')));
		expect(missing).toMatchObject({ file: ACTION, code: 'camp-obligatori', field: 'guidePage' });
		const wrong = only(broken((r) => edit(r, ACTION, /^guidePage: .*$/m, 'guidePage: https://example.org/suport-escolar')));
		expect(wrong).toMatchObject({ file: ACTION, field: 'guidePage', code: 'format-incorrecte' });
		expect(wrong.message).toContain("ha de ser l'adreça d'una pàgina de la guia a Viquillibres");
	});
});

describe("the guide's numbers", () => {
	test('an editorial action cannot take one of the guide’s numbers', () => {
		const taken = only(broken((r) => edit(r, OTHER, /^provenance: guia\nguidePage: .*\neditorialSections: .*\n/m, 'provenance: editorial\neditorialSections: [descripcio, destinataris, objectius, metodologia, agents, rol-joventut, experiencies]\n')).filter((p) => p.file === OTHER && p.field === 'number'));
		expect(taken).toMatchObject({ code: 'valor-no-permes', line: 2 });
		expect(taken.message).toBe("el número 4 és d'una actuació de la guia (la guia numera les seves actuacions fins a la 28, almenys), i aquesta actuació és «provenance: editorial».");
		expect(taken.fix).toBe("dona a l'actuació el número 29; els números fins al 28 queden per a les actuacions de la guia.");
	});

	test('a misspelt :::guia suggests the right spelling, and its translations are not blamed for it', () => {
		const problems = broken((r) => edit(r, ACTION, /:::guia\n/, ':::guía\n'));
		const misspelt = problems.find((p) => p.code === 'mdx-no-permes')!;
		expect(misspelt).toMatchObject({ file: ACTION, message: 'el bloc «:::guía» no existeix al catàleg. Potser volies dir «:::guia»?', fix: 'escriu «:::guia», sense accent ni majúscules.' });
		expect(problems.filter((p) => p.file === FIXTURE_FILES.translation)).toEqual([]);
	});

	test('a guide page written without https gets one message, not two', () => {
		const p = only(broken((r) => edit(r, ACTION, /^guidePage: https:\/\//m, 'guidePage: ')));
		expect(p).toMatchObject({ field: 'guidePage', code: 'url-mal-formada' });
	});
});


describe('a section heading at the wrong level', () => {
	test('«### Metodologia» is one problem that says to write «## Metodologia», with no follow-on', () => {
		const line = fixtureLine(ACTION, '## Metodologia');
		const p = only(broken((r) => edit(r, ACTION, '## Metodologia', '### Metodologia')));
		expect(p).toMatchObject({ file: ACTION, line, code: 'seccions-fitxa' });
		expect(p.message).toBe(`el títol «### Metodologia» de la línia ${line} és una secció de la fitxa i ha de ser de nivell 2.`);
		expect(p.fix).toBe('escriu «## Metodologia» (dos coixinets i un espai).');
	});

	test('in a section of the guide, the marks are not blamed for it either', () => {
		const line = fixtureLine(ACTION, '## Persones destinatàries');
		const p = only(broken((r) => edit(r, ACTION, '## Persones destinatàries', '### Persones destinatàries')));
		expect(p).toMatchObject({ file: ACTION, line, message: `el títol «### Persones destinatàries» de la línia ${line} és una secció de la fitxa i ha de ser de nivell 2.` });
	});
});

describe('chapter frontmatter', () => {
	test('a misspelt «title» is an unknown field that suggests the right one', () => {
		const problems = broken((r) => edit(r, CHAPTER, /^title:/m, 'titel:'));
		const unknown = problems.find((p) => p.code === 'camp-desconegut')!;
		expect(unknown).toMatchObject({ file: CHAPTER, field: 'titel', line: 2 });
		expect(unknown.message).toBe('aquest camp no existeix. Potser volies dir «title»?');
	});
});

describe('what the build’s tests ask of a new action, validate says first', () => {
	/** A new action as `npm run new:action` writes it and an editor fills it in: one paragraph per section, no translations yet. */
	const newAction = (r: string) => {
		const sheet = readFileSync(join(r, OTHER), 'utf8')
			.replace('number: 4', 'number: 29')
			.replace("title: Aules d'estudi", 'title: Punt d’informació juvenil')
			.replace(/^provenance: guia\nguidePage: .*\neditorialSections: .*\n/m, 'provenance: editorial\neditorialSections: [descripcio, destinataris, objectius, metodologia, agents, rol-joventut, experiencies]\n');
		const body = ['Descripció', 'Persones destinatàries', 'Objectius', 'Metodologia', 'Agents implicats', "El rol de l'àrea de joventut en aquesta actuació", 'Experiències i recursos']
			.map((h) => `## ${h}\n\nUn punt d'informació juvenil obert tres tardes per setmana a l'espai jove.\n`).join('\n');
		write(r, 'content/actuacions/punt-informacio-juvenil.mdx', `${sheet.slice(0, sheet.indexOf('\n---\n') + 5)}\n${body}`);
	};
	const NEW = 'content/actuacions/punt-informacio-juvenil.mdx';

	test('every rule is reported, in Catalan, at the new file', () => {
		const problems = broken((r) => {
			newAction(r);
			mkdirSync(join(r, 'tests/contract'), { recursive: true });
			write(r, 'tests/contract/published-urls.txt', readFileSync(join(FIXTURES, 'valid/tests/contract/published-urls.txt'), 'utf8'));
		});
		expect(problems.every((p) => p.file === NEW), formatProblems(problems)).toBe(true);
		const out = formatProblems(problems);
		// 300 characters per part (150 for the resources), 3000 for the sheet.
		expect(out).toContain(`${NEW}:${fixtureLineOf(problems, 'Descripció')}\n  ✗ la secció «Descripció» és massa curta (74 caràcters; n'ha de tenir almenys 300).\n    Com arreglar-ho: desenvolupa-la fins a 300 caràcters com a mínim, amb fets concrets: una part tan curta no es pot publicar.`);
		expect(out).toContain("✗ la secció «Experiències i recursos» és massa curta (74 caràcters; n'ha de tenir almenys 150).");
		expect(out).toContain("✗ la fitxa té 518 caràcters de text en total, i n'ha de tenir almenys 3000.");
		// Spanish and English.
		expect(out).toContain(`${NEW}:1\n  ✗ falta la traducció en castellà i en anglès: content/actuacions/es/punt-informacio-juvenil.mdx i content/actuacions/en/punt-informacio-juvenil.mdx.`);
		// The URL contract.
		expect(out).toContain(`${NEW}:2\n  ✗ 6 adreces d'aquesta pàgina encara no són al contracte d'adreces (tests/contract/published-urls.txt): /actuacions/punt-informacio-juvenil/, /es/actuacions/punt-informacio-juvenil/, /en/actuacions/punt-informacio-juvenil/….\n    Com arreglar-ho: quan la pàgina estigui a punt, executa «npm run build && npm run urls:record»`);
		expect(problems.map((p) => p.code).sort()).toEqual(['adreca-no-registrada', ...Array(8).fill('seccio-buida'), 'traduccio-falta'].sort());
	});

	test('the real content passes', () => {
		expect(validateContent(ROOT), formatProblems(validateContent(ROOT))).toEqual([]);
	});
});

const fixtureLineOf = (problems: Problem[], heading: string) => problems.find((p) => p.message.startsWith(`la secció «${heading}»`))?.line;

describe('UI strings', () => {
	test('a broken JSON file names its line in Catalan, without the parser’s English', () => {
		const p = only(
			broken((r) => {
				mkdirSync(join(r, 'content/i18n'), { recursive: true });
				write(r, 'content/i18n/ca.json', '{\n\t"a": "A",\n\t"b": "B"\n\t"c": "C"\n}\n');
			}),
		);
		expect(p).toMatchObject({ file: 'content/i18n/ca.json', line: 4, code: 'sintaxi-yaml' });
		expect(p.message).toBe("el JSON no es pot llegir a partir de la columna 2 d'aquesta línia (o al final de l'anterior).");
		expect(p.message).not.toMatch(/JSON at position|Expected/);
	});
});

describe('guide chapters', () => {
	test('a chapter shorter than a published chapter', () => {
		const p = only(broken((r) => write(r, CHAPTER, '---\ntitle: Els objectius de la nostra acció\ndescription: Els objectius de la guia.\n---\n\nUn capítol de prova.\n\n:::guia\nLa guia fixa cinc objectius.\n:::\n')));
		expect(p).toMatchObject({ file: CHAPTER, line: 5, code: 'capitol-curt' });
		expect(p.message).toMatch(/^el capítol té \d+ caràcters de text i un capítol publicat n'ha de tenir almenys 2500\.$/);
	});

	test('a chapter that names an action without linking it', () => {
		const p = only(broken((r) => edit(r, CHAPTER, 'Un capítol de prova que', "Les Aules d'estudi són un bon començament. Un capítol de prova que")));
		expect(p).toMatchObject({ file: CHAPTER, line: fixtureLine(CHAPTER, 'Un capítol de prova que'), code: 'nom-sense-enllac' });
		expect(p.message).toBe("el capítol anomena l'actuació «Aules d'estudi» i no l'enllaça.");
		expect(p.fix).toBe("converteix el nom en un enllaç: [Aules d'estudi](/actuacions/aules-estudi/).");
	});

	test('a chapter that names a strategy without linking it', () => {
		const p = only(broken((r) => edit(r, CHAPTER, 'Un capítol de prova que', "Presa de decisions és l'estratègia. Un capítol de prova que")));
		expect(p).toMatchObject({ file: CHAPTER, code: 'nom-sense-enllac' });
		expect(p.message).toBe("el capítol anomena l'estratègia «Presa de decisions» i no l'enllaça.");
		expect(p.fix).toBe('converteix el nom en un enllaç: [Presa de decisions](/estrategies/presa-de-decisions/).');
	});
});

describe('guide chapters link what they name', () => {
	test('a link to the number permalink counts as a link to the action', () => {
		const problems = broken((r) => edit(r, CHAPTER, 'Un capítol de prova que', "Les [Aules d'estudi](/actuacions/4/) són un bon començament. Un capítol de prova que"));
		expect(problems).toEqual([]);
	});
});
