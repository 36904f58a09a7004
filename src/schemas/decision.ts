/**
 * The facts a technician decides with, in the frontmatter of every action: cost, staff, set-up time,
 * fit for small towns, evidence, the guide's goals it serves, indicators, pitfalls, legal frame and
 * prerequisites. All of it is written by the catalogue's editors (never by the guide) and shown as an
 * editorial addition, with the date it was checked. The bands and levels are ids from the ordered
 * vocabularies in `content/vocabularis/`, defined in words on the page «Com llegir les fitxes».
 *
 * A translation (`content/actuacions/<es|en>/`) repeats the same structure with only the words:
 * ids, sources, law titles and links come from the Catalan master.
 */
import { z } from 'astro/zod';
import { httpsUrl, idEnum, isoDate, plainText, SOURCE_LANGUAGES } from './shared.ts';

/** The ids of the ordered vocabularies the facts point to. */
export interface DecisionVocabularies {
	costs: readonly string[];
	setupTimes: readonly string[];
	smallTownFits: readonly string[];
	evidenceLevels: readonly string[];
	goals: readonly string[];
}

/** The level that means no evaluation was found: the only one that may come without sources. */
export const NO_EVIDENCE = 'sense-evidencia';

const text = {
	covers: plainText(20, 300),
	staff: plainText(20, 400),
	note: plainText(20, 400),
	summary: plainText(40, 500),
	measure: plainText(10, 200),
	dataSource: plainText(5, 200),
	item: plainText(20, 300),
	legalNote: plainText(10, 300),
	prerequisite: plainText(10, 300),
};

/** An evaluation, review or toolkit entry that supports the evidence level. */
const evidenceSource = z
	.object({
		/** The source's own title, as it appears on it. */
		title: plainText(3, 300),
		/** Who published it, e.g. «Ivàlua i Fundació Jaume Bofill», «Education Endowment Foundation». */
		publisher: plainText(2, 160),
		/** The language of its title (`ca`, `es`, `en`…), so that a screen reader reads it right. */
		language: z.enum(SOURCE_LANGUAGES),
		/** Year of publication, when the source gives it. Leave it out otherwise. */
		year: z.number().int().min(1950).max(2100).optional(),
		/** The address where it was read: https only. */
		url: httpsUrl,
	})
	.strict();

/** An indicator for evaluating the action; a translation gives both words in its language. */
const indicator = z
	.object({
		/** What is measured. */
		measure: text.measure,
		/** Where the data comes from (registres d'absentisme, Idescat, registres del SOC…). */
		source: text.dataSource,
	})
	.strict();

/** A law, rule or public programme that frames the action. */
const legalItem = z
	.object({
		/** Official title, e.g. «Llei 33/2010, de l'1 d'octubre, de polítiques de joventut». */
		title: plainText(5, 300),
		/** Where its text or an official summary can be read: https only. Leave it out when none is known. */
		url: httpsUrl.optional(),
		/** What it says that matters for this action. */
		note: text.legalNote,
	})
	.strict();

/** The decision facts of a Catalan master. Spread into the action schema. */
export const decisionFields = (known: DecisionVocabularies) => ({
	/** Cost band and what the money goes to. */
	cost: z
		.object({
			/** Id from `content/vocabularis/cost.yaml`: `baix`, `mitja` or `alt`. */
			band: idEnum(known.costs),
			/** What the cost covers, in one or two sentences. */
			covers: text.covers,
		})
		.strict(),
	/** The profiles the action needs and their dedication, in words. */
	staff: text.staff,
	/** How long it takes to set up. */
	setupTime: z
		.object({
			/** Id from `content/vocabularis/temps-posada-en-marxa.yaml`. */
			band: idEnum(known.setupTimes),
			/** When to start, anchored to the school year where it matters. */
			note: text.note,
		})
		.strict(),
	/** Whether a town under 5,000 inhabitants can run it alone, and which forms of cooperation suit it. */
	scaleFit: z
		.object({
			/** Id from `content/vocabularis/municipis-petits.yaml`: `sol`, `amb-altres` or `compartida`. */
			smallTown: idEnum(known.smallTownFits),
			/** The forms of cooperation that suit it (conveni comarcal, servei mancomunat…). */
			cooperation: text.note,
		})
		.strict(),
	/** How sure we are that it works: a level and the sources it rests on. */
	evidence: z
		.object({
			/** Id from `content/vocabularis/evidencia.yaml`. */
			level: idEnum(known.evidenceLevels),
			/** Why this level, in plain words, with the key finding. */
			summary: text.summary,
			/** One to three sources, each read by the editors. None only for `sense-evidencia`. */
			sources: z.array(evidenceSource).max(3).default([]),
		})
		.strict()
		.superRefine((value, ctx) => {
			if (value.level !== NO_EVIDENCE && value.sources.length === 0) {
				ctx.addIssue({ code: 'custom', path: ['sources'], message: `el nivell «${value.level}» ha de citar d'una a tres fonts (si no se'n coneix cap, el nivell és «${NO_EVIDENCE}»)` });
			}
		}),
	/** The guide's goals the action serves most: 1 to 3 ids from `content/vocabularis/objectius.yaml`. */
	goals: z.array(idEnum(known.goals)).min(1).max(3),
	/** How to evaluate it: at least three indicators, each with where its data comes from. */
	indicators: z.array(indicator).min(3),
	/** What goes wrong in practice, and how to avoid it. At least three. */
	pitfalls: z.array(text.item).min(3),
	/** The laws, rules and programmes that frame the action. At least one. */
	legalBasis: z.array(legalItem).min(1),
	/** What must be in place first, e.g. an agreement with the secondary school. At least one. */
	prerequisites: z.array(text.prerequisite).min(1),
	/** Day these facts (legal, institutional and evidence) were last checked, `AAAA-MM-DD`. */
	factsChecked: isoDate,
});

/** The same facts in a translation: only the words, in the master's order. */
export const decisionTranslationFields = {
	/** What the cost covers, in this language. */
	cost: z.object({ /** Translation of `cost.covers`. */ covers: text.covers }).strict(),
	/** The staff, in this language. */
	staff: text.staff,
	/** Set-up time, in this language. */
	setupTime: z.object({ /** Translation of `setupTime.note`. */ note: text.note }).strict(),
	/** Scale fit, in this language. */
	scaleFit: z.object({ /** Translation of `scaleFit.cooperation`. */ cooperation: text.note }).strict(),
	/** Evidence, in this language. */
	evidence: z.object({ /** Translation of `evidence.summary`. */ summary: text.summary }).strict(),
	/** The indicators, same number and order as the master. */
	indicators: z.array(indicator),
	/** The pitfalls, same number and order as the master. */
	pitfalls: z.array(text.item),
	/** The notes of the legal frame, same number and order as the master. */
	legalBasis: z.array(z.object({ /** Translation of `note`. */ note: text.legalNote }).strict()),
	/** The prerequisites, same number and order as the master. */
	prerequisites: z.array(text.prerequisite),
};

/** The lists a translation must give item by item, with the number of items of the master. */
export const TRANSLATED_LISTS = ['indicators', 'pitfalls', 'legalBasis', 'prerequisites'] as const;
