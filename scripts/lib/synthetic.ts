/**
 * Synthetic catalogues for the bench (`scripts/bench.ts`) and the tests of long lists: the real
 * taxonomy, vocabularies, chapters and UI strings, with N actions and N experiences made from the
 * real ones (reshuffled, renumbered, retitled), so that their text is realistic.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CONTENT_PATHS, listMdx, readMdx } from '../../src/lib/content-files.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// A small deterministic random generator, so runs are comparable.
let seed = 42;
export const resetRandom = () => void (seed = 42);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pickSome = <T>(list: T[], max: number) => [...list].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * max));

const ids = (file: string) => (parseYaml(readFileSync(join(ROOT, file), 'utf8')) as { id: string }[]).map((e) => e.id);
const strategies = ids(CONTENT_PATHS.strategies);
const audiences = ids(CONTENT_PATHS.audiences);
const agents = ids(CONTENT_PATHS.agents);
const scales = ids(CONTENT_PATHS.scales);
export const real = listMdx(ROOT, CONTENT_PATHS.actions).map((p) => readMdx(ROOT, p));
if (!real.length) throw new Error('Calen actuacions reals a content/actuacions/ per generar text realista.');
const realExperiences = listMdx(ROOT, CONTENT_PATHS.experiences).map((p) => readFileSync(join(ROOT, p), 'utf8'));
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

/** A real sheet with all its facts, renumbered, retitled and placed at random in the taxonomy. */
function syntheticAction(n: number): string {
	const model = real[n % real.length]!;
	const data = model.data as Record<string, unknown> & { title: string };
	const related = [...new Set([1 + Math.floor(random() * n), 1 + Math.floor(random() * n)])].filter((r) => r !== n && r >= 1);
	const body = unlink(model.body).replace(/^(## Metodologia\n\n)/m, `$1Paraula distintiva d'aquesta fitxa: ${word(n)}.\n\n`);
	const { aliases: _aliases, ...rest } = data;
	const front = {
		...rest,
		number: n,
		title: `${data.title} ${n}`,
		strategy: strategies[n % strategies.length],
		audiences: pickSome(audiences, 3),
		agents: pickSome(agents, 4),
		scales: pickSome(scales, 2),
		related,
		reviewed: { date: '2026-11-24', by: 'Banc de proves' },
	};
	return `---\n${stringifyYaml(front)}---\n${body}`;
}

/** A real experience, retitled and pointed at 1 or 2 of the N synthetic actions. */
function syntheticExperience(i: number, actions: number): string {
	const model = realExperiences[i % realExperiences.length]!;
	const linked = [...new Set([1 + Math.floor(random() * actions), 1 + Math.floor(random() * actions)])].slice(0, 1 + (i % 2));
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
	for (let i = 1; i <= n; i++) writeFileSync(join(dir, 'content/actuacions', `actuacio-${i}.mdx`), syntheticAction(i));
	for (let i = 1; i <= experiences; i++) writeFileSync(join(dir, 'content/experiencies', `experiencia-${i}.mdx`), syntheticExperience(i, n));
}
