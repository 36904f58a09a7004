/**
 * The catalogue and the experiences list split into static pages when they grow beyond a page, so
 * that each page stays light and still lists every item without JavaScript (`/actuacions/`,
 * `/actuacions/pagina/2/`…). With JavaScript, the filters work over every item, read from the
 * list's compact index (`list-index.ts`), fetched when the reader first reaches for the filters.
 *
 * The sizes keep a full page's cards near 120 kB of HTML, so that the page with its chrome, styles
 * and scripts stays well under 300 kB before it is usable: an action card is about 2.3 kB (its
 * facts, audiences and scales), an experience card about 1.2 kB. The real lists (17 actions, a few
 * dozen experiences) keep a single page with everything on it.
 */
import type { Locale } from '../schemas/shared.ts';

export const PAGE_SIZE = { actuacions: 50, experiencies: 100 } as const;
export type PagedList = keyof typeof PAGE_SIZE;

/** What a list component renders: one static page of the list, in the reader's language. */
export interface ListPageProps {
	locale: Locale;
	/** Which static page of the list, from 1. */
	page?: number;
}

export const pageCount = (list: PagedList, items: number) => Math.max(1, Math.ceil(items / PAGE_SIZE[list]));

/** The items of page `page` (from 1). */
export const pageSlice = <T>(list: PagedList, items: readonly T[], page: number): T[] => items.slice((page - 1) * PAGE_SIZE[list], page * PAGE_SIZE[list]);

/** The path of page `page` of a list, before the locale and base. */
export const pagePath = (list: PagedList, page: number) => (page === 1 ? `/${list}/` : `/${list}/pagina/${page}/`);
