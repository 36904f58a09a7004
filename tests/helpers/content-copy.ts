/** Copies a fixture's content folder to a temporary project root, to break it on purpose. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent, type Problem } from '../../src/lib/validation/index.ts';
import { FIXTURES } from './paths.ts';

/** The valid fixture's files the validation tests break. */
export const FIXTURE_FILES = {
	action: 'content/actuacions/suport-escolar.mdx',
	other: 'content/actuacions/aules-estudi.mdx',
	translation: 'content/actuacions/es/suport-escolar.mdx',
	experience: 'content/experiencies/sala-estudi-exemple.mdx',
	chapter: 'content/docs/guia/objectius.mdx',
	home: 'content/docs/index.mdx',
} as const;

/** Validates a copy of the valid fixture after `mutate` has broken it. */
export function validateBroken(mutate: (root: string) => void): Problem[] {
	const root = copyFixture();
	mutate(root);
	return validateContent(root);
}

export function copyFixture(name = 'valid'): string {
	const root = mkdtempSync(join(tmpdir(), `emc-${name}-`));
	cpSync(join(FIXTURES, name, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

/** Replaces `from` with `to` in a file of the copy; fails loudly if `from` is not there. */
export function edit(root: string, file: string, from: string | RegExp, to: string) {
	const path = join(root, file);
	const source = readFileSync(path, 'utf8');
	const next = source.replace(from, to);
	if (next === source) throw new Error(`La prova no ha pogut editar ${file}: no hi ha «${String(from)}».`);
	writeFileSync(path, next);
}

export function write(root: string, file: string, text: string) {
	writeFileSync(join(root, file), text);
}

/** The 1-based line of the valid fixture's `file` that contains `needle`. */
export function fixtureLine(file: string, needle: string): number {
	const index = readFileSync(join(FIXTURES, 'valid', file), 'utf8').split('\n').findIndex((l) => l.includes(needle));
	if (index < 0) throw new Error(`La prova no troba «${needle}» a ${file}.`);
	return index + 1;
}
