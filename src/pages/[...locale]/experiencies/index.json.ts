import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../../lib/catalogue.ts';
import { localeFromParam, localeParams } from '../../../lib/i18n.ts';
import { experienceList } from '../../../lib/list-data.ts';
import { encodeIndex } from '../../../lib/list-index.ts';

/** The experiences list's compact index, for its filters once it spans several pages (`list-index.ts`). */
export const getStaticPaths = () => localeParams().map((params) => ({ params }));

export const GET: APIRoute = async ({ params, locals }) => {
	const list = experienceList(await loadCatalogue(), localeFromParam(params.locale), locals.t);
	return Response.json(encodeIndex(list.facets, list.sorts, list.items.map((item) => ({ ...item, card: item.card() }))));
};
