/** Schema behaviour, one rule per test, from a minimal valid entry. Asserts the zod issue path. */
import { describe, expect, test } from 'vitest';
import { actionSchema } from '../../src/schemas/actions.ts';
import { experienceSchema } from '../../src/schemas/experiences.ts';
import { dimensionSchema } from '../../src/schemas/taxonomy.ts';

const known = { strategies: ['presa-de-decisions'], audiences: ['families', 'joves-12-16'], agents: ['joventut'], scales: ['municipi'] };
const action = actionSchema(known);
const experience = experienceSchema({ chapters: ['objectius'] });

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
	language: 'es',
	place: { name: 'Alhama de Murcia', region: 'Regió de Múrcia', country: 'Espanya' },
	promoter: "Ajuntament d'Alhama de Murcia",
	date: '2023-01',
	source: { publisher: "Ajuntament d'Alhama de Murcia", date: '2023-01-21' },
	actions: [20],
	summary: 'Una xarxa local on tècnics municipals i entitats detecten necessitats i les converteixen en accions.',
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

	test.each([
		['actions', { actions: [] }],
		['language', { language: 'klingon' }],
		['place.region', { place: { name: 'Reus', country: 'Espanya' } }],
		['date', { date: '2023' }],
		['source.url', { source: { publisher: 'X X X', date: '2023-01', url: 'http://insegur.example' } }],
		['source.url', { source: { publisher: 'X X X', date: '2023-01', url: 'no és una adreça' } }],
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
