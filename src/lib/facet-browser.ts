/**
 * Browser side of a faceted list (`FacetBrowser.astro`): the action catalogue and the experiences
 * list. The page is a complete list without JavaScript; this script reveals the filters, applies
 * them live, searches text with Pagefind where the list has a search box, and keeps the state in
 * the URL so that views can be shared and the Back button works. The facets are the form's
 * fieldsets (`data-facet`), so each list brings its own.
 *
 * A short list has every item on its page, and filtering shows and hides them. A long one is split
 * into static pages (`paging.ts`): its page shows one page of items until the reader filters,
 * sorts or searches; then the script fetches the list's index (`list-index.ts`) and shows the
 * matching items of every page in one list, a page's worth at a time, drawing the cards of other
 * pages (`card-fill.ts`).
 */
import { fillCard } from './card-fill.ts';
import { computeView, parseState, serializeState, sortKeys, type BrowseState, type FacetId, type FacetItem } from './facets.ts';
import { fill } from './fill.ts';
import { decodeItems, type ListIndex } from './list-index.ts';

interface Strings {
	/** Said when a paged list's index cannot be fetched: the view stays the page's own. */
	indexFailed: string;
	countOne: string;
	countOther: string;
	showOne: string;
	showOther: string;
	chipRemove: string;
	clear: string;
	activeOne: string;
	activeOther: string;
	remove: string;
	removeQuery: string;
	unavailable: string;
	numberKey: string;
	more: string;
	base: string;
}

interface PagefindSearch {
	filters: Record<string, Record<string, number>>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
}


