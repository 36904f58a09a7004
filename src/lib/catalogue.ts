/**
 * The catalogue as the pages see it: actions with their strategy, dimension and set resolved,
 * experiences, and the taxonomy in order. All pages and data files read through here, so a
 * relation is computed in one place (e.g. the experiences of an action come from the
 * experiences' `actions` field and are never kept by hand). Looking up an unknown id throws.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { NO_EVIDENCE } from '../schemas/decision.ts';
import { GUIDE } from '../schemas/guide.ts';
import { DECISION_FACETS, type FacetId } from './facets.ts';
import type { PlannerAction } from './planner.ts';
import { readKnownIds } from './content-files.ts';
import { localeParams, pick, type Locale } from './i18n.ts';
import { pageCount, type PagedList } from './paging.ts';

export type ActionEntry = CollectionEntry<'actions'>;

/** What a part of an action sheet renders: the action, in the reader's language. */
export interface SheetPartProps {
	action: ActionEntry;
	locale: Locale;
}
export type ExperienceEntry = CollectionEntry<'experiences'>;
export type StrategyEntry = CollectionEntry<'strategies'>;
export type DimensionEntry = CollectionEntry<'dimensions'>;
export type SetEntry = CollectionEntry<'sets'>;
/** An entry of one of the three controlled vocabularies. */
export type TermEntry = CollectionEntry<'audiences'> | CollectionEntry<'agents'> | CollectionEntry<'scales'> | CollectionEntry<'comarques'>;
export type TranslationEntry = CollectionEntry<'actionTranslations'> | CollectionEntry<'experienceTranslations'>;
/** A term of an ordered scale: cost, set-up time, fit for small towns, evidence level or goal. */
export type ScaleEntry = CollectionEntry<'costs'> | CollectionEntry<'setupTimes'> | CollectionEntry<'smallTownFits'> | CollectionEntry<'evidenceLevels'> | CollectionEntry<'goals'>;

/** The ordered scales of the decision facts, by the name of the action field that uses them. */
export interface DecisionScales {
	cost: ScaleEntry[];
	setupTime: ScaleEntry[];
	smallTown: ScaleEntry[];
	evidence: ScaleEntry[];
	goals: ScaleEntry[];
}

/** The scales an action holds one term of (the goals are a list). */
export type BandScale = Exclude<keyof DecisionScales, 'goals'>;

/** An action's decision facts in one language: the master's ids and sources, the translation's words. */
export interface DecisionText {
	cost: { band: string; covers: string };
	staff: string;
	setupTime: { band: string; note: string };
	scaleFit: { smallTown: string; cooperation: string };
	evidence: { level: string; summary: string; sources: ActionEntry['data']['evidence']['sources'] };
	goals: string[];
	indicators: { measure: string; source: string }[];
	pitfalls: string[];
	legalBasis: { title: string; url?: string; note: string }[];
	prerequisites: string[];
	factsChecked: Date;
	/** True when the words are the Catalan master's because the translation is missing. */
	isFallback: boolean;
}

/** The words of an action or experience in one language: its translation, or the Catalan master. */
export interface GuideSource {
	/** «Actuació 20 — Accions mancomunades», in Catalan as in the guide. */
	title: string;
	url: string;
	/** The work, its promoter, where it is published and its licence. */
	attribution: string;
}

export const GUIDE_ATTRIBUTION = `${GUIDE.title}, ${GUIDE.promoter}, ${GUIDE.publishedOn}, ${GUIDE.licence}`;

export interface LocalizedText {
	title: string;
	summary: string;
	/** The entry whose body to render: the translation, or the master when there is none. */
	entry: ActionEntry | ExperienceEntry | TranslationEntry;
	/** True when the page shows the Catalan master because the translation is missing. */
	isFallback: boolean;
}

/** An experience's words in one language, with its two descriptive fields. */
export interface ExperienceText extends LocalizedText {
	forWhom: string;
	/**
	 * Who ran it. `promoterLang` is `ca` when the Catalan shows on a page in another language: the
	 * translation lacks it, or it is a proper name the translation keeps (`promoterIsName`).
	 */
	promoter: string;
	promoterLang: 'ca' | undefined;
	promoterIsName: boolean;
	/** Cost or funding; `fundingIsFallback` when it is the Catalan because the translation lacks it. */
	funding?: string;
	fundingIsFallback: boolean;
}

/** When an experience happened, for sorting and display: its date, else its source's date. */
export const experienceWhen = (e: ExperienceEntry): string | undefined => e.data.date ?? e.data.source.date;

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

function indexById<T extends { id: string }>(entries: T[], what: string) {
	const map = new Map(entries.map((e) => [e.id, e]));
	return (id: string): T => {
		const found = map.get(id);
		if (!found) throw new Error(`${what} desconegut: «${id}». Existents: ${[...map.keys()].join(', ')}.`);
		return found;
	};
}

