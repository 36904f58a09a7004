/**
 * Schema of a controlled vocabulary: audiences (`content/vocabularis/destinataris.yaml`),
 * agents (`agents.yaml`) and territorial scales (`escales.yaml`). Actions tag themselves with
 * these ids, and the catalogue's facets are built from them.
 */
import { z } from 'astro/zod';
import { localizedText } from './shared.ts';

export const vocabularyTermSchema = z
	.object({
		/** Stable id used in action frontmatter and in shared filter URLs. Never change it. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			message: 'només pot tenir minúscules sense accents, xifres i guionets',
		}),
		/** Label shown in facets, cards and sheets, in each language. */
		name: localizedText,
	})
	.strict();

export type VocabularyTerm = z.infer<typeof vocabularyTermSchema>;

/**
 * A term of an ordered scale that the catalogue defines in words: cost bands, set-up time, fit for
 * small towns, evidence levels and the guide's five goals (`content/vocabularis/cost.yaml`,
 * `temps-posada-en-marxa.yaml`, `municipis-petits.yaml`, `evidencia.yaml`, `objectius.yaml`). The
 * order of the file is the order of the scale: the catalogue sorts by it.
 */
export const scaleTermSchema = vocabularyTermSchema
	.extend({
		/** What the term means, in plain words, shown on the page «Com llegir les fitxes». */
		definition: localizedText,
	})
	.strict();

export type ScaleTerm = z.infer<typeof scaleTermSchema>;
