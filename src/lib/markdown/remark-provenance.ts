/**
 * Marks who says each block of an action sheet or a guide chapter. Every paragraph, list, list
 * item and table gets `data-provenance="guia"` (inside a `:::guia` container) or
 * `data-provenance="editorial"` (everything else), and each run of blocks of the same provenance
 * is wrapped in a box whose first line says it in words («Segons la guia», «Addició editorial»),
 * so the difference is seen on screen and in print and heard with a screen reader, never shown
 * by colour alone. Headings stay outside the boxes. A section of a sheet with no text of the guide
 * says why in its label.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import ca from '../../../content/i18n/ca.json';
import en from '../../../content/i18n/en.json';
import es from '../../../content/i18n/es.json';
import { TRANSLATED, type Locale, type Provenance } from '../../schemas/shared.ts';
import { blocksOf, isGuideContainer, partsOf, runsOf } from '../provenance.ts';

const STRINGS: Record<Locale, Record<string, string>> = { ca, es, en };

/** Action sheets and guide chapters, in every language. */
const MARKED = new RegExp(`content/(?:actuacions/(?:(${TRANSLATED})/)?[^/]+|docs/(?:(${TRANSLATED})/)?guia/[^/]+)\\.mdx$`);

function mark(node: RootContent, provenance: Provenance) {
	node.data = { ...node.data, hProperties: { ...node.data?.hProperties, 'data-provenance': provenance } };
	if (node.type === 'list') for (const item of node.children) mark(item, provenance);
}

function label(text: string): Paragraph {
	return {
		type: 'paragraph',
		data: { hProperties: { className: ['provenance__label'], dataPagefindIgnore: true } },
		children: [{ type: 'text', value: text }],
	};
}

export function remarkProvenance() {
	return (tree: Root, file: VFile) => {
		const match = MARKED.exec(file.path?.split('\\').join('/') ?? '');
		if (!match) return;
		const strings = STRINGS[(match[1] ?? match[2] ?? 'ca') as Locale];
		const isSheet = file.path.includes('/actuacions/');

		// A sheet's `##` part without any text of the guide: its one label says so.
		const partHasGuide = partsOf(tree).map((p) => p.nodes.some(isGuideContainer));

		const children: RootContent[] = [];
		let stretch: RootContent[] = [];
		let part = -1;
		const flush = () => {
			for (const run of runsOf(blocksOf(stretch))) {
				run.nodes.forEach((node) => mark(node, run.provenance));
				const wholePart = isSheet && run.provenance === 'editorial' && part >= 0 && !partHasGuide[part];
				const text = strings[wholePart ? 'provenance.editorialPart' : `provenance.${run.provenance}`]!;
				children.push({
					type: 'blockquote',
					data: { hName: 'div', hProperties: { className: ['provenance', `provenance--${run.provenance}`] } },
					children: [label(text), ...(run.nodes as Paragraph[])],
				});
			}
			stretch = [];
		};
		for (const node of tree.children) {
			if (node.type === 'heading' || node.type === 'mdxjsEsm') {
				flush();
				if (node.type === 'heading' && node.depth <= 2) part++;
				children.push(node);
			} else stretch.push(node);
		}
		flush();
		tree.children = children;
	};
}
