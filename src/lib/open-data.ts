/**
 * Builds the open-data files from the collections, at build time. Each file carries its licence,
 * source, publisher and the date of the newest review, and matches its schema in
 * `src/schemas/open-data.ts` (checked here before writing, and again by the tests).
 */
import { readKnownIds } from './content-files.ts';
import { loadCatalogue } from './catalogue.ts';
import type { RootContent } from 'mdast';
import { ACTION_SECTIONS } from '../schemas/sections.ts';
import type { Provenance } from '../schemas/shared.ts';
import { blocksOf, partsOf, runsOf } from './provenance.ts';
import { parseBody } from './validation/markdown.ts';
import { populationBand } from '../schemas/experiences.ts';
import ca from '../../content/i18n/ca.json';
import { pick } from './i18n.ts';
import { actionsFileSchema, experiencesFileSchema, taxonomyFileSchema } from '../schemas/open-data.ts';

export const DATA_LICENSE = 'https://creativecommons.org/licenses/by-sa/4.0/' as const;
export const DATA_SOURCE =
	"Estratègies de millora educativa, Direcció General de Joventut (Generalitat de Catalunya), Viquillibres: https://ca.wikibooks.org/wiki/Estrat%C3%A8gies_de_millora_educativa/Dimensions,_estrat%C3%A8gies_i_actuacions";
export const DATA_PUBLISHER = 'Equip editorial del catàleg Estratègies de millora educativa';

/** The public files, with their format. Read by the data page, the DCAT record and the URL contract. */
export const DATA_FILES = [
	{ path: '/dades/actuacions.json', format: 'JSON', mediaType: 'application/json', title: 'Actuacions (JSON)' },
	{ path: '/dades/actuacions.csv', format: 'CSV', mediaType: 'text/csv', title: 'Actuacions (CSV)' },
	{ path: '/dades/experiencies.json', format: 'JSON', mediaType: 'application/json', title: 'Experiències (JSON)' },
	{ path: '/dades/experiencies.csv', format: 'CSV', mediaType: 'text/csv', title: 'Experiències (CSV)' },
	{ path: '/dades/taxonomia.json', format: 'JSON', mediaType: 'application/json', title: 'Conjunts, dimensions i estratègies (JSON)' },
	{ path: '/dades/esquemes/actuacions.schema.json', format: 'JSON Schema', mediaType: 'application/schema+json', title: 'Esquema de actuacions.json' },
	{ path: '/dades/esquemes/experiencies.schema.json', format: 'JSON Schema', mediaType: 'application/schema+json', title: 'Esquema de experiencies.json' },
	{ path: '/dades/esquemes/taxonomia.schema.json', format: 'JSON Schema', mediaType: 'application/schema+json', title: 'Esquema de taxonomia.json' },
	{ path: '/dades/cataleg.jsonld', format: 'JSON-LD', mediaType: 'application/ld+json', title: 'Registre DCAT del catàleg' },
] as const;

