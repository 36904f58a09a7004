/**
 * Checks on the Markdown body of content files: the fixed sections of a sheet, and safety.
 * MDX compiles to JavaScript that runs at build time, so a content file may only import the
 * approved components, with their approved props, and may not contain imports, exports, `{…}`
 * expressions, `<script>`, HTML tags or any other component. Every link must pass the link rule
 * (`safe-text.ts`), images must be files of this site, and no line may hide invisible characters.
 * These checks run in `npm run validate`, at the start of the build, and on every compile of a
 * content file (`remark-content-safety.ts`), in `astro dev` too.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { APPROVED_COMPONENTS, APPROVED_PROPS, COMPONENTS_IMPORT_PATH, type ApprovedComponent, type PropSpec } from '../../components/approved.ts';
import { findUnsafeChar, LINK_FIX, linkProblem, plainTextProblem, UNSAFE_CHAR_FIX, unsafeCharMessage } from '../../schemas/safe-text.ts';
import { MAX_FILE_BYTES, MAX_SECTION_CHARS, MIN_SECTION_CHARS } from '../../schemas/sections.ts';
import type { Problem } from './problems.ts';
import { closest } from './zod-issues.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

export type ParseResult = { tree: Root; problem?: undefined } | { tree?: undefined; problem: Problem };

/** Parses an MDX body. A syntax error becomes a problem with its line, never a thrown error. */
export function parseBody(file: string, body: string, bodyLine: number): ParseResult {
	try {
		return { tree: parser.parse(body) as Root };
	} catch (error) {
		const e = error as { line?: number; reason?: string; message?: string; place?: { line?: number; start?: { line?: number } } };
		const rel = e.line ?? e.place?.line ?? e.place?.start?.line;
		return {
			problem: {
				file,
				line: rel ? rel + bodyLine - 1 : undefined,
				code: 'sintaxi-mdx',
				message: `el text no es pot llegir com a MDX (${e.reason ?? e.message}).`,
				fix: 'revisa aquesta línia: els caràcters «{», «}» i «<» tenen un sentit especial en MDX. Si els vols mostrar, escriu-los com a \\{, \\} o &lt;.',
			},
		};
	}
}

const lineOf = (node: { position?: { start: { line: number } } }, bodyLine: number) =>
	node.position ? node.position.start.line + bodyLine - 1 : undefined;

/** Checks one prop of an approved component against its spec. */
function propProblem(name: string, value: string | null, spec: PropSpec): { code: Problem['code']; message: string; fix: string } | undefined {
	if (spec.type === 'flag') {
		return value === null ? undefined : { code: 'propietat-no-permesa', message: `la propietat «${name}» s'escriu sola, sense valor.`, fix: `escriu només «${name}».` };
	}
	if (value === null) return { code: 'propietat-no-permesa', message: `la propietat «${name}» necessita un valor.`, fix: `escriu-la així: ${name}="…".` };
	if (spec.type === 'enum') {
		return spec.values.includes(value)
			? undefined
			: { code: 'propietat-no-permesa', message: `«${value}» no és un valor permès de «${name}». Valors permesos: ${spec.values.join(', ')}.`, fix: `tria un d'aquests valors per a «${name}».` };
	}
	if (spec.type === 'link') {
		const problem = linkProblem(value);
		return problem ? { code: 'enllac-no-permes', message: `la propietat «${name}»: ${problem}`, fix: LINK_FIX } : undefined;
	}
	const problem = plainTextProblem(value);
	return problem ? { code: 'text-no-permes', message: `la propietat «${name}» ${problem.message}`, fix: problem.fix } : undefined;
}

/**
 * Rejects every MDX construct except imports of approved components from the one import path,
 * used with their approved props; and every link or image that the link rule does not allow.
 */
