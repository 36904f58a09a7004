#!/usr/bin/env node
/**
 * npm run new:action — creates a new action sheet from the template, with the next free number.
 * Asks for what is missing when run in a terminal; otherwise takes flags:
 *
 *   npm run new:action -- --title "Títol" --strategy cooperacio-territorial \
 *     --audiences joves-16-29 --agents joventut,educacio --scales municipi [--number 29] [--by "Nom"]
 *
 * The file it writes is well formed; `npm run validate` then lists what is left before it can be
 * published: the text of each section, the translations and the URL contract.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_PATHS, listMdx, readMdx, readYamlList } from '../src/lib/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validation/index.ts';
import { ACTION_SECTIONS } from '../src/schemas/sections.ts';
import { GUIDE } from '../src/schemas/guide.ts';
import { toFrontmatter } from './lib/frontmatter.ts';
import { slugify } from '../src/lib/slug.ts';
import { Asker, list, parseFlags, TO_DO, today, type Choice } from './lib/prompt.ts';

const root = process.env.CONTENT_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const USAGE = `Ús: npm run new:action -- [opcions]

Crea una fitxa d'actuació nova a content/actuacions/, amb el primer número lliure.
Al terminal pregunta el que falti; sense terminal, cal donar-ho tot amb opcions.

  --title "Títol"           títol de l'actuació
  --strategy ID             estratègia (content/taxonomia/estrategies.yaml)
  --audiences ID,ID         persones destinatàries (content/vocabularis/destinataris.yaml)
  --agents ID,ID            agents implicats (content/vocabularis/agents.yaml)
  --scales ID,ID            escales territorials (content/vocabularis/escales.yaml)
  --number N                número (per defecte, el primer lliure)
  --slug nom-del-fitxer     nom del fitxer (per defecte, el títol amb guionets)
  --by "Nom"                qui la redacta
  -h, --help                mostra aquesta ajuda`;
const flags = parseFlags(process.argv.slice(2), ['title', 'strategy', 'audiences', 'agents', 'scales', 'number', 'slug', 'by'], USAGE);
const ask = new Asker();

const terms = (path: string): Choice[] =>
	readYamlList(root, path).entries.map((e) => {
		const d = e.data as { id: string; name: { ca: string } };
		return { id: d.id, label: d.name.ca };
	});
const strategies = terms(CONTENT_PATHS.strategies);
const audiences = terms(CONTENT_PATHS.audiences);
const agents = terms(CONTENT_PATHS.agents);
const scales = terms(CONTENT_PATHS.scales);
const numbers = listMdx(root, CONTENT_PATHS.actions).map((p) => (readMdx(root, p).data as { number?: number } | undefined)?.number ?? 0);
// Numbers up to GUIDE.minActions belong to the guide's actions, even those not in the catalogue yet.
const nextNumber = Math.max(GUIDE.minActions, ...numbers) + 1;

const fail = (message: string): never => {
	console.error(`✗ ${message}`);
	process.exit(1);
};

const title = (typeof flags.title === 'string' ? flags.title : await ask.text('Títol de l’actuació')).trim() || fail('Falta el títol: --title "…".');
const number = Number(typeof flags.number === 'string' ? flags.number : nextNumber);
if (!Number.isInteger(number) || number < 1) fail(`El número «${flags.number}» no és vàlid.`);
if (numbers.includes(number)) fail(`El número ${number} ja existeix. El primer número lliure és ${nextNumber}.`);

async function pick(flag: string, question: string, choices: Choice[], multiple: boolean): Promise<string[]> {
	const given = list(flags[flag]);
	const chosen = given.length ? given : await ask.choose(question, choices, multiple);
	if (!chosen.length) fail(`Falta --${flag}. Valors possibles: ${choices.map((c) => c.id).join(', ')}.`);
	const unknown = chosen.filter((c) => !choices.some((x) => x.id === c));
	if (unknown.length) fail(`--${flag}: «${unknown.join(', ')}» no existeix. Valors possibles: ${choices.map((c) => c.id).join(', ')}.`);
	return chosen;
}

const strategy = (await pick('strategy', 'Estratègia:', strategies, false))[0]!;
const chosenAudiences = await pick('audiences', 'Persones destinatàries:', audiences, true);
const chosenAgents = await pick('agents', 'Agents implicats:', agents, true);
const chosenScales = await pick('scales', 'Escala territorial:', scales, true);
const by = typeof flags.by === 'string' ? flags.by : await ask.text('Qui la redacta', 'Equip editorial del catàleg');
ask.close();

const slug = typeof flags.slug === 'string' ? flags.slug : slugify(title);
const file = join(CONTENT_PATHS.actions, `${slug}.mdx`);
if (existsSync(join(root, file))) fail(`Ja existeix ${file}. Trieu un altre títol o --slug.`);

const frontmatter = {
	number,
	title,
	summary: 'Resum provisional. Expliqueu en una o dues frases què és aquesta actuació i per a què serveix.',
	strategy,
	audiences: chosenAudiences,
	agents: chosenAgents,
	scales: chosenScales,
	related: [],
	provenance: 'editorial',
	editorialSections: ACTION_SECTIONS.map((s) => s.id),
	// The decision facts (src/schemas/decision.ts): placeholders with the most cautious values, to
	// be replaced before publishing. The bands are defined on the page «Com llegir les fitxes».
	cost: { band: 'mitja', covers: 'Provisional: a què es destina la despesa (personal, materials, espais).' },
	staff: 'Provisional: quins perfils calen i amb quina dedicació, en paraules.',
	setupTime: { band: 'un-curs', note: 'Provisional: quan cal començar a preparar-la, segons el calendari escolar.' },
	scaleFit: { smallTown: 'amb-altres', cooperation: 'Provisional: quines formes de cooperació hi encaixen (conveni comarcal, servei mancomunat…).' },
	evidence: { level: 'sense-evidencia', summary: 'Provisional: encara no s’ha buscat cap avaluació. Substituïu-ho pel nivell i d’una a tres fonts llegides.', sources: [] },
	goals: ['exclusio'],
	indicators: [
		{ measure: 'Provisional: primer indicador', source: 'D’on surten les dades' },
		{ measure: 'Provisional: segon indicador', source: 'D’on surten les dades' },
		{ measure: 'Provisional: tercer indicador', source: 'D’on surten les dades' },
	],
	pitfalls: [
		'Provisional: primer error freqüent i com evitar-lo.',
		'Provisional: segon error freqüent i com evitar-lo.',
		'Provisional: tercer error freqüent i com evitar-lo.',
	],
	legalBasis: [{ title: "Llei 33/2010, de l'1 d'octubre, de polítiques de joventut", note: 'Provisional: què hi diu que importi per a aquesta actuació.' }],
	prerequisites: ['Provisional: què ha d’estar a punt abans de començar.'],
	factsChecked: today(),
	reviewed: { date: today(), by: by || 'Equip editorial del catàleg' },
};
const placeholders: Record<string, string> = {
	descripcio: "Expliqueu què és l'actuació, on es fa i com funciona, amb exemples concrets.",
	destinataris: 'Indiqueu a qui s’adreça: edats, situacions i perfils dels joves, famílies o professionals.',
	objectius: '- Primer objectiu, començant per un verb en infinitiu.\n- Segon objectiu.',
	metodologia: "Descriviu els passos per posar-la en marxa, l'organització i els recursos necessaris.",
	agents: 'Enumereu els serveis, els centres i les entitats que hi participen i què hi aporta cadascun.',
	'rol-joventut': "Expliqueu què fa l'àrea de joventut: impulsar, coordinar, detectar necessitats, difondre.",
	experiencies: 'Descriviu tipus d’experiències i recursos útils. Enllaceu només adreces oficials reals.',
};
const body = ACTION_SECTIONS.map((s) => `## ${s.heading.ca}\n\n${placeholders[s.id]}\n`).join('\n');
writeFileSync(join(root, file), `${toFrontmatter(frontmatter)}\n${body}`);

// What the editor still has to do (write the text, translate, record the URLs) is a to-do, not a fault of the template.
const all = validateContent(root).filter((p) => p.file === file);
const problems = all.filter((p) => !TO_DO.has(p.code));
if (problems.length) fail(`El fitxer creat té problemes:\n${formatProblems(problems)}`);
console.log(`✓ Creat ${file} (actuació ${number}).`);
console.log('  Substituïu els textos provisionals de cada secció, el resum i les dades per decidir (cost, equip, temps, evidència…),');
console.log('  i traieu de «editorialSections» les parts que surtin de la guia.');
console.log(`  Vista prèvia: npm run dev i obriu http://localhost:4321/actuacions/${slug}/`);
console.log(`  Abans de publicar-la, «npm run validate» ha de passar: ara hi queden ${all.length} ${all.length === 1 ? 'tasca' : 'tasques'} (text de cada secció, traduccions, adreces al contracte).`);
