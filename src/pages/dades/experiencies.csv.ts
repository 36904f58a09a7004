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
		comarca: e.place.comarca,
		comarca_nom: e.labels.comarca,
		habitants: e.place.population?.inhabitants ?? '',
		habitants_any: e.place.population?.year ?? '',
		habitants_font: e.place.population?.sourceUrl ?? '',
		tram_poblacio: e.populationBand ?? '',
		tram_poblacio_nom: e.labels.populationBand ?? '',
		titularitat: e.ownership,
		titularitat_nom: e.labels.ownership,
		impulsor: e.promoter,
		data: e.date ?? '',
		per_a_qui: e.forWhom,
		cost_financament: e.funding ?? '',
		font: e.source.publisher,
		data_font: e.source.date ?? '',
		url_font: e.source.url,
		font_consultada: e.source.checked,
		actuacions: e.actions,
		actuacions_noms: e.labels.actions,
		capitols: e.chapters,
		resum: e.summary,
		revisat: e.reviewed.date,
		url: e.url,
	}));
	return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
