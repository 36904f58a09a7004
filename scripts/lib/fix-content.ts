/**
 * The safe fixes of `npm run validate -- --fix` (also `npm run fix:content`): they change how a
 * file is written, never what it says.
 * - Line endings become LF; trailing spaces go from the frontmatter; runs of blank lines
 *   shrink to one; the file ends with one newline.
 * - Tabs used for indentation in the frontmatter become two spaces (YAML forbids tabs).
 * - Frontmatter keys are put in the schema's order (nested ones too), keeping comments.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import { CONTENT_PATHS, listMdx, readSource, splitFrontmatter } from '../../src/lib/content-files.ts';

/** Key order of each kind of file, as in the schemas (src/schemas/*.ts). */
export const KEY_ORDER: Record<'actions' | 'experiences', { top: string[]; nested: Record<string, string[]> }> = {
	actions: {
		top: ['number', 'title', 'summary', 'strategy', 'audiences', 'agents', 'scales', 'related', 'provenance', 'guidePage', 'editorialSections', 'reviewed', 'aliases'],
		nested: { reviewed: ['date', 'by'] },
	},
	experiences: {
		top: ['title', 'originalTitle', 'language', 'place', 'promoter', 'date', 'source', 'actions', 'chapters', 'summary', 'reviewed', 'aliases'],
		nested: { place: ['name', 'region', 'country'], source: ['publisher', 'date', 'url'], reviewed: ['date', 'by'] },
	},
};

function sortMap(map: YAMLMap, order: string[]) {
	const rank = (key: unknown) => {
		const i = order.indexOf(String((key as { value?: unknown })?.value ?? key));
		return i === -1 ? order.length : i;
	};
	const before = map.items.map((p) => String((p.key as { value?: unknown })?.value));
	map.items.sort((a, b) => rank(a.key) - rank(b.key));
	return before.join() !== map.items.map((p) => String((p.key as { value?: unknown })?.value)).join();
}

/** Returns the fixed text of one file (the same text when nothing needs fixing). */
export function fixText(source: string, kind?: keyof typeof KEY_ORDER): string {
	let text = source.replace(/\r\n?/g, '\n');
	const { frontmatter, body } = splitFrontmatter(text);
	if (frontmatter !== undefined) {
		let fm = frontmatter.replace(/^\t+/gm, (tabs) => '  '.repeat(tabs.length)).replace(/[ \t]+$/gm, '');
		if (kind) {
			const doc = parseDocument(fm);
			if (!doc.errors.length && isMap(doc.contents)) {
				let changed = sortMap(doc.contents, KEY_ORDER[kind].top);
				for (const [key, order] of Object.entries(KEY_ORDER[kind].nested)) {
					const nested = doc.contents.get(key, true);
					if (isMap(nested)) changed = sortMap(nested, order) || changed;
				}
				if (changed) fm = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
			}
		}
		text = `---\n${fm}\n---\n${body}`;
	}
	return `${text.replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '')}\n`;
}

/** Fixes every content file under `root`; returns the files it changed. */
export function fixContent(root: string): string[] {
	const changed: string[] = [];
	const targets: [string, keyof typeof KEY_ORDER | undefined][] = [
		...listMdx(root, CONTENT_PATHS.actions).map((f) => [f, 'actions'] as [string, 'actions']),
		...listMdx(root, CONTENT_PATHS.experiences).map((f) => [f, 'experiences'] as [string, 'experiences']),
		...listMdx(root, CONTENT_PATHS.docs).map((f) => [f, undefined] as [string, undefined]),
		...listMdx(root, CONTENT_PATHS.chapters).map((f) => [f, undefined] as [string, undefined]),
	];
	for (const [file, kind] of targets) {
		const source = readSource(root, file);
		const fixed = fixText(source, kind);
		if (fixed !== source) {
			writeFileSync(join(root, file), fixed);
			changed.push(file);
		}
	}
	return changed;
}
