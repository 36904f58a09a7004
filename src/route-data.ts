/**
 * Starlight route middleware.
 * - Content writes site links root-relative (`/actuacions/`); the Markdown body gets the base
 *   path from `rehype-base-links`, and this does the same for the links of a page's hero
 *   actions, which Starlight renders as written.
 * - Starlight writes the `<title>` element and the hero's title and tagline as HTML
 *   (`set:html`). Content fields are plain text (`safe-text.ts` rejects markup), and this escapes
 *   them as well, so a title is text wherever it is shown even if a check is ever bypassed.
 * - A page served at an address that is not its own (`Astro.locals.canonicalUrl`, set by a sheet
 *   at its number permalink) names its own one as canonical, for search engines and shares.
 * - Chapters and site pages get their last-updated date from git (`git-dates.ts`): Starlight
 *   dates only pages under `src/content/docs/`.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { lastCommitDate } from './lib/git-dates.ts';
import { escapeHtml } from './schemas/safe-text.ts';

const done = new WeakSet<object>();

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const canonical = context.locals.canonicalUrl;
	if (canonical) {
		for (const entry of route.head) {
			if (entry.tag === 'link' && entry.attrs?.rel === 'canonical') entry.attrs.href = canonical;
			if (entry.tag === 'meta' && entry.attrs?.property === 'og:url') entry.attrs.content = canonical;
		}
	}
	for (const entry of route.head) {
		if (entry.tag === 'title' && typeof entry.content === 'string' && !done.has(entry)) {
			entry.content = escapeHtml(entry.content);
			done.add(entry);
		}
	}
	if (!route.lastUpdated && route.entry.data.lastUpdated !== false && route.entry.filePath) {
		route.lastUpdated = lastCommitDate(process.cwd(), route.entry.filePath);
	}
	const hero = route.entry.data.hero;
	if (!hero || done.has(hero)) return;
	done.add(hero);
	hero.title = escapeHtml(hero.title ?? route.entry.data.title);
	if (hero.tagline) hero.tagline = escapeHtml(hero.tagline);
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	for (const action of hero.actions ?? []) {
		if (base && action.link.startsWith('/') && !action.link.startsWith('//')) action.link = `${base}${action.link}`;
	}
});