export function checkMdxSafety(file: string, tree: Root, bodyLine: number): Problem[] {
	const problems: Problem[] = [];
	const imported = new Set<string>();
	const deny = (node: RootContent | Root, message: string, fix: string, code: Problem['code'] = 'mdx-no-permes') =>
		problems.push({ file, line: lineOf(node, bodyLine), code, message, fix });

	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm': {
				const program = node.data?.estree;
				for (const statement of program?.body ?? []) {
					if (statement.type !== 'ImportDeclaration') {
						deny(node, 'no es permeten «export» ni codi JavaScript dins del contingut.', 'esborra aquesta línia: el contingut només pot tenir text, enllaços i els components aprovats.');
						continue;
					}
					const source = String(statement.source.value);
					const names = statement.specifiers.map((s) => (s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' ? s.imported.name : '*'));
					const bad = names.filter((n) => !(APPROVED_COMPONENTS as readonly string[]).includes(n));
					if (source !== COMPONENTS_IMPORT_PATH || bad.length || statement.specifiers.some((s) => s.type !== 'ImportSpecifier')) {
						deny(
							node,
							`no es permet importar «${source}»${bad.length && source === COMPONENTS_IMPORT_PATH ? ` (${bad.join(', ')})` : ''}.`,
							`només es pot escriure «import { ${APPROVED_COMPONENTS.join(', ')} } from '${COMPONENTS_IMPORT_PATH}';» (els que facin falta).`,
						);
					} else names.forEach((n) => imported.add(n));
				}
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				deny(node, `no es permeten expressions entre claus («{${node.value.slice(0, 30)}}»).`, 'treu les claus; si vols mostrar el caràcter, escriu \\{ i \\}.');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const spec = (APPROVED_PROPS as Record<string, Record<string, PropSpec>>)[name];
				if (name.toLowerCase() === 'script') {
					deny(node, 'no es permet l’etiqueta <script>.', 'esborra l’etiqueta: el contingut no pot executar codi.');
				} else if (!spec) {
					deny(node, `no es permet l’etiqueta o component «<${name || '>'}».`, `escriu-ho en Markdown, o fes servir un component aprovat (${APPROVED_COMPONENTS.join(', ')}) importat de '${COMPONENTS_IMPORT_PATH}'. Si vols mostrar el caràcter «<», escriu &lt;.`);
				} else if (!imported.has(name)) {
					deny(node, `el component «${name}» no s'ha importat.`, `afegeix «import { ${name} } from '${COMPONENTS_IMPORT_PATH}';» sota la capçalera.`);
				}
				const given = new Set<string>();
				for (const attr of node.attributes) {
					if (attr.type === 'mdxJsxExpressionAttribute') {
						deny(node, 'no es permeten atributs amb expressions «{…}».', 'escriu cada atribut com a text: nom="valor".');
						continue;
					}
					given.add(attr.name);
					if (/^on/i.test(attr.name)) {
						deny(node, `no es permet l’atribut «${attr.name}» (gestor d’esdeveniments).`, 'esborra l’atribut: el contingut no pot executar codi.');
					} else if (attr.value && typeof attr.value === 'object') {
						deny(node, `l’atribut «${attr.name}» té una expressió «{…}».`, `escriu-lo com a text: ${attr.name}="valor".`);
					} else if (spec) {
						const propSpec = spec[attr.name];
						if (!propSpec) {
							const allowed = Object.keys(spec);
							const guess = closest(attr.name, allowed);
							deny(node, `el component «${name}» no accepta la propietat «${attr.name}».${guess ? ` Potser volies dir «${guess}»?` : ''}`, allowed.length ? `fes servir només ${allowed.map((p) => `«${p}»`).join(', ')}.` : `«${name}» no té propietats: esborra «${attr.name}».`, 'propietat-no-permesa');
						} else {
							const problem = propProblem(attr.name, attr.value ?? null, propSpec);
							if (problem) deny(node, `${name}: ${problem.message}`, problem.fix, problem.code);
						}
					}
				}
				for (const [prop, propSpec] of Object.entries(spec ?? {})) {
					if ('required' in propSpec && propSpec.required && !given.has(prop)) {
						deny(node, `al component «${name as ApprovedComponent}» li falta la propietat «${prop}».`, `afegeix-la: ${prop}="…".`, 'propietat-no-permesa');
					}
				}
				break;
			}
			case 'link':
			case 'definition': {
				const problem = linkProblem(node.url);
				if (problem) deny(node, `l'enllaç: ${problem}`, LINK_FIX, 'enllac-no-permes');
				break;
			}
			case 'image': {
				const problem = linkProblem(node.url, { allowHttp: false }) ?? (/^[a-z][a-z0-9+.-]*:/i.test(node.url.trim()) || node.url.trim().startsWith('//') ? `la imatge «${node.url.slice(0, 60)}» és d'un altre lloc web.` : undefined);
				if (problem) deny(node, problem, "desa la imatge a public/imatges/ i enllaça-la amb un camí del lloc, per exemple /imatges/mapa.png: el catàleg no fa cap petició a llocs de tercers.", 'enllac-no-permes');
				break;
			}
		}
	});
	return problems;
}

/**
 * Line-level checks on a content file's source: its size, and invisible characters (zero-width
 * characters and bidirectional overrides can hide text from a reviewer).
 */
