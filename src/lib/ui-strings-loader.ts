/**
 * Loads our UI strings from `content/i18n/<lang>.json`. Starlight keys user translations by the
 * entry's file path relative to `src/content/i18n/` (see `loadTranslations` in
 * @astrojs/starlight/utils/translations.js), so entries loaded from another folder would get
 * keys like `content/i18n/ca`. This loader stores them by language only, without a file path,
 * which Starlight then keys by id.
 */
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function uiStringsLoader(dir: string): Loader {
	return {
		name: 'ui-strings-loader',
		load: async ({ store, parseData, config }) => {
			const abs = join(new URL(config.root).pathname, dir);
			store.clear();
			for (const file of readdirSync(abs).filter((f) => f.endsWith('.json')).sort()) {
				const id = file.replace(/\.json$/, '');
				const data = await parseData({ id, data: JSON.parse(readFileSync(join(abs, file), 'utf8')) });
				store.set({ id, data });
			}
		},
	};
}
