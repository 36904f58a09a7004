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
import { Parser } from 'htmlparser2';
import { linkProblem } from '../schemas/safe-text.ts';
import { TRANSLATED } from '../schemas/shared.ts';

interface Broken {
	page: string;
	href: string;
	reason: string;
}

/** What the check needs of one built page: its anchors, its links and where it redirects. */
interface PageLinks {
	ids: Set<string>;
	hrefs: string[];
	refresh?: string;
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

/** Reads one page with a real HTML parser (entities decoded, comments and scripts skipped). */
function readLinks(file: string): PageLinks {
	const page: PageLinks = { ids: new Set(), hrefs: [] };
	const parser = new Parser({
		onopentag(name, attrs) {
			if (attrs.id) page.ids.add(attrs.id);
			if (name === 'a' && attrs.name) page.ids.add(attrs.name);
			if (name === 'a' && attrs.href !== undefined) page.hrefs.push(attrs.href);
			if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh') page.refresh = /^\s*\d+\s*;\s*url=(.+)$/i.exec(attrs.content ?? '')?.[1]?.trim();
		},
	});
	parser.end(readFileSync(file, 'utf8'));
	return page;
}

/** The content file behind a built page, so the message says what to edit. */
export function sourceOf(root: string, pagePath: string): string {
	const path = pagePath.replace(/index\.html$/, '').replace(/\/$/, '');
	const locale = new RegExp(`^/(${TRANSLATED})(/|$)`).exec(path)?.[1];
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

/**
 * Checks every link of every built page. Pages are read one at a time, and only their anchors are
 * kept (for links into them), never their HTML, so memory stays flat as the catalogue grows.
 */
export function checkLinks(dist: string, base: string): Broken[] {
	const prefix = base.replace(/\/$/, '');
	// Only pages linked with an anchor are kept, and only their anchors and redirect.
	const anchored = new Map<string, Omit<PageLinks, 'hrefs'>>();
	const anchorsOf = (file: string) => {
		if (!anchored.has(file)) {
			const { ids, refresh } = readLinks(file);
			anchored.set(file, { ids, refresh });
		}
		return anchored.get(file)!;
	};
	const resolve = (path: string) => {
		const file = join(dist, path);
		return path.endsWith('/') || (existsSync(file) && statSync(file).isDirectory()) ? join(file, 'index.html') : file;
	};
	const broken: Broken[] = [];
	for (const file of htmlFiles(dist)) {
		const page = `/${relative(dist, file).split('\\').join('/')}`;
		const links = readLinks(file);
		for (const href of links.hrefs) {
			const unsafe = linkProblem(href);
			if (unsafe) {
				broken.push({ page, href, reason: `l'enllaç no és segur: ${unsafe}` });
				continue;
			}
			if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
			const [pathPart, hash] = href.split('#') as [string, string | undefined];
			const pathOnly = pathPart.split('?')[0]!;
			if (!pathOnly) {
				if (hash && hash !== '_top' && !links.ids.has(decodeURIComponent(hash))) broken.push({ page, href, reason: "l'àncora no existeix en aquesta pàgina" });
				continue;
			}
			if (!pathOnly.startsWith('/')) continue;
			if (prefix && !pathOnly.startsWith(`${prefix}/`)) {
				broken.push({ page, href, reason: `no comença pel camí base ${prefix}/` });
				continue;
			}
			const linked = resolve(decodeURIComponent(pathOnly.slice(prefix.length)));
			if (!existsSync(linked)) {
				broken.push({ page, href, reason: 'la pàgina o el fitxer no existeix' });
				continue;
			}
			if (!hash || !linked.endsWith('.html')) continue;
			let anchors = anchorsOf(linked);
			if (anchors.refresh) {
				const to = resolve(decodeURIComponent(anchors.refresh.slice(prefix.length).split('#')[0]!));
				if (!existsSync(to)) continue;
				anchors = anchorsOf(to);
			}
			if (!anchors.ids.has(decodeURIComponent(hash))) broken.push({ page, href, reason: `l'àncora #${hash} no existeix a la pàgina de destinació` });
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
