/**
 * Content is data, never code: a hostile pull request, one sample per route an attacker could
 * use, and the exact message `npm run validate` (and the build) gives for it. What could still
 * reach a page is loaded in Chromium in `tests/browser/hostile-content.test.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblems, type Problem } from '../../src/lib/validation/index.ts';
import { linkProblem, plainTextProblem } from '../../src/schemas/safe-text.ts';
import { neutraliseCell, toCsv } from '../../src/lib/csv.ts';
import { edit, FIXTURE_FILES, fixtureLine, validateBroken, write } from '../helpers/content-copy.ts';

const { action: ACTION, other: OTHER, translation: TRANSLATION, experience: EXPERIENCE, chapter: CHAPTER, home: HOME } = FIXTURE_FILES;
const broken = validateBroken;

/** The one problem of `code`, failing with the whole report if there is not exactly one. */
const one = (problems: Problem[], code: Problem['code']) => {
	const found = problems.filter((p) => p.code === code);
	expect(found, formatProblems(problems)).toHaveLength(1);
	return found[0]!;
};

const inChapter = (line: string) => broken((r) => edit(r, CHAPTER, 'Un capítol de prova', `${line}\n\nUn capítol de prova`));

describe('plain-text fields reject markup, character references and invisible characters', () => {
	test.each([
		[ACTION, 'title: Suport escolar', 'title: Suport escolar</title><script>alert(1)</script>', 'title', 'conté «<» a la posició 15, i els camps de text no poden tenir etiquetes ni codi HTML.'],
		[EXPERIENCE, "title: Una sala d'estudi oberta en època d'exàmens", "title: Una sala <img src=x onerror=alert(1)> d'estudi", 'title', 'conté «<» a la posició 10, i els camps de text no poden tenir etiquetes ni codi HTML.'],
		[TRANSLATION, /^title: .*$/m, 'title: Apoyo &lt;b&gt;escolar', 'title', 'conté la referència de caràcter HTML «&lt;», que en un camp de text no es mostraria com a text.'],
		[CHAPTER, 'title: Els objectius de la nostra acció', 'title: "Els objectius\u200b de la nostra acció"', 'title', 'conté el caràcter invisible U+200B (espai d\'amplada zero) a la posició 14.'],
		[EXPERIENCE, '  name: Vilaexemple', '  name: "Vila\u202eelpmexe"', 'place.name', 'conté el caràcter invisible U+202E (forçament de dreta a esquerra (control de direcció)) a la posició 5.'],
		['content/taxonomia/estrategies.yaml', 'ca: Presa de decisions', 'ca: Presa de <b>decisions</b>', 'presa-de-decisions › name.ca', 'conté «<» a la posició 10, i els camps de text no poden tenir etiquetes ni codi HTML.'],
	])('%s: %s', (file, from, to, field, message) => {
		const p = one(broken((r) => edit(r, file, from, to)), 'text-no-permes');
		expect(p).toMatchObject({ file, field, message });
		expect(p.fix.length).toBeGreaterThan(20);
	});

	test('a zero-width space cannot make a duplicate title look new', () => {
		const problems = broken((r) => edit(r, OTHER, "title: Aules d'estudi", 'title: "Suport\u200b escolar"'));
		expect(one(problems, 'text-no-permes')).toMatchObject({ file: OTHER, field: 'title' });
	});

	test('a title with decomposed accents is still a duplicate', () => {
		const problems = broken((r) => {
			edit(r, ACTION, 'title: Suport escolar', 'title: Orientació acadèmica');
			edit(r, OTHER, "title: Aules d'estudi", `title: ${'ORIENTACIÓ ACADÈMICA'.normalize('NFD')}`);
		});
		// Files are read in alphabetical order: the later one is told who already has the title.
		expect(one(problems, 'titol-duplicat')).toMatchObject({ file: ACTION, message: `el títol «Orientació acadèmica» ja el té ${OTHER}.` });
	});

	test('a bidirectional override hidden in the body is reported with its line', () => {
		const p = one(broken((r) => edit(r, ACTION, "Un espai de suport a l'estudi", "Un espai de suport\u202e a l'estudi")), 'text-no-permes');
		expect(p).toMatchObject({ file: ACTION, line: fixtureLine(ACTION, "Un espai de suport a l'estudi"), message: 'conté el caràcter invisible U+202E (forçament de dreta a esquerra (control de direcció)) a la columna 19.' });
	});

	test('UI strings are plain text too', () => {
		const p = one(
			broken((r) => {
				mkdirSync(join(r, 'content/i18n'));
				write(r, 'content/i18n/ca.json', '{\n\t"site.hello": "Hola <script>alert(1)</script>"\n}\n');
			}),
			'text-no-permes',
		);
		expect(p).toMatchObject({ file: 'content/i18n/ca.json', line: 2, field: 'site.hello' });
	});
});

