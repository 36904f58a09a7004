#!/usr/bin/env node
/**
 * npm run translations — lists pages missing in Spanish or English, UI strings missing in
 * content/i18n/, and translations older than their Catalan source. Exits with 1 when something
 * is missing (CI fails); a translation that is only older is reported but does not fail.
 */
import { fileURLToPath } from 'node:url';
import { formatStatus, translationStatus } from './lib/translation-status.ts';

const root = process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url));
const status = translationStatus(root);
console.log(formatStatus(status, root));
if (status.missing.length || status.missingKeys.length) {
	console.log('Com arreglar-ho: creeu els fitxers que falten (CONTRIBUTING.md, recepta 6) o afegiu les claus que falten.');
	process.exit(1);
}
