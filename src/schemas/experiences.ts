/**
 * Schema of an experience (experiència): a real project of a Catalan council, county council or
 * other local body that illustrates one or more actions, told from a public page we found and
 * read. One MDX file per experience in `content/experiencies/`, in Catalan; the file name is the
 * slug and the URL (`/experiencies/<slug>/`). Every fact comes from the source: a field the
 * source does not give is left out, never guessed.
 */
import { z } from 'astro/zod';
import { httpsUrl, idEnum, isoDate, partialDate, plainText, reviewed, slugString, SOURCE_LANGUAGES } from './shared.ts';

export { SOURCE_LANGUAGES } from './shared.ts';

/**
 * Who owns a project: one council, several councils together (a mancomunitat, a consortium, an
 * agreement), a county council, or another body (an entity, a school, a Generalitat service…).
 * Labels: `experience.ownership.<id>` in `content/i18n/*.json`.
 */
export const OWNERSHIPS = ['ajuntament', 'diversos-ajuntaments', 'consell-comarcal', 'altre-ens'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export { POPULATION_BANDS, populationBand, type PopulationBand } from './population.ts';

const population = z
	.object({
		/** Inhabitants of the municipality (or of the comarca, for a county body), as the page gives them. */
		inhabitants: z.number().int().positive({ message: "ha de ser el nombre d'habitants, sense punts: per exemple 9402" }),
		/** Year of that figure (padró or census), if the page says it. */
		year: z.number().int().min(1900).max(2100).optional(),
		/** The page that gives the figure. */
		sourceUrl: httpsUrl,
	})
	.strict();

/** Vocabularies and references an experience may point to, read from the content. */
export interface ExperienceVocabularies {
	chapters: readonly string[];
	comarques: readonly string[];
}

export const experienceSchema = (known: ExperienceVocabularies) =>
	z
		.object({
			/** Catalan title, in our own words. */
			title: plainText(5, 160),
			/** The source's own headline, in its original language. Shown with its `lang`. Optional. */
			originalTitle: plainText(5, 300).optional(),
			/** Language of the source (BCP 47 code). */
			language: z.enum(SOURCE_LANGUAGES),
			/** Where it happened. */
			place: z
				.object({
					/** Municipality or body, e.g. "Masquefa" or "Consell Comarcal del Bages". */
					name: plainText(2, 120),
					/** Comarca id from `content/vocabularis/comarques.yaml` (the 42, Aran, or `fora-de-catalunya`). */
					comarca: idEnum(known.comarques),
					/** Inhabitants, only when a page we read gives them. The band is computed from them. */
					population: population.optional(),
				})
				.strict(),
			/** Who owns the project (see `OWNERSHIPS`). */
			ownership: z.enum(OWNERSHIPS),
			/** Who ran it, as the source names it: the council, department, service or body. */
			promoter: plainText(3, 200),
			/** When it took place: `AAAA-MM-DD`, `AAAA-MM` or `AAAA`. Left out when the source does not say. */
			date: partialDate.optional(),
			/** For whom, in one sentence: the young people, families or schools it served. */
			forWhom: plainText(10, 300),
			/** Cost, price for users or funding, in one sentence, only when the source says so. */
			funding: plainText(10, 300).optional(),
			/** The public page the experience is told from. Never invent it. */
			source: z
				.object({
					/** Exact address of the page, `https://`. */
					url: httpsUrl,
					/** Who published it: the council, body or news outlet. */
					publisher: plainText(3, 200),
					/** Publication date, `AAAA-MM-DD`, `AAAA-MM` or `AAAA`, if the page gives it. */
					date: partialDate.optional(),
					/** Day an editor last read the page, `AAAA-MM-DD`. */
					checked: isoDate,
				})
				.strict(),
			/**
			 * Numbers of the actions it illustrates, the main one first. At least one: an experience
			 * that illustrates no action has no place in the catalogue. Action pages list their
			 * experiences from this field.
			 */
			actions: z.array(z.number().int().positive()).min(1, {
				message: "ha d'il·lustrar almenys una actuació: escriu-ne el número, per exemple [20]",
			}),
			/** Slugs of guide chapters it illustrates (files in `content/docs/guia/`). Default: none. */
			chapters: z.array(idEnum(known.chapters)).default([]),
			/** Two or three sentences in Catalan, shown on cards and as the page description. */
			summary: plainText(60, 450),
			/** Last editorial review. */
			reviewed,
			/** Former slugs; each keeps redirecting to the current page. Default: none. */
			aliases: z.array(slugString).default([]),
		})
		.strict();

export type ExperienceData = z.infer<ReturnType<typeof experienceSchema>>;