let cache: Promise<Catalogue> | undefined;

/** Loads the whole catalogue once per build. */
export function loadCatalogue(): Promise<Catalogue> {
	cache ??= buildCatalogue();
	return cache;
}

export interface Catalogue {
	sets: SetEntry[];
	dimensions: DimensionEntry[];
	strategies: StrategyEntry[];
	actions: ActionEntry[];
	experiences: ExperienceEntry[];
	audiences: TermEntry[];
	agents: TermEntry[];
	scales: TermEntry[];
	comarques: TermEntry[];
	/** The ordered scales of the decision facts, each in its file's order. */
	decisionScales: DecisionScales;
	set: (id: string) => SetEntry;
	dimension: (id: string) => DimensionEntry;
	strategy: (id: string) => StrategyEntry;
	action: (number: number) => ActionEntry;
	audience: (id: string) => TermEntry;
	agent: (id: string) => TermEntry;
	scale: (id: string) => TermEntry;
	comarca: (id: string) => TermEntry;
	/** Strategy, dimension and set of an action. */
	trail: (action: ActionEntry) => { set: SetEntry; dimension: DimensionEntry; strategy: StrategyEntry };
	/** Actions of a strategy, by number. */
	actionsOf: (strategyId: string) => ActionEntry[];
	/** Strategies of a dimension, in order. */
	strategiesOf: (dimensionId: string) => StrategyEntry[];
	/** Dimensions of a set, in order. */
	dimensionsOf: (setId: string) => DimensionEntry[];
	/**
	 * Experiences that illustrate an action, most similar first: those whose main action it is,
	 * then those that illustrate fewer actions, then the newest.
	 */
	experiencesOf: (number: number) => ExperienceEntry[];
	/** Dimensions of the actions an experience illustrates, without repeats. */
	dimensionsOfExperience: (experience: ExperienceEntry) => DimensionEntry[];
	/** Actions in the overview's order: by dimension, strategy, then number. */
	ordered: ActionEntry[];
	/**
	 * The guide's action numbers that the catalogue does not have yet: every number up to the
	 * guide's known count (`GUIDE.minActions`), or up to the highest number in the catalogue, with no action.
	 */
	missingNumbers: number[];
	/**
	 * The guide's page an action of the guide comes from, for the source line, the citation and the
	 * open data (the CC BY-SA attribution): its title as the guide heads it, address and credit line.
	 */
	guideSource: (action: ActionEntry) => GuideSource | undefined;
	/** Title, summary and body of an action in a language. */
	actionText: (action: ActionEntry, locale: Locale) => LocalizedText;
	/** The decision facts of an action in a language. */
	decision: (action: ActionEntry, locale: Locale) => DecisionText;
	/** A term of an ordered scale: its entry and its position (0 = first in the file). */
	/** The name of a term of an ordered scale, in a language. */
	scaleName: (scale: keyof DecisionScales, id: string, locale: Locale) => string;
	/** The position of a term on its scale: 0 for the first term of its file. */
	scaleRank: (scale: keyof DecisionScales, id: string) => number;
	/**
	 * The marks (●●○) beside a band: cost and set-up time fill up from their first band, evidence
	 * from its weakest known level, and «no evidence known» fills none. No marks for the other scales.
	 */
	scaleMarks: (scale: keyof DecisionScales, id: string) => { filled: number; of: number } | undefined;
	/** A band as a page shows it: its name in a language and its marks. */
	band: (scale: BandScale, id: string, locale: Locale) => { name: string; marks: { filled: number; of: number } | undefined };
	/** The term an action holds on one of the band scales. */
	decisionValue: (action: ActionEntry, scale: BandScale) => string;
	/** Title, summary and body of an experience in a language. */
	experienceText: (experience: ExperienceEntry, locale: Locale) => ExperienceText;
	/** Where an experience happened, in words: «Masquefa (Anoia)», or «Bages» when the place is the comarca. */
	placeOf: (experience: ExperienceEntry, locale: Locale) => string;
	/** The values an action holds on each facet of the catalogue (`FACETS`): what the filters match. */
	facetValues: (action: ActionEntry) => Record<FacetId, readonly string[]>;
	/** The facts the planner weighs for an action (`planner.ts`). */
	plannerFacts: (action: ActionEntry) => PlannerAction;
}

