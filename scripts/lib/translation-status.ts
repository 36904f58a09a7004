/**
 * Which translations are missing, and which are older than their Catalan source. "Older" means
 * the source's last commit is newer than the translation's (or, for files not committed yet,
 * their modification time). UI strings count too: every key of ca.json must exist in es and en.
 */
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TRANSLATION_LOCALES } from '../../src/schemas/translations.ts';
import { lastCommitDate, uncommittedFiles } from '../../src/lib/git-dates.ts';
import { contentExists, readUiStrings, translationPairs } from '../../src/lib/content-files.ts';

export interface TranslationGap {
	locale: string;
	source: string;
	translation: string;
}
export interface OutdatedTranslation extends TranslationGap {
	sourceDate: string;
	translationDate: string;
}

/** When a file last changed: its last commit, or its modification time while it has uncommitted changes. */
function lastChange(root: string, file: string, uncommitted: Set<string>): number {
	const committed = uncommitted.has(file) ? undefined : lastCommitDate(root, file);
	return committed?.getTime() ?? statSync(join(root, file)).mtimeMs;
}

/** The singular or the plural, by count: «Falta 1 traducció», «Falten 2 traduccions». */
const count = (n: number, one: string, many: string) => (n === 1 ? one : many);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function translationStatus(root: string) {
	const missing: TranslationGap[] = [];
	const outdated: OutdatedTranslation[] = [];
	const missingKeys: { locale: string; key: string }[] = [];
	const ca = readUiStrings(root, 'ca') ?? {};
	const uncommitted = uncommittedFiles(root);
	for (const locale of TRANSLATION_LOCALES) {
		for (const { source, translation } of translationPairs(root, locale)) {
			if (!contentExists(root, translation)) {
				missing.push({ locale, source, translation });
				continue;
			}
			const s = lastChange(root, source, uncommitted);
			const t = lastChange(root, translation, uncommitted);
			if (s > t) outdated.push({ locale, source, translation, sourceDate: day(s), translationDate: day(t) });
		}
		const strings = readUiStrings(root, locale) ?? {};
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
