#!/usr/bin/env node
/**
 * npm run validate — checks every content file in seconds, without building the site.
 * Prints every problem at once (file, line, field, value, allowed values and how to fix it) and
 * exits with 1 when there is any. The build runs the same checks before it starts.
 *
 *   npm run validate          check everything
 *   npm run fix:content       also rewrite what is safe to fix (see scripts/fix-content.ts)
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../src/lib/validation/index.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const start = performance.now();
const problems = validateContent(root);
const ms = Math.round(performance.now() - start);

if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(`✓ Contingut correcte (${ms} ms).`);