export function checkSource(file: string, source: string, { multilineOffset = 1 } = {}): Problem[] {
	const problems: Problem[] = [];
	const bytes = Buffer.byteLength(source, 'utf8');
	if (bytes > MAX_FILE_BYTES) {
		problems.push({ file, line: 1, code: 'massa-gran', message: `el fitxer fa ${Math.round(bytes / 1024)} kB, i el màxim és ${MAX_FILE_BYTES / 1024} kB.`, fix: 'escurça el text o reparteix-lo en més pàgines. Si has enganxat un document sencer, enllaça-lo en lloc de copiar-lo.' });
		return problems;
	}
	source.split('\n').forEach((text, i) => {
		const invisible = findUnsafeChar(text.replace(/\r$/, ''), { multiline: true });
		if (invisible) problems.push({ file, line: i + multilineOffset, code: 'text-no-permes', message: unsafeCharMessage(invisible, 'a la columna'), fix: UNSAFE_CHAR_FIX });
	});
	return problems;
}

export interface SectionSpec {
	id: string;
	heading: string;
	/** Minimum characters of plain text; `MIN_SECTION_CHARS` when not given. */
	min?: number;
}

/**
 * What a published sheet must hold, as the build's tests check it on the pages
 * (tests/build/content-completeness.test.ts): each of the six prose parts of an action at least
 * 300 characters, its «Experiències i recursos» at least 150, the whole sheet at least 3000,
 * and each part of an experience at least 150.
 */
export const PUBLISHED_MIN = { actionPart: 300, actionResources: 150, actionSheet: 3000, experiencePart: 150, chapter: 2500 } as const;

const BLOCKS = new Set(['root', 'list', 'listItem', 'blockquote', 'containerDirective', 'table', 'tableRow']);

/** The plain text of a node as a reader sees it: blocks separated by a space, as on the page. */
export function readableText(node: RootContent | Root): string {
	if (BLOCKS.has(node.type) && 'children' in node) return (node.children as RootContent[]).map(readableText).join(' ');
	return toString(node);
}

const sectionText = (nodes: readonly RootContent[]) => nodes.map(readableText).join(' ').replace(/\s+/g, ' ').trim();

/**
 * Checks that the body is exactly the given `##` sections, in order, each with enough text, and
 * (with `minTotal`) enough text in all. Nothing but imports may come before the first section.
 * A section heading written at another level («### Metodologia») is one problem, not a missing
 * section and a disorder.
 */