async function buildCatalogue(): Promise<Catalogue> {
	const [sets, dimensions, strategies, actions, experiences, audiences, agents, scales, comarques, actionTranslations, experienceTranslations, costs, setupTimes, smallTownFits, evidenceLevels, goals] = await Promise.all([
		getCollection('sets'),
		getCollection('dimensions'),
		getCollection('strategies'),
		getCollection('actions'),
		getCollection('experiences'),
		getCollection('audiences'),
		getCollection('agents'),
		getCollection('scales'),
		getCollection('comarques'),
		getCollection('actionTranslations'),
		getCollection('experienceTranslations'),
		getCollection('costs'),
		getCollection('setupTimes'),
		getCollection('smallTownFits'),
		getCollection('evidenceLevels'),
		getCollection('goals'),
	]);
	// A collection comes sorted by id; a scale's order is the order of its file.
	const fileOrder = readKnownIds(process.cwd());
	const inFileOrder = <T extends { id: string }>(entries: T[], ids: string[]) => entries.toSorted((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
	const orderedScales: DecisionScales = {
		cost: inFileOrder(costs, fileOrder.costs),
		setupTime: inFileOrder(setupTimes, fileOrder.setupTimes),
		smallTown: inFileOrder(smallTownFits, fileOrder.smallTownFits),
		evidence: inFileOrder(evidenceLevels, fileOrder.evidenceLevels),
		goals: inFileOrder(goals, fileOrder.goals),
	};
	const scaleRank = (scale: keyof DecisionScales, id: string) => {
		const rank = orderedScales[scale].findIndex((t) => t.id === id);
		if (rank < 0) throw new Error(`Valor desconegut a l'escala ${scale}: «${id}».`);
		return rank;
	};
	const scaleMarks = (scale: keyof DecisionScales, id: string) => {
		const rank = scaleRank(scale, id);
		if (scale === 'cost' || scale === 'setupTime') return { filled: rank + 1, of: orderedScales[scale].length };
		if (scale !== 'evidence') return undefined;
		const known = orderedScales.evidence.filter((t) => t.id !== NO_EVIDENCE).map((t) => t.id);
		return { filled: id === NO_EVIDENCE ? 0 : known.length - known.indexOf(id), of: known.length };
	};
	const decisionValue = (a: ActionEntry, scale: BandScale) =>
		({ cost: a.data.cost.band, setupTime: a.data.setupTime.band, smallTown: a.data.scaleFit.smallTown, evidence: a.data.evidence.level })[scale];
	const translations = new Map<string, TranslationEntry>([
		...actionTranslations.map((t) => [`actions/${t.id}`, t] as const),
		...experienceTranslations.map((t) => [`experiences/${t.id}`, t] as const),
	]);
	const localized = (kind: 'actions' | 'experiences', entry: ActionEntry | ExperienceEntry, locale: Locale): LocalizedText => {
		const translation = locale === 'ca' ? undefined : translations.get(`${kind}/${locale}/${entry.id}`);
		if (translation) return { title: translation.data.title, summary: translation.data.summary, entry: translation, isFallback: false };
		return { title: entry.data.title, summary: entry.data.summary, entry, isFallback: locale !== 'ca' };
	};
	sets.sort(byOrder);
	dimensions.sort(byOrder);
	strategies.sort(byOrder);
	actions.sort((a, b) => a.data.number - b.data.number);
	const newestFirst = (a: ExperienceEntry, b: ExperienceEntry) => (experienceWhen(b) ?? '').localeCompare(experienceWhen(a) ?? '') || a.id.localeCompare(b.id);
	experiences.sort(newestFirst);

	const set = indexById(sets, 'Conjunt');
	const dimension = indexById(dimensions, 'Dimensió');
	const strategy = indexById(strategies, 'Estratègia');
	const byNumber = new Map(actions.map((a) => [a.data.number, a]));
	const action = (n: number) => {
		const found = byNumber.get(n);
		if (!found) throw new Error(`No hi ha cap actuació amb el número ${n}.`);
		return found;
	};
	const trail = (a: ActionEntry) => {
		const s = strategy(a.data.strategy);
		const d = dimension(s.data.dimension);
		return { set: set(d.data.set), dimension: d, strategy: s };
	};
	const actionsOf = (id: string) => actions.filter((a) => a.data.strategy === id);
	const strategiesOf = (id: string) => strategies.filter((s) => s.data.dimension === id);
	const dimensionsOf = (id: string) => dimensions.filter((d) => d.data.set === id);
	const ordered = dimensions.flatMap((d) => strategiesOf(d.id).flatMap((s) => actionsOf(s.id)));
	const numbers = new Set(actions.map((a) => a.data.number));
	const highest = Math.max(GUIDE.minActions, ...numbers);
	const missingNumbers = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !numbers.has(n));
	const comarca = indexById(comarques, 'Comarca');
	const experiencesByAction = new Map<number, ExperienceEntry[]>();
	for (const e of experiences) for (const n of e.data.actions) experiencesByAction.set(n, [...(experiencesByAction.get(n) ?? []), e]);
	const experiencesOf = (n: number) =>
		(experiencesByAction.get(n) ?? []).toSorted(
			(a, b) => a.data.actions.indexOf(n) - b.data.actions.indexOf(n) || a.data.actions.length - b.data.actions.length || newestFirst(a, b),
		);
	const experienceText = (experience: ExperienceEntry, locale: Locale): ExperienceText => {
		const text = localized('experiences', experience, locale);
		const words = text.isFallback ? experience.data : (text.entry as CollectionEntry<'experienceTranslations'>).data;
		const funding = words.funding ?? experience.data.funding;
		const translated = locale === 'ca' || text.isFallback ? undefined : (words as { promoter?: string }).promoter;
		const promoter = translated ?? experience.data.promoter;
		return {
			...text,
			forWhom: words.forWhom,
			promoter,
			promoterLang: locale !== 'ca' && promoter === experience.data.promoter ? 'ca' : undefined,
			promoterIsName: translated === experience.data.promoter,
			funding,
			fundingIsFallback: locale !== 'ca' && !words.funding && funding !== undefined,
		};
	};
	const decision = (a: ActionEntry, locale: Locale): DecisionText => {
		const d = a.data;
		const t = locale === 'ca' ? undefined : (translations.get(`actions/${locale}/${a.id}`) as CollectionEntry<'actionTranslations'> | undefined)?.data;
		const w = t ?? d;
		return {
			cost: { band: d.cost.band, covers: w.cost.covers },
			staff: w.staff,
			setupTime: { band: d.setupTime.band, note: w.setupTime.note },
			scaleFit: { smallTown: d.scaleFit.smallTown, cooperation: w.scaleFit.cooperation },
			evidence: { level: d.evidence.level, summary: w.evidence.summary, sources: d.evidence.sources },
			goals: d.goals,
			indicators: w.indicators,
			pitfalls: w.pitfalls,
			legalBasis: d.legalBasis.map((item, i) => ({ ...item, note: w.legalBasis[i]?.note ?? item.note })),
			prerequisites: w.prerequisites,
			factsChecked: d.factsChecked,
			isFallback: locale !== 'ca' && !t,
		};
	};
	return {
		sets, dimensions, strategies, actions, experiences, audiences, agents, scales, comarques,
		decisionScales: orderedScales,
		scaleName: (scale, id, locale) => pick(orderedScales[scale][scaleRank(scale, id)]!.data.name, locale),
		scaleRank, scaleMarks, decisionValue, decision,
		band: (scale, id, locale) => ({ name: pick(orderedScales[scale][scaleRank(scale, id)]!.data.name, locale), marks: scaleMarks(scale, id) }),
		set, dimension, strategy, action,
		audience: indexById(audiences, 'Grup destinatari'),
		agent: indexById(agents, 'Agent'),
		scale: indexById(scales, 'Escala'),
		comarca,
		trail, actionsOf, strategiesOf, dimensionsOf, ordered, missingNumbers,
		guideSource: (a) => (a.data.guidePage ? { title: `Actuació ${a.data.number} — ${a.data.title}`, url: a.data.guidePage, attribution: GUIDE_ATTRIBUTION } : undefined),
		experiencesOf,
		dimensionsOfExperience: (e) => [...new Set(e.data.actions.map((n) => trail(action(n)).dimension))],
		actionText: (action, locale) => localized('actions', action, locale),
		experienceText,
		placeOf: (e, locale) => {
			const comarcaName = pick(comarca(e.data.place.comarca).data.name, locale);
			return e.data.place.name === comarcaName ? comarcaName : `${e.data.place.name} (${comarcaName})`;
		},
		facetValues: (a) => {
			const { dimension, strategy } = trail(a);
			return {
				dimensio: [dimension.id],
				estrategia: [strategy.id],
				destinataris: a.data.audiences,
				agents: a.data.agents,
				escala: a.data.scales,
				procedencia: [a.data.provenance],
				...Object.fromEntries(Object.entries(DECISION_FACETS).map(([facet, scale]) => [facet, [decisionValue(a, scale)]])),
			};
		},
		plannerFacts: (a) => ({
			number: a.data.number,
			goals: a.data.goals,
			audiences: a.data.audiences,
			agents: a.data.agents,
			scales: a.data.scales,
			smallTown: a.data.scaleFit.smallTown,
			evidenceRank: scaleRank('evidence', a.data.evidence.level),
		}),
	};
}

export const termName = (term: TermEntry, locale: Locale) => pick(term.data.name, locale);

/** `getStaticPaths` for pages 2 and on of a long list (`paging.ts`), in every language. */
export async function listPagePaths(list: PagedList) {
	const { actions, experiences } = await loadCatalogue();
	const pages = pageCount(list, (list === 'actuacions' ? actions : experiences).length);
	return localeParams().flatMap((params) => Array.from({ length: pages - 1 }, (_, i) => ({ params: { ...params, page: String(i + 2) } })));
}
