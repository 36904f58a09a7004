/**
 * Schema of an action (actuació): one MDX file per action in `content/actuacions/`, in Catalan.
 * The file name is the action's slug and its URL: `/actuacions/<slug>/`. The body holds the
 * seven parts of the sheet as `##` headings (see `sections.ts`); `npm run validate` checks them.
 */
import { z } from 'astro/zod';
import { decisionFields, type DecisionVocabularies } from './decision.ts';
import { guidePage } from './guide.ts';
import { ACTION_SECTION_IDS } from './sections.ts';
import { idEnum, plainText, provenance, reviewed, slugString } from './shared.ts';

/** The ids an action may refer to, read from the content files. */
export interface ActionVocabularies extends DecisionVocabularies {
	strategies: readonly string[];
	audiences: readonly string[];
	agents: readonly string[];
	scales: readonly string[];
}

export const actionSchema = (known: ActionVocabularies) =>
	z
		.object({
			/**
			 * The guide's own number. Unique, never reused and never changed: `/actuacions/<number>/`
			 * is a permanent link to the action. Up to 9999, so a large living catalogue (and the
			 * benchmark's synthetic ones) still fit.
			 */
			number: z.number().int().positive().max(9999),
			/** The guide's exact title, without the number. Unique across the catalogue. */
			title: plainText(3, 120),
			/** One or two sentences shown on cards, in search results and as the page description. */
			summary: plainText(60, 320),
			/** Id of the strategy the action belongs to, from `content/taxonomia/estrategies.yaml`. */
			strategy: idEnum(known.strategies),
			/** Who the action is for: ids from `content/vocabularis/destinataris.yaml`. At least one. */
			audiences: z.array(idEnum(known.audiences)).min(1),
			/** Who takes part: ids from `content/vocabularis/agents.yaml`. At least one. */
			agents: z.array(idEnum(known.agents)).min(1),
			/** Territorial scales the action suits: ids from `content/vocabularis/escales.yaml`. At least one. */
			scales: z.array(idEnum(known.scales)).min(1),
			/** Numbers of related actions, shown at the foot of the sheet. Default: none. */
			related: z.array(z.number().int().positive()).default([]),
			/** `guia` for the guide's actions, `editorial` for actions the editors added. */
			provenance,
			/**
			 * The action's own page in the guide on Wikibooks (its address in `guide-facts.md`). Required
			 * for an action of the guide: the sheet links it and the citation and the open data name it.
			 */
			guidePage: guidePage.optional(),
			/**
			 * Parts of the sheet for which the catalogue has none of the guide's text: the editors wrote
			 * them, and the page says so. Every other part marks the guide's text with `:::guia`. Default: none.
			 */
			editorialSections: z.array(z.enum(ACTION_SECTION_IDS)).default([]),
			/** The facts to decide with: see `decision.ts`. Shown as an editorial addition. */
			...decisionFields(known),
			/** Last editorial review. Older than 24 months shows "pendent de revisió". */
			reviewed,
			/**
			 * Former slugs of the action. Each keeps redirecting to the current page, so published
			 * links never break. Add the old slug here whenever you rename the file. Default: none.
			 */
			aliases: z.array(slugString).default([]),
		})
		.strict();

export type ActionData = z.infer<ReturnType<typeof actionSchema>>;
