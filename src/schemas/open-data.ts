/**
 * Schemas of the open-data files published under `/dades/`. They are built from the content
 * schemas, so the data and its JSON Schema (`/dades/esquemes/*.schema.json`, made with zod's
 * `toJSONSchema`) can never drift from what editors write.
 */
import { z } from 'astro/zod';
import { actionSchema, type ActionVocabularies } from './actions.ts';
import { experienceSchema, POPULATION_BANDS, type ExperienceVocabularies } from './experiences.ts';
import { ACTION_SECTION_IDS } from './sections.ts';
import { localizedText, provenance } from './shared.ts';

/** Metadata every data file starts with (Llei 19/2014: source, licence and date of last update). */
const fileMetadata = {
	/** Name of the dataset. */
	title: z.string(),
	/** Licence of the data: CC BY-SA 4.0, because the content derives from the guide. */
	license: z.literal('https://creativecommons.org/licenses/by-sa/4.0/'),
	/** The guide the content derives from. */
	source: z.string(),
	/** Who publishes the dataset. */
	publisher: z.string(),
	/** Date of the newest editorial review among the records, `AAAA-MM-DD`. */
	modified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
	/** Number of records. */
	count: z.number().int().nonnegative(),
};

/** One action as published: its frontmatter, resolved taxonomy, URLs and the text of each part. */
export const actionRecordSchema = (known: ActionVocabularies & { dimensions: readonly string[]; sets: readonly string[] }) =>
	actionSchema(known)
		.omit({ aliases: true })
		.extend({
			/** Slug of the canonical page. */
			slug: z.string(),
			/** Canonical page, absolute. */
			url: z.url(),
			/** Permanent link by number, absolute. */
			permalink: z.url(),
			/** Id of the action's dimension. */
			dimension: z.enum(known.dimensions as [string, ...string[]]),
			/** Id of the action's set. */
			set: z.enum(known.sets as [string, ...string[]]),
			/** Slugs of the experiences that cite the action. */
			experiences: z.array(z.string()),
			/** Catalan names of the bands and levels of the decision facts, for readers of the file. */
			labels: z
				.object({
					/** Cost band, in words. */
					cost: z.string(),
					/** Set-up time band, in words. */
					setupTime: z.string(),
					/** Fit for a town under 5,000 inhabitants, in words. */
					smallTown: z.string(),
					/** Evidence level, in words. */
					evidence: z.string(),
					/** The guide's goals it serves, in words. */
					goals: z.array(z.string()),
					/** Name of its set. */
					set: z.string(),
					/** Name of its dimension. */
					dimension: z.string(),
					/** Name of its strategy. */
					strategy: z.string(),
					/** Its audiences, in words, in the order of `audiences`. */
					audiences: z.array(z.string()),
					/** Its agents, in words, in the order of `agents`. */
					agents: z.array(z.string()),
					/** Its territorial scales, in words, in the order of `scales`. */
					scales: z.array(z.string()),
				})
				.strict(),
			/** The guide's page the action comes from, for attribution; absent for an editorial action. */
			guideSource: z
				.object({
					/** «Actuació N — Títol», as the guide heads it. */
					title: z.string(),
					/** The page on Wikibooks. */
					url: z.url(),
					/** The work, its promoter, where it is published and its licence. */
					attribution: z.string(),
				})
				.strict()
				.optional(),
			/** The seven parts of the sheet, as Markdown, keyed by their fixed ids. */
			sections: z.object(Object.fromEntries(ACTION_SECTION_IDS.map((id) => [id, z.string().min(1)]))).strict(),
			/**
			 * Each part split into runs of text, in order: what the guide says (`guia`) and what the
			 * editors added (`editorial`), as on the page.
			 */
			sectionProvenance: z
				.object(
					Object.fromEntries(
						ACTION_SECTION_IDS.map((id) => [id, z.array(z.object({ provenance, text: z.string().min(1) }).strict()).min(1)]),
					),
				)
				.strict(),
		})
		.strict();

export const actionsFileSchema = (known: Parameters<typeof actionRecordSchema>[0]) =>
	z.object({ ...fileMetadata, actions: z.array(actionRecordSchema(known)) }).strict();

/** One experience as published: its frontmatter, the population band, readable labels, URL and text. */
export const experienceRecordSchema = (known: ExperienceVocabularies) =>
	experienceSchema(known)
		.omit({ aliases: true })
		.extend({
			/** Slug of the page. */
			slug: z.string(),
			/** Page, absolute. */
			url: z.url(),
			/** Population band id, computed from `place.population.inhabitants`; absent when the source gives none. */
			populationBand: z.enum(POPULATION_BANDS.map((b) => b.id) as [string, ...string[]]).optional(),
			/** Catalan labels of the coded fields, for readers of the file. */
			labels: z
				.object({
					/** Name of the comarca. */
					comarca: z.string(),
					/** Ownership, in words. */
					ownership: z.string(),
					/** Population band, in words; absent when the source gives no population. */
					populationBand: z.string().optional(),
					/** The actions it illustrates, as «número. títol». */
					actions: z.array(z.string()),
				})
				.strict(),
			/** The body, as Markdown. */
			text: z.string().min(1),
		})
		.strict();

export const experiencesFileSchema = (known: ExperienceVocabularies) =>
	z.object({ ...fileMetadata, experiences: z.array(experienceRecordSchema(known)) }).strict();

const taxonomyRecord = {
	/** Stable id. */
	id: z.string(),
	/** Position in the overview. */
	order: z.number().int(),
	/** Names in ca, es and en. */
	name: localizedText,
	/** Descriptions in ca, es and en. */
	description: localizedText,
	/** Who gave the name: `guia` or `editorial`. */
	provenance,
	/** Who says what the description says: `guia` or `editorial`. */
	descriptionProvenance: provenance,
	/** Page, absolute (sets have none). */
	url: z.url().optional(),
};

export const taxonomyFileSchema = z
	.object({
		...fileMetadata,
		/** The two sets. */
		sets: z.array(z.object({ ...taxonomyRecord, label: localizedText, labelProvenance: provenance }).strict()),
		/** The dimensions, each in one set. */
		dimensions: z.array(z.object({ ...taxonomyRecord, set: z.string() }).strict()),
		/** The strategies, each in one dimension. */
		strategies: z.array(z.object({ ...taxonomyRecord, dimension: z.string() }).strict()),
	})
	.strict();

/** JSON Schema of a data file, as published: the shape of the JSON, so dates are strings. */
export const toJsonSchema = (schema: z.ZodType, id: string, title: string) => ({
	...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
	$id: id,
	title,
});
