/**
 * The URLs that are not canonical: number permalinks (`/actuacions/20/`) and former slugs
 * (aliases) of actions, which serve the sheet itself with the named page as canonical; former slugs
 * of experiences and withdrawn experiences, which redirect; in every language. Read from the
 * content files at config time, so the sitemap can leave them out (search engines should index
 * the canonical pages only).
 */
import { CONTENT_PATHS, listMdx, readMdx } from './content-files.ts';
import { LOCALES } from '../schemas/shared.ts';

const PREFIXES = LOCALES.map((l) => (l === 'ca' ? '' : `/${l}`));

/**
 * Experiences that were published and later withdrawn, with the guide chapter each one now
 * redirects to. The four were news items about social-services staff, not projects with young
 * people, and none had a source address (issue 12). A published URL never breaks, so every
 * withdrawn slug stays here for good.
 */
export const RETIRED_EXPERIENCES: readonly { slug: string; chapter: string }[] = [
	{ slug: 'alhama-murcia-xarxa-inclusio-albura', chapter: 'xarxa-municipis-mitjans-grans' },
	{ slug: 'amb-formacio-tecnics-pla-metropolita', chapter: 'xarxa-comarcal' },
	{ slug: 'anci-lombardia-formacio-serveis-socials', chapter: 'xarxa-comarcal' },
	{ slug: 'reus-jornada-avaluacio-benestar-social', chapter: 'metodologia-projectes' },
];

export function redirectPaths(root: string): Set<string> {
	const paths: string[] = [];
	for (const path of listMdx(root, CONTENT_PATHS.actions)) {
		const data = (readMdx(root, path).data ?? {}) as { number?: number; aliases?: string[] };
		for (const key of [data.number, ...(data.aliases ?? [])]) if (key !== undefined) paths.push(`/actuacions/${key}/`);
	}
	for (const path of listMdx(root, CONTENT_PATHS.experiences)) {
		const data = (readMdx(root, path).data ?? {}) as { aliases?: string[] };
		for (const key of data.aliases ?? []) paths.push(`/experiencies/${key}/`);
	}
	for (const { slug } of RETIRED_EXPERIENCES) paths.push(`/experiencies/${slug}/`);
	return new Set(PREFIXES.flatMap((prefix) => paths.map((p) => `${prefix}${p}`)));
}
