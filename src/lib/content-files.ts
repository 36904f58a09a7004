/**
 * Reads the content folder straight from disk, without Astro: used by `npm run validate`, by the
 * build-time check (`src/integrations/content-validation.ts`) and by `src/content.config.ts` to
 * learn the ids that references may point to. Files are parsed with a real YAML parser that keeps
 * node positions, so problems can name their line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document } from 'yaml';
import { CONTENT_PATHS } from './content-paths.ts';
import { TRANSLATION_LOCALES } from '../schemas/shared.ts';
import { explainUnreadable, explainYamlErrors, type SyntaxProblem } from './yaml-syntax.ts';

export { CONTENT_PATHS, chapterPath } from './content-paths.ts';

export type { SyntaxProblem } from './yaml-syntax.ts';

/** One entry of a YAML list file, with a way to find the line of any of its fields. */
export interface YamlEntry {
	file: string;
	index: number;
	data: unknown;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** One MDX file: its frontmatter, its body and where the body starts. */
export interface MdxFile {
	file: string;
	/** The file name without extension: the slug. */
	slug: string;
	data: unknown;
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
	syntax: SyntaxProblem[];
}

/**
 * Finds the line of a field: the line of its key (not of its value, which for a list or a folded
 * text starts on the next line), or of a list item. For a field that is missing, the line of the
 * closest parent that exists, or the start of the document.
 */
function lineFinder(doc: Document, counter: LineCounter, lineOffset = 0) {
	const line = (offset: number) => counter.linePos(offset).line + lineOffset;
	return (path: readonly PropertyKey[]) => {
		let node: unknown = doc.contents;
		let found: number | undefined;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
				const start = (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
				if (!pair || start === undefined) break;
				found = line(start);
				node = pair.value;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = node.items[segment] as { range?: [number, number] } | undefined;
				if (!item?.range) break;
				found = line(item.range[0]);
				node = item;
			} else break;
		}
		if (found !== undefined) return found;
		const start = (doc.contents as { range?: [number, number] } | null)?.range?.[0];
		return start === undefined ? undefined : line(start);
	};
}

