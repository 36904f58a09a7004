/**
 * Languages and URLs. Catalan is the root locale (no prefix); Spanish and English live under
 * `/es/` and `/en/`. URL segments are the same in every language, so switching language only
 * changes the prefix. Every URL goes through `localeUrl`, which adds the configured base path.
 */
import { LOCALES, type Locale, type LocalizedText } from '../schemas/shared.ts';

export { LOCALES, type Locale };

/** `getStaticPaths` params for a `[...locale]` route: `undefined` is the Catalan root. */
export const localeParams = () => LOCALES.map((locale) => ({ locale: locale === 'ca' ? undefined : locale }));

export function localeFromParam(param: string | undefined): Locale {
	if (param === undefined || param === '') return 'ca';
	if ((LOCALES as readonly string[]).includes(param)) return param as Locale;
	throw new Error(`Llengua desconeguda a l'adreça: «${param}». Llengües: ${LOCALES.join(', ')}.`);
}

/** `getStaticPaths` for a page per entry and language: `/dimensions/<id>/`, `/es/dimensions/<id>/`…, the entry as the prop `name`. */
export const entryPaths = <T extends { id: string }, K extends string>(entries: readonly T[], name: K) =>
	localeParams().flatMap(({ locale }) => entries.map((entry) => ({ params: { locale, id: entry.id }, props: { [name]: entry } as Record<K, T> })));

/** A `[...locale]` page's language and its UI strings: `const { locale, t } = pageLanguage(Astro);`. */
export const pageLanguage = (astro: { params: { locale?: string }; locals: App.Locals }) => ({ locale: localeFromParam(astro.params.locale), t: astro.locals.t });

/** `/actuacions/x/` → `/<base>/es/actuacions/x/` for Spanish. `path` starts and ends with `/`. */
export function localeUrl(locale: Locale, path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${locale === 'ca' ? '' : `/${locale}`}${path}`;
}

/** A text in the reader's language, falling back to Catalan. */
export const pick = (text: LocalizedText, locale: Locale): string => text[locale] ?? text.ca;

/** Straight apostrophes, as in the content, so that search finds «abril» in «d'abril». */
const straight = (text: string) => text.replaceAll('’', "'");

/** Number formatting and date formatting in the reader's language. */
export const formatDate = (date: Date, locale: Locale) =>
	straight(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date));

/** A date written `AAAA-MM-DD`, `AAAA-MM` or `AAAA`, in words as precise as it is. */
export const formatPartialDate = (value: string, locale: Locale) => {
	const [y, m, d] = value.split('-').map(Number);
	if (m === undefined) return String(y);
	const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
	return straight(new Intl.DateTimeFormat(locale, d ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date));
};

/** A whole number with the reader's digit grouping: 9.402 in Catalan and Spanish, 9,402 in English. */
export const formatNumber = (value: number, locale: Locale) => new Intl.NumberFormat(locale, { useGrouping: 'always' }).format(value);

export { fill } from './fill.ts';
