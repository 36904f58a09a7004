/**
 * An experience in a list of a planning page (the planner, the selection): its title and link, and
 * one line of facts: where, when, who owns it and the population band.
 */
import { experienceWhen, type Catalogue, type ExperienceEntry } from './catalogue.ts';
import { localeUrl, type Locale } from './i18n.ts';
import { populationBand, type PopulationBand } from '../schemas/population.ts';

export interface ExperienceLine {
	id: string;
	title: string;
	/** The title is the Catalan one because the translation is missing. */
	isFallback: boolean;
	url: string;
	band?: PopulationBand;
	ownership: string;
	/** «Masquefa (Anoia) · 2015 · Un ajuntament · De 5.000 a 20.000 habitants». */
	detail: string;
}

export function experienceLine(catalogue: Catalogue, e: ExperienceEntry, locale: Locale, t: App.Locals['t']): ExperienceLine {
	const words = catalogue.experienceText(e, locale);
	const population = e.data.place.population;
	const band = population ? populationBand(population.inhabitants) : undefined;
	const facts = [catalogue.placeOf(e, locale), experienceWhen(e)?.slice(0, 4), t(`experience.ownership.${e.data.ownership}`), band && t(`experience.band.${band}`)];
	return { id: e.id, title: words.title, isFallback: words.isFallback, url: localeUrl(locale, `/experiencies/${e.id}/`), band, ownership: e.data.ownership, detail: facts.filter(Boolean).join(' · ') };
}
