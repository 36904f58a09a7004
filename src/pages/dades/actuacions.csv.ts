import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { buildData } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { actions } = await buildData(site);
	const rows = actions.actions.map((a) => ({
		numero: a.number,
		titol: a.title,
		resum: a.summary,
		conjunt: a.set,
		dimensio: a.dimension,
		estrategia: a.strategy,
		destinataris: a.audiences,
		agents: a.agents,
		escales: a.scales,
		relacionades: a.related,
		procedencia: a.provenance,
		seccions_editorials: a.editorialSections,
		revisat: a.reviewed.date,
		revisat_per: a.reviewed.by,
		experiencies: a.experiences,
		url: a.url,
		enllac_permanent: a.permalink,
	}));
	return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
