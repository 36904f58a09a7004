/**
 * Population bands, from the inhabitants the source gives (never written by hand, so a band can
 * never disagree with its figure). Labels: `experience.band.<id>` in `content/i18n/*.json`.
 */
export const POPULATION_BANDS = [
	{ id: 'menys-5000', below: 5_000 },
	{ id: 'de-5000-a-20000', below: 20_000 },
	{ id: 'de-20000-a-50000', below: 50_000 },
	{ id: 'mes-50000', below: Infinity },
] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number]['id'];

/** The band of a number of inhabitants. */
export const populationBand = (inhabitants: number): PopulationBand => POPULATION_BANDS.find((b) => inhabitants < b.below)!.id;
