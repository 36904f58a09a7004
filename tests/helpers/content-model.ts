/**
 * The content as the tests see it, read straight from the files (not through the site), so that
 * built pages can be checked against what the editors wrote.
 */
import { CONTENT_PATHS, listMdx, readMdx, readYamlList } from '../../src/lib/content-files.ts';
import { ROOT } from './paths.ts';

export interface ModelAction {
	slug: string;
	number: number;
	title: string;
	summary: string;
	strategy: string;
	related: number[];
	audiences: string[];
	agents: string[];
	scales: string[];
	provenance: string;
	aliases: string[];
	editorialSections: string[];
	cost: { band: string; covers: string };
	staff: string;
	setupTime: { band: string; note: string };
	scaleFit: { smallTown: string; cooperation: string };
	evidence: { level: string; summary: string; sources: { title: string; publisher: string; language: string; year?: number; url: string }[] };
	goals: string[];
	indicators: { measure: string; source: string }[];
	pitfalls: string[];
	legalBasis: { title: string; url?: string; note: string }[];
	prerequisites: string[];
	factsChecked: Date | string;
	body: string;
}
/** The words of an action's translation (title, summary and decision facts). */
export type ModelActionTranslation = Pick<ModelAction, 'title' | 'summary' | 'staff' | 'indicators' | 'pitfalls' | 'prerequisites'> & {
	cost: { covers: string };
	setupTime: { note: string };
	scaleFit: { cooperation: string };
	evidence: { summary: string };
	legalBasis: { note: string }[];
};
/** A term of an ordered scale of the decision facts, in file order. */
export interface ModelScaleTerm {
	id: string;
	name: { ca: string; es: string; en: string };
	definition: { ca: string; es: string; en: string };
}
export interface ModelExperience {
	slug: string;
	title: string;
	actions: number[];
	chapters: string[];
	language: string;
	originalTitle?: string;
	place: { name: string; comarca: string; population?: { inhabitants: number; year?: number; sourceUrl: string } };
	ownership: string;
	promoter: string;
	date?: string | number;
	forWhom: string;
	funding?: string;
	source: { url: string; publisher: string; date?: string | number; checked: string | Date };
	body: string;
}
interface Named {
	id: string;
	name: { ca: string; es?: string; en?: string };
	order: number;
}
export interface ModelStrategy extends Named {
	dimension: string;
}
export interface ModelDimension extends Named {
	set: string;
}

export function loadModel(root = ROOT) {
	const yaml = <T>(path: string) => readYamlList(root, path).entries.map((e) => e.data as T);
	const actions = listMdx(root, CONTENT_PATHS.actions).map((path) => {
		const file = readMdx(root, path);
		const d = file.data as Partial<ModelAction>;
		return { ...d, related: d.related ?? [], aliases: d.aliases ?? [], editorialSections: d.editorialSections ?? [], slug: file.slug, body: file.body } as ModelAction;
	});
	const experiences = listMdx(root, CONTENT_PATHS.experiences).map((path) => {
		const file = readMdx(root, path);
		const d = file.data as Partial<ModelExperience>;
		return { ...d, chapters: d.chapters ?? [], slug: file.slug, body: file.body } as ModelExperience;
	});
	const strategies = yaml<ModelStrategy>(CONTENT_PATHS.strategies).sort((a, b) => a.order - b.order);
	const dimensions = yaml<ModelDimension>(CONTENT_PATHS.dimensions).sort((a, b) => a.order - b.order);
	const sets = yaml<Named>(CONTENT_PATHS.sets).sort((a, b) => a.order - b.order);
	const chapters = listMdx(root, CONTENT_PATHS.chapters).map((path) => readMdx(root, path));
	const comarques = yaml<{ id: string; name: { ca: string } }>(CONTENT_PATHS.comarques);
	const byNumber = new Map(actions.map((a) => [a.number, a]));
	const decisionScales = {
		cost: yaml<ModelScaleTerm>(CONTENT_PATHS.costs),
		setupTime: yaml<ModelScaleTerm>(CONTENT_PATHS.setupTimes),
		smallTown: yaml<ModelScaleTerm>(CONTENT_PATHS.smallTownFits),
		evidence: yaml<ModelScaleTerm>(CONTENT_PATHS.evidenceLevels),
		goals: yaml<ModelScaleTerm>(CONTENT_PATHS.goals),
	};
	const dimensionOf = (a: ModelAction) => dimensions.find((d) => d.id === strategies.find((s) => s.id === a.strategy)!.dimension)!;
	return {
		decisionScales,
		/** The frontmatter of an action's translation. */
		actionTranslation: (locale: 'es' | 'en', slug: string) => readMdx(root, `${CONTENT_PATHS.actions}/${locale}/${slug}.mdx`).data as ModelActionTranslation,
		actions: actions.sort((a, b) => a.number - b.number),
		experiences,
		strategies,
		dimensions,
		sets,
		chapters,
		comarques,
		action: (n: number) => byNumber.get(n)!,
		experiencesOf: (n: number) => experiences.filter((e) => e.actions.includes(n)),
		actionsOf: (strategy: string) => actions.filter((a) => a.strategy === strategy).sort((a, b) => a.number - b.number),
		strategyOf: (a: ModelAction) => strategies.find((s) => s.id === a.strategy)!,
		dimensionOf,
		/** Each action as the catalogue's filters see it (`facets.ts`), read from the content files. */
		facetItems: () =>
			actions.map((a) => ({
				number: a.number,
				values: {
					dimensio: [dimensionOf(a).id],
					estrategia: [a.strategy],
					destinataris: a.audiences,
					agents: a.agents,
					escala: a.scales,
					procedencia: [a.provenance],
					'municipis-petits': [a.scaleFit.smallTown],
					cost: [a.cost.band],
					temps: [a.setupTime.band],
					evidencia: [a.evidence.level],
				},
			})),
	};
}
export type Model = ReturnType<typeof loadModel>;
