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
		seccions_amb_text_de_la_guia: Object.entries(a.sectionProvenance).filter(([, runs]) => runs.some((r) => r.provenance === 'guia')).map(([id]) => id),
		pagina_guia: a.guideSource?.url ?? '',
		cost: a.cost.band,
		cost_nom: a.labels.cost,
		cost_cobreix: a.cost.covers,
		equip: a.staff,
		temps_posada_en_marxa: a.setupTime.band,
		temps_posada_en_marxa_nom: a.labels.setupTime,
		temps_posada_en_marxa_nota: a.setupTime.note,
		municipis_petits: a.scaleFit.smallTown,
		municipis_petits_nom: a.labels.smallTown,
		formes_cooperacio: a.scaleFit.cooperation,
		evidencia: a.evidence.level,
		evidencia_nom: a.labels.evidence,
		evidencia_resum: a.evidence.summary,
		evidencia_fonts: a.evidence.sources.map((s) => s.url),
		objectius: a.goals,
		objectius_noms: a.labels.goals,
		indicadors: a.indicators.map((i) => `${i.measure} (${i.source})`),
		errors_frequents: a.pitfalls,
		marc_legal: a.legalBasis.map((l) => (l.url ? `${l.title} (${l.url})` : l.title)),
		requisits: a.prerequisites,
		dades_comprovades: a.factsChecked,
		revisat: a.reviewed.date,
		revisat_per: a.reviewed.by,
		experiencies: a.experiences,
		url: a.url,
		enllac_permanent: a.permalink,
	}));
	return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