export function checkSections(file: string, tree: Root, bodyLine: number, sections: readonly SectionSpec[], kind: string, { minTotal }: { minTotal?: number } = {}): Problem[] {
	const problems: Problem[] = [];
	const expected = sections.map((s) => s.heading);
	const list = expected.map((h, i) => `${i + 1}. ${h}`).join(' · ');
	const fixOrder = `la fitxa ${kind} ha de tenir exactament aquestes seccions «##», en aquest ordre: ${list}.`;
	const headings: { text: string; index: number; line?: number }[] = [];
	const h2 = new Set(tree.children.flatMap((n) => (n.type === 'heading' && n.depth === 2 ? [toString(n).trim()] : [])));
	/** Section headings written at another level, by their text. */
	const misleveled = new Set<string>();
	tree.children.forEach((node, index) => {
		if (node.type !== 'heading') return;
		const text = toString(node).trim();
		if (node.depth !== 2 && expected.includes(text) && !h2.has(text) && !misleveled.has(text)) {
			misleveled.add(text);
			const hashes = '#'.repeat(node.depth);
			problems.push({ file, line: lineOf(node, bodyLine), code: 'seccions-fitxa', message: `el títol «${hashes} ${text}» de la línia ${lineOf(node, bodyLine)} és una secció de la fitxa i ha de ser de nivell 2.`, fix: `escriu «## ${text}» (dos coixinets i un espai).` });
			// Read as the section it means to be, so that nothing else is blamed on it.
			headings.push({ text, index, line: lineOf(node, bodyLine) });
		} else if (node.depth === 1) {
			problems.push({ file, line: lineOf(node, bodyLine), code: 'seccions-fitxa', message: 'no es permeten títols de primer nivell «#» al cos: el títol surt de la capçalera.', fix: 'canvia «#» per «##» o «###».' });
		} else if (node.depth === 2) headings.push({ text, index, line: lineOf(node, bodyLine) });
	});
	const firstHeading = headings[0]?.index ?? tree.children.length;
	const before = tree.children.slice(0, firstHeading).filter((n) => n.type !== 'mdxjsEsm' && toString(n).trim());
	if (before.length) {
		problems.push({ file, line: lineOf(before[0]!, bodyLine), code: 'seccions-fitxa', message: 'hi ha text abans de la primera secció.', fix: `mou aquest text dins d'una secció. ${fixOrder}` });
	}
	for (const h of headings) {
		if (!expected.includes(h.text)) {
			const guess = closest(h.text, expected);
			problems.push({ file, line: h.line, code: 'seccions-fitxa', message: `la secció «${h.text}» no és cap de les seccions de la fitxa.${guess ? ` Potser volies dir «${guess}»?` : ''}`, allowed: expected, fix: fixOrder });
		}
	}
	const present = headings.map((h) => h.text);
	for (const heading of expected) {
		if (!present.includes(heading)) {
			problems.push({ file, line: bodyLine, code: 'seccions-fitxa', message: `falta la secció «## ${heading}».`, fix: fixOrder });
		}
	}
	const known = present.filter((h) => expected.includes(h));
	const inOrder = expected.filter((h) => known.includes(h));
	if (known.join('\n') !== inOrder.join('\n') || new Set(known).size !== known.length) {
		problems.push({ file, line: headings[0]?.line, code: 'seccions-fitxa', message: `les seccions estan desordenades o repetides (${known.join(' → ')}).`, fix: fixOrder });
	}
	let total = 0;
	headings.forEach((h, i) => {
		const spec = sections.find((s) => s.heading === h.text);
		if (!spec) return;
		const min = spec.min ?? MIN_SECTION_CHARS;
		const end = headings[i + 1]?.index ?? tree.children.length;
		const text = sectionText(tree.children.slice(h.index + 1, end));
		total += text.length;
		if (text.length > MAX_SECTION_CHARS) {
			problems.push({ file, line: h.line, code: 'massa-gran', message: `la secció «${h.text}» fa ${text.length} caràcters, i el màxim és ${MAX_SECTION_CHARS}.`, fix: 'escurça-la: una fitxa es llegeix en una pantalla. Porta el detall a un capítol o a un recurs enllaçat.' });
		}
		if (text.length < min) {
			problems.push({
				file, line: h.line, code: 'seccio-buida',
				message: text.length ? `la secció «${h.text}» és massa curta (${text.length} caràcters; n'ha de tenir almenys ${min}).` : `la secció «${h.text}» és buida.`,
				fix: text.length
					? `desenvolupa-la fins a ${min} caràcters com a mínim, amb fets concrets: una part tan curta no es pot publicar.`
					: 'escriu el contingut d’aquesta part de la fitxa. Si la guia no el dona, redacta’l i afegeix l’id de la secció a «editorialSections».',
			});
		}
	});
	if (minTotal !== undefined && total < minTotal) {
		problems.push({ file, line: bodyLine, code: 'seccio-buida', message: `la fitxa té ${total} caràcters de text en total, i n'ha de tenir almenys ${minTotal}.`, fix: `desenvolupa les seccions fins a sumar ${minTotal} caràcters: una fitxa publicada ha de ser almenys tan completa com la pàgina de la guia.` });
	}
	return problems;
}

/** A page of the catalogue that a chapter may name: an action by its title, a strategy by its name. */
export interface NamedPage {
	name: string;
	/** Its addresses, the canonical one first (an action's number permalink and former slugs serve it too). */
	urls: string[];
	what: string;
}

/**
 * A Catalan chapter of the guide is a real chapter (at least `PUBLISHED_MIN.chapter` characters)
 * and links every action and strategy it names, so a reader can go from the method to the sheet.
 */
export function checkChapter(file: string, tree: Root, bodyLine: number, named: readonly NamedPage[]): Problem[] {
	const problems: Problem[] = [];
	const prose = readableText(tree).replace(/\s+/g, ' ').trim();
	if (prose.length < PUBLISHED_MIN.chapter) {
		problems.push({ file, line: bodyLine, code: 'capitol-curt', message: `el capítol té ${prose.length} caràcters de text i un capítol publicat n'ha de tenir almenys ${PUBLISHED_MIN.chapter}.`, fix: 'completa el capítol amb el que diu la guia (marcat amb :::guia) i les addicions editorials que calguin.' });
	}
	const links = new Set<string>();
	visit(tree, 'link', (node) => {
		links.add(node.url);
	});
	for (const page of named) {
		if (!prose.includes(page.name) || page.urls.some((url) => links.has(url))) continue;
		let line: number | undefined;
		visit(tree, 'text', (node) => {
			if (line === undefined && node.value.includes(page.name)) line = (node.position?.start.line ?? 1) + bodyLine - 1;
		});
		problems.push({ file, line: line ?? bodyLine, code: 'nom-sense-enllac', message: `el capítol anomena ${page.what} «${page.name}» i no l'enllaça.`, fix: `converteix el nom en un enllaç: [${page.name}](${page.urls[0]}).` });
	}
	return problems;
}
