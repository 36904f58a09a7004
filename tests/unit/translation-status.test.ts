/** `npm run translations` on a small git repository whose history we control. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { translationStatus } from '../../scripts/lib/translation-status.ts';
import { ROOT } from '../helpers/paths.ts';

function repo(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'emc-tr-'));
	execFileSync('git', ['init', '-q'], { cwd: root });
	return { root, commit: (changes: Record<string, string>, date: string) => {
		for (const [path, text] of Object.entries(changes)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		execFileSync('git', ['add', '-A'], { cwd: root });
		const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
		execFileSync('git', ['commit', '-qm', 'c'], { cwd: root, env });
	}, files };
}

test('reports missing pages, missing UI strings and outdated translations', () => {
	const { root, commit } = repo({});
	commit({
		'content/docs/index.mdx': 'ca', 'content/docs/guia/objectius.mdx': 'ca',
		'content/actuacions/suport-escolar.mdx': 'ca',
		'content/docs/es/index.mdx': 'es', 'content/docs/en/index.mdx': 'en',
		'content/docs/es/guia/objectius.mdx': 'es', 'content/docs/en/guia/objectius.mdx': 'en',
		'content/actuacions/es/suport-escolar.mdx': 'es',
		'content/i18n/ca.json': '{"a":"A","b":"B"}', 'content/i18n/es.json': '{"a":"A","b":"B"}', 'content/i18n/en.json': '{"a":"A"}',
	}, '2026-01-01T10:00:00Z');
	commit({ 'content/docs/guia/objectius.mdx': 'ca, revisat' }, '2026-03-01T10:00:00Z');

	const status = translationStatus(root);
	expect(status.missing).toEqual([{ locale: 'en', source: 'content/actuacions/suport-escolar.mdx', translation: 'content/actuacions/en/suport-escolar.mdx' }]);
	expect(status.missingKeys).toEqual([{ locale: 'en', key: 'b' }]);
	expect(status.outdated.map((o) => [o.locale, o.translation, o.sourceDate, o.translationDate])).toEqual([
		['es', 'content/docs/es/guia/objectius.mdx', '2026-03-01', '2026-01-01'],
		['en', 'content/docs/en/guia/objectius.mdx', '2026-03-01', '2026-01-01'],
	]);

	const cli = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/translation-status.ts'), root], { encoding: 'utf8' });
	expect(cli.status).toBe(1);
	expect(cli.stdout).toContain('✗ Falta 1 traducció:\n  en  content/actuacions/en/suport-escolar.mdx  (original: content/actuacions/suport-escolar.mdx)');
	expect(cli.stdout).toContain("⚠ 2 traduccions són més antigues que l'original");
	expect(cli.stdout).toContain('✗ Falta 1 text de la interfície:\n  en  content/i18n/en.json: «b»');
});

test('an outdated translation alone is reported but does not fail', () => {
	const { root, commit } = repo({});
	commit({ 'content/docs/index.mdx': 'ca', 'content/docs/es/index.mdx': 'es', 'content/docs/en/index.mdx': 'en' }, '2026-01-01T10:00:00Z');
	commit({ 'content/docs/index.mdx': 'ca 2' }, '2026-02-01T10:00:00Z');
	const cli = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/translation-status.ts'), root], { encoding: 'utf8' });
	expect(cli.status).toBe(0);
	expect(cli.stdout).toContain("⚠ 2 traduccions són més antigues que l'original");
});

test('the published catalogue has every page and UI string in Spanish and English (CI gate)', () => {
	const status = translationStatus(ROOT);
	expect(status.missing, status.missing.map((m) => JSON.stringify(m)).join('\n')).toEqual([]);
	expect(status.missingKeys).toEqual([]);
	const run = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/translation-status.ts')], { cwd: ROOT, encoding: 'utf8' });
	expect(run.status, run.stdout + run.stderr).toBe(0);
});
