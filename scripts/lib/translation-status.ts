/**
 * Which translations are missing, and which are older than their Catalan source. "Older" means
 * the source's last commit is newer than the translation's (or, for files not committed yet,
 * their modification time). UI strings count too: every key of ca.json must exist in es and en.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TRANSLATION_LOCALES } from '../../src/schemas/translations.ts';

export interface TranslationGap {
	locale: string;
	source: string;
	translation: string;
}
export interface OutdatedTranslation extends TranslationGap {
	sourceDate: string;
	translationDate: string;
}

function mdxFiles(root: string, dir: string, skip: readonly string[] = []): string[] {
	const abs = join(root, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs, { withFileTypes: true }).flatMap((d) => {
		const rel = `${dir}/${d.name}`;
		if (d.isDirectory()) return skip.includes(d.name) ? [] : mdxFiles(root, rel, []);
		return /\.mdx?$/.test(d.name) ? [rel] : [];
	});
}

/** Pairs of (Catalan source, expected translation path) for one language. */
export function translationPairs(root: string, locale: string): { source: string; translation: string }[] {
	const docs = mdxFiles(root, 'content/docs', TRANSLATION_LOCALES).map((source) => ({ source, translation: source.replace('content/docs/', `content/docs/${locale}/`) }));
	const sheets = ['content/actuacions', 'content/experiencies'].flatMap((dir) =>
		existsSync(join(root, dir))
			? readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx')).map((f) => ({ source: `${dir}/${f}`, translation: `${dir}/${locale}/${f}` }))
			: [],
	);
	return [...docs, ...sheets];
}

function lastChange(root: string, file: string): number {
	try {
		const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		if (out && !dirty) return Number(out) * 1000;
	} catch {
		// Not a git checkout: fall back to the file's modification time.
	}
	return statSync(join(root, file)).mtimeMs;
}

/** The singular or the plural, by count: «Falta 1 traducció», «Falten 2 traduccions». */
const count = (n: number, one: string, many: string) => (n === 1 ? one : many);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function translationStatus(root: string) {
	const missing: TranslationGap[] = [];
	const outdated: OutdatedTranslation[] = [];
	const missingKeys: { locale: string; key: string }[] = [];
	const caFile = join(root, 'content/i18n/ca.json');
	const ca = existsSync(caFile) ? (JSON.parse(readFileSync(caFile, 'utf8')) as Record<string, string>) : {};
	for (const locale of TRANSLATION_LOCALES) {
		for (const { source, translation } of translationPairs(root, locale)) {
			if (!existsSync(join(root, translation))) {
				missing.push({ locale, source, translation });
				continue;
			}
			const s = lastChange(root, source);
			const t = lastChange(root, translation);
			if (s > t) outdated.push({ locale, source, translation, sourceDate: day(s), translationDate: day(t) });
		}
		const file = join(root, `content/i18n/${locale}.json`);
		const strings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
		for (const key of Object.keys(ca)) if (!(key in strings)) missingKeys.push({ locale, key });
	}
	return { missing, outdated, missingKeys };
}

export function formatStatus(status: ReturnType<typeof translationStatus>, root: string): string {
	const lines: string[] = [];
	if (status.missing.length) {
		lines.push(`✗ ${count(status.missing.length, 'Falta', 'Falten')} ${status.missing.length} ${count(status.missing.length, 'traducció', 'traduccions')}:`);
		for (const m of status.missing) lines.push(`  ${m.locale}  ${m.translation}  (original: ${m.source})`);
	}
	if (status.missingKeys.length) {
		lines.push(`✗ ${count(status.missingKeys.length, 'Falta', 'Falten')} ${status.missingKeys.length} ${count(status.missingKeys.length, 'text', 'textos')} de la interfície:`);
		for (const k of status.missingKeys) lines.push(`  ${k.locale}  content/i18n/${k.locale}.json: «${k.key}»`);
	}
	if (status.outdated.length) {
		lines.push(`⚠ ${status.outdated.length} ${count(status.outdated.length, 'traducció és més antiga', 'traduccions són més antigues')} que l'original (reviseu-les):`);
		for (const o of status.outdated) lines.push(`  ${o.locale}  ${o.translation}  (original canviat el ${o.sourceDate}; traducció del ${o.translationDate})`);
	}
	if (!lines.length) lines.push(`✓ Totes les traduccions hi són i estan al dia (${relative(process.cwd(), root) || '.'}).`);
	return lines.join('\n');
}