describe('links in content are https, http, mailto, tel or a path on the site', () => {
	test.each([
		['an inline javascript: link', '[Obre](javascript:alert(1))', "l'enllaç: l'adreça «javascript:alert(1)» fa servir «javascript:», que no és permès."],
		['mixed case', '[Obre](JaVaScRiPt:alert(1))', "l'enllaç: l'adreça «JaVaScRiPt:alert(1)» fa servir «javascript:», que no és permès."],
		['an HTML entity in the scheme', '[Obre](&#106;avascript:alert(1))', "l'enllaç: l'adreça «javascript:alert(1)» fa servir «javascript:», que no és permès."],
		['a reference definition', '[Obre][x]\n\n[x]: javascript:alert(1)', "l'enllaç: l'adreça «javascript:alert(1)» fa servir «javascript:», que no és permès."],
		['a data: URL', '[Obre](data:text/html;base64,PHNjcmlwdD4=)', "l'enllaç: l'adreça «data:text/html;base64,PHNjcmlwdD4=» fa servir «data:», que no és permès."],
		['a vbscript: URL', '[Obre](vbscript:msgbox)', "l'enllaç: l'adreça «vbscript:msgbox» fa servir «vbscript:», que no és permès."],
		['a protocol-relative address', '[Obre](//evil.example/)', "l'enllaç: l'adreça «//evil.example/» comença per «//»: escriu l'adreça completa, amb https://."],
		['a tab inside the scheme', '[Obre](<java\tscript:alert(1)>)', "l'enllaç: l'adreça «java\tscript:alert(1)» conté el caràcter invisible U+0009 (caràcter de control) a la posició 5."],
	])('%s', (_name, line, message) => {
		const p = one(inChapter(line), 'enllac-no-permes');
		expect(p).toMatchObject({ file: CHAPTER, message });
		expect(p.fix).toContain('javascript:');
	});

	test('an autolink is not MDX: it cannot become a link', () => {
		expect(inChapter('<javascript:alert(1)>').map((p) => p.code)).toEqual(['sintaxi-mdx']);
	});

	test('an image from another site is refused: no third-party request', () => {
		const p = one(inChapter('![Mapa](https://tracker.example/pixel.png)'), 'enllac-no-permes');
		expect(p.message).toBe("la imatge «https://tracker.example/pixel.png» és d'un altre lloc web.");
	});

	test.each([
		['https://www.girona.cat/', undefined],
		['http://www.martorell.cat/', undefined],
		['mailto:joventut@example.cat', undefined],
		['tel:+34930000000', undefined],
		['/actuacions/suport-escolar/#metodologia', undefined],
		['#metodologia', undefined],
	])('%s is allowed', (url, expected) => {
		expect(linkProblem(url)).toBe(expected);
		expect(inChapter(`[Enllaç](${url})`)).toEqual([]);
	});

	test('a source URL in frontmatter must be https', () => {
		const p = one(broken((r) => edit(r, EXPERIENCE, '  url: https://vilaexemple.example/butlleti/sala-estudi', '  url: javascript:alert(1)')), 'enllac-no-permes');
		expect(p).toMatchObject({ file: EXPERIENCE, field: 'source.url', line: 12 });
	});
});

describe('approved components take only their approved props, as text', () => {
	const withImport = (markup: string) => inChapter(`import { Card, LinkCard, Aside } from '~/components';\n\n${markup}`);

	test.each([
		['a Card title with markup', '<Card title="&lt;img src=x onerror=alert(1)&gt;">Text</Card>', 'text-no-permes', 'Card: la propietat «title» conté «<» a la posició 1, i els camps de text no poden tenir etiquetes ni codi HTML.'],
		['a LinkCard to javascript:', '<LinkCard title="Obre" href="javascript:alert(1)" />', 'enllac-no-permes', "LinkCard: la propietat «href»: l'adreça «javascript:alert(1)» fa servir «javascript:», que no és permès."],
		['a LinkCard with a style overlay', '<LinkCard title="Obre" href="/actuacions/" style="position:fixed;inset:0" />', 'propietat-no-permesa', 'el component «LinkCard» no accepta la propietat «style».'],
		['a LinkCard without href', '<LinkCard title="Obre" />', 'propietat-no-permesa', 'al component «LinkCard» li falta la propietat «href».'],
		['an Aside of an unknown type', '<Aside type="evil">Nota</Aside>', 'propietat-no-permesa', 'Aside: «evil» no és un valor permès de «type». Valors permesos: note, tip, caution, danger.'],
	])('%s', (_name, markup, code, message) => {
		const p = one(withImport(markup), code as Problem['code']);
		expect(p).toMatchObject({ file: CHAPTER, message });
	});

	test('a misspelt prop suggests the right one', () => {
		const problems = withImport('<LinkCard title="Obre" hre="/actuacions/" />');
		expect(problems.map((p) => p.message)).toContain('el component «LinkCard» no accepta la propietat «hre». Potser volies dir «href»?');
	});

	test('approved props with safe values pass', () => {
		expect(withImport('<Card title="Fitxa & guia" icon="open-book">Text</Card>\n\n<LinkCard title="Catàleg" href="/actuacions/" description="Totes les actuacions" />\n\n<Aside type="tip" title="Consell">Nota</Aside>')).toEqual([]);
	});
});

