/**
 * Links to the project's source repository: edit links and prefilled issue forms. The address
 * can be changed with REPO_URL at build time (see astro.config.mjs).
 */
export const REPO_URL = process.env.REPO_URL ?? 'https://github.com/estrategies-millora-educativa/cataleg';

/** The "edit this page" link of a content file, e.g. `content/actuacions/x.mdx`. */
export function editUrl(filePath: string | undefined): string | false {
	if (!filePath) return false;
	return `${REPO_URL}/edit/main/${filePath.replace(/^\.\//, '')}`;
}

/** The source of a generated page: a content file (edit link) or a content folder (browse link). */
export function sourceUrl(path: string): string {
	return path.endsWith('/') ? `${REPO_URL}/tree/main/${path}` : `${REPO_URL}/edit/main/${path}`;
}

/** A prefilled GitHub issue form (`.github/ISSUE_TEMPLATE/<template>`). Field ids match the form's. */
export function issueFormUrl(template: string, title: string, fields: Record<string, string>): string {
	const params = new URLSearchParams({ template, title, ...fields });
	return `${REPO_URL}/issues/new?${params.toString()}`;
}

/**
 * Where experience proposals are emailed (`/proposa-experiencia/`). A deployment setting, like
 * REPO_URL: set CONTACT_EMAIL at build time. Without it, the email opens with no recipient and the
 * page asks the person to add the editorial team's address.
 */
export const CONTACT_EMAIL = process.env.CONTACT_EMAIL ?? '';
