/** Schema behaviour, one rule per test, from a minimal valid entry. Asserts the zod issue path. */
import { describe, expect, test } from 'vitest';
import { actionSchema } from '../../src/schemas/actions.ts';
import { experienceSchema, populationBand } from '../../src/schemas/experiences.ts';
import { dimensionSchema } from '../../src/schemas/taxonomy.ts';

const known = {
	strategies: ['presa-de-decisions'], audiences: ['families', 'joves-12-16'], agents: ['joventut'], scales: ['municipi'],
	costs: ['baix', 'mitja', 'alt'], setupTimes: ['menys-3-mesos'], smallTownFits: ['sol'], evidenceLevels: ['moderada', 'sense-evidencia'], goals: ['itinerari', 'exclusio'],
};
const action = actionSchema(known);
const experience = experienceSchema({ chapters: ['objectius'], comarques: ['anoia', 'fora-de-catalunya'] });

const makeAction = (overrides: Record<string, unknown> = {}) => ({
	number: 1,
	title: 'Dinamització i difusió de la informació',
	summary: "Informar els joves i les famílies de tota l'oferta d'estudis, al moment oportú i en formats diversos.",
	strategy: 'presa-de-decisions',
	audiences: ['joves-12-16'],
	agents: ['joventut'],
	scales: ['municipi'],
	provenance: 'guia',
	reviewed: { date: '2026-11-24', by: 'Equip editorial' },
	cost: { band: 'baix', covers: 'Materials i difusió a les famílies.' },
	staff: "Una persona de l'àrea de joventut, unes hores al mes.",
	setupTime: { band: 'menys-3-mesos', note: "Es pot començar a l'inici de qualsevol trimestre." },
	scaleFit: { smallTown: 'sol', cooperation: 'Un municipi petit la pot fer sol amb suport comarcal.' },
	evidence: { level: 'moderada', summary: "Una revisió troba efectes positius però petits de les campanyes d'informació.", sources: [{ title: 'Revisió', publisher: 'Ivàlua', language: 'ca', url: 'https://ivalua.example/revisio' }] },
	goals: ['itinerari'],
	indicators: [
		{ measure: 'Joves que hi participen', source: 'Registres propis' },
		{ measure: 'Famílies informades', source: 'Registres propis' },
		{ measure: 'Satisfacció dels joves', source: 'Enquesta pròpia' },
	],
	pitfalls: ['Fer-ho un sol cop a l’any i prou.', 'Parlar només als joves que ja ho tenen clar.', 'Oblidar les famílies que no llegeixen català.'],
	legalBasis: [{ title: 'Llei 33/2010, de polítiques de joventut', url: 'https://boe.example/llei', note: 'Marc de les polítiques locals de joventut.' }],
	prerequisites: ['Un acord amb els instituts del municipi.'],
	factsChecked: '2026-11-28',
	...overrides,
});

const makeExperience = (overrides: Record<string, unknown> = {}) => ({
	title: 'Una experiència real',
	language: 'ca',
	place: { name: 'Masquefa', comarca: 'anoia' },
	ownership: 'ajuntament',
	promoter: 'Ajuntament de Masquefa',
	forWhom: "Alumnat d'ESO que necessita suport amb els deures.",
	source: { url: 'https://masquefa.example/noticia', publisher: 'Ajuntament de Masquefa', checked: '2026-11-28' },
	actions: [3],
	summary: "Un servei municipal de reforç escolar i tècniques d'estudi per a l'alumnat de secundària, amb inscripció oberta al setembre.",
	reviewed: { date: '2026-11-24', by: 'Equip editorial' },
	...overrides,
});

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join('.'));

