/**
 * Field types shared by several collections. Every schema in this folder is plain zod (from
 * `astro/zod`) with no Astro virtual modules, so the same schemas run inside the Astro build
 * (`src/content.config.ts`) and in the fast editor check (`npm run validate`).
 */
import { z } from 'astro/zod';
import { plainText } from './safe-text.ts';

export { httpsUrl, plainText, siteLink } from './safe-text.ts';

/** The site's languages. Catalan is the root locale and the language of every master file. */
export const LOCALES = ['ca', 'es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name, in that language: the language menus. */
export const LOCALE_NAMES: Record<Locale, string> = { ca: 'Català', es: 'Español', en: 'English' };

/** The languages translations are written in (Catalan is the master), under `/<locale>/`. */
export const TRANSLATION_LOCALES = LOCALES.filter((l): l is Exclude<Locale, 'ca'> => l !== 'ca');
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** The translated languages as a regular-expression alternative, `es|en`, for paths. */
export const TRANSLATED = TRANSLATION_LOCALES.join('|');

/**
 * Languages a source (an experience's page, an evidence source) may be in: the page marks its title
 * with this `lang`. Add one here when a new language appears.
 */
export const SOURCE_LANGUAGES = ['ca', 'es', 'en', 'it', 'fr', 'pt', 'oc', 'eu', 'gl', 'de'] as const;

/** A short text given in the three site languages. Catalan is required; es/en fall back to it. */
export const localizedText = z
	.object({
		/** Catalan text, shown at the root of the site. Required. Plain text (see `safe-text.ts`). */
		ca: plainText(),
		/** Spanish text, shown under `/es/`. */
		es: plainText().optional(),
		/** English text, shown under `/en/`. */
		en: plainText().optional(),
	})
	.strict();
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * Where an item comes from: `guia` when the guide *Estratègies de millora educativa* defines it,
 * `editorial` when the catalogue's editors added it. Shown on pages and exported in open data.
 */
export const provenance = z.enum(['guia', 'editorial']);
export type Provenance = z.infer<typeof provenance>;

/** A calendar date written `AAAA-MM-DD` in YAML (quoted or not). Parsed to a `Date`. */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'ha de ser una data en format AAAA-MM-DD, per exemple 2026-03-15' }).transform((s) => new Date(`${s}T00:00:00Z`)),
);

/**
 * A day, a month or a year written `AAAA-MM-DD`, `AAAA-MM` or `AAAA`, kept as written: a source
 * often gives only the month or the school year. A bare year may be written unquoted.
 */
export const partialDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
	z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { message: 'ha de ser una data en format AAAA-MM-DD, AAAA-MM o AAAA, per exemple 2023-01-20, 2020-04 o 2019' }),
);

/**
 * Review metadata. Read by the action page ("Revisat el …") and by the freshness notice: an
 * item whose `date` is more than 24 months old shows "pendent de revisió".
 */
export const reviewed = z
	.object({
		/** Day of the last editorial review, `AAAA-MM-DD`. */
		date: isoDate,
		/** Who reviewed it: a person or a team, e.g. "Equip editorial del catàleg". */
		by: plainText(2, 120),
	})
	.strict();

/** A former slug of an item: lowercase letters, digits and hyphens, as in a URL segment. */
export const slugString = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'només pot tenir minúscules sense accents, xifres i guionets, per exemple accions-mancomunades' });

/** Builds an enum of ids read from a content file, so that the allowed values are the content's own. */
export function idEnum(ids: readonly string[]) {
	// zod needs a non-empty tuple; an empty vocabulary makes every value invalid, which is the truth.
	return z.enum((ids.length ? ids : ['—']) as [string, ...string[]]);
}
