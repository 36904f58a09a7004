/**
 * Schema of a translation of an action or an experience: `content/actuacions/<es|en>/<slug>.mdx`
 * and `content/experiencies/<es|en>/<slug>.mdx`. A translation has the same file name as its
 * Catalan master and carries only what is written in words; every other field (number,
 * strategy, vocabularies, dates…) comes from the master, so it can never disagree with it.
 */
import { z } from 'astro/zod';
import { decisionTranslationFields } from './decision.ts';
import { plainText } from './safe-text.ts';

export const translationSchema = z
	.object({
		/** The title in this language. */
		title: plainText(3, 160),
		/** The summary in this language, as in the master (60–450 characters). */
		summary: plainText(60, 450),
	})
	.strict();

export type TranslationData = z.infer<typeof translationSchema>;

/** A translated action also carries the words of its decision facts (see `decision.ts`). */
export const actionTranslationSchema = translationSchema.extend(decisionTranslationFields).strict();

export type ActionTranslationData = z.infer<typeof actionTranslationSchema>;

/** A translated experience also carries its descriptive fields; `funding` only when the master has it. */
export const experienceTranslationSchema = translationSchema
	.extend({
		/** For whom, in this language. */
		forWhom: plainText(10, 300),
		/** Cost or funding, in this language. Falls back to the Catalan when left out. */
		funding: plainText(10, 300).optional(),
		/**
		 * Who ran it, in this language: the kind of body translated, its proper name kept
		 * ("Ajuntament de Girona, Servei d'Educació" → "Ayuntamiento de Girona, Servicio de Educación",
		 * "Girona City Council, Education Service"); a name that is all proper name stays as it is.
		 */
		promoter: plainText(3, 200),
	})
	.strict();

export { TRANSLATION_LOCALES, type TranslationLocale } from './shared.ts';
