/**
 * Content is data, never code. These rules say what a text field and a link in content may be,
 * whatever renders them later (a page title, a card, a CSV cell, a search result):
 * - a **plain-text field** (titles, summaries, names, places, labels) has no markup (`<`, `>`),
 *   no HTML character references (`&lt;`), and no invisible characters: controls, zero-width
 *   characters and bidirectional overrides, which can hide text or defeat duplicate checks;
 * - a **link** is `https:`, `http:` where allowed, `mailto:`, `tel:`, or a path on this site.
 *   `javascript:`, `data:`, protocol-relative `//host` and anything else are rejected, however
 *   they are written (mixed case, entities, control characters).
 *
 * Plain zod and plain functions: the schemas use them (so Astro enforces them in `astro dev` as
 * in the build), and `npm run validate`, the Markdown checks and the built-HTML link check use
 * the same functions.
 */
import { z } from 'astro/zod';

/** Invisible characters, with the Catalan name an editor reads in the message. */
const INVISIBLE: Record<number, string> = {
	0x00ad: 'guionet tou',
	0x061c: 'marca de lletra àrab (control de direcció)',
	0x180e: 'separador de vocals mongol',
	0x200b: "espai d'amplada zero",
	0x200c: "separador d'amplada zero",
	0x200d: "unió d'amplada zero",
	0x200e: "marca d'esquerra a dreta (control de direcció)",
	0x200f: 'marca de dreta a esquerra (control de direcció)',
	0x2028: 'separador de línia',
	0x2029: 'separador de paràgraf',
	0x202a: "inici d'incrustació d'esquerra a dreta (control de direcció)",
	0x202b: "inici d'incrustació de dreta a esquerra (control de direcció)",
	0x202c: 'fi de format direccional (control de direcció)',
	0x202d: "forçament d'esquerra a dreta (control de direcció)",
	0x202e: 'forçament de dreta a esquerra (control de direcció)',
	0x2060: 'unió de paraules',
	0x2066: "aïllament d'esquerra a dreta (control de direcció)",
	0x2067: 'aïllament de dreta a esquerra (control de direcció)',
	0x2068: "aïllament de primera direcció (control de direcció)",
	0x2069: "fi d'aïllament direccional (control de direcció)",
	0xfeff: "marca d'ordre de bytes (espai invisible)",
};

/** A character a content file may not contain, and where. */
export interface UnsafeChar {
	/** `U+200B` */
	codePoint: string;
	/** What it is, in Catalan. */
	name: string;
	/** 0-based index in the string. */
	index: number;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first invisible or control character of `text`, if any. Tabs and line breaks are allowed
 * only when `multiline` (Markdown bodies); plain-text fields are single lines once YAML folds them.
 */
export function findUnsafeChar(text: string, { multiline = false } = {}): UnsafeChar | undefined {
	for (let i = 0; i < text.length; i++) {
		const cp = text.charCodeAt(i);
		if (multiline && (cp === 0x09 || cp === 0x0a || cp === 0x0d)) continue;
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return { codePoint: hex(cp), name: 'caràcter de control', index: i };
		const name = INVISIBLE[cp];
		if (name) return { codePoint: hex(cp), name, index: i };
	}
	return undefined;
}

/** The Catalan message for an unsafe character found in a field or a line. */
export const unsafeCharMessage = (c: UnsafeChar, where = 'a la posició') =>
	`conté el caràcter invisible ${c.codePoint} (${c.name}) ${where} ${c.index + 1}.`;

export const UNSAFE_CHAR_FIX =
	"esborra'l: sovint arriba en copiar i enganxar d'un PDF o d'un web. Amb l'editor, cerca el codi del caràcter, o torna a escriure la paraula a mà.";

const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Why `text` is not plain text, as a Catalan message and its fix; `undefined` when it is. */
export function plainTextProblem(text: string): { message: string; fix: string } | undefined {
	const markup = /[<>]/.exec(text);
	if (markup) {
		return {
			message: `conté «${markup[0]}» a la posició ${markup.index + 1}, i els camps de text no poden tenir etiquetes ni codi HTML.`,
			fix: 'treu els caràcters «<» i «>»: escriu «menys de» o «més de», o fes servir les cometes «».',
		};
	}
	const reference = CHARACTER_REFERENCE.exec(text);
	if (reference) {
		return {
			message: `conté la referència de caràcter HTML «${reference[0]}», que en un camp de text no es mostraria com a text.`,
			fix: 'escriu directament el caràcter que vols (per exemple «&» o «’»), sense codis HTML.',
		};
	}
	const invisible = findUnsafeChar(text);
	if (invisible) return { message: unsafeCharMessage(invisible), fix: UNSAFE_CHAR_FIX };
	return undefined;
}

/**
 * The zod issue params that carry a Catalan problem code and fix to `zod-issues.ts`, so a
 * refinement's message reaches the editor as written.
 */
export interface ProblemParams {
	problem: 'text-no-permes' | 'enllac-no-permes' | 'url-mal-formada';
	fix: string;
}

/**
 * A plain-text field: trimmed, between `min` and `max` characters, with no markup, character
 * references or invisible characters.
 */
export const plainText = (min = 1, max = 2000) =>
	z
		.string()
		.trim()
		.min(min)
		.max(max)
		.superRefine((value, ctx) => {
			const problem = plainTextProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: problem.message, params: { problem: 'text-no-permes', fix: problem.fix } satisfies ProblemParams });
		});

