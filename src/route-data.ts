/**
 * Starlight route middleware. Content writes site links root-relative (`/actuacions/`); the
 * Markdown body gets the base path from `rehype-base-links`, and this does the same for the
 * links of a page's hero actions, which Starlight renders as written.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

const prefixed = new WeakSet<object>();

export const onRequest = defineRouteMiddleware((context) => {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const hero = context.locals.starlightRoute.entry.data.hero;
	if (!base || !hero?.actions) return;
	for (const action of hero.actions) {
		if (prefixed.has(action) || !action.link.startsWith('/') || action.link.startsWith('//')) continue;
		action.link = `${base}${action.link}`;
		prefixed.add(action);
	}
});
