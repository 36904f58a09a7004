/**
 * The built-site link check, on small fixture sites: it must fail on a broken link, a broken
 * anchor, a broken link in a generated page and an unsafe link, and pass a clean site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { checkLinks, sourceOf } from '../../src/integrations/link-check.ts';
import { tempDir } from '../helpers/fixture-project.ts';

function site(pages: Record<string, string>): string {
	const dist = tempDir('links-');
	for (const [path, body] of Object.entries(pages)) {
		const file = join(dist, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `<!doctype html><html><body>${body}</body></html>`);
	}
	return dist;
}

const page = (id: string, links: string) => `<main><h2 id="${id}">x</h2>${links}</main>`;

test('a clean site has no broken link', () => {
	const dist = site({
		'index.html': page('inici', '<a href="/actuacions/x/#metodologia">x</a><a href="/actuacions/3/#metodologia">n</a><a href="#inici">top</a><a href="https://example.org/">ext</a><a href="mailto:a@b.cat">m</a>'),
		'actuacions/x/index.html': page('metodologia', ''),
		'actuacions/3/index.html': '<meta http-equiv="refresh" content="0; url=/actuacions/x/">',
	});
	expect(checkLinks(dist, '/')).toEqual([]);
});

test('a link to a page that does not exist', () => {
	const dist = site({ 'index.html': page('a', '<a href="/actuacions/no-existeix/">x</a>') });
	expect(checkLinks(dist, '/')).toEqual([{ page: '/index.html', href: '/actuacions/no-existeix/', reason: 'la pàgina o el fitxer no existeix' }]);
});

test('an anchor that does not exist, on the same page or on another', () => {
	const dist = site({
		'index.html': page('a', '<a href="#b">x</a><a href="/actuacions/x/#metodolgia">y</a>'),
		'actuacions/x/index.html': page('metodologia', ''),
	});
	expect(checkLinks(dist, '/').map((b) => [b.href, b.reason])).toEqual([
		['#b', "l'àncora no existeix en aquesta pàgina"],
		['/actuacions/x/#metodolgia', "l'àncora #metodolgia no existeix a la pàgina de destinació"],
	]);
});

test('an anchor followed through a number permalink (a redirect page)', () => {
	const dist = site({
		'index.html': page('a', '<a href="/actuacions/3/#metodolgia">x</a>'),
		'actuacions/x/index.html': page('metodologia', ''),
		'actuacions/3/index.html': '<meta http-equiv="refresh" content="0; url=/actuacions/x/">',
	});
	expect(checkLinks(dist, '/')).toHaveLength(1);
});

test('a broken link in a generated page names the generated page', () => {
	const dist = site({ 'estrategies/y/index.html': page('a', '<a href="/actuacions/z/">x</a>') });
	const [broken] = checkLinks(dist, '/');
	expect(broken?.page).toBe('/estrategies/y/index.html');
	expect(sourceOf(dist, broken!.page)).toBe('pàgina generada /estrategies/y/');
});

test.each(['javascript:alert(1)', 'JavaScript:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,x', '//evil.example/'])('an unsafe link in the built HTML: %s', (href) => {
	const dist = site({ 'index.html': page('a', `<a href="${href}">x</a>`) });
	const [broken] = checkLinks(dist, '/');
	expect(broken?.reason).toMatch(/^l'enllaç no és segur: /);
});

test('under a base path, a link without it is broken', () => {
	const dist = site({ 'index.html': page('a', '<a href="/actuacions/x/">x</a>'), 'actuacions/x/index.html': page('b', '') });
	expect(checkLinks(dist, '/estrategies/')[0]?.reason).toBe('no comença pel camí base /estrategies/');
});

test('the HTML is parsed, not searched: single-quoted and unquoted attributes count, comments and scripts do not', () => {
	const dist = site({
		'index.html': page('a', `<a href='/no-hi-es/'>x</a><a href=/tampoc/>y</a><a class="b" href="#c">z</a><span id='c'></span><!-- <a href="/comentari/">c</a> --><script>const s = '<a href="/en-un-script/">';</script>`),
	});
	expect(checkLinks(dist, '/').map((b) => b.href)).toEqual(['/no-hi-es/', '/tampoc/']);
});

test('a link to a folder without its final slash finds the folder’s page and its anchors', () => {
	const dist = site({ 'index.html': page('a', '<a href="/actuacions/x#metodologia">x</a><a href="/actuacions/x#no">y</a>'), 'actuacions/x/index.html': page('metodologia', '') });
	expect(checkLinks(dist, '/').map((b) => b.reason)).toEqual(["l'àncora #no no existeix a la pàgina de destinació"]);
});
