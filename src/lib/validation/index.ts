/**
 * Validates all content at once, without Astro, and returns every problem found. Runs in
 * `npm run validate` (seconds) and at the start of every build (src/integrations/content-validation.ts),
 * so the two always agree. It checks:
 * - each file against its schema in `src/schemas/` (fields, types, vocabularies, references);
 * - uniqueness of numbers, titles, ids, slugs and aliases;
 * - that related actions and the actions of experiences exist;
 * - the sections of action and experience sheets;
 * - the frontmatter of chapters and site pages;
 * - safety: MDX uses only approved components and props, links and text fields are safe,
 *   no file hides invisible characters, files and sections stay within their size limits, and
 *   file names are lower-case ASCII.
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { actionSchema } from '../../schemas/actions.ts';
import { pageSchema } from '../../schemas/docs.ts';
import { uiStrings } from '../../schemas/i18n.ts';
import { comparisonKey } from '../../schemas/safe-text.ts';
import { experienceSchema } from '../../schemas/experiences.ts';
import { ACTION_SECTIONS, EXPERIENCE_SECTIONS } from '../../schemas/sections.ts';
import { TRANSLATED_LISTS } from '../../schemas/decision.ts';
import { actionTranslationSchema, experienceTranslationSchema, TRANSLATION_LOCALES } from '../../schemas/translations.ts';
import { dimensionSchema, setSchema, strategySchema } from '../../schemas/taxonomy.ts';
import { scaleTermSchema, vocabularyTermSchema } from '../../schemas/vocabulary.ts';
import { GUIDE } from '../../schemas/guide.ts';
import { GUIDE_ACTIONS, guideNumberOf } from './guide-actions.ts';
import { CONTENT_PATHS, listDirTree, listEntries, listMdx, readKnownIds, readMdx, readSource, readUiStringFiles, readYamlList, type MdxFile, type SyntaxProblem } from '../content-files.ts';
import { checkChapter, checkMdxSafety, checkSections, checkSource, parseBody, PUBLISHED_MIN, type NamedPage, type SectionSpec } from './markdown.ts';
import { checkChapterProvenance, checkDirectives, checkSheetProvenance, checkSheetTranslation } from './provenance.ts';
import type { Problem } from './problems.ts';
import { checkContract, checkTranslationsExist, checkUiStringsExist, readContractPaths, type PublicPage } from './publication.ts';
import { issueToProblems } from './zod-issues.ts';

export { formatProblems, type Problem } from './problems.ts';

function parseWith(schema: z.ZodType, data: unknown, file: string, lineOf: MdxFile['lineOf']): { ok: boolean; value?: unknown; problems: Problem[] } {
	const result = schema.safeParse(data ?? {});
	if (result.success) return { ok: true, value: result.data, problems: [] };
	return { ok: false, problems: result.error.issues.flatMap((issue) => issueToProblems(issue, { file, data, schema, lineOf })) };
}

/** A file that cannot be read is one problem, at the line to fix: nothing else is checked until it is fixed. */
function syntaxProblems(file: string, syntax: SyntaxProblem[]): Problem[] {
	return syntax.slice(0, 1).map((s) => ({
		file, line: s.line, code: 'sintaxi-yaml' as const,
		message: s.message,
		fix: s.fix ?? 'revisa el sagnat (espais, mai tabuladors), els dos punts després de cada nom de camp i les cometes dels textos que contenen «: ».',
	}));
}

/** Checks one list file; says whether it could be read at all. */
function checkYamlList(root: string, path: string, schema: z.ZodType, problems: Problem[]): boolean {
	const { entries, syntax } = readYamlList(root, path);
	problems.push(...syntaxProblems(path, syntax));
	const seen = new Map<string, number>();
	for (const entry of entries) {
		const id = (entry.data as { id?: unknown } | null)?.id;
		const label = typeof id === 'string' ? id : `entrada ${entry.index + 1}`;
		problems.push(...parseWith(schema, entry.data, path, entry.lineOf).problems.map((p) => ({ ...p, field: p.field ? `${label} › ${p.field}` : label })));
		if (typeof id === 'string') {
			if (seen.has(id)) {
				problems.push({ file: path, line: entry.lineOf(['id']), field: 'id', code: 'id-duplicat', message: `l'identificador «${id}» ja s'usa a l'entrada de la línia ${seen.get(id)}.`, fix: 'dona a cada entrada un identificador diferent.' });
			} else seen.set(id, entry.lineOf(['id']) ?? 0);
		}
	}
	return !syntax.length;
}

