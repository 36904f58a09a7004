#!/usr/bin/env node
/**
 * npm run validate — checks every content file in seconds, without building the site.
 * Prints every problem at once (file, line, field, value, allowed values and how to fix it) and
 * exits with 1 when there is any. The build runs the same checks before it starts.
 *
 *   npm run validate          check everything
 *   npm run validate -- --fix first rewrite what is safe to fix (key order, whitespace;
 *                             see scripts/lib/fix-content.ts), then check
 *   npm run fix:content       the same as --fix
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../src/lib/validation/index.ts';
import { fixContent } from './lib/fix-content.ts';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('..', import.meta.url));
if (args.includes('--fix')) {
	const fixed = fixContent(root);
	for (const file of fixed) console.log(`✎ Arreglat ${file} (ordre dels camps i espais).`);
	if (!fixed.length) console.log('Res a arreglar automàticament.');
}
const start = performance.now();
const problems = validateContent(root);
const ms = Math.round(performance.now() - start);

if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(`✓ Contingut correcte (${ms} ms).`);
