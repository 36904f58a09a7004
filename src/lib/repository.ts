/**
 * Links to the project's source repository: edit links and prefilled issue forms. The address
 * can be changed with REPO_URL at build time (see astro.config.mjs).
 */
export const REPO_URL = (import.meta.env.REPO_URL as string | undefined) ?? 'https://github.com/estrategies-millora-educativa/cataleg';

/** The "edit this page" link of a content file, e.g. `content/actuacions/x.mdx`. */
export function editUrl(filePath: string | undefined): string | false {
	if (!filePath) return false;
	return `${REPO_URL}/edit/main/${filePath.replace(/^\.\//, '')}`;
}
