#!/usr/bin/env node
/**
 * npm run new:experience — creates a new experience from the template. Asks for what is missing
 * when run in a terminal; otherwise takes flags:
 *
 *   npm run new:experience -- --title "Títol en català" --actions 20,18 --language ca \
 *     --place "Vilanova i la Geltrú" --comarca garraf --ownership ajuntament \
 *     --promoter "Ajuntament de Vilanova i la Geltrú" --for-whom "Joves de 16 a 20 anys sense el graduat" \
 *     --url https://… --publisher "Ajuntament de Vilanova i la Geltrú" [--date 2024-05] [--source-date 2024-06-01]
 *
 * Only what the source says: `--date` and `--source-date` are optional because a page may not
 * give them. The file it writes passes `npm run validate` as written; then replace the
 * placeholder text.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_PATHS, listMdx, readKnownIds, readMdx } from '../src/lib/content-files.ts';
import { formatProblems, validateContent } from '../src/lib/validation/index.ts';
import { OWNERSHIPS, SOURCE_LANGUAGES } from '../src/schemas/experiences.ts';
import { EXPERIENCE_SECTIONS } from '../src/schemas/sections.ts';
import { toFrontmatter } from './lib/frontmatter.ts';
import { slugify } from '../src/lib/slug.ts';
import { Asker, list, parseFlags, TO_DO, today, type Choice } from './lib/prompt.ts';

const root = process.env.CONTENT_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const USAGE = `Ús: npm run new:experience -- [opcions]

Crea una experiència nova a content/experiencies/. Al terminal pregunta el que falti; sense
terminal, cal donar-ho tot amb opcions. Escriviu només el que diu la font.

  --title "Títol"           títol en català, amb paraules vostres
  --actions N,N             números de les actuacions que il·lustra, la principal primer
  --language ca|es|…        llengua de la font
  --place "Municipi"        municipi o ens
  --comarca ID              comarca (content/vocabularis/comarques.yaml)
  --ownership ID            titularitat: ajuntament, diversos-ajuntaments, consell-comarcal, altre-ens
  --promoter "Qui"          qui la va impulsar
  --for-whom "Per a qui"    per a qui, en una frase
  --url https://…           adreça de la font, copiada del navegador
  --publisher "Qui"         qui ho va publicar
  --date AAAA[-MM[-DD]]     quan es va fer (si la font ho diu)
  --source-date AAAA-MM-DD  data de la publicació (si la font en té)
  --slug nom-del-fitxer     nom del fitxer
  --by "Nom"                qui la redacta
  -h, --help                mostra aquesta ajuda`;
const flags = parseFlags(process.argv.slice(2), ['title', 'actions', 'language', 'place', 'comarca', 'ownership', 'promoter', 'for-whom', 'url', 'publisher', 'date', 'source-date', 'slug', 'by'], USAGE);
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
const optional = async (flag: string, question: string) => (typeof flags[flag] === 'string' ? (flags[flag] as string) : await ask.text(question)).trim() || undefined;
const oneOf = async (flag: string, question: string, allowed: readonly string[]) => {
	const v = await value(flag, `${question} (${allowed.join(', ')})`);
	return allowed.includes(v) ? v : fail(`--${flag}: «${v}» no és vàlid. Valors: ${allowed.join(', ')}.`);
};
const place = await value('place', 'Municipi o ens');
const comarca = await oneOf('comarca', 'Comarca', readKnownIds(root).comarques);
const ownership = await oneOf('ownership', 'Titularitat', OWNERSHIPS);
const promoter = await value('promoter', 'Qui la va impulsar');
const forWhom = await value('for-whom', 'Per a qui, en una frase');
const url = await value('url', 'Adreça https:// de la font (copiada del navegador, mai inventada)');
const publisher = await value('publisher', 'Qui ho va publicar');
const date = await optional('date', 'Quan es va fer (AAAA, AAAA-MM o AAAA-MM-DD; buit si la font no ho diu)');
const sourceDate = await optional('source-date', 'Data de la publicació (buit si la font no en té)');
const by = typeof flags.by === 'string' ? flags.by : 'Equip editorial del catàleg';
ask.close();

const slug = typeof flags.slug === 'string' ? flags.slug : slugify(`${place} ${title}`);
const file = join(CONTENT_PATHS.experiences, `${slug}.mdx`);
if (existsSync(join(root, file))) fail(`Ja existeix ${file}. Trieu un altre títol o --slug.`);

const frontmatter = {
	title,
	language,
	place: { name: place, comarca },
	ownership,
	promoter,
	...(date ? { date } : {}),
	forWhom,
	source: { url, publisher, ...(sourceDate ? { date: sourceDate } : {}), checked: today() },
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

const problems = validateContent(root).filter((p) => p.file === file && !TO_DO.has(p.code));
if (problems.length) fail(`El fitxer creat té problemes:\n${formatProblems(problems)}`);
console.log(`✓ Creat ${file}.`);
console.log('  Substituïu els textos provisionals amb fets de la font. Si la font no dona una dada (població, cost, data), deixeu el camp fora.');
console.log(`  Vista prèvia: npm run dev i obriu http://localhost:4321/experiencies/${slug}/`);