export const absolute = (site: URL | undefined, path: string) => {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return new URL(`${base}${path}`, site ?? 'http://localhost:4321').href;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

export function knownIds() {
	return readKnownIds(process.cwd());
}

/**
 * Splits an action body into its seven parts, as Markdown, and each part into runs of text of the
 * guide and of the editors: the same reading of `:::guia` that marks the page.
 */
function sections(file: string, body: string) {
	const text: Record<string, string> = {};
	const provenance: Record<string, { provenance: Provenance; text: string }[]> = {};
	const parsed = parseBody(file, body, 1);
	if (!parsed.tree) throw new Error(`${file}: ${parsed.problem.message}`);
	const source = (node: RootContent) => body.slice(node.position!.start.offset, node.position!.end.offset);
	for (const part of partsOf(parsed.tree)) {
		const section = ACTION_SECTIONS.find((s) => s.heading.ca === part.heading);
		if (!section) continue;
		const runs = runsOf(blocksOf(part.nodes)).map((run) => ({ provenance: run.provenance, text: run.nodes.map(source).join('\n\n') }));
		provenance[section.id] = runs;
		text[section.id] = runs.map((r) => r.text).join('\n\n');
	}
	return { text, provenance };
}

/** One build computes the data once, for the eight files and the three «Dades obertes» pages that show it. */
const built = new Map<string, ReturnType<typeof computeData>>();

export function buildData(site: URL | undefined) {
	const key = site?.href ?? '';
	if (!built.has(key)) built.set(key, computeData(site));
	return built.get(key)!;
}

async function computeData(site: URL | undefined) {
	const catalogue = await loadCatalogue();
	const known = knownIds();
	const reviewDates = [...catalogue.actions, ...catalogue.experiences].map((e) => e.data.reviewed.date.getTime());
	const modified = reviewDates.length > 0 ? day(new Date(Math.max(...reviewDates))) : undefined;
	const meta = (title: string, count: number) => ({ title, license: DATA_LICENSE, source: DATA_SOURCE, publisher: DATA_PUBLISHER, modified, count });

	const actions = catalogue.actions.map((a) => {
		const { aliases: _aliases, ...data } = a.data;
		const { dimension, set, strategy } = catalogue.trail(a);
		const scaleName = (scale: Parameters<typeof catalogue.scaleName>[0], id: string) => catalogue.scaleName(scale, id, 'ca');
		const parts = sections(a.filePath ?? a.id, a.body ?? '');
		const guideSource = catalogue.guideSource(a);
		return {
			...data,
			reviewed: { ...data.reviewed, date: day(data.reviewed.date) },
			factsChecked: day(data.factsChecked),
			labels: {
				cost: scaleName('cost', data.cost.band),
				setupTime: scaleName('setupTime', data.setupTime.band),
				smallTown: scaleName('smallTown', data.scaleFit.smallTown),
				evidence: scaleName('evidence', data.evidence.level),
				goals: data.goals.map((g) => scaleName('goals', g)),
				set: pick(set.data.name, 'ca'),
				dimension: pick(dimension.data.name, 'ca'),
				strategy: pick(strategy.data.name, 'ca'),
				audiences: data.audiences.map((id) => pick(catalogue.audience(id).data.name, 'ca')),
				agents: data.agents.map((id) => pick(catalogue.agent(id).data.name, 'ca')),
				scales: data.scales.map((id) => pick(catalogue.scale(id).data.name, 'ca')),
			},
			slug: a.id,
			url: absolute(site, `/actuacions/${a.id}/`),
			permalink: absolute(site, `/actuacions/${a.data.number}/`),
			dimension: dimension.id,
			set: set.id,
			experiences: catalogue.experiencesOf(a.data.number).map((e) => e.id),
			...(guideSource ? { guideSource } : {}),
			sections: parts.text,
			sectionProvenance: parts.provenance,
		};
	});
	const label = (key: string) => (ca as Record<string, string>)[key] ?? key;
	const experiences = catalogue.experiences.map((e) => {
		const { aliases: _aliases, ...data } = e.data;
		const band = data.place.population ? populationBand(data.place.population.inhabitants) : undefined;
		return {
			...data,
			source: { ...data.source, checked: day(data.source.checked) },
			reviewed: { ...data.reviewed, date: day(data.reviewed.date) },
			slug: e.id,
			url: absolute(site, `/experiencies/${e.id}/`),
			...(band ? { populationBand: band } : {}),
			labels: {
				comarca: pick(catalogue.comarca(data.place.comarca).data.name, 'ca'),
				ownership: label(`experience.ownership.${data.ownership}`),
				...(band ? { populationBand: label(`experience.band.${band}`) } : {}),
				actions: data.actions.map((n) => `${n}. ${catalogue.action(n).data.title}`),
			},
			text: (e.body ?? '').trim(),
		};
	});
	const term = <T extends { id: string; data: Record<string, unknown> }>(e: T, path?: string) => ({ id: e.id, ...e.data, ...(path ? { url: absolute(site, path) } : {}) });

	// Checked against the published schema; what is written is the JSON itself (dates stay strings).
	const checked = <T>(schema: { parse: (v: unknown) => unknown }, value: T): T => (schema.parse(value), value);
	return {
		known,
		modified,
		actions: checked(actionsFileSchema(known), { ...meta('Actuacions del catàleg Estratègies de millora educativa', actions.length), actions }),
		experiences: checked(experiencesFileSchema(known), { ...meta('Experiències del catàleg Estratègies de millora educativa', experiences.length), experiences }),
		taxonomy: checked(taxonomyFileSchema, {
			...meta('Conjunts, dimensions i estratègies de la guia Estratègies de millora educativa', catalogue.sets.length + catalogue.dimensions.length + catalogue.strategies.length),
			sets: catalogue.sets.map((s) => term(s)),
			dimensions: catalogue.dimensions.map((d) => term(d, `/dimensions/${d.id}/`)),
			strategies: catalogue.strategies.map((s) => term(s, `/estrategies/${s.id}/`)),
		}),
	};
}
