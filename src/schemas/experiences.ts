/**
 * Schema of an experience (experiència): a real project somewhere that illustrates one or more
 * actions. One MDX file per experience in `content/experiencies/`, with a Catalan summary; the
 * file name is the slug and the URL (`/experiencies/<slug>/`).
 */
import { z } from 'astro/zod';
import { httpsUrl, idEnum, partialDate, plainText, reviewed, slugString } from './shared.ts';

/** Languages an experience's source may be in. Add one here when a new language appears. */
export const SOURCE_LANGUAGES = ['ca', 'es', 'en', 'it', 'fr', 'pt', 'oc', 'eu', 'gl', 'de'] as const;

export const experienceSchema = (known: { chapters: readonly string[] }) =>
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
					/** Municipality or body, e.g. "Reus" or "Àrea Metropolitana de Barcelona". */
					name: plainText(2, 120),
					/** Region, in Catalan, e.g. "Baix Camp" or "Llombardia". */
					region: plainText(2, 120),
					/** Country, in Catalan, e.g. "Espanya" or "Itàlia". */
					country: plainText(2, 120),
				})
				.strict(),
			/** Who ran it: the council, department or body. */
			promoter: plainText(3, 200),
			/** When it happened: `AAAA-MM-DD`, or `AAAA-MM` if only the month is known. */
			date: partialDate,
			/** Where it was reported. Never invent a URL: leave `url` out when the source gives none. */
			source: z
				.object({
					/** Who published the report or news item. */
					publisher: plainText(3, 200),
					/** Publication date, `AAAA-MM-DD` or `AAAA-MM`. */
					date: partialDate,
					/** Address of the source, if known. Optional. */
					url: httpsUrl.optional(),
				})
				.strict(),
			/**
			 * Numbers of the actions it illustrates. At least one: an experience that illustrates no
			 * action has no place in the catalogue. Action pages list their experiences from this field.
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
