/**
 * The guide's known actions, by number, with their exact titles (guide-facts §2b). The build's
 * tests check the published catalogue against the same list (tests/build/content-completeness.test.ts):
 * an action of the guide («provenance: guia») has one of these numbers and exactly its title.
 * When the editors confirm another action of the guide, add it here and there.
 */
export const GUIDE_ACTIONS: Readonly<Record<number, string>> = {
	1: 'Dinamització i difusió de la informació',
	2: 'Orientació i assessorament acadèmics',
	3: 'Suport escolar',
	4: "Aules d'estudi",
	5: 'Dinamització de la participació als centres educatius',
	6: 'Mediació escolar',
	7: 'Apadrinament i mentoria',
	8: 'Projectes compartits dins i fora del centre en horari lectiu',
	9: 'Activitats amb famílies',
	10: "Activitats extraescolars i d'educació en el lleure (horari no lectiu)",
	11: "Protocol d'absentisme escolar",
	15: 'Formació de segona oportunitat',
	18: 'Treball socioeducatiu amb joves',
	20: 'Accions mancomunades',
	22: 'Formació ocupacional',
	23: "Acredita't. Reconeixement de l'experiència laboral",
	28: 'Orientació i assessorament laboral',
};

/** The guide's number of an action, found by its exact title. */
export const guideNumberOf = (title: unknown): number | undefined => {
	const hit = Object.entries(GUIDE_ACTIONS).find(([, t]) => t === title);
	return hit ? Number(hit[0]) : undefined;
};
