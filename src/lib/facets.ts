/**
 * Faceted browsing, as pure functions shared by the page script and the tests: the action
 * catalogue and the experiences list both use them, each with its own facets.
 * Values inside one facet combine with OR; facets combine with AND. The count beside a value is
 * the number of items the list would show if that value were also ticked (the standard
 * faceted-search count: every other facet applied, this one replaced by the value).
 * The state lives in the URL query (`?q=…&destinataris=families,joves-12-16`), with ids that do
 * not depend on the language, so a filtered view can be shared and bookmarked.
 */

/** The action catalogue's facets, in display order. Each is also the name of its URL parameter. */
export const FACETS = ['dimensio', 'estrategia', 'destinataris', 'municipis-petits', 'cost', 'temps', 'evidencia', 'agents', 'escala', 'procedencia'] as const;
/** The action catalogue's facets that filter by a decision fact, with the scale each one reads. */
export const DECISION_FACETS = { 'municipis-petits': 'smallTown', cost: 'cost', temps: 'setupTime', evidencia: 'evidence' } as const;
/** The action catalogue's orders besides its own (by dimension and strategy): URL values of `ordre`. */
export const SORTS = ['numero', 'evidencia', 'cost'] as const;
/** The experiences list's facets, in display order. */
export const EXPERIENCE_FACETS = ['comarca', 'poblacio', 'titularitat', 'actuacio', 'dimensio'] as const;
/** The value of the population facet for an experience whose source gives no population. */
export const NO_POPULATION = 'sense-dada' as const;
export type FacetId = string;

export interface FacetItem {
	/** The item's key: an action's number, or an experience's position in the list. */
	number: number;
	values: Record<FacetId, readonly string[]>;
}

export type Selection = Partial<Record<FacetId, string[]>>;

export interface BrowseState {
	/** Free-text query, searched with Pagefind. Empty for none. */
	q: string;
	selection: Selection;
	/** The chosen order (`?ordre=evidencia`); absent for the list's own order. */
	sort?: string;
}

export function parseState(query: string, facets: readonly FacetId[] = FACETS): BrowseState {
	const params = new URLSearchParams(query);
	const selection: Selection = {};
	for (const facet of facets) {
		const values = (params.get(facet) ?? '').split(',').map((v) => v.trim()).filter(Boolean);
		if (values.length) selection[facet] = [...new Set(values)];
	}
	const sort = (params.get('ordre') ?? '').trim();
	return { q: (params.get('q') ?? '').trim(), selection, ...(sort ? { sort } : {}) };
}

export function serializeState(state: BrowseState, facets: readonly FacetId[] = FACETS): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const facet of facets) {
		const values = state.selection[facet];
		if (values?.length) params.set(facet, values.join(','));
	}
	if (state.sort) params.set('ordre', state.sort);
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

const matchesFacet = (item: FacetItem, facet: FacetId, chosen: readonly string[] | undefined) =>
	!chosen?.length || (item.values[facet] ?? []).some((v) => chosen.includes(v));

/**
 * Item keys in a chosen order: ascending by the sort key each item carries (missing keys last),
 * then by key (the action's number), so that ties keep a stable, predictable order.
 */
export function sortKeys(items: readonly { number: number; key?: number }[]): number[] {
	const k = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);
	return items.toSorted((a, b) => k(a.key) - k(b.key) || a.number - b.number).map((i) => i.number);
}

export interface FacetView<F extends FacetId = FacetId> {
	/** Keys of the items to show. */
	visible: Set<number>;
	/** For every facet and value: how many items it would show (see module comment). */
	counts: Record<F, Map<string, number>>;
	/** For every ticked value: how many items would show if it were unticked. */
	removals: { facet: F; value: string; count: number }[];
}

/**
 * Computes what to show. `textHits` is the set of item keys that match the text query, or `null`
 * when there is no query. Linear in items × values, so it stays fast at thousands of items.
 */
export function computeView<F extends FacetId = (typeof FACETS)[number]>(
	items: readonly FacetItem[],
	selection: Selection,
	textHits: ReadonlySet<number> | null,
	facets: readonly F[] = FACETS as unknown as readonly F[],
): FacetView<F> {
	const counts = Object.fromEntries(facets.map((f) => [f, new Map<string, number>()])) as FacetView<F>['counts'];
	const visible = new Set<number>();
	const removalCounts = new Map<string, number>();
	const key = (facet: FacetId, value: string) => `${facet}\u0000${value}`;

	for (const item of items) {
		if (textHits && !textHits.has(item.number)) continue;
		const failing = facets.filter((f) => !matchesFacet(item, f, selection[f]));
		if (failing.length === 0) {
			visible.add(item.number);
			for (const f of facets) for (const v of item.values[f] ?? []) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
		} else if (failing.length === 1) {
			const f = failing[0]!;
			for (const v of item.values[f] ?? []) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
		}
		// What unticking one value would give: the item must pass every other facet, and the
		// facet of that value once the value is gone.
		for (const f of facets) {
			const chosen = selection[f] ?? [];
			if (!chosen.length) continue;
			if (facets.some((g) => g !== f && !matchesFacet(item, g, selection[g]))) continue;
			for (const v of chosen) {
				const rest = chosen.filter((c) => c !== v);
				if (matchesFacet(item, f, rest)) removalCounts.set(key(f, v), (removalCounts.get(key(f, v)) ?? 0) + 1);
			}
		}
	}
	const removals = facets.flatMap((facet) => (selection[facet] ?? []).map((value) => ({ facet, value, count: removalCounts.get(key(facet, value)) ?? 0 })));
	return { visible, counts, removals };
}
