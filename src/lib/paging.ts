/**
 * The catalogue and the experiences list split into static pages of `PAGE_SIZE` items when they
 * grow beyond it, so that each page stays light and still lists every item without JavaScript
 * (`/actuacions/`, `/actuacions/pagina/2/`…). With JavaScript, the filters work over every item,
 * read from the list's compact index (`list-index.ts`), fetched when the reader first filters.
 *
 * 100 items: an action card is about 1 kB of HTML, so a full page stays around 200 kB with the
 * page's own chrome and scripts (the goal is 300 kB before it is usable), and the real catalogue
 * (17 actions, a few dozen experiences) keeps a single page with everything on it.
 */
export const PAGE_SIZE = 100;

export const pageCount = (items: number) => Math.max(1, Math.ceil(items / PAGE_SIZE));

/** The items of page `page` (from 1). */
export const pageSlice = <T>(items: readonly T[], page: number): T[] => items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

/** The path of page `page` of a list at `/<list>/`, before the locale and base. */
export const pagePath = (list: string, page: number) => (page === 1 ? `/${list}/` : `/${list}/pagina/${page}/`);
