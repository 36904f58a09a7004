import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { APPROVED_COMPONENTS } from '../../src/components/approved.ts';
import { isStale } from '../../src/lib/freshness.ts';
import { ROOT } from '../helpers/paths.ts';

test('the one import path re-exports exactly the approved components', () => {
	const source = readFileSync(join(ROOT, 'src/components/index.ts'), 'utf8');
	const exported = [...source.matchAll(/^export \{([^}]+)\}/gm)]
		.flatMap((m) => m[1]!.split(','))
		.map((s) => s.trim().replace(/^default as /, ''))
		.filter(Boolean);
	expect(exported.sort()).toEqual([...APPROVED_COMPONENTS].sort());
});

test('a sheet is due for review 24 months after its last one', () => {
	const reviewed = new Date('2024-03-15T00:00:00Z');
	expect(isStale(reviewed, new Date('2026-03-15T00:00:00Z'))).toBe(false);
	expect(isStale(reviewed, new Date('2026-03-16T00:00:00Z'))).toBe(true);
	expect(isStale(reviewed, new Date('2025-01-01T00:00:00Z'))).toBe(false);
});
