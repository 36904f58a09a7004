/**
 * Runs the content checks (`npm run validate`) before every build and dev server start, so a
 * build never publishes broken content. On any problem it prints the same Catalan report and
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
				const problems = validateContent(fileURLToPath(config.root));
				if (!problems.length) return;
				logger.error(`El contingut té errors i el lloc no es pot construir:\n\n${formatProblems(problems)}`);
				process.exit(1);
			},
		},
	};
}
