/**
 * Checks the marks that say what the guide says (`:::guia`) and what the editors added. A reader
 * relies on them to quote a sheet in a council plan, so they are checked like any other field:
 * - `:::guia` is the only `:::` block, it sits at the top level of the body, holds text and no
 *   heading, and is used only in action sheets and guide chapters;
 * - an action taken from the guide marks the guide's text in every part it does not list in
 *   `editorialSections`, and marks none in the parts it does list;
 * - a chapter of the guide marks at least one block;
 * - a translation marks as many blocks as its Catalan master, part by part.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { GUIDE } from '../../schemas/guide.ts';
import { ACTION_SECTIONS } from '../../schemas/sections.ts';
import type { Locale } from '../../schemas/shared.ts';
import { GUIDE_DIRECTIVE, guideBlockCount, guideBlocksPerSection, isGuideContainer, partsOf } from '../provenance.ts';
import type { Problem } from './problems.ts';
import { closest } from './zod-issues.ts';

const lineOf = (node: { position?: { start: { line: number } } }, bodyLine: number) =>
	node.position ? node.position.start.line + bodyLine - 1 : undefined;

const HOW = `posa el text que diu la guia entre una línia «:::${GUIDE_DIRECTIVE}» i una línia «:::», i deixa fora el que heu afegit vosaltres (es mostra com a «Addició editorial»).`;

/** The shape of `:::` blocks, in any content file. `allowGuide` is true for sheets and chapters. */
export function checkDirectives(file: string, tree: Root, bodyLine: number, allowGuide: boolean): Problem[] {
	const problems: Problem[] = [];
	const deny = (node: { position?: { start: { line: number } } }, message: string, fix: string, code: Problem['code'] = 'procedencia') =>
		problems.push({ file, line: lineOf(node, bodyLine), code, message, fix });
	visit(tree, (node, _index, parent) => {
		if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return;
		const fence = `${node.type === 'leafDirective' ? '::' : ':::'}${node.name}`;
		if (node.name !== GUIDE_DIRECTIVE || node.type !== 'containerDirective') {
			const guess = node.type === 'containerDirective' && allowGuide ? closest(node.name, [GUIDE_DIRECTIVE]) : undefined;
			deny(node, `el bloc «${fence}» no existeix al catàleg.${guess ? ` Potser volies dir «:::${guess}»?` : ''}`, guess ? `escriu «:::${GUIDE_DIRECTIVE}», sense accent ni majúscules.` : allowGuide ? `l'únic bloc és «:::${GUIDE_DIRECTIVE}», per al text de la guia. El que no és de la guia no porta cap marca: treu les línies «${fence}» i «:::».` : `treu les línies «${fence}» i «:::» i deixa'n el text.`, 'mdx-no-permes');
			return;
		}
		if (!allowGuide) {
			deny(node, `el bloc «:::${GUIDE_DIRECTIVE}» només es pot fer servir a les fitxes d'actuació i als capítols de la guia.`, `treu les línies «:::${GUIDE_DIRECTIVE}» i «:::» i deixa'n el text.`);
			return;
		}
		if (parent?.type !== 'root') {
			deny(node, `el bloc «:::${GUIDE_DIRECTIVE}» és dins d'un altre element (una llista, una cita o un altre bloc).`, `escriu «:::${GUIDE_DIRECTIVE}» i «:::» en línies pròpies, sense sagnat, fora de qualsevol llista. Per marcar només uns elements d'una llista, parteix-la en dues.`);
			return;
		}
		const first = node.children[0];
		if (first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data) {
			deny(node, `el bloc «:::${GUIDE_DIRECTIVE}» porta un títol entre claudàtors.`, `escriu només «:::${GUIDE_DIRECTIVE}», sense claudàtors: la pàgina hi posa l'etiqueta «Segons la guia».`);
		}
		if (node.attributes && Object.keys(node.attributes).length) {
			deny(node, `el bloc «:::${GUIDE_DIRECTIVE}» porta atributs entre claus.`, `escriu només «:::${GUIDE_DIRECTIVE}», sense res més a la línia.`);
		}
		const heading = node.children.find((c) => c.type === 'heading');
		if (heading) deny(heading, `hi ha un títol dins d'un bloc «:::${GUIDE_DIRECTIVE}».`, `tanca el bloc amb «:::» abans del títol i, si cal, obre'n un altre després.`);
		if (!node.children.some((c) => c.type !== 'heading' && !(c.data && 'directiveLabel' in c.data))) {
			deny(node, `el bloc «:::${GUIDE_DIRECTIVE}» és buit.`, `escriu-hi el text de la guia o esborra les línies «:::${GUIDE_DIRECTIVE}» i «:::».`);
		}
	});
	return problems;
}

const sectionHeading = (id: string, locale: Locale) => ACTION_SECTIONS.find((s) => s.id === id)!.heading[locale];

/**
 * An action sheet (the Catalan master): an action from the guide marks the guide's text in each
 * part that is not in `editorialSections`, and none in those that are; an editorial action marks none.
 */
