/** Schema behaviour, one rule per test, from a minimal valid entry. Asserts the zod issue path. */
import { describe, expect, test } from 'vitest';
import { actionSchema } from '../../src/schemas/actions.ts';
import { experienceSchema, populationBand } from '../../src/schemas/experiences.ts';
import { dimensionSchema } from '../../src/schemas/taxonomy.ts';

const known = { strategies: ['presa-de-decisions'], audiences: ['families', 'joves-12-16'], agents: ['joventut'], scales: ['municipi'] };
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
	])('rejects a bad %s', (path, overrides) => {
		expect(issuePaths(action.safeParse(makeAction(overrides)))).toEqual([path]);
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
	const entry = { id: 'x', order: 1, set: 'altre', name: { ca: 'X' }, description: { ca: 'X' }, provenance: 'guia' };
	expect(issuePaths(schema.safeParse(entry))).toEqual(['set']);
});
