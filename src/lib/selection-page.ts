/**
 * Browser side of `/seleccio/`: shows the chosen actions (rendered at build time, hidden) in the
 * order they were chosen. The list comes from the URL when it has one (a shared link), else from
 * this device. A shared list that differs from the one on this device is shown as shared, with a
 * button to keep it; otherwise every change is stored and written back to the URL.
 */
import { toCsv } from './csv.ts';
import { numbersInQuery, readStored, SELECTION_PARAM, serializeNumbers, store } from './selection.ts';
import { fill } from './fill.ts';

interface Strings {
	countOne: string;
	countOther: string;
	compareFew: string;
	compareFirst: string;
	copied: string;
	copyFailed: string;
	removed: string;
	saved: string;
	unknown: string;
	csvName: string;
	storageFailed: string;
	headers: Record<string, string>;
	compareMax: number;
	dateLocale: string;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

export function initSelectionPage(root: HTMLElement) {
	const strings = JSON.parse(root.dataset.selection!) as Strings;
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
	const status = $('[data-status]');
	const shared = $('[data-shared]');
	const empty = $('[data-empty]');
	const tools = $('[data-tools]');
	const cite = $('[data-cite]');
	const csv = $<HTMLAnchorElement>('[data-csv]');
	const compare = $<HTMLAnchorElement>('[data-compare]');
	const compareHint = $('[data-compare-hint]');
	const container = $('[data-items]');
	const items = new Map([...root.querySelectorAll<HTMLElement>('[data-shortlist-item]')].map((el) => [Number(el.dataset.shortlistItem), el]));
	const compareBase = compare.getAttribute('href')!;
	const mineBase = $<HTMLAnchorElement>('[data-mine]').getAttribute('href')!;

	const fromUrl = numbersInQuery(location.search);
	let numbers = fromUrl ?? readStored();
	let isShared = fromUrl !== undefined && !same(fromUrl, readStored()) && readStored().length > 0;
	if (fromUrl && readStored().length === 0 && fromUrl.length) store(fromUrl);
	const unknown = numbers.filter((n) => !items.has(n));
	numbers = numbers.filter((n) => items.has(n));
	let csvUrl = '';

	const render = () => {
		const query = numbers.length ? `?${SELECTION_PARAM}=${serializeNumbers(numbers)}` : '';
		history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
		for (const [n, el] of items) el.hidden = !numbers.includes(n);
		container.prepend(...numbers.map((n) => items.get(n)!));
		const count = fill(numbers.length === 1 ? strings.countOne : strings.countOther, { n: numbers.length });
		status.textContent = unknown.length ? `${count} ${fill(strings.unknown, { v: unknown.join(', ') })}` : count;
		empty.hidden = numbers.length > 0;
		tools.hidden = cite.hidden = numbers.length === 0;
		shared.hidden = !isShared;
		const mine = readStored();
		$<HTMLAnchorElement>('[data-mine]').href = mine.length ? `${mineBase}?${SELECTION_PARAM}=${serializeNumbers(mine)}` : mineBase;
		for (const el of root.querySelectorAll('[data-url]')) el.textContent = location.href;
		$('[data-today]').textContent = new Intl.DateTimeFormat(strings.dateLocale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
		const comparable = numbers.length >= 2;
		compare.hidden = !comparable;
		compare.href = `${compareBase}?${SELECTION_PARAM}=${serializeNumbers(numbers.slice(0, strings.compareMax))}`;
		compareHint.textContent = !comparable ? fill(strings.compareFew, { n: strings.compareMax }) : numbers.length > strings.compareMax ? fill(strings.compareFirst, { n: strings.compareMax }) : '';
		if (csvUrl) URL.revokeObjectURL(csvUrl);
		const rows = numbers.map((n) => {
			const row = JSON.parse(items.get(n)!.dataset.row!) as Record<string, string | number>;
			return Object.fromEntries(Object.entries(strings.headers).map(([key, header]) => [header, row[key]]));
		});
		// A byte-order mark, so that spreadsheets read the accents as UTF-8.
		csvUrl = URL.createObjectURL(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
		csv.href = csvUrl;
		csv.download = `${strings.csvName}-${serializeNumbers(numbers).replaceAll(',', '-')}.csv`;
	};

	const change = (next: number[], message: string) => {
		numbers = next;
		if (!isShared && !store(numbers)) status.textContent = strings.storageFailed;
		render();
		status.textContent = `${message} ${status.textContent}`;
	};

	root.addEventListener('click', async (event) => {
		const target = event.target as Element;
		const remove = target.closest<HTMLButtonElement>('[data-remove]');
		if (remove) {
			const n = Number(remove.dataset.remove);
			const index = numbers.indexOf(n);
			change(numbers.filter((x) => x !== n), strings.removed);
			// Focus goes to the next action's heading link, or to the status when none is left.
			const next = numbers[index] ?? numbers[index - 1];
			(next ? items.get(next)!.querySelector<HTMLElement>('h2 a') : status)?.focus();
			return;
		}
		if (target.closest('[data-save]')) {
			isShared = false;
			change(numbers, strings.saved);
			$<HTMLButtonElement>('[data-print]').focus();
			return;
		}
		if (target.closest('[data-print]')) {
			print();
			return;
		}
		if (target.closest('[data-copy]')) {
			try {
				await navigator.clipboard.writeText(location.href);
				status.textContent = strings.copied;
			} catch {
				status.textContent = `${strings.copyFailed} ${location.href}`;
			}
		}
	});
	addEventListener('storage', () => {
		if (isShared) return;
		numbers = readStored().filter((n) => items.has(n));
		render();
	});
	status.tabIndex = -1;
	root.hidden = false;
	render();
}