describe('chapters and pages: no head, no HTML banner, text-only hero', () => {
	test.each([
		['head', "head:\n  - tag: script\n    content: alert(1)", 'camp-desconegut', "el camp «head» no es permet: afegiria etiquetes (i codi) a la capçalera de la pàgina. Esborra'l."],
		['banner', "banner:\n  content: <script>alert(1)</script>", 'camp-desconegut', "el camp «banner» no es permet a les pàgines de contingut. Esborra'l: el text d'un avís va al cos de la pàgina."],
		['editUrl', 'editUrl: javascript:alert(1)', 'camp-desconegut', "el camp «editUrl» no es permet a les pàgines de contingut. Esborra'l: l'enllaç d'edició el posa el lloc."],
	])('%s', (field, yaml, code, message) => {
		const p = one(broken((r) => edit(r, CHAPTER, 'description: Els objectius de la guia.', `description: Els objectius de la guia.\n${yaml}`)), code as Problem['code']);
		expect(p).toMatchObject({ file: CHAPTER, field, message, line: 4 });
	});

	test('a misspelt field is caught and the right one suggested', () => {
		const p = one(broken((r) => edit(r, CHAPTER, 'title: Els objectius', 'titel: Els objectius')), 'camp-desconegut');
		expect(p).toMatchObject({ file: CHAPTER, field: 'titel', message: 'aquest camp no existeix. Potser volies dir «title»?' });
	});

	test('a hero tagline with markup, and a hero button to javascript:', () => {
		const problems = broken((r) => {
			write(r, HOME, '---\ntitle: Inici\ntemplate: splash\nhero:\n  tagline: Hola <img src=x onerror=alert(1)> món\n  actions:\n    - text: Obre\n      link: javascript:alert(1)\n---\n\nText de la portada prou llarg.\n');
		});
		expect(one(problems, 'text-no-permes')).toMatchObject({ file: HOME, field: 'hero.tagline', line: 5 });
		expect(one(problems, 'enllac-no-permes')).toMatchObject({ file: HOME, field: 'hero.actions[0].link', line: 8 });
	});
});

describe('limits and file names', () => {
	test('a file over 100 kB is refused before it is parsed', () => {
		const p = one(broken((r) => edit(r, CHAPTER, 'Un capítol de prova', `${'Paraula '.repeat(14_000)}\n\nUn capítol de prova`)), 'massa-gran');
		expect(p).toMatchObject({ file: CHAPTER, message: 'el fitxer fa 112 kB, i el màxim és 100 kB.' });
	});

	test('a section over 12,000 characters is refused', () => {
		const p = one(broken((r) => edit(r, ACTION, "Un espai de suport a l'estudi", `${'Text llarg. '.repeat(1100)}Un espai`)), 'massa-gran');
		expect(p.message).toBe('la secció «Descripció» fa 13782 caràcters, i el màxim és 12000.');
	});

	test.each([
		['content/actuacions/Nova Actuació.mdx', "el nom de fitxer «Nova Actuació.mdx» té espais, majúscules, accents o altres signes.", 'canvia-li el nom a «nova-actuacio.mdx»'],
		['content/actuacions/nova.md', "el fitxer «nova.md» no és un dels fitxes MDX d'aquesta carpeta (.mdx), i el lloc no el faria servir.", "canvia l'extensió a «.mdx»"],
		['content/docs/guia/_esborrany.mdx', 'el nom de fitxer «_esborrany.mdx» té espais, majúscules, accents o altres signes.', 'canvia-li el nom a «esborrany.mdx»'],
	])('%s', (file, message, fix) => {
		const p = one(broken((r) => write(r, file, '---\ntitle: Prova\n---\n')), 'nom-de-fitxer');
		expect(p).toMatchObject({ file, message });
		expect(p.fix).toContain(fix);
	});
});

describe('CSV cells never reach a spreadsheet as formulas', () => {
	test.each(['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])('%j', (value) => {
		expect(neutraliseCell(value)).toBe(`'${value}`);
		const csv = toCsv([{ titol: value, llista: ['ok', value], numero: -3 }]);
		const row = csv.split('\r\n')[1]!;
		expect(row.startsWith('"\'') || row.startsWith("'")).toBe(true);
		expect(row.endsWith(',-3')).toBe(true);
	});

	test('ordinary text is unchanged', () => {
		expect(neutraliseCell('Aules d’estudi')).toBe('Aules d’estudi');
	});
});

test('the plain-text rule names the first offending character', () => {
	expect(plainTextProblem('Joves "d\'aquí" & d\'allà')).toBeUndefined();
	expect(plainTextProblem('a > b')?.message).toBe('conté «>» a la posició 3, i els camps de text no poden tenir etiquetes ni codi HTML.');
});