interface ParsedMdx {
	file: MdxFile;
	data?: Record<string, unknown>;
	/** The parsed body; absent when it could not be parsed. */
	tree?: Root;
}

/** Where `:::guia` may mark the guide's text: action sheets and guide chapters, in every language. */
const MARKS_GUIDE = /^content\/(?:actuacions(?:\/(?:es|en))?|docs(?:\/(?:es|en))?\/guia)$/;

function checkMdxFiles(root: string, dir: string, schema: z.ZodType | undefined, sections: { spec: readonly SectionSpec[]; kind: string; minTotal?: number } | undefined, problems: Problem[]): ParsedMdx[] {
	return listMdx(root, dir).map((path) => {
		// Size and invisible characters first: a file over the limit is not parsed at all.
		const sourceProblems = checkSource(path, readSource(root, path));
		if (sourceProblems.some((p) => p.code === 'massa-gran')) {
			problems.push(...sourceProblems);
			return { file: { file: path, slug: path.split('/').pop()!.replace(/\.mdx?$/, ''), data: undefined, body: '', bodyLine: 1, lineOf: () => 1, syntax: [] } };
		}
		const file = readMdx(root, path);
		if (file.syntax.length) {
			// A frontmatter that cannot be read is one problem: whatever else is found follows from it.
			problems.push(...syntaxProblems(path, file.syntax));
			return { file };
		}
		let data: Record<string, unknown> | undefined;
		let fieldLines = new Set<number | undefined>();
		if (schema) {
			const parsed = parseWith(schema, file.data, path, file.lineOf);
			problems.push(...parsed.problems);
			data = (parsed.ok ? parsed.value : file.data) as Record<string, unknown> | undefined;
			fieldLines = new Set(parsed.problems.filter((p) => p.code === 'text-no-permes').map((p) => p.line));
		}
		// An invisible character in a text field is reported once, by its field.
		problems.push(...sourceProblems.filter((p) => !fieldLines.has(p.line)));
		const parsedBody = parseBody(path, file.body, file.bodyLine);
		if (parsedBody.problem) problems.push(parsedBody.problem);
		else {
			problems.push(...checkMdxSafety(path, parsedBody.tree, file.bodyLine));
			problems.push(...checkDirectives(path, parsedBody.tree, file.bodyLine, MARKS_GUIDE.test(dir)));
			if (sections) problems.push(...checkSections(path, parsedBody.tree, file.bodyLine, sections.spec, sections.kind, { minTotal: sections.minTotal }));
		}
		return { file, data, tree: parsedBody.tree };
	});
}

/** What each content folder may hold: the extension of its files. */
const FILE_KINDS: Record<string, { ext: string; what: string }> = {
	actuacions: { ext: '.mdx', what: 'fitxes MDX' },
	experiencies: { ext: '.mdx', what: 'fitxes MDX' },
	docs: { ext: '.mdx', what: 'pàgines MDX' },
	taxonomia: { ext: '.yaml', what: 'fitxers YAML' },
	vocabularis: { ext: '.yaml', what: 'fitxers YAML' },
	i18n: { ext: '.json', what: 'fitxers JSON i YAML' },
};
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * File and folder names under `content/`: lower-case ASCII words joined by hyphens, with the
 * extension their folder expects. A name with spaces, capitals or accents would become a broken
 * or ambiguous URL; a file with another extension would be silently left out of the site.
 */
