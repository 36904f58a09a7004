/**
 * The catalogue's faceted browsing, as pure functions shared by the page script and the tests.
 * Values inside one facet combine with OR; facets combine with AND. The count beside a value is
 * the number of actions the list would show if that value were also ticked (the standard
 * faceted-search count: every other facet applied, this one replaced by the value).
 * The state lives in the URL query (`?q=…&destinataris=families,joves-12-16`), with ids that do
 * not depend on the language, so a filtered view can be shared and bookmarked.
 */

/** The facets, in display order. Each is also the name of its URL parameter. */
export const FACETS = ['dimensio', 'estrategia', 'destinataris', 'agents', 'escala', 'procedencia'] as const;
export type FacetId = (typeof FACETS)[number];

export interface FacetItem {
	number: number;
	values: Record<FacetId, readonly string[]>;
}

export type Selection = Partial<Record<FacetId, string[]>>;

export interface BrowseState {
	/** Free-text query, searched with Pagefind. Empty for none. */
	q: string;
	selection: Selection;
}

export function parseState(query: string): BrowseState {
	const params = new URLSearchParams(query);
	const selection: Selection = {};
	for (const facet of FACETS) {
		const values = (params.get(facet) ?? '').split(',').map((v) => v.trim()).filter(Boolean);
		if (values.length) selection[facet] = [...new Set(values)];
	}
	return { q: (params.get('q') ?? '').trim(), selection };
}

export function serializeState(state: BrowseState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const facet of FACETS) {
		const values = state.selection[facet];
		if (values?.length) params.set(facet, values.join(','));
	}
	const query = params.toString().replaceAll('%2C', ',');
	return query ? `?${query}` : '';
}

const matchesFacet = (item: FacetItem, facet: FacetId, chosen: readonly string[] | undefined) =>
	!chosen?.length || item.values[facet].some((v) => chosen.includes(v));

export interface FacetView {
	/** Numbers of the actions to show. */
	visible: Set<number>;
	/** For every facet and value: how many actions it would show (see module comment). */
	counts: Record<FacetId, Map<string, number>>;
	/** For every ticked value: how many actions would show if it were unticked. */
	removals: { facet: FacetId; value: string; count: number }[];
}

/**
 * Computes what to show. `textHits` is the set of action numbers that match the text query, or
 * `null` when there is no query. Linear in items × values, so it stays fast at thousands of actions.
 */
export function computeView(items: readonly FacetItem[], selection: Selection, textHits: ReadonlySet<number> | null): FacetView {
	const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetView['counts'];
	const visible = new Set<number>();
	const removalCounts = new Map<string, number>();
	const key = (facet: FacetId, value: string) => `${facet}\u0000${value}`;

	for (const item of items) {
		if (textHits && !textHits.has(item.number)) continue;
		const failing = FACETS.filter((f) => !matchesFacet(item, f, selection[f]));
		if (failing.length === 0) {
			visible.add(item.number);
			for (const f of FACETS) for (const v of item.values[f]) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
		} else if (failing.length === 1) {
			const f = failing[0]!;
			for (const v of item.values[f]) counts[f].set(v, (counts[f].get(v) ?? 0) + 1);
		}
		// What unticking one value would give: the item must pass every other facet, and the
		// facet of that value once the value is gone.
		for (const f of FACETS) {
			const chosen = selection[f] ?? [];
			if (!chosen.length) continue;
			if (FACETS.some((g) => g !== f && !matchesFacet(item, g, selection[g]))) continue;
			for (const v of chosen) {
				const rest = chosen.filter((c) => c !== v);
				if (matchesFacet(item, f, rest)) removalCounts.set(key(f, v), (removalCounts.get(key(f, v)) ?? 0) + 1);
			}
		}
	}
	const removals = FACETS.flatMap((facet) => (selection[facet] ?? []).map((value) => ({ facet, value, count: removalCounts.get(key(facet, value)) ?? 0 })));
	return { visible, counts, removals };
}