export function initFacetBrowser(root: HTMLElement) {
	const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
	const form = root.querySelector<HTMLFormElement>('[data-filters]')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]');
	const facetIds: FacetId[] = [...form.querySelectorAll<HTMLElement>('[data-facet]')].map((f) => f.dataset.facet!);
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const empty = root.querySelector<HTMLElement>('[data-empty]')!;
	const removalsList = root.querySelector<HTMLElement>('[data-removals]')!;
	const elements = [...root.querySelectorAll<HTMLElement>('[data-item]')];
	// Each item carries its values as one attribute per facet: data-agents="joventut educacio".
	const valuesOf = (el: HTMLElement) => {
		const values = {} as Record<FacetId, string[]>;
		for (const facet of facetIds) values[facet] = (el.getAttribute(`data-${facet}`) ?? '').split(' ').filter(Boolean);
		return values;
	};
	const items: FacetItem[] = elements.map((el) => ({ number: Number(el.dataset.item), values: valuesOf(el) }));
	// A paged list: the index of every item, fetched the first time the view needs it.
	const indexUrl = root.dataset.index;
	const total = Number(root.dataset.total);
	const pageSize = Number(root.dataset.pageSize);
	const page = root.querySelector<HTMLElement>('[data-page]');
	const more = root.querySelector<HTMLElement>('[data-more]');
	let index: Promise<{ data: ListIndex; items: FacetItem[] } | null> | undefined;
	const loadIndex = () =>
		(index ??= fetch(indexUrl!)
			.then((response) => (response.ok ? (response.json() as Promise<ListIndex>) : Promise.reject(new Error(response.statusText))))
			.then((data) => {
				completeFacets(data);
				return { data, items: decodeItems(data) };
			})
			// A failed fetch is tried again at the reader's next change, not remembered.
			.catch(() => ((index = undefined), null)));
	// Start fetching as soon as the reader reaches for the filters, so that the first click is quick.
	if (indexUrl) for (const type of ['pointerenter', 'focusin']) form.addEventListener(type, () => void loadIndex(), { once: true });
	let shown = pageSize;
	/** Every value of the facets that shipped only some, from the index, as copies of a shipped option. */
	const completeFacets = (data: ListIndex) => {
		if (!partial.size) return;
		for (const facet of partial) {
			const i = data.facets.indexOf(facet);
			const list = form.querySelector(`[data-facet="${CSS.escape(facet)}"] ul`)!;
			const model = list.querySelector('li:has(input)')!;
			list.replaceChildren(
				...data.values[i]!.map((id, j) => {
					const li = model.cloneNode(true) as HTMLElement;
					const box = li.querySelector('input')!;
					box.value = id;
					box.checked = false;
					li.querySelector('span')!.textContent = data.names[i]![j]!;
					return li;
				}),
			);
		}
		partial.clear();
		boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
		labels = labelsOf();
		offered = new Set(boxes.map((b) => `${b.name}:${b.value}`));
		state = readState();
	};
	for (const button of form.querySelectorAll<HTMLButtonElement>('[data-all]')) {
		button.addEventListener('click', async () => {
			const facet = button.closest<HTMLElement>('[data-facet]')!;
			await loadIndex();
			await render();
			facet.querySelector('input')?.focus();
		});
	}
	const cards = new Map<number, HTMLElement>();
	let boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')].reverse();
	// On a phone the facets fold under one "Filtres" line, so that the results come first.
	const facets = form.querySelector<HTMLDetailsElement>('[data-facets]')!;
	const activeCount = facets.querySelector<HTMLElement>('[data-active]')!;
	const clearButton = form.querySelector<HTMLButtonElement>('[data-clear]')!;
	// On a phone the open filters end in «Mostra 7 actuacions», which closes them and goes to the list.
	const applyButton = form.querySelector<HTMLButtonElement>('[data-apply]')!;
	applyButton.addEventListener('click', () => {
		facets.open = false;
		status.focus();
	});
	// What is filtered, as chips above the list: each one removes its filter.
	const chips = root.querySelector<HTMLElement>('[data-chips]')!;
	const wide = matchMedia('(min-width: 72rem)');
	const fitFacets = () => (facets.open = wide.matches);
	wide.addEventListener('change', fitFacets);
	fitFacets();
	// A chosen order shows every item in one list; the list's own order puts each back in its group.
	const sortSelect = form.querySelector<HTMLSelectElement>('[data-sort]');
	const flat = root.querySelector<HTMLElement>('[data-flat]');
	const homes = elements.map((el) => el.parentElement!);
	const sortIds = new Set([...(sortSelect?.options ?? [])].map((o) => o.value).filter(Boolean));
	const applyOrder = () => {
		if (!sortSelect || !flat) return;
		const sort = state.sort && sortIds.has(state.sort) ? state.sort : '';
		sortSelect.value = sort;
		if (!sort) {
			if (!flat.hidden) elements.forEach((el, i) => homes[i]!.append(el));
			flat.hidden = true;
			return;
		}
		const byNumber = new Map(elements.map((el, i) => [items[i]!.number, el]));
		const order = sortKeys(elements.map((el, i) => ({ number: items[i]!.number, key: Number(el.getAttribute(`data-sort-${sort}`) ?? Number.NaN) })));
		flat.replaceChildren(...order.map((n) => byNumber.get(n)!));
		flat.hidden = false;
	};
	const labelsOf = () => new Map(boxes.map((b) => [`${b.name}:${b.value}`, b.parentElement!.querySelector('span')!.textContent ?? b.value]));
	let labels = labelsOf();
	const legends = new Map([...form.querySelectorAll<HTMLElement>('[data-facet]')].map((f) => [f.dataset.facet!, f.querySelector('legend')?.textContent ?? '']));

	let pagefind: Promise<Pagefind | null> | undefined;
	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ `${strings.base.replace(/\/?$/, '/')}pagefind/pagefind.js`)
			.then(async (pf: Pagefind) => {
				await pf.options({ baseUrl: strings.base });
				// Search results count filter values only once the filter index is loaded.
				await pf.filters();
				return pf;
			})
			.catch(() => null));

	// A value the list does not offer (a mistyped or outdated link) filters nothing: it is dropped,
	// so that the list does not come up empty behind a chip that names a code.
	let offered = new Set(boxes.map((b) => `${b.name}:${b.value}`));
	// A facet that ships only some of its values (`data-partial`) keeps the others until it is complete.
	const partial = new Set([...form.querySelectorAll<HTMLElement>('[data-facet][data-partial]')].map((f) => f.dataset.facet!));
	const readState = (): BrowseState => {
		const read = parseState(location.search, facetIds);
		const selection = Object.fromEntries(
			Object.entries(read.selection)
				.map(([facet, values]) => [facet, (values ?? []).filter((v) => partial.has(facet!) || offered.has(`${facet}:${v}`))])
				.filter(([, values]) => (values ?? []).length > 0),
		);
		return { ...read, selection };
	};
	let state: BrowseState = readState();
	const valueCount = (s: BrowseState) => Object.values(s.selection).reduce((n, values) => n + (values?.length ?? 0), 0);
	if (valueCount(state) !== valueCount(parseState(location.search, facetIds))) {
		history.replaceState(history.state, '', `${location.pathname}${serializeState(state, facetIds)}${location.hash}`);
	}
	let run = 0;

	const textHits = async (q: string): Promise<Set<number> | null> => {
		if (!q) return null;
		const pf = await loadPagefind();
		if (!pf) {
			status.dataset.warning = strings.unavailable;
			return null;
		}
		const result = await pf.search(q);
		const counts = result?.filters?.[strings.numberKey] ?? {};
		return new Set(Object.entries(counts).filter(([, c]) => c > 0).map(([n]) => Number(n)));
	};

	/** The list's own view: nothing filtered, searched or sorted. */
	const isPlain = (s: BrowseState) => !s.q && valueCount(s) === 0 && !(s.sort && sortIds.has(s.sort));

	/** A paged list: this page's items while the view is plain; else every match, a page at a time. */
	const showPaged = (view: ReturnType<typeof computeView>, loaded: { data: ListIndex; items: FacetItem[] } | null) => {
		if (sortSelect) sortSelect.value = state.sort && sortIds.has(state.sort) ? state.sort : '';
		const plain = isPlain(state) || !loaded;
		page!.hidden = !plain;
		flat!.hidden = plain;
		more!.hidden = true;
		if (plain) return;
		const { data } = loaded;
		const sort = state.sort && sortIds.has(state.sort) ? data.sorts.indexOf(state.sort) : -1;
		const matching = data.items.filter(([key]) => view.visible.has(key));
		const byKey = new Map(matching.map((item) => [item[0], item]));
		const ordered = sort < 0 ? matching : sortKeys(matching.map(([number, , keys]) => ({ number, key: keys[sort] }))).map((n) => byKey.get(n)!);
		const template = root.querySelector<HTMLElement>('[data-page] [data-item]')!;
		flat!.replaceChildren(
			...ordered.slice(0, shown).map((item) => {
				if (!cards.has(item[0])) cards.set(item[0], fillCard(template, item, data, root));
				return cards.get(item[0])!;
			}),
		);
		const left = ordered.length - shown;
		more!.hidden = left <= 0;
		more!.querySelector('button')!.textContent = fill(strings.more, { n: Math.max(left, 0) });
	};

	const render = async () => {
		const current = ++run;
		const hits = await textHits(state.q);
		if (current !== run) return;
		// A paged list needs its index for any other view than its own page.
		const loaded = indexUrl && (index || !isPlain(state)) ? await loadIndex() : null;
		if (current !== run) return;
		const all = loaded?.items ?? items;
		const view = computeView(all, state.selection, hits, facetIds);

		if (indexUrl) showPaged(view, loaded);
		else {
			applyOrder();
			elements.forEach((el, i) => (el.hidden = !view.visible.has(items[i]!.number)));
			for (const group of groups) group.hidden = !group.querySelector('[data-item]:not([hidden])');
		}
		// Before a paged list has its index, the counts the server wrote stand (nothing is filtered yet).
		const counted = !indexUrl || loaded;
		for (const box of boxes) {
			const facet = box.name as FacetId;
			box.checked = state.selection[facet]?.includes(box.value) ?? false;
			if (!counted) continue;
			const count = view.counts[facet]?.get(box.value) ?? 0;
			box.disabled = count === 0 && !box.checked;
			box.parentElement!.querySelector<HTMLElement>('[data-count]')!.textContent = `(${count})`;
		}
		if (input) input.value = state.q;
		const active = Object.values(state.selection).reduce((sum, values) => sum + (values?.length ?? 0), 0);
		activeCount.textContent = active ? fill(active === 1 ? strings.activeOne : strings.activeOther, { n: active }) : '';
		clearButton.hidden = !active && !state.q;
		const n = counted ? view.visible.size : total;
		const failed = Boolean(indexUrl) && !loaded && !isPlain(state);
		status.textContent = failed ? strings.indexFailed : fill(n === 1 ? strings.countOne : strings.countOther, { n });
		applyButton.textContent = fill(n === 1 ? strings.showOne : strings.showOther, { n });
		renderChips();
		root.classList.remove('catalogue--pending');

		empty.hidden = n > 0;
		removalsList.replaceChildren();
		if (n === 0) {
			const entries: { text: string; apply: () => void }[] = view.removals.map(({ facet, value, count }) => ({
				text: fill(strings.remove, { v: labels.get(`${facet}:${value}`) ?? value, n: count }),
				apply: () => update({ ...state, selection: { ...state.selection, [facet]: state.selection[facet]!.filter((v) => v !== value) } }),
			}));
			if (state.q) {
				const withoutQuery = computeView(items, state.selection, null, facetIds).visible.size;
				entries.push({ text: fill(strings.removeQuery, { v: state.q, n: withoutQuery }), apply: () => update({ ...state, q: '' }) });
			}
			for (const entry of entries) {
				const li = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = entry.text;
				button.addEventListener('click', () => {
					entry.apply();
					(input ?? boxes[0])?.focus();
				});
				li.append(button);
				removalsList.append(li);
			}
		}
	};

	const renderChips = () => {
		const entries: { label: string; next: () => BrowseState }[] = [
			...(state.q ? [{ label: `«${state.q}»`, next: () => ({ ...state, q: '' }) }] : []),
			...facetIds.flatMap((facet) =>
				(state.selection[facet] ?? []).map((value) => ({
					label: `${legends.get(facet)}: ${labels.get(`${facet}:${value}`) ?? value}`,
					next: () => ({ ...state, selection: { ...state.selection, [facet]: state.selection[facet]!.filter((v) => v !== value) } }),
				})),
			),
		];
		chips.replaceChildren(
			...entries.map((entry, i) => {
				const li = document.createElement('li');
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = entry.label;
				button.setAttribute('aria-label', `${strings.chipRemove}: ${entry.label}`);
				button.addEventListener('click', async () => {
					await update(entry.next());
					// Focus stays in the chips, on the one that took this place, or goes to the count.
					const buttons = chips.querySelectorAll('button');
					(buttons[Math.min(i, buttons.length - 1)] ?? status).focus();
				});
				li.append(button);
				return li;
			}),
		);
		// On a phone «Esborra els filtres» ends the chips, instead of taking a line of its own above them.
		if (entries.length) {
			const li = Object.assign(document.createElement('li'), { className: 'catalogue__chip-clear' });
			const clearAll = Object.assign(document.createElement('button'), { type: 'button', textContent: strings.clear });
			clearAll.addEventListener('click', () => clearButton.click());
			li.append(clearAll);
			chips.append(li);
		}
		chips.hidden = entries.length === 0;
	};

	const update = (next: BrowseState, mode: 'push' | 'replace' = 'push') => {
		state = next;
		shown = pageSize;
		const url = `${location.pathname}${serializeState(state, facetIds)}${location.hash}`;
		if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
		return render();
	};

	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('change', (event) => {
		if (sortSelect && event.target === sortSelect) {
			const { sort: _previous, ...rest } = state;
			void update(sortSelect.value ? { ...rest, sort: sortSelect.value } : rest);
			return;
		}
		const box = event.target as HTMLInputElement;
		if (box.type !== 'checkbox') return;
		const facet = box.name as FacetId;
		const chosen = new Set(state.selection[facet] ?? []);
		if (box.checked) chosen.add(box.value);
		else chosen.delete(box.value);
		void update({ ...state, selection: { ...state.selection, [facet]: [...chosen] } });
	});
	let typing: ReturnType<typeof setTimeout> | undefined;
	let typingStarted = false;
	input?.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => {
			// The first keystroke of a query adds a history entry; the rest refine it in place.
			void update({ ...state, q: input.value.trim() }, typingStarted ? 'replace' : 'push');
			typingStarted = true;
		}, 200);
	});
	input?.addEventListener('blur', () => (typingStarted = false));
	for (const button of root.querySelectorAll<HTMLButtonElement>('[data-clear]')) {
		button.addEventListener('click', () => {
			void update({ q: '', selection: {}, ...(state.sort ? { sort: state.sort } : {}) });
			(input ?? boxes[0])?.focus();
		});
	}
	window.addEventListener('popstate', () => {
		state = readState();
		shown = pageSize;
		void render();
	});
	// «Show more»: the next page of matches, and the focus on the first of them.
	more?.querySelector('button')!.addEventListener('click', async () => {
		const before = flat!.children.length;
		shown += pageSize;
		await render();
		flat!.children[before]?.querySelector<HTMLElement>('.action-card__title a')?.focus();
	});

	form.hidden = false;
	root.classList.add('catalogue--js');
	if (state.q) void loadPagefind();
	void render();
}
