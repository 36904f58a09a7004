/**
 * Schemas of the guide's taxonomy: the two sets, the dimensions and the strategies.
 * Each lives in one YAML file under `content/taxonomia/`, as a list of entries.
 */
import { z } from 'astro/zod';
import { idEnum, localizedText, provenance } from './shared.ts';

/** Fields every taxonomy entry has. */
const taxonomyEntry = {
	/** Stable id, used in URLs (`/dimensions/<id>/`) and in references. Never change it. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'només pot tenir minúscules sense accents, xifres i guionets',
	}),
	/** Position in the overview table, from 1. */
	order: z.number().int().positive(),
	/** Name in each language. The Catalan name is the guide's exact name when the guide gives one. */
	name: localizedText,
	/** One sentence saying what the item covers, shown on its page and in the overview. */
	description: localizedText,
	/** Who gave the name and the place in the table: `guia` if the guide names it, `editorial` if the editors chose it. */
	provenance,
	/** Who says what `description` says: `guia` only when the guide states it; the page labels it so. */
	descriptionProvenance: provenance,
};

/** A set (conjunt): the top level of the table. Read by the overview and the dimension pages. */
export const setSchema = z
	.object({
		...taxonomyEntry,
		/** The label shown above the set's dimensions in the overview table. */
		label: localizedText,
		/** Who gave `label`: `guia` if the guide's table shows it, `editorial` if the editors chose it. */
		labelProvenance: provenance,
	})
	.strict();

/** A dimension: belongs to exactly one set. Read by the overview, dimension pages and action pages. */
export const dimensionSchema = (sets: readonly string[]) =>
	z
		.object({
			...taxonomyEntry,
			/** Id of the set it belongs to, from `content/taxonomia/conjunts.yaml`. */
			set: idEnum(sets),
		})
		.strict();

/** A strategy: belongs to exactly one dimension. Read by the overview, strategy pages and actions. */
export const strategySchema = (dimensions: readonly string[]) =>
	z
		.object({
			...taxonomyEntry,
			/** Id of the dimension it belongs to, from `content/taxonomia/dimensions.yaml`. */
			dimension: idEnum(dimensions),
		})
		.strict();

export type SetData = z.infer<typeof setSchema>;
export type DimensionData = z.infer<ReturnType<typeof dimensionSchema>>;
export type StrategyData = z.infer<ReturnType<typeof strategySchema>>;
