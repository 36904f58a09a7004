/**
 * Who says it: the guide, or the catalogue's editors. In the Markdown body of an action sheet or a
 * guide chapter, the blocks that state what the guide says sit inside a `:::guia` container;
 * every other block is an editorial addition. This module reads that split; the same reading
 * renders the marks (`remark-provenance.ts`), checks them (`npm run validate`) and writes them to
 * the open data, so the three never disagree.
 */
import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { ACTION_SECTIONS } from '../schemas/sections.ts';
import type { Locale, Provenance } from '../schemas/shared.ts';

/** The one directive content may use: `:::guia` … `:::`. */
export const GUIDE_DIRECTIVE = 'guia';

export interface ProvenanceBlock {
	provenance: Provenance;
	node: RootContent;
}

/** A run of consecutive blocks with the same provenance: one label on the page. */
export interface ProvenanceRun {
	provenance: Provenance;
	nodes: RootContent[];
}

export const isGuideContainer = (node: RootContent): node is ContainerDirective =>
	node.type === 'containerDirective' && node.name === GUIDE_DIRECTIVE;

/** Imports carry no text: they are nobody's statement. */
const isText = (node: RootContent) => node.type !== 'mdxjsEsm' && node.type !== 'heading';

/** The blocks of a stretch of top-level nodes, each with its provenance. */
export function blocksOf(nodes: readonly RootContent[]): ProvenanceBlock[] {
	return nodes.flatMap((node): ProvenanceBlock[] =>
		isGuideContainer(node)
			? node.children.filter(isText).map((child) => ({ provenance: 'guia', node: child }))
			: isText(node)
				? [{ provenance: 'editorial', node }]
				: [],
	);
}

/** Groups blocks into runs of the same provenance. */
export function runsOf(blocks: readonly ProvenanceBlock[]): ProvenanceRun[] {
	const runs: ProvenanceRun[] = [];
	for (const { provenance, node } of blocks) {
		const last = runs.at(-1);
		if (last?.provenance === provenance) last.nodes.push(node);
		else runs.push({ provenance, nodes: [node] });
	}
	return runs;
}

/** The top-level nodes of each `##` part of a sheet, keyed by its heading text. */
export function partsOf(tree: Root): { heading: string; line?: number; nodes: RootContent[] }[] {
	const parts: { heading: string; line?: number; nodes: RootContent[] }[] = [];
	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth <= 2) {
			const text = toString(node).trim().replaceAll('’', "'");
			parts.push({ heading: text, line: node.position?.start.line, nodes: [] });
		} else parts.at(-1)?.nodes.push(node);
	}
	return parts;
}

/** How many `:::guia` blocks each section of an action sheet has, keyed by section id. */
export function guideBlocksPerSection(tree: Root, locale: Locale): Map<string, number> {
	const counts = new Map<string, number>();
	for (const part of partsOf(tree)) {
		const section = ACTION_SECTIONS.find((s) => s.heading[locale] === part.heading);
		if (section) counts.set(section.id, part.nodes.filter(isGuideContainer).length);
	}
	return counts;
}

/** How many `:::guia` blocks the whole body has. */
export const guideBlockCount = (tree: Root) => tree.children.filter(isGuideContainer).length;
