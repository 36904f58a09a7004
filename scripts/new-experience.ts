#!/usr/bin/env node
/**
 * npm run new:experience — creates a new experience from the template. Asks for what is missing
 * when run in a terminal; otherwise takes flags:
 *
 *   npm run new:experience -- --title "Títol en català" --actions 20,18 --language ca \
 *     --place "Vilanova" --region "Garraf" --country Espanya --promoter "Ajuntament de Vilanova" \
 *     --date 2024-05 --publisher "Ajuntament de Vilanova" --source-date 2024-06-01 [--url https://…]
 *
 * The file it writes passes `npm run validate` as written; then replace the placeholder text.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_PATHS, listMdx, readMdx } from '../src/lib/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validation/index.ts';
import { SOURCE_LANGUAGES } from '../src/schemas/experiences.ts';
import { EXPERIENCE_SECTIONS } from '../src/schemas/sections.ts';
import { toFrontmatter } from './lib/frontmatter.ts';
import { Asker, list, parseFlags, slugify, today, type Choice } from './lib/prompt.ts';

const root = process.env.CONTENT_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const flags = parseFlags(process.argv.slice(2));
const ask = new Asker();
const fail = (message: string): never => {
	console.error(`✗ ${message}`);
	process.exit(1);
};

const actions: Choice[] = listMdx(root, CONTENT_PATHS.actions)
	.map((p) => readMdx(root, p).data as { number: number; title: string })
	.sort((a, b) => a.number - b.number)
	.map((a) => ({ id: String(a.number), label: `${a.number}. ${a.title}` }));

const value = async (flag: string, question: string, fallback?: string) => {
	const v = typeof flags[flag] === 'string' ? (flags[flag] as string) : await ask.text(question, fallback);
	return v.trim() || fail(`Falta --${flag}.`);
};

const title = await value('title', 'Títol de l’experiència, en català');
const given = list(flags.actions);
const chosen = given.length ? given : await ask.choose('Actuacions que il·lustra:', actions, true);
if (!chosen.length) fail(`Falta --actions. Números possibles: ${actions.map((a) => a.id).join(', ')}.`);
const unknown = chosen.filter((n) => !actions.some((a) => a.id === n));
if (unknown.length) fail(`--actions: no hi ha cap actuació amb el número ${unknown.join(', ')}. Números possibles: ${actions.map((a) => a.id).join(', ')}.`);
const language = await value('language', `Llengua de la font (${SOURCE_LANGUAGES.join(', ')})`, 'ca');
if (!(SOURCE_LANGUAGES as readonly string[]).includes(language)) fail(`--language: «${language}» no és vàlida. Valors: ${SOURCE_LANGUAGES.join(', ')}.`);
const place = await value('place', 'Municipi o ens');
const region = await value('region', 'Comarca o regió');
const country = await value('country', 'País', 'Espanya');
const promoter = await value('promoter', 'Qui la va impulsar');
const date = await value('date', 'Quan (AAAA-MM o AAAA-MM-DD)');
const publisher = await value('publisher', 'Qui ho va publicar');
const sourceDate = await value('source-date', 'Data de la publicació (AAAA-MM o AAAA-MM-DD)', date);
const url = typeof flags.url === 'string' ? flags.url : undefined;
const by = typeof flags.by === 'string' ? flags.by : 'Equip editorial del catàleg';
ask.close();

const slug = typeof flags.slug === 'string' ? flags.slug : slugify(`${place} ${title}`);
const file = join(CONTENT_PATHS.experiences, `${slug}.mdx`);
if (existsSync(join(root, file))) fail(`Ja existeix ${file}. Trieu un altre títol o --slug.`);

const frontmatter = {
	title,
	language,
	place: { name: place, region, country },
	promoter,
	date,
	source: { publisher, date: sourceDate, ...(url ? { url } : {}) },
	actions: chosen.map(Number),
	chapters: [],
	summary: 'Resum provisional. Expliqueu en dues o tres frases què es va fer, on i amb quin resultat.',
	reviewed: { date: today(), by },
};
const placeholders: Record<string, string> = {
	'que-es-va-fer': 'Expliqueu el projecte amb les vostres paraules: qui, què, quan, amb qui i amb quins recursos.',
	rellevancia: 'Expliqueu per què interessa a una àrea de joventut i com es relaciona amb les actuacions.',
	aprenentatges: 'Resumiu què en pot aprofitar un altre municipi: condicions, dificultats i consells.',
};
const body = EXPERIENCE_SECTIONS.map((s) => `## ${s.heading.ca}\n\n${placeholders[s.id]}\n`).join('\n');
writeFileSync(join(root, file), `${toFrontmatter(frontmatter)}\n${body}`);

const problems = validateContent(root).filter((p) => p.file === file);
if (problems.length) fail(`El fitxer creat té problemes:\n${formatProblems(problems)}`);
console.log(`✓ Creat ${file}.`);
console.log('  Substituïu els textos provisionals. No inventeu cap adreça web: si la font no en té, deixeu només l’editor i la data.');
console.log(`  Vista prèvia: npm run dev i obriu http://localhost:4321/experiencies/${slug}/`);
