/**
 * Builds a throw-away copy of the site with other content (a fixture, or the real content
 * changed on purpose), to test what a build does with it. Copies live in tests/.tmp/ inside the
 * repository, so they resolve the project's own node_modules (a symlink confuses Vite).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** A new empty folder in tests/.tmp/ (created on a fresh clone, where it does not exist yet). */
export function tempDir(prefix: string): string {
	mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
	return mkdtempSync(join(ROOT, 'tests/.tmp', prefix));
}

export function makeProject(content: string): string {
	const dir = tempDir('site-');
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
		if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	cpSync(content, join(dir, 'content'), { recursive: true });
	// UI strings are part of the site, not of a content scenario: use the real ones when a fixture has none.
	if (!existsSync(join(dir, 'content/i18n'))) cpSync(join(ROOT, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
	return dir;
}

/** Variables Vitest sets for its own Vite (BASE_URL, MODE, NODE_ENV=test…) must not leak into a real build. */
const TEST_ONLY_ENV = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** The environment for an `astro` command in a fixture project: ours, without Vitest's. */
export function astroEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
	const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_ONLY_ENV.test(key)));
	return { ...clean, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ...env };
}

export function buildProject(dir: string, env: Record<string, string> = {}) {
	const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
		cwd: dir,
		env: astroEnv(env),
		encoding: 'utf8',
		timeout: 300_000,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(dir, 'dist') };
}
