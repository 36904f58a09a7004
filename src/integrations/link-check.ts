/**
 * Fails the build when a page links to a page, file or anchor that does not exist. It reads the
 * built HTML, so it checks every kind of page (chapters, action sheets, generated indexes) and
 * every link on it, and it names the content file to fix. (starlight-links-validator only sees
 * Markdown links between Starlight's own pages, not our generated action and index pages.)
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkProblem } from '../schemas/safe-text.ts';

interface Broken {
	page: string;
	href: string;
	reason: string;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const abs = join(dir, name);
		if (statSync(abs).isDirectory()) {
			if (name !== '_astro' && name !== 'pagefind') htmlFiles(abs, out);
		} else if (name.endsWith('.html')) out.push(abs);
	}
	return out;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const refresh = (html: string) => /<meta http-equiv="refresh" content="0;\s*url=([^"]+)"/i.exec(html)?.[1];

/** The content file behind a built page, so the message says what to edit. */
export function sourceOf(root: string, pagePath: string): string {
	const path = pagePath.replace(/index\.html$/, '').replace(/\/$/, '');
	const locale = /^\/(es|en)(\/|$)/.exec(path)?.[1];
	const rest = locale ? path.slice(locale.length + 1) : path;
	const candidates: string[] = [];
	const action = /^\/actuacions\/([^/]+)$/.exec(rest)?.[1];
	const experience = /^\/experiencies\/([^/]+)$/.exec(rest)?.[1];
	if (action) candidates.push(...(locale ? [`content/actuacions/${locale}/${action}.mdx`] : []), `content/actuacions/${action}.mdx`);
	else if (experience) candidates.push(...(locale ? [`content/experiencies/${locale}/${experience}.mdx`] : []), `content/experiencies/${experience}.mdx`);
	else {
		// A page not translated yet is built from the Catalan file.
		for (const prefix of locale ? [`/${locale}`, ''] : ['']) {
			const doc = `content/docs${prefix}${rest || '/index'}`;
			candidates.push(`${doc}.mdx`, `${doc}.md`, `${doc}/index.mdx`);
		}
	}
	return candidates.find((c) => existsSync(join(root, c))) ?? `pàgina generada ${pagePath.replace(/index\.html$/, '')}`;
}

export function checkLinks(dist: string, base: string): Broken[] {
	const prefix = base.replace(/\/$/, '');
	// What a link can land on, per file: its ids and where it redirects. Not its text: tens of
	// thousands of pages' HTML held at once exhaust the build's memory.
	const cache = new Map<string, { ids: Set<string>; redirect: string | undefined } | null>();
	const summary = (file: string, text?: string) => {
		if (!cache.has(file)) {
			const html = text ?? (existsSync(file) ? readFileSync(file, 'utf8') : null);
			cache.set(file, html === null ? null : { ids: ids(html), redirect: refresh(html) });
		}
		return cache.get(file)!;
	};
	const resolve = (path: string) => join(dist, path, path.endsWith('/') ? 'index.html' : '');
	const broken: Broken[] = [];
	for (const file of htmlFiles(dist)) {
		const page = `/${relative(dist, file).split('\\').join('/')}`;
		const html = readFileSync(file, 'utf8');
		const own = summary(file, html)!.ids;
		for (const [, raw] of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
			const href = raw!.replaceAll('&amp;', '&');
			const unsafe = linkProblem(href.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))));
			if (unsafe) {
				broken.push({ page, href, reason: `l'enllaç no és segur: ${unsafe}` });
				continue;
			}
			if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
			const [pathPart, hash] = href.split('#') as [string, string | undefined];
			const pathOnly = pathPart.split('?')[0]!;
			if (!pathOnly) {
				if (hash && hash !== '_top' && !own.has(decodeURIComponent(hash))) broken.push({ page, href, reason: "l'àncora no existeix en aquesta pàgina" });
				continue;
			}
			if (!pathOnly.startsWith('/')) continue;
			if (prefix && !pathOnly.startsWith(`${prefix}/`)) {
				broken.push({ page, href, reason: `no comença pel camí base ${prefix}/` });
				continue;
			}
			const local = decodeURIComponent(pathOnly.slice(prefix.length));
			let target = summary(resolve(local));
			if (target === null) {
				broken.push({ page, href, reason: 'la pàgina o el fitxer no existeix' });
				continue;
			}
			if (target.redirect) target = summary(resolve(decodeURIComponent(target.redirect.slice(prefix.length).split('#')[0]!)));
			if (hash && target !== null && !target.ids.has(decodeURIComponent(hash))) broken.push({ page, href, reason: `l'àncora #${hash} no existeix a la pàgina de destinació` });
		}
	}
	return broken;
}

export default function linkCheck(): AstroIntegration {
	let base = '/';
	let root = '';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const broken = checkLinks(fileURLToPath(dir), base);
				if (!broken.length) return;
				const bySource = new Map<string, Broken[]>();
				for (const b of broken) {
					const source = sourceOf(root, b.page);
					bySource.set(source, [...(bySource.get(source) ?? []), b]);
				}
				const lines = [...bySource].flatMap(([source, list]) => [
					source,
					...[...new Set(list.map((b) => `  ✗ Enllaç «${b.href}»: ${b.reason}.`))],
				]);
				logger.error(
					`Hi ha enllaços trencats:\n\n${lines.join('\n')}\n\n` +
						'Com arreglar-ho: corregeix l’adreça de l’enllaç al fitxer indicat (les adreces de les actuacions són /actuacions/<nom-del-fitxer>/, i les àncores de les seccions, #descripcio, #objectius…).\n' +
						'Més informació: CONTRIBUTING.md#enllac-trencat',
				);
				process.exit(1);
			},
		},
	};
}
