/**
 * The URLs that only redirect: number permalinks (`/actuacions/20/`) and former slugs (aliases)
 * of actions and experiences, in every language. Read from the content files at config time, so
 * the sitemap can leave them out (search engines should index the canonical pages only).
 */
import { CONTENT_PATHS, listMdx, readMdx } from './content-files.ts';

const PREFIXES = ['', '/es', '/en'];

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
	return new Set(PREFIXES.flatMap((prefix) => paths.map((p) => `${prefix}${p}`)));
}
