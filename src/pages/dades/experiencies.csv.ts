import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { buildData } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { experiences } = await buildData(site);
	const rows = experiences.experiences.map((e) => ({
		slug: e.slug,
		titol: e.title,
		titol_original: e.originalTitle ?? '',
		llengua: e.language,
		lloc: e.place.name,
		regio: e.place.region,
		pais: e.place.country,
		impulsor: e.promoter,
		data: e.date,
		font: e.source.publisher,
		data_font: e.source.date,
		url_font: e.source.url ?? '',
		actuacions: e.actions,
		capitols: e.chapters,
		resum: e.summary,
		revisat: e.reviewed.date,
		url: e.url,
	}));
	return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
