/**
 * The compact index of a faceted list (`/actuacions/index.json`, `/experiencies/index.json`, one
 * per language): every item's facet values, sort keys and the words its card shows. A paged list
 * fetches it when the reader first filters, sorts or searches, so that the filters cover every
 * item and the cards of items on other pages can be drawn (`card-fill.ts`). Values are indexes
 * into per-facet tables, so that thousands of items stay small.
 */
import type { FacetId, FacetItem } from './facets.ts';

export interface ListIndex {
	/** Facet ids, in the order of each item's values. */
	facets: FacetId[];
	/** For each facet: its value ids. */
	values: string[][];
	/** For each facet: its values' names, in the list's language (the cards show some of them). */
	names: string[][];
	/** Sort ids, in the order of each item's sort keys. */
	sorts: string[];
	/** The items in the list's own order. */
	items: IndexItem[];
}

/** The words of an action card: slug, title, summary, title and summary in Catalan (1) or not (0), experiences count and its label. */
export type ActionCardWords = [slug: string, title: string, summary: string, fallback: 0 | 1, experiences: number, experiencesLabel: string];
/** The words of an experience card: slug, title, summary, in Catalan (1) or not (0), place, ownership line, actions line. */
export type ExperienceCardWords = [slug: string, title: string, summary: string, fallback: 0 | 1, place: string, ownership: string, actions: string];

export type IndexItem = [key: number, values: number[][], sortKeys: number[], card: ActionCardWords | ExperienceCardWords];

export function encodeIndex(
	facets: { id: FacetId; values: { id: string; name: string }[] }[],
	sorts: string[],
	items: { key: number; values: Record<FacetId, readonly string[]>; sortKeys?: number[]; card: IndexItem[3] }[],
): ListIndex {
	const positions = facets.map((f) => new Map(f.values.map((v, i) => [v.id, i])));
	return {
		facets: facets.map((f) => f.id),
		values: facets.map((f) => f.values.map((v) => v.id)),
		names: facets.map((f) => f.values.map((v) => v.name)),
		sorts,
		items: items.map((item) => [
			item.key,
			facets.map((f, i) => (item.values[f.id] ?? []).map((v) => {
				const at = positions[i]!.get(v);
				if (at === undefined) throw new Error(`Valor sense nom a la faceta ${f.id}: «${v}».`);
				return at;
			})),
			item.sortKeys ?? [],
			item.card,
		]),
	};
}

/** The index's items as the facet functions see them (`facets.ts`). */
export const decodeItems = (index: ListIndex): FacetItem[] =>
	index.items.map(([key, values]) => ({
		number: key,
		values: Object.fromEntries(index.facets.map((facet, i) => [facet, values[i]!.map((v) => index.values[i]![v]!)])),
	}));
