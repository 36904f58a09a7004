/** Faceted browsing rules: OR inside a facet, AND across facets, counts, removals and URL state. */
import { describe, expect, test } from 'vitest';
import { computeView, parseState, serializeState, sortKeys, type FacetItem } from '../../src/lib/facets.ts';

const item = (number: number, destinataris: string[], agents: string[], escala = ['municipi']): FacetItem => ({
	number,
	values: { dimensio: ['d1'], estrategia: ['s1'], destinataris, agents, escala, procedencia: ['guia'] },
});
const items = [item(1, ['a'], ['x']), item(2, ['b'], ['x', 'y']), item(3, ['a', 'b'], ['y']), item(4, ['c'], ['z'], ['comarca'])];
const sorted = (s: Set<number>) => [...s].sort();

test('no selection shows everything, with counts per value', () => {
	const view = computeView(items, {}, null);
	expect(sorted(view.visible)).toEqual([1, 2, 3, 4]);
	expect(Object.fromEntries(view.counts.destinataris)).toEqual({ a: 2, b: 2, c: 1 });
});

test('values inside one facet combine with OR', () => {
	expect(sorted(computeView(items, { destinataris: ['a', 'c'] }, null).visible)).toEqual([1, 3, 4]);
});

test('facets combine with AND', () => {
	expect(sorted(computeView(items, { destinataris: ['a', 'b'], agents: ['y'] }, null).visible)).toEqual([2, 3]);
});

test('a count is what the list would show if that value were also ticked', () => {
	const view = computeView(items, { destinataris: ['a'] }, null);
	// Own facet: ignores its own selection. Other facets: apply it.
	expect(Object.fromEntries(view.counts.destinataris)).toEqual({ a: 2, b: 2, c: 1 });
	expect(Object.fromEntries(view.counts.agents)).toEqual({ x: 1, y: 1 });
	expect(view.counts.agents.get('z')).toBeUndefined();
});

test('text hits restrict the list and the counts', () => {
	const view = computeView(items, {}, new Set([2, 4]));
	expect(sorted(view.visible)).toEqual([2, 4]);
	expect(Object.fromEntries(view.counts.destinataris)).toEqual({ b: 1, c: 1 });
});

test('an empty result says what removing each ticked value would give', () => {
	const view = computeView(items, { destinataris: ['c'], agents: ['x'] }, null);
	expect(view.visible.size).toBe(0);
	expect(view.removals).toEqual([
		{ facet: 'destinataris', value: 'c', count: 2 },
		{ facet: 'agents', value: 'x', count: 1 },
	]);
});

test('state round-trips through the URL, with readable commas', () => {
	const state = { q: 'mancomunada', selection: { destinataris: ['a', 'b'], escala: ['comarca'] } };
	const query = serializeState(state);
	expect(query).toBe('?q=mancomunada&destinataris=a,b&escala=comarca');
	expect(parseState(query)).toEqual(state);
	expect(serializeState({ q: '', selection: {} })).toBe('');
	expect(parseState('?agents=&destinataris=a,a,&foo=bar')).toEqual({ q: '', selection: { destinataris: ['a'] } });
});

describe('order', () => {
	test('a chosen order lives in the URL beside the filters, and the list’s own order leaves no trace', () => {
		expect(serializeState({ q: '', selection: { cost: ['baix'] }, sort: 'evidencia' })).toBe('?cost=baix&ordre=evidencia');
		expect(parseState('?cost=baix&ordre=evidencia')).toEqual({ q: '', selection: { cost: ['baix'] }, sort: 'evidencia' });
		expect(parseState('?cost=baix')).toEqual({ q: '', selection: { cost: ['baix'] } });
		expect(serializeState({ q: '', selection: {} })).toBe('');
	});

	test('sorts by key, ties by number, items without a key last', () => {
		expect(sortKeys([{ number: 20, key: 2 }, { number: 3, key: 1 }, { number: 15, key: 1 }, { number: 1 }, { number: 4, key: 0 }])).toEqual([4, 3, 15, 20, 1]);
	});
});
