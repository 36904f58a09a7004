/**
 * Frontmatter of the `docs` collection: chapters and site pages in `content/docs/`. Starlight
 * accepts many more fields, some of which are HTML or code (`head` adds tags to the page,
 * `banner` and the hero's `image.html` are raw HTML, `sidebar.attrs` adds attributes to a link).
 * A content page may use only the fields below, all text-only, and links go through the link
 * rule (`safe-text.ts`).
 */
import { z } from 'astro/zod';
import { CARD_ICONS } from '../components/approved.ts';
import { plainText, siteLink } from './safe-text.ts';

const forbidden = (field: string, fix: string) =>
	z.undefined({ message: `el camp «${field}» no es permet a les pàgines de contingut. ${fix}` }).optional();

const heroIcon = z.enum(['right-arrow', ...CARD_ICONS]);

/** The fields a content page may have. `npm run validate` checks them strictly (no other key). */
const pageShape = {
	/** Page title: the `<h1>`, the browser tab and search results. Plain text. */
	title: plainText(2, 160),
	/** One or two sentences for search engines and link previews. Plain text. */
	description: plainText(10, 500).optional(),
	/** `splash` for the home page (no sidebar, with a hero); `doc` (default) for everything else. */
	template: z.enum(['doc', 'splash']).optional(),
	/** The home page's banner: a tagline and buttons. Text only; no image, no HTML. */
	hero: z
		.object({
			/** A larger title than the page title. Plain text. Default: the page title. */
			title: plainText(2, 160).optional(),
			/** One sentence under the title. Plain text. */
			tagline: plainText(10, 400).optional(),
			/** Buttons: a label, a link on this site or elsewhere (link rule), a style and an icon. */
			actions: z
				.array(
					z
						.object({
							/** Button label. Plain text. */
							text: plainText(2, 80),
							/** Where it goes: `/actuacions/` or an https address. */
							link: siteLink,
							/** `primary` (default), `secondary` or `minimal`. */
							variant: z.enum(['primary', 'secondary', 'minimal']).optional(),
							/** One of Starlight's icons, by name. */
							icon: heroIcon.optional(),
						})
						.strict(),
				)
				.optional(),
		})
		.strict()
		.optional(),
	/** Place in the sidebar's "La guia" group. */
	sidebar: z
		.object({
			/** Position among the chapters, from 1. */
			order: z.number().int().positive().optional(),
			/** A shorter label than the title. Plain text. */
			label: plainText(2, 80).optional(),
			/** Leave the page out of the sidebar. */
			hidden: z.boolean().optional(),
		})
		.strict()
		.optional(),
	/** Show the page outline (default) or not. */
	tableOfContents: z.boolean().optional(),
	/** Leave the page out of the site search. */
	pagefind: z.boolean().optional(),
};

const HEAD_MESSAGE = "el camp «head» no es permet: afegiria etiquetes (i codi) a la capçalera de la pàgina. Esborra'l.";

/**
 * A content page's frontmatter, as `npm run validate` checks it: exactly these fields. The
 * Starlight fields a page may not use get a message that says why.
 */
export const pageSchema = z
	.object({
		...pageShape,
		head: z.undefined({ message: HEAD_MESSAGE }).optional(),
		banner: forbidden('banner', "Esborra'l: el text d'un avís va al cos de la pàgina."),
		editUrl: forbidden('editUrl', "Esborra'l: l'enllaç d'edició el posa el lloc."),
		prev: forbidden('prev', "Esborra'l: la navegació entre pàgines la fa el lloc."),
		next: forbidden('next', "Esborra'l: la navegació entre pàgines la fa el lloc."),
	})
	.strict();

const prevNext = z.union([z.boolean(), plainText(1, 120), z.object({ link: siteLink.optional(), label: plainText(1, 120).optional() }).strict()]).optional();
const noAttributes = z.object({}, { message: "no es permeten atributs HTML en un enllaç. Esborra'ls." }).strict();

/**
 * The same rules, merged into Starlight's own schema (`docsSchema({ extend })`), so that Astro
 * enforces them in `astro dev` and in the build too. A merged schema keeps every field
 * Starlight knows and replaces the ones named here, so this closes each field that carries
 * HTML, code or a link, and keeps Starlight's defaults (a wrapper such as `.default()` or
 * `.prefault()` must stay, or the default is lost). The site's own pages (`<StarlightPage>`)
 * pass through it too: they set `editUrl`, which content may not (`pageSchema` rejects it).
 */
export const chapterFields = z.object({
	title: pageShape.title,
	description: pageShape.description,
	head: z.tuple([], { message: HEAD_MESSAGE }).default([]),
	banner: forbidden('banner', "Esborra'l: el text d'un avís va al cos de la pàgina."),
	editUrl: z.union([siteLink, z.boolean()]).optional().default(true),
	prev: prevNext,
	next: prevNext,
	hero: z
		.object({
			title: plainText(2, 160).optional(),
			tagline: plainText(10, 400).optional(),
			image: forbidden('hero.image', "Esborra'l: el bàner de la portada és només text."),
			actions: z
				.array(
					z.object({
						text: plainText(2, 80),
						link: siteLink,
						// Starlight also takes raw `<svg>` markup here: only an icon name, shaped as Starlight's own transform does.
						icon: heroIcon.transform((name) => ({ type: 'icon' as const, name })).optional(),
						attrs: noAttributes.optional(),
					}),
				)
				.default([]),
		})
		.optional(),
	sidebar: z.object({ label: plainText(2, 80).optional(), attrs: noAttributes.default({}) }).prefault({}),
});
