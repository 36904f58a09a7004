/**
 * The home page's entry points: situations a youth-area technician starts from, each opening a
 * filtered view of the catalogue (or the planner) that the page counts at build time with the same
 * functions the list and the planner run in the browser, so the number on the home page is the
 * number the reader finds.
 */
import { computeView, FACETS, serializeState, type FacetItem, type Selection } from './facets.ts';
import { rank, serializeAnswers, type Answers, type PlannerAction } from './planner.ts';

export type Situation =
	| { id: string; kind: 'catalogue'; selection: Selection }
	| { id: string; kind: 'planner'; answers: Answers };

/** In display order. Each `id` names its UI strings: `home.situation.<id>` and `….text`. */
export const SITUATIONS: readonly Situation[] = [
	{ id: 'municipi-petit', kind: 'planner', answers: { poblacio: 'menys-5000', gestio: 'veins' } },
	{ id: 'fora-escola', kind: 'catalogue', selection: { destinataris: ['joves-sense-graduat'] } },
	{ id: 'families', kind: 'catalogue', selection: { destinataris: ['families'] } },
	{ id: 'absentisme', kind: 'catalogue', selection: { estrategia: ['prevencio-abandonament'] } },
	{ id: 'feina', kind: 'catalogue', selection: { dimensio: ['qualificacio-insercio'] } },
	{ id: 'pocs-recursos', kind: 'catalogue', selection: { cost: ['baix'] } },
];

export interface SituationView {
	id: string;
	/** Path without the language prefix, with its query: `/actuacions/?destinataris=families`. */
	path: string;
	/** How many actions the view lists (for the planner: how many fit). */
	count: number;
}

/** Each situation with its address and count; a situation that would open an empty list is left out. */
export function situationViews(items: readonly FacetItem[], planner: readonly PlannerAction[]): SituationView[] {
	return SITUATIONS.map((s) =>
		s.kind === 'catalogue'
			? { id: s.id, path: `/actuacions/${serializeState({ q: '', selection: s.selection })}`, count: computeView(items, s.selection, null, FACETS).visible.size }
			: { id: s.id, path: `/planificador/${serializeAnswers(s.answers)}`, count: rank(planner, s.answers).fits.length },
	).filter((v) => v.count > 0);
}
