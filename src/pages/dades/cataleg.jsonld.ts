import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../schemas/shared.ts';
import { absolute, buildData, DATA_FILES, DATA_LICENSE, DATA_PUBLISHER, DATA_SOURCE } from '../../lib/open-data.ts';

/** The EU Publications Office's code of each language. */
const EU_LANGUAGES: Record<Locale, string> = { ca: 'CAT', es: 'SPA', en: 'ENG' };

/** A DCAT-AP style record of the catalogue and its distributions (JSON-LD). */
export const GET: APIRoute = async ({ site }) => {
	const { modified } = await buildData(site);
	const record = {
		'@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' },
		'@type': 'dcat:Catalog',
		'@id': absolute(site, '/dades/cataleg.jsonld'),
		'dct:title': { '@language': 'ca', '@value': 'Estratègies de millora educativa: catàleg d’actuacions' },
		'dct:description': { '@language': 'ca', '@value': "Actuacions de millora educativa per a les polítiques locals de joventut i experiències que les il·lustren." },
		'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': DATA_PUBLISHER },
		'dct:license': { '@id': DATA_LICENSE },
		'dct:source': DATA_SOURCE,
		'dct:modified': modified,
		'dct:language': LOCALES.map((l) => ({ '@id': `http://publications.europa.eu/resource/authority/language/${EU_LANGUAGES[l]}` })),
		'dcat:landingPage': { '@id': absolute(site, '/dades-obertes/') },
		'dcat:dataset': {
			'@type': 'dcat:Dataset',
			'dct:title': { '@language': 'ca', '@value': 'Actuacions, experiències i taxonomia' },
			'dct:license': { '@id': DATA_LICENSE },
			'dct:modified': modified,
			'dcat:keyword': ['joventut', 'educació', 'polítiques locals', 'abandonament escolar', 'transició escola-treball'],
			'dcat:distribution': DATA_FILES.filter((f) => f.format !== 'JSON-LD').map((f) => ({
				'@type': 'dcat:Distribution',
				'dct:title': f.title,
				'dcat:accessURL': { '@id': absolute(site, f.path) },
				'dcat:downloadURL': { '@id': absolute(site, f.path) },
				'dcat:mediaType': f.mediaType,
				'dct:format': f.format,
				'dct:license': { '@id': DATA_LICENSE },
			})),
		},
	};
	return new Response(JSON.stringify(record, null, 2), { headers: { 'content-type': 'application/ld+json' } });
};