/** Schemes a link in content may use. `http:` only where the caller allows it. */
const SAFE_SCHEMES = new Set(['https:', 'mailto:', 'tel:']);
const SITE = 'https://site.invalid';

export interface LinkRule {
	/** Allow `http:` links (body links to old council sites); frontmatter sources are https only. */
	allowHttp?: boolean;
	/** Allow site-relative paths (`/actuacions/`, `#metodologia`). Frontmatter URLs are absolute. */
	allowRelative?: boolean;
	/** Only `https:` (sources, evidence): no mail, phone or relative link. */
	httpsOnly?: boolean;
}

/**
 * Why `url` is not a safe link, in Catalan; `undefined` when it is. `url` is the address as the
 * browser would get it, with entities already decoded (the Markdown and MDX parsers decode them).
 */
export function linkProblem(url: string, { allowHttp = true, allowRelative = true, httpsOnly = false }: LinkRule = {}): string | undefined {
	const invisible = findUnsafeChar(url);
	if (invisible) return `l'adreça «${url.slice(0, 60)}» ${unsafeCharMessage(invisible)}`;
	if (/\s/.test(url.trim()) || url.includes('\\')) return `l'adreça «${url.slice(0, 60)}» té espais o barres inverses «\\».`;
	if (/^\s*[/\\]{2}/.test(url)) return `l'adreça «${url.slice(0, 60)}» comença per «//»: escriu l'adreça completa, amb https://.`;
	let parsed: URL;
	try {
		parsed = new URL(url, `${SITE}/pagina/`);
	} catch {
		return `«${url.slice(0, 60)}» no és una adreça vàlida.`;
	}
	const relative = parsed.origin === SITE && !/^\s*[a-z][a-z0-9+.-]*:/i.test(url);
	if (relative) return allowRelative && !httpsOnly ? undefined : `«${url.slice(0, 60)}» no és una adreça completa: ha de començar per https://.`;
	const scheme = parsed.protocol;
	if (httpsOnly) return scheme === 'https:' ? undefined : `l'adreça «${url.slice(0, 60)}» ha de començar per https://.`;
	if (SAFE_SCHEMES.has(scheme) || (allowHttp && scheme === 'http:')) return undefined;
	return `l'adreça «${url.slice(0, 60)}» fa servir «${scheme}», que no és permès.`;
}

export const LINK_FIX =
	"fes servir una adreça https:// (o http://), mailto:, tel:, o un camí del lloc que comenci per «/», com ara /actuacions/suport-escolar/. Els enllaços «javascript:», «data:» i semblants no s'accepten mai.";

/** An absolute `https://` address in frontmatter (sources, evidence, laws). */
export const httpsUrl = z.string().trim().superRefine((value, ctx) => {
	if (!linkProblem(value, { httpsOnly: true })) return;
	const dangerous = linkProblem(value, { allowRelative: true });
	if (dangerous) {
		ctx.addIssue({ code: 'custom', message: dangerous, params: { problem: 'enllac-no-permes', fix: LINK_FIX } satisfies ProblemParams });
		return;
	}
	ctx.addIssue({
		code: 'custom',
		message: `«${value.slice(0, 60)}» no és vàlid: ha de ser una adreça web completa que comenci per https://.`,
		params: { problem: 'url-mal-formada', fix: 'escriu l’adreça completa tal com surt al navegador, per exemple https://serveiocupacio.gencat.cat/, o treu el camp si no en tens cap de segura.' } satisfies ProblemParams,
	});
});

/** A link in frontmatter that may also be a path on this site (hero buttons). */
export const siteLink = z.string().trim().superRefine((value, ctx) => {
	const problem = linkProblem(value);
	if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { problem: 'enllac-no-permes', fix: LINK_FIX } satisfies ProblemParams });
});

/** Escapes text for HTML, for the few places a library renders a string as HTML. */
export const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The key two titles are compared by for uniqueness: Unicode-normalised (a decomposed «à»
 * equals a composed one), case-folded and without invisible characters.
 */
export const comparisonKey = (text: string) =>
	text
		.normalize('NFC')
		.replace(/[\u00ad\u180e\u200b-\u200f\u2060\ufeff]/g, '')
		.trim()
		.toLocaleLowerCase('ca');
