/**
 * Loads our UI strings from `content/i18n/<lang>.json`. Starlight keys user translations by the
 * entry's file path relative to `src/content/i18n/` (see `loadTranslations` in
 * @astrojs/starlight/utils/translations.js), so entries loaded from another folder would get
 * keys like `content/i18n/ca`. This loader stores them by language only, without a file path,
 * which Starlight then keys by id.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { readUiStringFiles } from './content-files.ts';

export function uiStringsLoader(): Loader {
	return {
		name: 'ui-strings-loader',
		load: async ({ store, parseData, config }) => {
			store.clear();
			for (const { locale: id, source } of readUiStringFiles(fileURLToPath(config.root))) {
				const data = await parseData({ id, data: JSON.parse(source) });
				store.set({ id, data });
			}
		},
	};
}