/** Reads a YAML file that holds a list of entries. */
export function readYamlList(root: string, path: string): { file: string; entries: YamlEntry[]; syntax: SyntaxProblem[] } {
	const file = path;
	const abs = join(root, path);
	if (!existsSync(abs)) return { file, entries: [], syntax: [{ message: "el fitxer no existeix" }] };
	const counter = new LineCounter();
	const source = readFileSync(abs, 'utf8');
	const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
	const problem = explainYamlErrors(source, doc, counter, 0, false);
	if (problem) return { file, entries: [], syntax: [problem] };
	let all: unknown;
	try {
		all = doc.toJS();
	} catch {
		return { file, entries: [], syntax: [explainUnreadable(source, 0)] };
	}
	const contents = doc.contents;
	if (!isSeq(contents)) return { file, entries: [], syntax: [{ line: 1, message: "el fitxer ha de ser una llista d'entrades que comencin per «- id: …»" }] };
	const find = lineFinder(doc, counter);
	const entries = contents.items.map((_, index) => ({
		file,
		index,
		data: (all as unknown[]).at(index),
		lineOf: (p: readonly PropertyKey[]) => find([index, ...p]) ?? counter.linePos(contents.items[index]?.range?.[0] ?? 0).line,
	}));
	return { file, entries, syntax: [] };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The text of one content file, as it is on disk. */
export function readSource(root: string, path: string): string {
	return readFileSync(join(root, path), 'utf8');
}

/**
 * Splits a file into its frontmatter (the YAML between the two `---` lines) and its body; the
 * frontmatter is undefined when the file does not start with one.
 */
export function splitFrontmatter(source: string): { frontmatter?: string; header: string; body: string } {
	const match = FRONTMATTER.exec(source);
	return match ? { frontmatter: match[1]!, header: match[0], body: source.slice(match[0].length) } : { header: '', body: source };
}

/** Splits and parses one MDX file. A missing or broken frontmatter is reported, never thrown. */
export function readMdx(root: string, path: string): MdxFile {
	const source = readSource(root, path);
	const slug = path.split('/').pop()!.replace(/\.mdx?$/, '');
	const { frontmatter, header, body } = splitFrontmatter(source);
	if (frontmatter === undefined) {
		return {
			file: path, slug, data: undefined, body: source, bodyLine: 1, lineOf: () => 1,
			syntax: [{ line: 1, message: "falta la capçalera (frontmatter): el fitxer ha de començar amb una línia «---», els camps i una altra línia «---»", fix: "afegeix al començament del fitxer una línia «---», els camps «nom: valor» (copia'ls d'un fitxer semblant) i una altra línia «---»." }],
		};
	}
	const counter = new LineCounter();
	const docs = parseAllDocuments(frontmatter, { lineCounter: counter, prettyErrors: false });
	const doc = Array.isArray(docs) ? docs[0] : undefined;
	const bodyLine = header.split('\n').length + (header.endsWith('\n') ? 0 : 1);
	if (!doc) return { file: path, slug, data: {}, body, bodyLine, lineOf: () => 2, syntax: [] };
	const problem = explainYamlErrors(frontmatter, doc, counter, 1, true);
	const syntax: SyntaxProblem[] = problem ? [problem] : [];
	let data: unknown;
	if (!problem) {
		try {
			data = doc.toJS();
		} catch {
			syntax.push(explainUnreadable(frontmatter, 1));
		}
	}
	if (!syntax.length && !isMap(doc.contents)) {
		syntax.push({ line: 2, message: 'la capçalera ha de ser una llista de camps «nom: valor»' });
	}
	return { file: path, slug, data, body, bodyLine, lineOf: lineFinder(doc, counter, 1), syntax };
}

/** A folder and every folder below it, as project-relative paths. */
export function listDirTree(root: string, dir: string): string[] {
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	const subdirs = readdirSync(abs, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${dir}/${d.name}`);
	return [dir, ...subdirs.flatMap((d) => listDirTree(root, d))];
}

/** The entries (files and folders) directly inside a content folder, by name. */
export function listEntries(root: string, dir: string): { name: string; path: string; isDirectory: boolean }[] {
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { withFileTypes: true }).map((d) => ({ name: d.name, path: `${dir}/${d.name}`, isDirectory: d.isDirectory() }));
}

/** Whether a content file or folder exists. */
export const contentExists = (root: string, path: string) => existsSync(join(root, path));

/**
 * Lists the `.md`/`.mdx` files in a folder and every folder below it (chapters and pages sit in
 * sub-folders: guia/, es/, en/…), sorted, as project-relative paths; `skip` names sub-folders to
 * leave out.
 */
export function listMdxTree(root: string, dir: string, skip: readonly string[] = []): string[] {
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { withFileTypes: true })
		.flatMap((d) => (d.isDirectory() ? (skip.includes(d.name) ? [] : listMdxTree(root, `${dir}/${d.name}`)) : /\.mdx?$/.test(d.name) ? [`${dir}/${d.name}`] : []))
		.sort();
}

/** Every Catalan page, sheet and experience with the path its translation into `locale` has. */
export function translationPairs(root: string, locale: string): { source: string; translation: string }[] {
	const docs = listMdxTree(root, CONTENT_PATHS.docs, TRANSLATION_LOCALES).map((source) => ({ source, translation: source.replace(`${CONTENT_PATHS.docs}/`, `${CONTENT_PATHS.docs}/${locale}/`) }));
	const sheets = [CONTENT_PATHS.actions, CONTENT_PATHS.experiences].flatMap((dir) => listMdx(root, dir).map((source) => ({ source, translation: source.replace(`${dir}/`, `${dir}/${locale}/`) })));
	return [...docs, ...sheets];
}

/** The UI-string files (`content/i18n/*.json`), sorted, with their text. */
export function readUiStringFiles(root: string): { path: string; locale: string; source: string }[] {
	const abs = join(root, CONTENT_PATHS.uiStrings);
	if (!existsSync(abs)) return [];
	return readdirSync(abs)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => ({ path: `${CONTENT_PATHS.uiStrings}/${f}`, locale: f.replace(/\.json$/, ''), source: readFileSync(join(abs, f), 'utf8') }));
}

/** One language's UI strings, or undefined when the file is missing or is not valid JSON (validate reports that). */
export function readUiStrings(root: string, locale: string): Record<string, unknown> | undefined {
	const file = readUiStringFiles(root).find((f) => f.locale === locale);
	try {
		return file ? (JSON.parse(file.source) as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** Lists the `.md`/`.mdx` files directly inside a folder, sorted, as project-relative paths. */
export function listMdx(root: string, dir: string): string[] {
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { withFileTypes: true })
		.filter((d) => d.isFile() && /\.mdx?$/.test(d.name))
		.map((d) => relative(root, join(abs, d.name)).split('\\').join('/'))
		.sort();
}

/** The ids that references may point to, read from the content itself. */
export interface KnownIds {
	sets: string[];
	dimensions: string[];
	strategies: string[];
	audiences: string[];
	agents: string[];
	scales: string[];
	comarques: string[];
	costs: string[];
	setupTimes: string[];
	smallTownFits: string[];
	evidenceLevels: string[];
	goals: string[];
	chapters: string[];
}

const idsOf = (root: string, path: string) =>
	readYamlList(root, path)
		.entries.map((e) => (e.data as { id?: unknown } | null)?.id)
		.filter((id): id is string => typeof id === 'string');

export function readKnownIds(root: string): KnownIds {
	return {
		sets: idsOf(root, CONTENT_PATHS.sets),
		dimensions: idsOf(root, CONTENT_PATHS.dimensions),
		strategies: idsOf(root, CONTENT_PATHS.strategies),
		audiences: idsOf(root, CONTENT_PATHS.audiences),
		agents: idsOf(root, CONTENT_PATHS.agents),
		scales: idsOf(root, CONTENT_PATHS.scales),
		comarques: idsOf(root, CONTENT_PATHS.comarques),
		costs: idsOf(root, CONTENT_PATHS.costs),
		setupTimes: idsOf(root, CONTENT_PATHS.setupTimes),
		smallTownFits: idsOf(root, CONTENT_PATHS.smallTownFits),
		evidenceLevels: idsOf(root, CONTENT_PATHS.evidenceLevels),
		goals: idsOf(root, CONTENT_PATHS.goals),
		chapters: listMdx(root, CONTENT_PATHS.chapters).map((f) => f.split('/').pop()!.replace(/\.mdx?$/, '')),
	};
}
