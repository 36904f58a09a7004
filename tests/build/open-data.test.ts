/** The open-data files: valid against their generated JSON Schemas, and in step with the site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { loadModel } from '../helpers/content-model.ts';
import { readPage, text } from '../helpers/html.ts';
import { DIST } from '../helpers/paths.ts';

const model = loadModel();
const json = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', true);

describe.each([
	['actuacions', 'actions'],
	['experiencies', 'experiences'],
	['taxonomia', 'dimensions'],
])('%s.json', (name, key) => {
	const data = json(`dades/${name}.json`);
	const schema = json(`dades/esquemes/${name}.schema.json`);

	test('is valid against its generated JSON Schema', () => {
		const validate = ajv.compile(schema);
		expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
	});

	test('the schema rejects a broken record', () => {
		const validate = ajv.compile(schema);
		const broken = structuredClone(data);
		broken[key][0].unexpectedField = true;
		expect(validate(broken)).toBe(false);
	});

	test('carries licence, source, publisher and last-modified date', () => {
		expect(data.license).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
		expect(data.source).toContain('Direcció General de Joventut');
		expect(data.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

test('counts match the site', () => {
	const actions = json('dades/actuacions.json');
	expect(actions.count).toBe(model.actions.length);
	expect(actions.actions.map((a: { number: number }) => a.number)).toEqual(model.actions.map((a) => a.number));
	for (const a of actions.actions) expect(existsSync(join(DIST, 'actuacions', a.slug, 'index.html')), a.slug).toBe(true);
	const experiences = json('dades/experiencies.json');
	expect(experiences.count).toBe(model.experiences.length);
	const taxonomy = json('dades/taxonomia.json');
	expect(taxonomy.strategies.map((s: { id: string }) => s.id)).toEqual(model.strategies.map((s) => s.id));
	const csv = readFileSync(join(DIST, 'dades/actuacions.csv'), 'utf8').trim().split('\r\n');
	expect(csv[0]).toMatch(/^numero,titol,resum,/);
	expect(csv).toHaveLength(model.actions.length + 1);
	expect(readFileSync(join(DIST, 'dades/experiencies.csv'), 'utf8').trim().split('\r\n')).toHaveLength(model.experiences.length + 1);
});

test('each action record lists the experiences that cite it and the seven parts', () => {
	for (const record of json('dades/actuacions.json').actions) {
		expect(record.experiences.sort()).toEqual(model.experiences.filter((e) => e.actions.includes(record.number)).map((e) => e.slug).sort());
		expect(Object.keys(record.sections)).toEqual(['descripcio', 'destinataris', 'objectius', 'metodologia', 'agents', 'rol-joventut', 'experiencies']);
	}
});

test('the DCAT record describes every distribution, with licence and date', () => {
	const record = json('dades/cataleg.jsonld');
	expect(record['@type']).toBe('dcat:Catalog');
	expect(record['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
	expect(record['dct:modified']).toBe(json('dades/actuacions.json').modified >= json('dades/experiencies.json').modified ? json('dades/actuacions.json').modified : json('dades/experiencies.json').modified);
	const paths: string[] = record['dcat:dataset']['dcat:distribution'].map((d: { 'dcat:downloadURL': { '@id': string } }) => new URL(d['dcat:downloadURL']['@id']).pathname);
	for (const path of paths) expect(existsSync(join(DIST, path)), path).toBe(true);
	// Every data file the site publishes, each once (the record itself aside).
	const files = readdirSync(join(DIST, 'dades'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f) && f !== 'cataleg.jsonld');
	expect(files.length).toBeGreaterThan(0);
	expect(paths.toSorted()).toEqual(files.map((f) => `/dades/${f}`).toSorted());
});

test('the "Dades obertes" page links every file and gives the counts', () => {
	const main = readPage('/dades-obertes/').querySelector('main')!;
	const links = main.querySelectorAll('table a').map((a) => a.getAttribute('href'));
	expect(links).toContain('/dades/actuacions.json');
	expect(links).toContain('/dades/esquemes/actuacions.schema.json');
	const row = main.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map(text)).find((cells) => cells[0] === 'actuacions.json');
	expect(row).toEqual(['actuacions.json', 'JSON', String(model.actions.length)]);
});
