/**
 * Runs the content checks (`npm run validate`) before every build and dev server start, so a
 * build never publishes broken content. A draft that is not ready to publish yet (short, not
 * translated, not in the URL contract) still builds, for preview; `npm run validate` and CI say so. On any problem it prints the same Catalan report and
 * stops, without a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../lib/validation/index.ts';

export default function contentValidation(): AstroIntegration {
	return {
		name: 'content-validation',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				// What would break the site; `npm run validate` also checks what publishing asks (depth, translations, URLs).
				const problems = validateContent(fileURLToPath(config.root), { stage: 'build' });
				if (!problems.length) return;
				logger.error(`El contingut té errors i el lloc no es pot construir:\n\n${formatProblems(problems)}`);
				process.exit(1);
			},
		},
	};
}
