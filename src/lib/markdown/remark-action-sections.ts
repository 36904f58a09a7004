/**
 * Gives the sections of action and experience sheets their fixed anchor ids (`#descripcio`,
 * `#rol-joventut`…), whatever the language of the heading. Headings are matched by their exact
 * text, which `npm run validate` has already checked.
 */
import type { Root } from 'mdast';
// Declares `data.hProperties` on mdast nodes (the attributes their HTML element gets).
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { ACTION_SECTIONS, EXPERIENCE_SECTIONS } from '../../schemas/sections.ts';
import { TRANSLATED, type Locale } from '../../schemas/shared.ts';

const SHEET = new RegExp(`content/(actuacions|experiencies)/(?:(${TRANSLATED})/)?[^/]+\\.mdx$`);

export function remarkActionSections() {
	return (tree: Root, file: VFile) => {
		const match = SHEET.exec(file.path.split('\\').join('/'));
		if (!match) return;
		const [, kind, lang] = match;
		const locale = (lang ?? 'ca') as Locale;
		const sections = kind === 'actuacions' ? ACTION_SECTIONS : EXPERIENCE_SECTIONS;

		for (const node of tree.children) {
			if (node.type !== 'heading' || node.depth !== 2) continue;
			// An editor may type the typographic apostrophe.
			const text = toString(node).trim().replaceAll('’', "'");
			const section = sections.find((s) => s.heading[locale] === text);
			if (!section) continue;
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: section.id } };
		}
	};
}
