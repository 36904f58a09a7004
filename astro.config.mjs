// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import contentValidation from './src/integrations/content-validation.ts';
import linkCheck from './src/integrations/link-check.ts';
import { remarkActionSections } from './src/lib/markdown/remark-action-sections.ts';
import { remarkContentSafety } from './src/lib/markdown/remark-content-safety.ts';
import { remarkProvenance } from './src/lib/markdown/remark-provenance.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { chapterSidebarItems } from './src/lib/chapter-sidebar.ts';
import { sidebarLabels } from './src/lib/sidebar.ts';
import { redirectPaths } from './src/lib/redirect-paths.ts';
import { LOCALE_NAMES, LOCALES } from './src/schemas/shared.ts';

// Where the site is published. Both can be set at build time, e.g. for GitHub Pages:
// SITE_URL=https://example.github.io BASE_PATH=/estrategies npm run build
const site = process.env.SITE_URL ?? 'https://estrategies-millora-educativa.github.io';
const base = process.env.BASE_PATH ?? '/';
const redirects = redirectPaths(process.cwd());
const repo = process.env.REPO_URL ?? 'https://github.com/estrategies-millora-educativa/cataleg';
// Catalan is the root locale (no prefix); the others live under /<locale>/.
const localeKey = (/** @type {string} */ lang) => (lang === 'ca' ? 'root' : lang);
const { page, group } = sidebarLabels(process.cwd());

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// No speculative page downloads: many readers are on metered phone data (and the page budget).
	prefetch: false,
	vite: {
		build: {
			rolldownOptions: {
				// Astro marks every MDX entry with a "use astro:head-inject" directive that the bundler
				// warns about on each file (withastro/astro#18087): nothing an editor or developer can
				// act on. Every other warning still prints.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		processor: unified({
			gfm: false,
			// Straight apostrophes: Pagefind splits «l'alumnat» into «l» + «alumnat», but indexes
			// «l’alumnat» (typographic) as one word that a search for «alumnat» never finds.
			smartypants: { quotes: false },
			// The safety check first: a content file that breaks a rule never reaches the other plugins.
			remarkPlugins: [remarkContentSafety, remarkGfm, remarkActionSections, remarkProvenance],
			rehypePlugins: [[rehypeBaseLinks, { base }]],
		}),
	},
	integrations: [
		contentValidation(),
		// Starlight's own sitemap, plus a filter that leaves out pages that only redirect.
		sitemap({
			i18n: { defaultLocale: 'root', locales: Object.fromEntries(LOCALES.map((lang) => [localeKey(lang), lang])) },
			filter: (page) => !redirects.has(new URL(page).pathname.slice(base.replace(/\/$/, '').length)),
		}),
		starlight({
			title: {
				ca: 'Estratègies de millora educativa',
				es: 'Estrategias de mejora educativa',
				en: 'Strategies for educational improvement',
			},
			description: "Catàleg d'actuacions de millora educativa per a les polítiques locals de joventut.",
			defaultLocale: 'root',
			locales: Object.fromEntries(LOCALES.map((lang) => [localeKey(lang), { label: LOCALE_NAMES[lang], lang }])),
			editLink: { baseUrl: `${repo}/edit/main/` },
			lastUpdated: true,
			pagination: false,
			credits: false,
			// One 404 page in three languages, with ways back into the catalogue (src/pages/404.astro).
			disable404Route: true,
			// Labels are UI strings (content/i18n/<lang>.json, `sidebar.*`); the guide's chapters are listed from their files.
			sidebar: [
				group('cataleg', ['/actuacions/', '/planificador/', '/seleccio/', '/dimensions-estrategies-actuacions/', '/experiencies/', '/com-llegir-les-fitxes/'].map(page)),
				group('guia', chapterSidebarItems(process.cwd())),
				group('sobre', ['/sobre/', '/dades-obertes/', '/accessibilitat/'].map(page)),
			],
			components: {
				Footer: './src/components/overrides/Footer.astro',
				Hero: './src/components/overrides/Hero.astro',
				Search: './src/components/overrides/Search.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			customCss: ['./src/styles/theme.css', './src/styles/catalogue.css'],
			routeMiddleware: './src/route-data.ts',
		}),
		// After Starlight, so it runs once Pagefind and the sitemap are written.
		linkCheck(),
	],
});
