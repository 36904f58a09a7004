/**
 * What the catalogue and the experiences list show and filter by, in one language: the facets
 * with their values' names, each item's facet values, sort keys and card words. The list pages
 * (`CatalogueBrowser.astro`, `ExperienceBrowser.astro`) and their compact indexes
 * (`list-index.ts`) read it from here, so both always agree.
 */
import { provenance } from '../schemas/shared.ts';
import { POPULATION_BANDS, OWNERSHIPS, populationBand, type PopulationBand } from '../schemas/experiences.ts';
import { experienceWhen, termName, type ActionEntry, type Catalogue, type ExperienceEntry } from './catalogue.ts';
import { DECISION_FACETS, EXPERIENCE_FACETS, FACETS, NO_POPULATION, SORTS, type FacetId } from './facets.ts';
import { fill, pick, type Locale } from './i18n.ts';
import type { ActionCardWords, ExperienceCardWords } from './list-index.ts';

type Translate = App.Locals['t'];
type Options = Record<FacetId, { id: string; name: string }[]>;

export function actionList(catalogue: Catalogue, locale: Locale, t: Translate) {
	const scaleOptions = (scale: keyof typeof catalogue.decisionScales) => catalogue.decisionScales[scale].map((term) => ({ id: term.id, name: pick(term.data.name, locale) }));
	const options: Options = {
		dimensio: catalogue.dimensions.map((d) => ({ id: d.id, name: pick(d.data.name, locale) })),
		estrategia: catalogue.strategies.map((s) => ({ id: s.id, name: pick(s.data.name, locale) })),
		destinataris: catalogue.audiences.map((a) => ({ id: a.id, name: termName(a, locale) })),
		agents: catalogue.agents.map((a) => ({ id: a.id, name: termName(a, locale) })),
		escala: catalogue.scales.map((s) => ({ id: s.id, name: termName(s, locale) })),
		procedencia: provenance.options.map((id) => ({ id, name: t(`action.provenance.${id}`) })),
		...Object.fromEntries(Object.entries(DECISION_FACETS).map(([facet, scale]) => [facet, scaleOptions(scale)])),
	};
	const sortKey = (action: ActionEntry, sort: (typeof SORTS)[number]) =>
		sort === 'numero' ? action.data.number : catalogue.scaleRank(DECISION_FACETS[sort], catalogue.decisionValue(action, DECISION_FACETS[sort]));
	const card = (action: ActionEntry): ActionCardWords => {
		const { title, summary, isFallback } = catalogue.actionText(action, locale);
		const n = catalogue.experiencesOf(action.data.number).length;
		return [action.id, title, summary, isFallback ? 1 : 0, n, experienceCountLabel(n, t)];
	};
	return {
		facets: FACETS.map((id) => ({ id, values: options[id]! })),
		sorts: [...SORTS],
		/** In the list's own order: by dimension and strategy. */
		items: catalogue.ordered.map((action) => ({
			action,
			key: action.data.number,
			values: catalogue.facetValues(action),
			sortKeys: SORTS.map((sort) => sortKey(action, sort)),
			card: () => card(action),
		})),
	};
}

/** «3 experiències», as an action card says it. */
export const experienceCountLabel = (n: number, t: Translate) =>
	n === 0 ? t('action.experienceCount.none') : fill(t(n === 1 ? 'action.experienceCount.one' : 'action.experienceCount.other'), { n });

export function experienceList(catalogue: Catalogue, locale: Locale, t: Translate) {
	const { experiences } = catalogue;
	const used = new Set(experiences.map((e) => e.data.place.comarca));
	const collator = new Intl.Collator(locale);
	const bands: (PopulationBand | typeof NO_POPULATION)[] = [...POPULATION_BANDS.map((b) => b.id), NO_POPULATION];
	const options: Options = {
		comarca: catalogue.comarques
			.filter((c) => used.has(c.id))
			.map((c) => ({ id: c.id, name: termName(c, locale) }))
			.sort((a, b) => collator.compare(a.name, b.name)),
		poblacio: bands.map((id) => ({ id, name: t(`experience.band.${id}`) })),
		titularitat: OWNERSHIPS.map((id) => ({ id, name: t(`experience.ownership.${id}`) })),
		actuacio: catalogue.actions.map((a) => ({ id: String(a.data.number), name: `${a.data.number}. ${catalogue.actionText(a, locale).title}` })),
		dimensio: catalogue.dimensions.map((d) => ({ id: d.id, name: pick(d.data.name, locale) })),
	};
	const facetValues = (e: ExperienceEntry): Record<FacetId, readonly string[]> => ({
		comarca: [e.data.place.comarca],
		poblacio: [e.data.place.population ? populationBand(e.data.place.population.inhabitants) : NO_POPULATION],
		titularitat: [e.data.ownership],
		actuacio: e.data.actions.map(String),
		dimensio: catalogue.dimensionsOfExperience(e).map((d) => d.id),
	});
	return {
		facets: EXPERIENCE_FACETS.map((id) => ({ id, values: options[id]! })),
		sorts: [] as string[],
		/** Newest first, as the catalogue keeps them. */
		items: experiences.map((experience, i) => ({
			experience,
			key: i,
			values: facetValues(experience),
			card: () => experienceCard(catalogue, experience, locale, t),
		})),
	};
}

/** The words of an experience card, as `ExperienceCard.astro` writes them. */
export function experienceCard(catalogue: Catalogue, experience: ExperienceEntry, locale: Locale, t: Translate): ExperienceCardWords {
	const text = catalogue.experienceText(experience, locale);
	const d = experience.data;
	const when = experienceWhen(experience);
	return [
		experience.id,
		text.title,
		text.summary,
		text.isFallback ? 1 : 0,
		`${catalogue.placeOf(experience, locale)}${when ? `, ${when.slice(0, 4)}` : ''}`,
		`${t(`experience.ownership.${d.ownership}`)}${d.place.population ? ` · ${t(`experience.band.${populationBand(d.place.population.inhabitants)}`)}` : ''}`,
		d.actions.map((n) => `${n}. ${catalogue.actionText(catalogue.action(n), locale).title}`).join(' · '),
	];
}