export function checkSheetProvenance(
	file: string,
	tree: Root,
	bodyLine: number,
	data: { provenance?: unknown; editorialSections?: unknown; guidePage?: unknown },
	lineOfField: (path: (string | number)[]) => number | undefined,
): Problem[] {
	const problems: Problem[] = [];
	// A misspelt `provenance` is reported by its field; the marks are checked once it is right.
	if (data.provenance !== 'guia' && data.provenance !== 'editorial') return problems;
	const editorial = new Set(Array.isArray(data.editorialSections) ? (data.editorialSections as string[]) : []);
	const fromGuide = data.provenance === 'guia';
	if (fromGuide && data.guidePage === undefined) {
		problems.push({ file, line: lineOfField(['provenance']), field: 'guidePage', code: 'camp-obligatori', message: "l'actuació és de la guia, però no diu l'adreça de la seva pàgina a la guia («guidePage»).", fix: `afegeix «guidePage: » amb l'adreça de la pàgina de l'actuació a Viquillibres, que comença per ${GUIDE.pagePrefixes[0]}` });
	}
	for (const part of partsOf(tree)) {
		const section = ACTION_SECTIONS.find((s) => s.heading.ca === part.heading);
		if (!section) continue;
		const marked = part.nodes.filter(isGuideContainer);
		const line = part.line ? part.line + bodyLine - 1 : undefined;
		if (!fromGuide && marked.length) {
			problems.push({ file, line: lineOf(marked[0]!, bodyLine), code: 'procedencia', message: `la secció «${part.heading}» marca text de la guia, però l'actuació és «provenance: editorial».`, fix: `si la guia té aquesta actuació, canvia «provenance» a «guia»; si no, treu les línies «:::${GUIDE_DIRECTIVE}» i «:::».` });
		} else if (fromGuide && editorial.has(section.id) && marked.length) {
			problems.push({ file, line: lineOf(marked[0]!, bodyLine), field: 'editorialSections', code: 'procedencia', message: `la secció «${part.heading}» és a «editorialSections» (escrita per l'equip), però té ${marked.length === 1 ? 'un bloc' : `${marked.length} blocs`} «:::${GUIDE_DIRECTIVE}».`, fix: `si el text és de la guia, treu «${section.id}» de «editorialSections»; si no, treu les línies «:::${GUIDE_DIRECTIVE}» i «:::».` });
		} else if (fromGuide && !editorial.has(section.id) && !marked.length) {
			problems.push({ file, line, field: 'editorialSections', code: 'procedencia', message: `la secció «${part.heading}» no marca cap text de la guia i no és a «editorialSections».`, fix: `${HOW} Si la guia no dona res d'aquesta part, afegeix «${section.id}» a «editorialSections».` });
		}
	}
	if (fromGuide && !problems.length && guideBlockCount(tree) === 0) {
		problems.push({ file, line: lineOfField(['provenance']), field: 'provenance', code: 'procedencia', message: "l'actuació és de la guia («provenance: guia»), però la fitxa no marca cap text de la guia.", fix: HOW });
	}
	return problems;
}

/** A translated sheet marks as many blocks of the guide as its master, part by part. */
export function checkSheetTranslation(file: string, tree: Root, bodyLine: number, locale: Locale, masterFile: string, masterTree: Root): Problem[] {
	const problems: Problem[] = [];
	const want = guideBlocksPerSection(masterTree, 'ca');
	const got = guideBlocksPerSection(tree, locale);
	for (const [id, n] of want) {
		const m = got.get(id);
		if (m === undefined || m === n) continue;
		const part = partsOf(tree).find((p) => p.heading === sectionHeading(id, locale));
		problems.push({
			file,
			line: part?.line ? part.line + bodyLine - 1 : undefined,
			code: 'procedencia',
			message: `la secció «${sectionHeading(id, locale)}» té ${m} ${m === 1 ? 'bloc' : 'blocs'} «:::${GUIDE_DIRECTIVE}» i la de l'original en català («${sectionHeading(id, 'ca')}») en té ${n}.`,
			fix: `marca a la traducció els mateixos blocs que a ${masterFile}, en el mateix ordre.`,
		});
	}
	return problems;
}

/** A chapter of the guide marks at least one block, and a translation as many as its master. */
export function checkChapterProvenance(file: string, tree: Root, master?: { file: string; tree: Root }): Problem[] {
	const n = guideBlockCount(tree);
	if (!master) {
		return n ? [] : [{ file, line: 1, code: 'procedencia', message: 'el capítol no marca cap text de la guia.', fix: HOW }];
	}
	const want = guideBlockCount(master.tree);
	return n === want
		? []
		: [{ file, line: 1, code: 'procedencia', message: `el capítol té ${n} ${n === 1 ? 'bloc' : 'blocs'} «:::${GUIDE_DIRECTIVE}» i l'original en català en té ${want}.`, fix: `marca a la traducció els mateixos blocs que a ${master.file}, en el mateix ordre.` }];
}
