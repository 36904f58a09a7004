/**
 * The "La guia" sidebar group, listed from the chapter files. Starlight's `autogenerate` only
 * finds docs under `src/content/docs/`, and our content lives in the top-level `content/docs/`,
 * so the chapters are read here: order from `sidebar.order`, labels from each language's title.
 */
import { CONTENT_PATHS, chapterPath, listMdx, readMdx } from './content-files.ts';
import { TRANSLATION_LOCALES } from '../schemas/translations.ts';

interface ChapterData {
	title?: string;
	sidebar?: { order?: number; label?: string; hidden?: boolean };
}

const chapter = (root: string, path: string) => {
	const file = readMdx(root, path);
	return { slug: file.slug, data: (file.data ?? {}) as ChapterData };
};

export function chapterSidebarItems(root: string) {
	return listMdx(root, CONTENT_PATHS.chapters)
		.map((path) => {
			const { slug, data } = chapter(root, path);
			const translations: Record<string, string> = {};
			for (const locale of TRANSLATION_LOCALES) {
				const translated = listMdx(root, chapterPath(locale)).find((p) => p.endsWith(`/${slug}.mdx`));
				if (!translated) continue;
				const t = chapter(root, translated).data;
				const label = t.sidebar?.label ?? t.title;
				if (label) translations[locale] = label;
			}
			return { slug, order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER, hidden: data.sidebar?.hidden, label: data.sidebar?.label ?? data.title ?? slug, translations };
		})
		.filter((c) => !c.hidden)
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
		.map(({ slug, label, translations }) => ({ label, translations, link: `/guia/${slug}/` }));
}
