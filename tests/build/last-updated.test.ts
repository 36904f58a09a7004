/**
 * Chapters and site pages show when they last changed: the date of the newest commit of their
 * content file, in every language (a translation dates from its own file).
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { CONTENT_PATHS, listMdx } from '../../src/lib/content-files.ts';
import { readPage } from '../helpers/html.ts';
import { ROOT } from '../helpers/paths.ts';

const PAGES = ['', 'es', 'en'].flatMap((locale) =>
	[...listMdx(ROOT, locale ? `${CONTENT_PATHS.docs}/${locale}` : CONTENT_PATHS.docs), ...listMdx(ROOT, locale ? `${CONTENT_PATHS.docs}/${locale}/guia` : CONTENT_PATHS.chapters)].map((file) => {
		const slug = file.replace(/^content\/docs\//, '').replace(/\.mdx$/, '').replace(/(^|\/)index$/, '');
		return [`/${slug}${slug ? '/' : ''}`, file] as const;
	}),
);

test('every site page and chapter, in each language, has a page to date', () => {
	expect(PAGES.length).toBeGreaterThan(20);
	expect(PAGES.map(([url]) => url)).toEqual(expect.arrayContaining(['/', '/guia/objectius/', '/es/sobre/', '/en/guia/objectius/']));
});

test.each(PAGES)('%s shows the date of the last commit of %s', (url, file) => {
	const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();
	expect(committed, `${file} is not in git`).not.toBe('');
	const time = readPage(url).querySelector('footer time, .meta time');
	expect(time, 'no last-updated date').not.toBeNull();
	expect(new Date(time!.getAttribute('datetime')!).getTime()).toBe(new Date(committed).getTime());
});
