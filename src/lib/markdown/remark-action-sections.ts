/**
 * Gives the sections of action and experience sheets their fixed anchor ids (`#descripcio`,
 * `#rol-joventut`…), whatever the language of the heading, and marks the sections that the
 * editors wrote ("Addició editorial") as listed in the Catalan master's `editorialSections`.
 * Headings are matched by their exact text, which `npm run validate` has already checked.
 */
import { readFileSync } from 'node:fs';
import type { Heading, Paragraph, Root } from 'mdast';
// Declares `data.hProperties` on mdast nodes (the attributes their HTML element gets).
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { parse } from 'yaml';
import { ACTION_SECTIONS, EXPERIENCE_SECTIONS } from '../../schemas/sections.ts';
import type { Locale } from '../../schemas/shared.ts';

const NOTE: Record<Locale, [string, string]> = {
	ca: ['Addició editorial.', "La guia original no detalla aquesta part: l'ha redactada l'equip del catàleg."],
	es: ['Adición editorial.', 'La guía original no detalla esta parte: la ha redactado el equipo del catálogo.'],
	en: ['Editorial addition.', "The original guide does not cover this part: the catalogue's editors wrote it."],
};

const SHEET = /content\/(actuacions|experiencies)\/(?:(es|en)\/)?([^/]+)\.mdx$/;

function masterEditorialSections(path: string, kind: string, slug: string): string[] {
	try {
		const source = readFileSync(path.replace(SHEET, `content/${kind}/${slug}.mdx`), 'utf8');
		const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
		return (fm ? (parse(fm[1]!)?.editorialSections ?? []) : []) as string[];
	} catch {
		return [];
	}
}

export function remarkActionSections() {
	return (tree: Root, file: VFile) => {
		const match = SHEET.exec(file.path.split('\\').join('/'));
		if (!match) return;
		const [, kind, lang, slug] = match;
		const locale = (lang ?? 'ca') as Locale;
		const sections = kind === 'actuacions' ? ACTION_SECTIONS : EXPERIENCE_SECTIONS;
		const frontmatter = (file.data.astro as { frontmatter?: { editorialSections?: string[] } } | undefined)?.frontmatter;
		const editorial = new Set(locale === 'ca' ? (frontmatter?.editorialSections ?? []) : masterEditorialSections(file.path, kind!, slug!));

		for (let i = 0; i < tree.children.length; i++) {
			const node = tree.children[i];
			if (node?.type !== 'heading' || node.depth !== 2) continue;
			// An editor may type the typographic apostrophe.
			const text = toString(node).trim().replaceAll('’', "'");
			const section = sections.find((s) => s.heading[locale] === text);
			if (!section) continue;
			(node as Heading).data = { ...node.data, hProperties: { ...node.data?.hProperties, id: section.id } };
			if (editorial.has(section.id)) {
				const [label, text] = NOTE[locale];
				const note: Paragraph = {
					type: 'paragraph',
					data: { hProperties: { className: ['editorial-note'] } },
					children: [{ type: 'strong', children: [{ type: 'text', value: label }] }, { type: 'text', value: ` ${text}` }],
				};
				tree.children.splice(i + 1, 0, note);
			}
		}
	};
}
