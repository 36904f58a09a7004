/**
 * Browser side of `/compara/?actuacions=20,15`: two or three actions side by side. The facts at a
 * glance come first, then the seven parts of the sheet, one row each, so that the same part of
 * every action lines up. Each action's words are read from its own sheet (same site, same
 * language), so the comparison always says what the sheets say, with their provenance labels.
 */
import { numbersInQuery } from './selection.ts';
import { fill } from './fill.ts';

interface Config {
	actions: Record<string, { path: string; title: string; lang: string }>;
	max: number;
	strings: Record<'caption' | 'tooFew' | 'tooMany' | 'unknown' | 'failed' | 'editorial' | 'loading' | 'ready', string>;
}

interface Row {
	key: string;
	label: string;
	cells: Node[][];
}


/** A bold line in place of a heading, so that the sheets' subheadings do not enter the page's outline. */
function boldLine(heading: Element) {
	const p = document.createElement('p');
	const strong = document.createElement('strong');
	strong.append(...heading.childNodes);
	p.append(strong);
	return p;
}

/**
 * A copy of a sheet's content for this page: no ids (they would repeat), subheadings as bold lines.
 * The sheets come from checked content; as a second guard, the copy keeps no script, frame or
 * event handler and no link other than http(s), mailto or a page of the site.
 */
function detach(node: Element): Element {
	const copy = document.importNode(node, true);
	for (const el of [copy, ...copy.querySelectorAll('*')]) {
		for (const { name, value } of [...el.attributes]) {
			const unsafeLink = (name === 'href' || name === 'src') && !/^(https?:|mailto:|\/|#)/i.test(value.trim());
			if (name === 'id' || name.startsWith('on') || unsafeLink) el.removeAttribute(name);
		}
	}
	for (const el of copy.querySelectorAll('script, style, iframe, object, embed, form')) el.remove();
	for (const heading of copy.querySelectorAll('h3, h4, h5, h6')) heading.replaceWith(boldLine(heading));
	return /^H[3-6]$/.test(copy.tagName) ? boldLine(copy) : copy;
}

/** The rows of one sheet: its facts at a glance, then its parts, each with its label and content. */
function rowsOf(sheet: Document): { key: string; label: string; nodes: Node[] }[] {
	const rows: { key: string; label: string; nodes: Node[] }[] = [];
	for (const fact of sheet.querySelectorAll<HTMLElement>('.glance__fact[data-fact]')) {
		const nodes = [...fact.querySelectorAll(':scope > dd')].map((dd) => {
			const div = document.createElement('div');
			div.append(...detach(dd).childNodes);
			return div;
		});
		rows.push({ key: `fact-${fact.dataset.fact}`, label: fact.querySelector('dt')?.textContent?.trim() ?? '', nodes });
	}
	let current: { nodes: Node[] } | undefined;
	for (const child of sheet.querySelector('.action-sheet')?.children ?? []) {
		if (child.tagName === 'H2' && child.id) {
			current = { nodes: [] };
			rows.push({ key: child.id, label: child.textContent?.trim() ?? '', nodes: current.nodes });
		} else current?.nodes.push(detach(child));
	}
	return rows;
}

export async function initComparePage(root: HTMLElement) {
	const config = JSON.parse(root.dataset.compare!) as Config;
	const { strings } = config;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const scroll = root.querySelector<HTMLElement>('[data-scroll]')!;
	const table = root.querySelector<HTMLTableElement>('[data-table]')!;
	root.hidden = false;

	const asked = numbersInQuery(location.search) ?? [];
	const unknown = asked.filter((n) => !config.actions[n]);
	let numbers = asked.filter((n) => config.actions[n]);
	const notes: string[] = [];
	if (unknown.length) notes.push(fill(strings.unknown, { v: unknown.join(', ') }));
	if (numbers.length > config.max) {
		notes.push(fill(strings.tooMany, { n: config.max }));
		numbers = numbers.slice(0, config.max);
	}
	if (numbers.length < 2) {
		status.textContent = [...notes, strings.tooFew].join(' ');
		return;
	}
	status.textContent = strings.loading;
	let sheets: Document[];
	try {
		sheets = await Promise.all(
			numbers.map(async (n) => {
				const response = await fetch(config.actions[n]!.path);
				if (!response.ok) throw new Error(String(n));
				return new DOMParser().parseFromString(await response.text(), 'text/html');
			}),
		);
	} catch {
		status.textContent = strings.failed;
		return;
	}
	const perSheet = sheets.map(rowsOf);
	// Rows in the first sheet's order; a part missing from a sheet is an empty cell.
	const rows: Row[] = perSheet[0]!.map(({ key, label }) => ({ key, label, cells: perSheet.map((rows) => rows.find((r) => r.key === key)?.nodes ?? []) }));
	table.style.setProperty('--columns', String(numbers.length));
	const titles = numbers.map((n) => config.actions[n]!);
	table.querySelector('[data-caption]')!.textContent = fill(strings.caption, { v: titles.map((a) => a.title).join(' · ') });
	const head = table.createTHead().insertRow();
	head.replaceChildren(
		...titles.map((a) => {
			const th = document.createElement('th');
			th.scope = 'col';
			const link = Object.assign(document.createElement('a'), { href: a.path, textContent: a.title });
			if (a.lang) link.lang = a.lang;
			th.append(link);
			return th;
		}),
	);
	for (const row of rows) {
		const body = document.createElement('tbody');
		body.dataset.row = row.key;
		const labelRow = document.createElement('tr');
		const th = document.createElement('th');
		th.scope = 'rowgroup';
		th.colSpan = numbers.length;
		th.textContent = row.label;
		// The facts at a glance are the editors' (the parts carry their own labels, from the sheets).
		if (row.key.startsWith('fact-')) {
			body.dataset.provenance = 'editorial';
			th.append(' ', Object.assign(document.createElement('span'), { className: 'editorial-badge', textContent: strings.editorial }));
		}
		labelRow.append(th);
		const cells = document.createElement('tr');
		for (const [i, nodes] of row.cells.entries()) {
			const td = document.createElement('td');
			if (titles[i]!.lang) td.lang = titles[i]!.lang;
			td.append(...nodes);
			cells.append(td);
		}
		body.append(labelRow, cells);
		table.append(body);
	}
	scroll.hidden = false;
	root.querySelector<HTMLElement>('[data-swipe]')!.hidden = false;
	status.textContent = [...notes, fill(strings.ready, { n: numbers.length })].join(' ');
}
