/**
 * Runs the content safety checks (`checkSource` and `checkMdxSafety`, the same functions as
 * `npm run validate`) on every compile of a content file: in `astro dev`, each time a file is
 * saved and rendered, as in the build. MDX compiles to code, so a file that breaks a rule must
 * fail here, before that code exists; a check at start-up alone would let code added while the
 * dev server runs execute. The error is the same Catalan report `npm run validate` prints.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkMdxSafety, checkSource } from '../validation/markdown.ts';
import { formatProblems } from '../validation/problems.ts';

export class ContentSafetyError extends Error {
	override name = 'ContentSafetyError';
}

export function remarkContentSafety() {
	return (tree: Root, file: VFile) => {
		const path = file.path?.split('\\').join('/');
		if (!path || !/\/content\//.test(path)) return;
		const rel = relative(file.cwd, path).split('\\').join('/');
		// Astro blanks the frontmatter but keeps its lines, so positions are lines of the file.
		const problems = [...checkSource(rel, String(file.value ?? '')), ...checkMdxSafety(rel, tree, 1)];
		if (problems.length) throw new ContentSafetyError(`El contingut té errors i no es pot mostrar:\n\n${formatProblems(problems)}`);
	};
}
