/**
 * Draws the card of an item that is on another static page of a paged list (`paging.ts`): a copy
 * of a card the server drew on this page (`ActionCard.astro`, `ExperienceCard.astro`), with the
 * item's own words and values from the list's index (`list-index.ts`). Words are set as text,
 * never as markup.
 */
import type { ActionCardWords, ExperienceCardWords, IndexItem, ListIndex } from './list-index.ts';
import { readStored } from './selection.ts';

const setText = (el: Element | null, text: string, lang?: string) => {
	if (!el) return;
	el.textContent = text;
	if (lang) el.setAttribute('lang', lang);
	else el.removeAttribute('lang');
};
/** The template card's own number, in its hidden labels («Actuació 7. »), becomes this item's. */
const renumber = (el: Element | null, key: number) => el && (el.textContent = (el.textContent ?? '').replace(/\d+/, String(key)));
const relink = (a: HTMLAnchorElement, slug: string) => a.setAttribute('href', a.getAttribute('href')!.replace(/[^/]+\/$/, `${slug}/`));

export function fillCard(template: HTMLElement, [key, values, , words]: IndexItem, index: ListIndex, icons: ParentNode): HTMLElement {
	const li = template.cloneNode(true) as HTMLElement;
	for (const { name } of [...li.attributes]) if (name.startsWith('data-') && name !== 'data-item') li.removeAttribute(name);
	li.dataset.item = String(key);
	const valuesOf = (facet: string) => {
		const i = index.facets.indexOf(facet);
		return (values[i] ?? []).map((v) => ({ id: index.values[i]![v]!, name: index.names[i]![v]! }));
	};
	const title = li.querySelector<HTMLAnchorElement>('.action-card__title a')!;
	const summary = li.querySelector('.action-card__summary');
	if (li.querySelector('.experience-card')) {
		const [slug, text, about, fallback, place, ownership, actions] = words as ExperienceCardWords;
		relink(title, slug);
		setText(title, text, fallback ? 'ca' : undefined);
		setText(summary, about, fallback ? 'ca' : undefined);
		li.querySelectorAll('.action-card__meta dd').forEach((dd, i) => setText(dd, [place, ownership, actions][i] ?? ''));
		return li;
	}
	const [slug, text, about, fallback, experiences, experiencesLabel] = words as ActionCardWords;
	const article = li.querySelector<HTMLElement>('.action-card')!;
	const dimension = valuesOf('dimensio')[0]?.id ?? '';
	const icon = icons.querySelector<HTMLTemplateElement>(`template[data-icon="${CSS.escape(dimension)}"]`)?.content.firstElementChild;
	article.dataset.number = String(key);
	article.dataset.dimension = dimension;
	if (icon) {
		article.style.setProperty('--dimension', (icon as SVGElement).style.getPropertyValue('--dimension'));
		article.querySelector('.action-card__kicker svg')?.replaceWith(icon.cloneNode(true));
	}
	renumber(article.querySelector('.action-card__kicker span'), key);
	relink(title, slug);
	renumber(title.querySelector('.sr-only'), key);
	setText(title.querySelector('.sr-only + span'), text, fallback ? 'ca' : undefined);
	setText(summary, about, fallback ? 'ca' : undefined);
	for (const [attribute, facet] of [['cost', 'cost'], ['setup', 'temps'], ['smallTown', 'municipis-petits'], ['evidence', 'evidencia']] as const) {
		const dd = article.querySelector<HTMLElement>(`[data-${attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`);
		const value = valuesOf(facet)[0];
		if (!dd || !value) continue;
		dd.dataset[attribute] = value.id;
		dd.textContent = value.name;
	}
	const count = article.querySelector<HTMLElement>('[data-experiences]');
	if (count) {
		count.dataset.experiences = String(experiences);
		count.textContent = experiencesLabel;
	}
	const [audiences, scales] = article.querySelectorAll('.action-card__meta dd');
	setText(audiences ?? null, valuesOf('destinataris').map((v) => v.name).join(' · '));
	setText(scales ?? null, valuesOf('escala').map((v) => v.name).join(' · '));
	const select = article.querySelector<HTMLInputElement>('[data-select]');
	if (select) {
		select.dataset.select = String(key);
		select.checked = readStored().includes(key);
		renumber(select.parentElement!.querySelector('.sr-only'), key);
	}
	return li;
}
