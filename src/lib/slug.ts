/**
 * A URL slug from a Catalan title: no accents, lowercase, hyphens. Used by the editor scripts
 * (`npm run new:action`, `npm run new:experience`) and by the experience proposal form, so that
 * every new file gets its name the same way.
 */
export function slugify(title: string): string {
	return title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/l·l/gi, 'll')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}
