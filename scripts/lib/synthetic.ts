/**
 * Synthetic catalogues for the bench (`scripts/bench.ts`) and the tests of long lists: the real
 * taxonomy, vocabularies, chapters and UI strings, with N actions and N experiences made from the
 * real ones (reshuffled, renumbered, retitled), so that their text is realistic.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify as stringifyYaml } from 'yaml';
import { CONTENT_PATHS, listMdx, readKnownIds, readMdx, readSource } from '../../src/lib/content-files.ts';
import { GUIDE_ACTIONS } from '../../src/lib/validation/guide-actions.ts';
import { GUIDE } from '../../src/schemas/guide.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// A small deterministic random generator, so runs are comparable.
let seed = 42;
export const resetRandom = () => void (seed = 42);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pickSome = <T>(list: T[], max: number) => [...list].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * max));

const { strategies, audiences, agents, scales } = readKnownIds(ROOT);
export const real = listMdx(ROOT, CONTENT_PATHS.actions).map((p) => readMdx(ROOT, p));
if (!real.length) throw new Error('Calen actuacions reals a content/actuacions/ per generar text realista.');
const realExperiences = listMdx(ROOT, CONTENT_PATHS.experiences).map((p) => readSource(ROOT, p));
if (!realExperiences.length) throw new Error('Calen experiències reals a content/experiencies/ per generar text realista.');

/** A word that only sheet `n` has, to search for. */
export const word = (n: number) => `sintetic${n.toString(36)}`;
/** Links to the real actions and experiences do not exist in a synthetic catalogue: keep their text. */
const unlink = (markdown: string) => markdown.replace(/\[([^\]]+)\]\(\/(?:(?:es|en)\/)?(?:actuacions|experiencies)\/[^)]*\)/g, '$1');

function unlinkTree(dir: string) {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) unlinkTree(p);
		else if (p.endsWith('.mdx')) writeFileSync(p, unlink(readFileSync(p, 'utf8')));
	}
}

/**
 * The numbers of a catalogue of `n` actions, as editors would give them: the guide's own actions
 * first (with their numbers and titles, which validate holds them to), then editorial actions
 * from the first free number on.
 */
export function syntheticNumbers(n: number): number[] {
	const guide = Object.keys(GUIDE_ACTIONS).map(Number).sort((a, b) => a - b);
	return Array.from({ length: n }, (_, i) => guide[i] ?? GUIDE.minActions + 1 + i - guide.length);
}

/**
 * Sheet `i` of the catalogue, numbered `numbers[i - 1]`: a guide action is its real sheet; an
 * editorial one is a real sheet retitled, its text all the editors' (no `:::guia` marks). Facts
 * are kept, the taxonomy is placed at random.
 */
function syntheticAction(i: number, numbers: number[]): string {
	const n = numbers[i - 1]!;
	const ownSheet = real.find((r) => (r.data as { number?: number }).number === n && (r.data as { provenance?: string }).provenance === 'guia');
	const model = ownSheet ?? real[i % real.length]!;
	const data = model.data as Record<string, unknown> & { title: string };
	const related = [...new Set([numbers[Math.floor(random() * i)]!, numbers[Math.floor(random() * i)]!])].filter((r) => r !== n);
	let body = unlink(model.body).replace(/^(## Metodologia\n\n)/m, `$1Paraula distintiva d'aquesta fitxa: ${word(n)}.\n\n`);
	if (!ownSheet) body = body.replace(/^:::(?:guia)?[ \t]*\n/gm, '');
	const { aliases: _aliases, guidePage: _guidePage, editorialSections: _editorialSections, ...rest } = data;
	const front = {
		...rest,
		...(ownSheet ? { guidePage: data.guidePage, editorialSections: data.editorialSections } : { provenance: 'editorial' }),
		number: n,
		title: ownSheet ? data.title : `${data.title} ${n}`,
		strategy: strategies[n % strategies.length],
		audiences: pickSome(audiences, 3),
		agents: pickSome(agents, 4),
		scales: pickSome(scales, 2),
		related,
		reviewed: { date: '2026-11-24', by: 'Banc de proves' },
	};
	return `---\n${stringifyYaml(front)}---\n${body}`;
}

/** A real experience, retitled and pointed at 1 or 2 of the synthetic actions. */
function syntheticExperience(i: number, numbers: number[]): string {
	const model = realExperiences[i % realExperiences.length]!;
	const pick = () => numbers[Math.floor(random() * numbers.length)]!;
	const linked = [...new Set([pick(), pick()])].slice(0, 1 + (i % 2));
	return unlink(model)
		.replace(/^title: (["']?)(.*?)\1$/m, (_, _q, title: string) => `title: "${title.replaceAll('"', "'")} ${i}"`)
		.replace(/^actions: \[.*\]$/m, `actions: [${linked.join(', ')}]`)
		.replace(/^aliases: .*\n/m, '')
		// Each source page is cited once in a catalogue: the copy cites a page of its own.
		.replace(/^(source:\n\s+url: )(\S+)$/m, `$1https://example.org/experiencia-${i}/`);
}

/** Writes a whole site to `dir`: our code, the real taxonomy and chapters, N actions and N experiences. */
export function writeSyntheticSite(dir: string, n: number, experiences = n) {
	resetRandom();
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	for (const folder of ['taxonomia', 'vocabularis', 'i18n', 'docs']) cpSync(join(ROOT, 'content', folder), join(dir, 'content', folder), { recursive: true });
	unlinkTree(join(dir, 'content/docs'));
	mkdirSync(join(dir, 'content/actuacions'), { recursive: true });
	mkdirSync(join(dir, 'content/experiencies'), { recursive: true });
	const numbers = syntheticNumbers(n);
	for (let i = 1; i <= n; i++) writeFileSync(join(dir, 'content/actuacions', `actuacio-${i}.mdx`), syntheticAction(i, numbers));
	for (let i = 1; i <= experiences; i++) writeFileSync(join(dir, 'content/experiencies', `experiencia-${i}.mdx`), syntheticExperience(i, numbers));
}
