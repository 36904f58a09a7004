/**
 * Facts about the source guide that the site states: its title, promoter, where it is published,
 * its licence and how many actions it has at least (`../shared/reference/guide-facts.md`).
 */
import { httpsUrl } from './safe-text.ts';

export const GUIDE = {
	title: 'Estratègies de millora educativa',
	promoter: 'Direcció General de Joventut (Generalitat de Catalunya)',
	publishedOn: 'Viquillibres (ca.wikibooks.org)',
	/** Text on Catalan Wikibooks is published under CC BY-SA. */
	licence: 'CC BY-SA',
	/** The book's pages, and their mobile mirror. */
	pagePrefixes: [
		'https://ca.wikibooks.org/wiki/Estrat%C3%A8gies_de_millora_educativa/',
		'https://ca.m.wikibooks.org/wiki/Estrat%C3%A8gies_de_millora_educativa/',
	],
	/** The table of dimensions, strategies and actions. */
	tableUrl: 'https://ca.wikibooks.org/wiki/Estrat%C3%A8gies_de_millora_educativa/Dimensions,_estrat%C3%A8gies_i_actuacions',
	/** The guide numbers its actions up to 28 at least; which numbers the catalogue lacks is computed from this. */
	minActions: 28,
} as const;

/** The address of a page of the guide on Wikibooks, copied from the browser. */
export const guidePage = httpsUrl.refine(
	// An address that is not https at all already has its own message.
	(url) => !url.startsWith('https://') || GUIDE.pagePrefixes.some((p) => url.startsWith(p) && url.length > p.length),
	{ message: `ha de ser l'adreça d'una pàgina de la guia a Viquillibres, que comença per ${GUIDE.pagePrefixes[0]}` },
);
