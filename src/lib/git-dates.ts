/**
 * When each content file last changed, from git. Starlight dates pages only under
 * `src/content/docs/`, and ours live in `content/docs/`; the route middleware gives chapters and
 * site pages their date from here. One `git log` per build: a file outside git (a new file not yet
 * committed, or a copy of the site without its history) has no date, and the page shows none.
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, Map<string, Date>>();

function newestCommitDates(root: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let log = '';
	try {
		log = execFileSync('git', ['log', '--format=t:%ct', '--name-only', '--relative', '--', 'content'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
	} catch {
		return dates;
	}
	let time: Date | undefined;
	for (const line of log.split('\n')) {
		if (line.startsWith('t:')) time = new Date(Number(line.slice(2)) * 1000);
		// The log runs newest first: a file's first appearance is its newest change.
		else if (line && time && !dates.has(line)) dates.set(line, time);
	}
	return dates;
}

/** The date of the newest commit that changed `file` (relative to `root`), if git knows it. */
export function lastCommitDate(root: string, file: string): Date | undefined {
	if (!cache.has(root)) cache.set(root, newestCommitDates(root));
	return cache.get(root)!.get(file);
}

/** Content files that differ from the last commit or are not in git yet, relative to `root`. */
export function uncommittedFiles(root: string): Set<string> {
	const git = (args: string[]) => {
		try {
			return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter(Boolean);
		} catch {
			return [];
		}
	};
	return new Set([...git(['diff', '--name-only', '--relative', 'HEAD', '--', 'content']), ...git(['ls-files', '--others', '--exclude-standard', '--', 'content'])]);
}
