/**
 * The "La guia" sidebar group, listed from the chapter files. Starlight's `autogenerate` only
 * finds docs under `src/content/docs/`, and our content lives in the top-level `content/docs/`,
 * so the chapters are read here: order from `sidebar.order`, labels from each language's title.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CHAPTERS = 'content/docs/guia';
const LOCALES = ['es', 'en'] as const;

function frontmatter(file: string): { title?: string; sidebar?: { order?: number; label?: string; hidden?: boolean } } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	return match ? (parse(match[1]!) ?? {}) : {};
}

export function chapterSidebarItems(root: string) {
	const dir = join(root, CHAPTERS);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => {
			const slug = f.replace(/\.mdx?$/, '');
			const data = frontmatter(join(dir, f));
			const translations: Record<string, string> = {};
			for (const locale of LOCALES) {
				const translated = join(root, 'content/docs', locale, 'guia', f);
				if (existsSync(translated)) {
					const t = frontmatter(translated);
					const label = t.sidebar?.label ?? t.title;
					if (label) translations[locale] = label;
				}
			}
			return { slug, order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, hidden: data.sidebar?.hidden, label: data.sidebar?.label ?? data.title ?? slug, translations };
		})
		.filter((c) => !c.hidden)
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
		.map(({ slug, label, translations }) => ({ label, translations, link: `/guia/${slug}/` }));
}
