/**
 * Browser side of `SelectionToggle.astro`: the «Inclou-la a la meva selecció» checkboxes on cards,
 * sheets and planner results. Without JavaScript they stay hidden (they could not work). Links to
 * the selection show its count. Other tabs follow through the `storage` event.
 */
import { readStored, STORAGE_KEY, store, toggleNumber } from './selection.ts';

export function initSelectionToggles() {
	const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-select]')];
	const paint = () => {
		const chosen = readStored();
		for (const box of boxes) {
			box.checked = chosen.includes(Number(box.dataset.select));
			box.closest<HTMLElement>('[data-select-wrap]')!.hidden = false;
		}
		for (const count of document.querySelectorAll('[data-select-count]')) count.textContent = `(${chosen.length})`;
	};
	document.addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		if (!box.dataset?.select) return;
		const chosen = readStored();
		const n = Number(box.dataset.select);
		if (chosen.includes(n) !== box.checked) store(toggleNumber(chosen, n));
		paint();
	});
	addEventListener('storage', (event) => event.key === STORAGE_KEY && paint());
	paint();
}