export function checkFileNames(root: string): Problem[] {
	const problems: Problem[] = [];
	const walk = (dir: string, kind: { ext: string; what: string } | undefined) => {
		for (const entry of listEntries(root, dir)) {
			const path = entry.path;
			if (entry.isDirectory) {
				if (!KEBAB.test(entry.name)) problems.push({ file: path, code: 'nom-de-fitxer', message: `el nom de la carpeta «${entry.name}» no és vàlid.`, fix: 'fes servir només minúscules sense accents, xifres i guionets, per exemple «guia».' });
				walk(path, kind ?? FILE_KINDS[entry.name]);
				continue;
			}
			const dot = entry.name.indexOf('.');
			const stem = dot < 0 ? entry.name : entry.name.slice(0, dot);
			const ext = dot < 0 ? '' : entry.name.slice(dot);
			const allowed = kind?.ext === '.json' ? ['.json', '.yaml'] : kind ? [kind.ext] : [];
			if (!KEBAB.test(stem)) {
				const suggestion = stem.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
				problems.push({ file: path, code: 'nom-de-fitxer', message: `el nom de fitxer «${entry.name}» té espais, majúscules, accents o altres signes.`, fix: `canvia-li el nom a «${suggestion || 'nom-del-fitxer'}${ext}»: només minúscules sense accents, xifres i guionets.` });
			} else if (!allowed.includes(ext)) {
				problems.push({ file: path, code: 'nom-de-fitxer', message: `el fitxer «${entry.name}» no és ${kind ? `un dels ${kind.what} d'aquesta carpeta (${allowed.join(', ')})` : 'a cap carpeta de contingut'}, i el lloc no el faria servir.`, fix: kind ? `canvia l'extensió a «${allowed[0]}», o treu el fitxer de content/.` : 'mou-lo a la carpeta que li correspon (actuacions/, experiencies/, docs/…) o esborra\'l.' });
			}
		}
	};
	walk('content', undefined);
	return problems;
}

/** UI strings (`content/i18n/<locale>.json`): valid JSON, plain-text values. */
function checkUiStrings(root: string, problems: Problem[]) {
	for (const { path, source } of readUiStringFiles(root)) {
		problems.push(...checkSource(path, source));
		let data: unknown;
		try {
			data = JSON.parse(source);
		} catch (error) {
			// Node says where: «… in JSON at position 120 (line 5 column 3)».
			const where = /line (\d+) column (\d+)/.exec((error as Error).message);
			problems.push({
				file: path, line: where ? Number(where[1]) : undefined, code: 'sintaxi-yaml',
				message: `el JSON no es pot llegir${where ? ` a partir de la columna ${where[2]} d'aquesta línia (o al final de l'anterior)` : ''}.`,
				fix: 'revisa les cometes i les comes: cada línia ha de ser "clau": "text", amb una coma al final menys l’última, i les cometes dins d’un text s’escriuen \\".',
			});
			continue;
		}
		const lines = source.split('\n');
		const lineOf = (path: readonly PropertyKey[]) => {
			const key = path[0];
			const index = typeof key === 'string' ? lines.findIndex((l) => l.includes(`"${key}"`)) : -1;
			return index >= 0 ? index + 1 : undefined;
		};
		problems.push(...parseWith(uiStrings, data, path, lineOf).problems);
	}
}

/**
 * Validates the whole content folder under `root`. Returns every problem, sorted by file and line.
 * - `publish` (`npm run validate`, the default): everything the published site is held to, which is
 *   what CI checks on the built pages: the depth of sheets and chapters, chapters that link what
 *   they name, every page translated, every address in the URL contract.
 * - `build` (the build and the dev server): only what would break or endanger the site. A draft
 *   that is still short, untranslated or unrecorded builds, so the editor can preview it and record
 *   its addresses (`npm run build && npm run urls:record`).
 */
export function validateContent(root: string, { stage = 'publish' }: { stage?: 'build' | 'publish' } = {}): Problem[] {
	const publish = stage === 'publish';
	const problems: Problem[] = [];
	const known = readKnownIds(root);

	// A list file that cannot be read has no ids: references to it are checked once it is fixed.
	const unreadableLists: string[] = [];
	const checkList = (path: string, schema: z.ZodType) => {
		if (!checkYamlList(root, path, schema, problems)) unreadableLists.push(path);
	};
	checkList(CONTENT_PATHS.sets, setSchema);
	checkList(CONTENT_PATHS.dimensions, dimensionSchema(known.sets));
	checkList(CONTENT_PATHS.strategies, strategySchema(known.dimensions));
	for (const path of [CONTENT_PATHS.audiences, CONTENT_PATHS.agents, CONTENT_PATHS.scales, CONTENT_PATHS.comarques]) checkList(path, vocabularyTermSchema);
	for (const path of [CONTENT_PATHS.costs, CONTENT_PATHS.setupTimes, CONTENT_PATHS.smallTownFits, CONTENT_PATHS.evidenceLevels, CONTENT_PATHS.goals]) checkList(path, scaleTermSchema);

	// The Catalan sheets are what the published pages are measured against: the build's minimums.
	const actionSpec = ACTION_SECTIONS.map((s) => ({ id: s.id, heading: s.heading.ca, min: publish ? (s.id === 'experiencies' ? PUBLISHED_MIN.actionResources : PUBLISHED_MIN.actionPart) : undefined }));
	const actions = checkMdxFiles(root, CONTENT_PATHS.actions, actionSchema(known), { spec: actionSpec, kind: "d'una actuació", minTotal: publish ? PUBLISHED_MIN.actionSheet : undefined }, problems);
	const experiences = checkMdxFiles(root, CONTENT_PATHS.experiences, experienceSchema(known), { spec: EXPERIENCE_SECTIONS.map((s) => ({ id: s.id, heading: s.heading.ca, min: publish ? PUBLISHED_MIN.experiencePart : undefined })), kind: "d'una experiència" }, problems);
	const pages = listDirTree(root, CONTENT_PATHS.docs).map((dir) => ({ dir, files: checkMdxFiles(root, dir, pageSchema, undefined, problems) }));
	const chapters = pages.find((p) => p.dir === `${CONTENT_PATHS.docs}/guia`)?.files ?? [];
	for (const chapter of chapters) if (chapter.tree) problems.push(...checkChapterProvenance(chapter.file.file, chapter.tree));
	// What a chapter names, it links: every action by its title, every strategy by its name.
	const named: NamedPage[] = [
		...actions.flatMap((a) => {
			if (typeof a.data?.title !== 'string') return [];
			const keys = [a.file.slug, ...(typeof a.data.number === 'number' ? [a.data.number] : []), ...(Array.isArray(a.data.aliases) ? a.data.aliases : [])];
			return [{ name: a.data.title, urls: keys.map((key) => `/actuacions/${key}/`), what: "l'actuació" }];
		}),
		...readYamlList(root, CONTENT_PATHS.strategies).entries.flatMap((e) => {
			const { id, name } = (e.data ?? {}) as { id?: unknown; name?: { ca?: unknown } };
			return typeof id === 'string' && typeof name?.ca === 'string' ? [{ name: name.ca, urls: [`/estrategies/${id}/`], what: "l'estratègia" }] : [];
		}),
	];
	if (publish) for (const chapter of chapters) if (chapter.tree) problems.push(...checkChapter(chapter.file.file, chapter.tree, chapter.file.bodyLine, named));
	for (const locale of TRANSLATION_LOCALES) {
		for (const page of pages.find((p) => p.dir === `${CONTENT_PATHS.docs}/${locale}/guia`)?.files ?? []) {
			const master = chapters.find((c) => c.file.slug === page.file.slug);
			// A master that marks nothing is reported once, not again in each translation.
			const masterUnmarked = problems.some((p) => p.file === master?.file.file && p.code === 'procedencia');
			if (page.tree && master?.tree && !masterUnmarked) problems.push(...checkChapterProvenance(page.file.file, page.tree, { file: master.file.file, tree: master.tree }));
		}
	}
	// A sheet whose sections are wrong is not checked for its marks: they are read section by section.
	const sectionsWrong = (file: string) => problems.some((p) => p.file === file && p.code === 'seccions-fitxa');
	for (const action of actions) {
		if (action.tree && action.data && !sectionsWrong(action.file.file)) problems.push(...checkSheetProvenance(action.file.file, action.tree, action.file.bodyLine, action.data, action.file.lineOf));
	}
	checkUiStrings(root, problems);
	problems.push(...checkFileNames(root));

	// Translations: same file name as a Catalan master, headings in their own language.
	for (const locale of TRANSLATION_LOCALES) {
		for (const [dir, masters, spec, kind, schema] of [
			[CONTENT_PATHS.actions, actions, ACTION_SECTIONS, "d'una actuació", actionTranslationSchema],
			[CONTENT_PATHS.experiences, experiences, EXPERIENCE_SECTIONS, "d'una experiència", experienceTranslationSchema],
		] as const) {
			const translated = checkMdxFiles(root, `${dir}/${locale}`, schema, { spec: spec.map((s) => ({ id: s.id, heading: s.heading[locale] })), kind }, problems);
			for (const t of translated) {
				const master = masters.find((m) => m.file.slug === t.file.slug);
				if (!master) {
					problems.push({ file: t.file.file, line: 1, code: 'traduccio-orfe', message: `no hi ha cap fitxer ${dir}/${t.file.slug}.mdx en català.`, allowed: masters.map((m) => m.file.slug), fix: 'poseu a la traducció el mateix nom de fitxer que l’original en català.' });
				} else if (dir === CONTENT_PATHS.actions && master.data && t.data) {
					// A master whose own marks are wrong is reported once, not again in each translation.
					const masterMarksWrong = problems.some((p) => p.file === master.file.file && (p.code === 'procedencia' || p.code === 'mdx-no-permes')) || sectionsWrong(master.file.file) || sectionsWrong(t.file.file);
					if (t.tree && master.tree && !masterMarksWrong) problems.push(...checkSheetTranslation(t.file.file, t.tree, t.file.bodyLine, locale, master.file.file, master.tree));
					for (const list of TRANSLATED_LISTS) {
						const want = (master.data[list] as unknown[] | undefined)?.length;
						const got = (t.data[list] as unknown[] | undefined)?.length;
						if (want === undefined || got === undefined || want === got) continue;
						// A list that already breaks its own rule is reported once, not again as a mismatch.
						if (problems.some((p) => (p.file === master.file.file || p.file === t.file.file) && p.field?.split(/[.[]/)[0] === list)) continue;
						problems.push({ file: t.file.file, line: t.file.lineOf([list]), field: list, code: 'traduccio-incompleta', message: `la llista «${list}» té ${got} ${got === 1 ? 'element' : 'elements'} i la de l'original en català en té ${want}.`, fix: `tradueix un per un, en el mateix ordre, els ${want} elements de «${list}» de ${master.file.file}.` });
					}
				} else if (master.data?.funding !== undefined && t.data && t.data.funding === undefined) {
					problems.push({ file: t.file.file, line: t.file.lineOf(['forWhom']), field: 'funding', code: 'traduccio-incompleta', message: `l'original en català diu el cost o el finançament («funding») i aquesta traducció no.`, fix: 'afegeix «funding: …» a la capçalera, traduït de l’original.' });
				}
			}
		}
	}

	// Uniqueness of numbers, titles and public slugs across actions.
	const numbers = new Map<number, string>();
	const contract = readContractPaths(root);
	// A free number is taken by no action, was never published (a retired action's number is not
	// reused) and is not one of the guide's (up to GUIDE.minActions at least).
	const published = [...(contract ?? [])].flatMap((path) => /^\/actuacions\/(\d+)\/$/.exec(path)?.[1] ?? []).map(Number);
	const nextFree = Math.max(GUIDE.minActions, ...published, ...actions.map((a) => (typeof a.data?.number === 'number' ? a.data.number : 0))) + 1;
	const titles = new Map<string, string>();
	const slugs = new Map<string, string>();
	const claimSlug = (slug: string, owner: ParsedMdx, field: string) => {
		const other = slugs.get(slug);
		if (other && other !== owner.file.file) {
			problems.push({ file: owner.file.file, line: owner.file.lineOf([field]), field, code: 'slug-duplicat', message: `l'adreça «${slug}» ja la fa servir ${other}.`, fix: 'tria un altre nom de fitxer o esborra l’àlies repetit: cada adreça ha de portar a una sola pàgina.' });
		} else slugs.set(slug, owner.file.file);
	};
	for (const action of actions) claimSlug(action.file.slug, action, 'title');
	// Who keeps a number two files claim: the guide's action with that number and title, else an
	// action of the guide over an editorial one; the other file is the one to change.
	const rightfulOwner = (n: number, claimants: ParsedMdx[]) =>
		claimants.find((a) => a.data?.provenance === 'guia' && GUIDE_ACTIONS[n] === a.data?.title) ??
		(claimants.filter((a) => a.data?.provenance === 'guia').length === 1 ? claimants.find((a) => a.data?.provenance === 'guia') : undefined);
	const byNumber = new Map<number, ParsedMdx[]>();
	for (const action of actions) {
		const n = action.data?.number;
		if (typeof n === 'number') byNumber.set(n, [...(byNumber.get(n) ?? []), action]);
	}
	for (const [n, claimants] of byNumber) {
		numbers.set(n, claimants[0]!.file.file);
		if (claimants.length < 2) continue;
		const owner = rightfulOwner(n, claimants);
		const blamed = owner ? claimants.filter((c) => c !== owner) : claimants.slice(1);
		for (const action of blamed) {
			const keeper = owner ?? claimants[0]!;
			const own = guideNumberOf(action.data?.title);
			const why = owner ? (GUIDE_ACTIONS[n] === owner.data?.title ? `, que és l'actuació ${n} de la guia («${GUIDE_ACTIONS[n]}»)` : ', que és una actuació de la guia') : '';
			const which = owner ? "canvia el d'aquest fitxer, no el de l'altre" : `no se sap quin dels dos ha canviat: canvia'l al fitxer que has editat (${action.file.file} o ${keeper.file.file}), no a l'altre`;
			problems.push({
				file: action.file.file, line: action.file.lineOf(['number']), field: 'number', code: 'numero-duplicat',
				message: `el número ${n} ja és de ${keeper.file.file}${why}.`,
				fix: own !== undefined && action.data?.provenance === 'guia' && !byNumber.has(own)
					? `${which}: «${String(action.data?.title)}» és l'actuació ${own} de la guia, escriu «number: ${own}».`
					: `${which}: cada actuació té un número propi que no canvia mai. El primer número lliure és el ${nextFree} (npm run new:action el tria per tu).`,
			});
		}
	}
	for (const action of actions) {
		const d = action.data;
		if (/^\d+$/.test(action.file.slug)) {
			problems.push({ file: action.file.file, line: 1, code: 'format-incorrecte', message: `el nom de fitxer «${action.file.slug}» és només un número, i les adreces numèriques estan reservades als enllaços permanents.`, fix: 'posa al fitxer el títol de l’actuació en minúscules i amb guionets, per exemple accions-mancomunades.mdx.' });
		}
		if (!d) continue;
		if (typeof d.number === 'number') {
			if (d.provenance === 'editorial' && d.number <= GUIDE.minActions) {
				problems.push({ file: action.file.file, line: action.file.lineOf(['number']), field: 'number', code: 'valor-no-permes', message: `el número ${d.number} és d'una actuació de la guia (la guia numera les seves actuacions fins a la ${GUIDE.minActions}, almenys), i aquesta actuació és «provenance: editorial».`, fix: `dona a l'actuació el número ${nextFree}; els números fins al ${GUIDE.minActions} queden per a les actuacions de la guia.` });
			}
			if (d.provenance === 'guia' && !problems.some((p) => p.file === action.file.file && p.code === 'numero-duplicat')) {
				const expected = GUIDE_ACTIONS[d.number];
				const own = guideNumberOf(d.title);
				if (expected === undefined && own === undefined) {
					problems.push({ file: action.file.file, line: action.file.lineOf(['title']), field: 'title', code: 'actuacio-guia', message: `«${String(d.title)}» (número ${d.number}) no és cap de les actuacions conegudes de la guia.`, allowed: Object.entries(GUIDE_ACTIONS).map(([k, t]) => `${k} (${t})`), fix: `si és una actuació de la guia, copia'n el número i el títol exactes de la guia i afegeix-la a src/lib/validation/guide-actions.ts i a tests/build/content-completeness.test.ts; si l'heu afegida vosaltres, posa «provenance: editorial» i el número ${nextFree}.` });
				} else if (expected !== d.title) {
					const right = own !== undefined ? `«${String(d.title)}» és l'actuació ${own} de la guia: escriu «number: ${own}»` : `el títol de l'actuació ${d.number} a la guia és «${expected}»: copia'l exactament a «title»`;
					problems.push({ file: action.file.file, line: action.file.lineOf(own !== undefined ? ['number'] : ['title']), field: own !== undefined ? 'number' : 'title', code: 'actuacio-guia', message: expected === undefined ? `la guia no té cap actuació coneguda amb el número ${d.number}, i «${String(d.title)}» és la ${own}.` : `a la guia, l'actuació ${d.number} és «${expected}», i aquesta fitxa es diu «${String(d.title)}».`, fix: `${right}.` });
				}
			}
		}
		if (typeof d.title === 'string') {
			const key = comparisonKey(d.title);
			const other = titles.get(key);
			// The guide's action with its own title keeps it: the other file is the one to change.
			const rightful = d.provenance === 'guia' && typeof d.number === 'number' && GUIDE_ACTIONS[d.number] === d.title;
			const rival = other ? actions.find((x) => x.file.file === other) : undefined;
			if (other && rightful && rival) {
				if (!problems.some((p) => p.file === other && p.code === 'actuacio-guia')) problems.push({ file: other, line: rival.file.lineOf(['title']), field: 'title', code: 'titol-duplicat', message: `el títol «${String(rival.data?.title)}» és el de ${action.file.file}, l'actuació ${String(d.number)} de la guia.`, fix: 'dona a aquesta actuació un títol diferent.' });
			} else if (other) problems.push({ file: action.file.file, line: action.file.lineOf(['title']), field: 'title', code: 'titol-duplicat', message: `el títol «${d.title}» ja el té ${other}.`, fix: 'dona a cada actuació un títol diferent.' });
			else titles.set(key, action.file.file);
		}
		for (const [i, alias] of (Array.isArray(d.aliases) ? d.aliases : []).entries()) claimSlug(String(alias), action, `aliases[${i}]`);
	}

	const actionList = [...numbers.keys()].sort((a, b) => a - b).map((n) => {
		const a = actions.find((x) => x.data?.number === n);
		const title = a?.data?.title ?? (a?.file.data as { title?: unknown } | undefined)?.title;
		return typeof title === 'string' ? `${n} (${title})` : String(n);
	});
	const checkActionRefs = (owner: ParsedMdx, field: string, refs: unknown, self?: number) => {
		if (!Array.isArray(refs)) return;
		refs.forEach((n, i) => {
			if (typeof n !== 'number') return;
			if (n === self) {
				problems.push({ file: owner.file.file, line: owner.file.lineOf([field, i]), field: `${field}[${i}]`, code: 'referencia-a-si-mateixa', message: `l'actuació ${n} no es pot relacionar amb ella mateixa.`, fix: `treu el ${n} de la llista.` });
			} else if (!numbers.has(n)) {
				problems.push({ file: owner.file.file, line: owner.file.lineOf([field, i]), field: `${field}[${i}]`, code: 'referencia-desconeguda', message: `no hi ha cap actuació amb el número ${n}.`, allowed: actionList, fix: 'escriu el número d’una actuació que existeixi.' });
			}
		});
	};
	// While two actions share a number, references to it cannot be checked: they follow once it is fixed.
	// Nor while an action cannot be read: its number is unknown.
	const numbersClash = problems.some((p) => p.code === 'numero-duplicat') || actions.some((a) => a.file.syntax.length > 0);
	if (!numbersClash) for (const action of actions) checkActionRefs(action, 'related', action.data?.related, action.data?.number as number | undefined);

	const experienceSlugs = new Map<string, string>();
	for (const exp of experiences) {
		if (!numbersClash) checkActionRefs(exp, 'actions', exp.data?.actions);
		if (Array.isArray(exp.data?.actions) && exp.data.actions.length === 0) {
			problems.push({ file: exp.file.file, line: exp.file.lineOf(['actions']), field: 'actions', code: 'experiencia-sense-actuacio', message: "l'experiència no il·lustra cap actuació.", allowed: actionList, fix: 'afegeix el número d’almenys una actuació, per exemple «actions: [20]».' });
		}
		for (const slug of [exp.file.slug, ...(Array.isArray(exp.data?.aliases) ? (exp.data.aliases as string[]) : [])]) {
			const other = experienceSlugs.get(slug);
			if (other && other !== exp.file.file) problems.push({ file: exp.file.file, line: exp.file.lineOf(['aliases']), field: 'aliases', code: 'slug-duplicat', message: `l'adreça «${slug}» ja la fa servir ${other}.`, fix: 'esborra l’àlies repetit.' });
			else experienceSlugs.set(slug, exp.file.file);
		}
	}

	// Each experience is told from a page of its own: two records of one page are one project told twice.
	const sources = new Map<string, string>();
	for (const exp of experiences) {
		const url = (exp.data?.source as { url?: unknown } | undefined)?.url;
		if (typeof url !== 'string') continue;
		const key = url.replace(/[?#].*$/, '').replace(/\/$/, '').toLowerCase();
		const other = sources.get(key);
		if (other) problems.push({ file: exp.file.file, line: exp.file.lineOf(['source', 'url']), field: 'source.url', code: 'font-duplicada', message: `la font «${url}» ja la cita ${other}.`, fix: 'si és el mateix projecte, completa aquella experiència; si és un altre, cita la pàgina que en parla a ell.' });
		else sources.set(key, exp.file.file);
	}

	// What the build's tests ask of a page that the build itself does not: its translations and its URLs in the contract.
	if (publish) problems.push(...checkTranslationsExist(root), ...checkUiStringsExist(root));
	if (publish && contract) {
		const aliasesOf = (p: ParsedMdx) => (Array.isArray(p.data?.aliases) ? (p.data.aliases as unknown[]).map(String) : []);
		const publicPages: PublicPage[] = [
			...actions.filter((a) => typeof a.data?.number === 'number').map((a) => ({ file: a.file.file, line: a.file.lineOf(['number']), paths: [a.file.slug, String(a.data!.number), ...aliasesOf(a)].map((x) => `/actuacions/${x}/`) })),
			...experiences.filter((e) => e.data).map((e) => ({ file: e.file.file, line: 1, paths: [e.file.slug, ...aliasesOf(e)].map((x) => `/experiencies/${x}/`) })),
			...pages.filter((p) => !TRANSLATION_LOCALES.some((l) => p.dir.startsWith(`${CONTENT_PATHS.docs}/${l}`))).flatMap((p) => p.files).filter((f) => f.data).map((f) => ({ file: f.file.file, line: 1, paths: [`/${f.file.file.slice(CONTENT_PATHS.docs.length + 1).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}/`.replace(/^\/\/$/, '/')] })),
		];
		problems.push(...checkContract(contract, publicPages));
	}

	// An experience without actions is a problem of its own, not a generic empty list.
	// A reference to a list file that cannot be read is not reported: the list's syntax problem is.
	const deduped = problems.filter(
		(p) => !(p.code === 'llista-buida' && p.field === 'actions' && problems.some((q) => q.file === p.file && q.code === 'experiencia-sense-actuacio')) &&
			!(p.code === 'referencia-desconeguda' && unreadableLists.some((path) => p.fix.includes(`definits a ${path},`))),
	);
	return deduped.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
