/**
 * What the build's tests demand of content that `npm run build` alone does not: every page in
 * Spanish and English (tests/browser/i18n.test.ts, tests/unit/translation-status.test.ts), and
 * every URL the site publishes recorded in the URL contract (tests/build/url-contract.test.ts).
 * Validate cannot build, so for the contract it checks the page addresses content files make.
 */
import { TRANSLATION_LOCALES } from '../../schemas/translations.ts';
import { contentExists, readSource, readUiStrings, translationPairs } from '../content-files.ts';
import type { Problem } from './problems.ts';

/** The URL contract: every address the site ever published (see scripts/lib/published-urls.ts). */
export const CONTRACT_FILE = 'tests/contract/published-urls.txt';

const LANGUAGE: Record<(typeof TRANSLATION_LOCALES)[number], string> = { es: 'castellà', en: 'anglès' };

const languages = (locales: readonly string[]) => locales.map((l) => LANGUAGE[l as keyof typeof LANGUAGE] ?? l).join(' i en ');

/** Every Catalan page has its Spanish and English translation: one problem per page, at the Catalan file. */
export function checkTranslationsExist(root: string): Problem[] {
	const missing = new Map<string, { locale: string; translation: string }[]>();
	for (const locale of TRANSLATION_LOCALES) {
		for (const pair of translationPairs(root, locale)) {
			if (!contentExists(root, pair.translation)) missing.set(pair.source, [...(missing.get(pair.source) ?? []), { locale, translation: pair.translation }]);
		}
	}
	return [...missing].map(([source, gaps]) => ({
		file: source,
		line: 1,
		code: 'traduccio-falta' as const,
		message: `falta la traducció en ${languages(gaps.map((g) => g.locale))}: ${gaps.map((g) => g.translation).join(' i ')}.`,
		fix: `crea ${gaps.length === 1 ? 'el fitxer' : 'els fitxers'} amb el mateix nom que l'original, traduït (CONTRIBUTING.md, recepta 6, «Traduir una pàgina»). El lloc es publica en tres llengües i no pot mostrar el text en català a les altres dues.`,
	}));
}

/** Every key of the Catalan UI strings exists in the other languages: one problem per language file. */
export function checkUiStringsExist(root: string): Problem[] {
	// A missing or broken file is reported by the check of the UI strings themselves.
	const read = (locale: string) => readUiStrings(root, locale);
	const ca = read('ca');
	if (!ca) return [];
	return TRANSLATION_LOCALES.flatMap((locale) => {
		const strings = read(locale);
		if (!strings) return [];
		const keys = Object.keys(ca).filter((k) => !(k in strings));
		if (!keys.length) return [];
		return [{
			file: `content/i18n/${locale}.json`,
			code: 'traduccio-falta' as const,
			message: `${keys.length === 1 ? 'falta el text' : `falten ${keys.length} textos`} de la interfície que té content/i18n/ca.json: ${keys.map((k) => `«${k}»`).join(', ')}.`,
			fix: `afegeix ${keys.length === 1 ? 'la clau' : 'les claus'} amb el text traduït al ${LANGUAGE[locale]}.`,
		}];
	});
}

/** The contract's lines, or `undefined` when the project has no contract (a bare content folder). */
export function readContractPaths(root: string): Set<string> | undefined {
	if (!contentExists(root, CONTRACT_FILE)) return undefined;
	return new Set(readSource(root, CONTRACT_FILE).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/** One content file's public addresses, and the line to blame. */
export interface PublicPage {
	file: string;
	line?: number;
	/** Paths without the language prefix, e.g. `/actuacions/suport-escolar/`. */
	paths: string[];
}

/**
 * Every page address a content file makes, in every language, is in the contract. A new page is
 * recorded after a build with `npm run build && npm run urls:record`; until then the build's
 * URL-contract test fails, so validate says it first.
 */
export function checkContract(contract: Set<string>, pages: readonly PublicPage[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		const missing = page.paths.flatMap((path) => ['', ...TRANSLATION_LOCALES.map((l) => `/${l}`)].map((prefix) => `${prefix}${path}`)).filter((url) => !contract.has(url));
		if (!missing.length) continue;
		const shown = missing.slice(0, 3).join(', ');
		problems.push({
			file: page.file,
			line: page.line,
			code: 'adreca-no-registrada',
			message: `${missing.length === 1 ? "l'adreça" : `${missing.length} adreces`} d'aquesta pàgina encara no ${missing.length === 1 ? 'és' : 'són'} al contracte d'adreces (${CONTRACT_FILE}): ${shown}${missing.length > 3 ? '…' : ''}.`,
			fix: "quan la pàgina estigui a punt, executa «npm run build && npm run urls:record» i desa el canvi del contracte amb la pàgina. Si has canviat el nom del fitxer, afegeix el nom antic a «aliases».",
		});
	}
	return problems;
}