describe('action', () => {
	test('a minimal entry is valid and gets its defaults', () => {
		const parsed = action.parse(makeAction());
		expect(parsed.related).toEqual([]);
		expect(parsed.aliases).toEqual([]);
		expect(parsed.editorialSections).toEqual([]);
		expect(parsed.reviewed.date).toEqual(new Date('2026-11-24T00:00:00Z'));
	});

	test('accepts a date that YAML already parsed', () => {
		expect(action.safeParse(makeAction({ reviewed: { date: new Date('2026-11-24'), by: 'X Y' } })).success).toBe(true);
	});

	test.each([
		['number', { number: 0 }],
		['number', { number: 2.5 }],
		['title', { title: '' }],
		['summary', { summary: 'Massa curt.' }],
		['strategy', { strategy: 'desconeguda' }],
		['audiences', { audiences: [] }],
		['audiences.0', { audiences: ['nens'] }],
		['agents.0', { agents: ['policia'] }],
		['scales', { scales: [] }],
		['related.0', { related: ['vint'] }],
		['provenance', { provenance: 'wiki' }],
		['editorialSections.0', { editorialSections: ['conclusions'] }],
		['reviewed.date', { reviewed: { date: '24/11/2026', by: 'X Y' } }],
		['reviewed.by', { reviewed: { date: '2026-11-24' } }],
		['aliases.0', { aliases: ['Nom Antic'] }],
		['', { colour: 'blau' }],
		['cost', { cost: undefined }],
		['cost.band', { cost: { band: 'barat', covers: 'Materials i difusió a les famílies.' } }],
		['staff', { staff: 'Poca' }],
		['setupTime.band', { setupTime: { band: 'aviat', note: "Es pot començar a l'inici de qualsevol trimestre." } }],
		['scaleFit.smallTown', { scaleFit: { smallTown: 'petit', cooperation: 'Un municipi petit la pot fer sol amb suport comarcal.' } }],
		['evidence.sources', { evidence: { level: 'moderada', summary: "Una revisió troba efectes positius però petits de les campanyes d'informació.", sources: [] } }],
		['evidence.sources.0.url', { evidence: { level: 'moderada', summary: "Una revisió troba efectes positius però petits de les campanyes d'informació.", sources: [{ title: 'Revisió', publisher: 'Ivàlua', language: 'ca', url: 'http://ivalua.example/revisio' }] } }],
		['goals', { goals: [] }],
		['goals.0', { goals: ['felicitat'] }],
		['indicators', { indicators: [{ measure: 'Joves que hi participen', source: 'Registres propis' }] }],
		['pitfalls', { pitfalls: ['Fer-ho un sol cop a l’any i prou.'] }],
		['legalBasis.0.url', { legalBasis: [{ title: 'Llei 33/2010', url: 'javascript:alert(1)', note: 'Marc de les polítiques locals.' }] }],
		['prerequisites', { prerequisites: [] }],
		['factsChecked', { factsChecked: 'ahir' }],
	])('rejects a bad %s', (path, overrides) => {
		expect(issuePaths(action.safeParse(makeAction(overrides)))).toEqual([path]);
	});
});

describe('action decision facts', () => {
	test('an action whose evidence is not known may cite no source', () => {
		expect(action.safeParse(makeAction({ evidence: { level: 'sense-evidencia', summary: "No s'ha trobat cap avaluació d'aquesta actuació ni de cap de semblant.", sources: [] } })).success).toBe(true);
	});
});

describe('experience', () => {
	test('a minimal entry is valid', () => {
		expect(experience.parse(makeExperience()).chapters).toEqual([]);
	});

	test('a date may be a day, a month or a bare year, as the source gives it', () => {
		for (const date of ['2023-01-20', '2023-01', '2023', 2023]) expect(experience.parse(makeExperience({ date })).date).toBe(String(date));
	});

	test('the population band follows the inhabitants, at the band edges too', () => {
		expect([4_999, 5_000, 19_999, 20_000, 49_999, 50_000].map(populationBand)).toEqual(['menys-5000', 'de-5000-a-20000', 'de-5000-a-20000', 'de-20000-a-50000', 'de-20000-a-50000', 'mes-50000']);
	});

	test.each([
		['actions', { actions: [] }],
		['language', { language: 'klingon' }],
		['place.comarca', { place: { name: 'Reus', comarca: 'baix camp' } }],
		['place.population.sourceUrl', { place: { name: 'Masquefa', comarca: 'anoia', population: { inhabitants: 9402, sourceUrl: 'http://insegur.example' } } }],
		['place.population.inhabitants', { place: { name: 'Masquefa', comarca: 'anoia', population: { inhabitants: 9.4, sourceUrl: 'https://x.example' } } }],
		['ownership', { ownership: 'ajuntaments' }],
		['forWhom', { forWhom: undefined }],
		['date', { date: '2023-13' }],
		['source.url', { source: { publisher: 'X X X', checked: '2026-11-28', url: 'http://insegur.example' } }],
		['source.url', { source: { publisher: 'X X X', checked: '2026-11-28', url: 'no és una adreça' } }],
		['source.url', { source: { publisher: 'X X X', checked: '2026-11-28' } }],
		['source.checked', { source: { publisher: 'X X X', url: 'https://x.example' } }],
		['chapters.0', { chapters: ['capitol-inexistent'] }],
	])('rejects a bad %s', (path, overrides) => {
		expect(issuePaths(experience.safeParse(makeExperience(overrides)))).toEqual([path]);
	});
});

test('a dimension must belong to a known set', () => {
	const schema = dimensionSchema(['escolaritat']);
	const entry = { id: 'x', order: 1, set: 'altre', name: { ca: 'X' }, description: { ca: 'X' }, provenance: 'guia', descriptionProvenance: 'editorial' };
	expect(issuePaths(schema.safeParse(entry))).toEqual(['set']);
});
