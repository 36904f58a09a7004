/**
 * The sidebar's groups and links, labelled from the UI strings (`sidebar.*` in
 * `content/i18n/<lang>.json`): Catalan as the label, the other languages as its translations.
 */
import { readUiStrings } from './content-files.ts';
import { LOCALES, TRANSLATION_LOCALES } from '../schemas/shared.ts';

type Label = { label: string; translations: Record<string, string> };

export function sidebarLabels(root: string) {
	const strings = Object.fromEntries(LOCALES.map((lang) => [lang, (readUiStrings(root, lang) ?? {}) as Record<string, string>]));
	const labelled = (key: string): Label => ({
		label: strings.ca?.[key] ?? key,
		translations: Object.fromEntries(TRANSLATION_LOCALES.flatMap((l) => (strings[l]?.[key] ? [[l, strings[l][key]]] : []))),
	});
	return {
		/** A link to one of the site's pages, labelled by `sidebar.<path without slashes>`. */
		page: (link: string) => ({ ...labelled(`sidebar.${link.replaceAll('/', '')}`), link }),
		/** A group of links, labelled by `sidebar.group.<id>`. */
		group: <T>(id: string, items: T[]) => ({ ...labelled(`sidebar.group.${id}`), items }),
	};
}
