/**
 * Browser side of `/planificador/`: reads the answers from the form and the URL, ranks the
 * actions (rendered at build time, hidden) with `planner.ts`, writes why each one fits and puts
 * the experiences from towns like the reader's first. Every change goes to the URL, so the result
 * can be shared and comes back on reload; Back and Forward walk through the answers.
 */
import { answered, maxScore, parseAnswers, QUESTIONS, rank, serializeAnswers, similarExperiences, type Answers, type PlannerAction, type PlannerExperience } from './planner.ts';
import { fill } from './fill.ts';

interface Config {
	goals: string[];
	names: Record<string, string>;
	reasons: Record<string, string>;
	strings: Record<'none' | 'countOne' | 'countOther' | 'others' | 'noFit' | 'unranked', string>;
}

/** How many experiences each result shows: the most similar ones. */
const EXPERIENCES_SHOWN = 3;


export function initPlannerPage(root: HTMLElement) {
	const config = JSON.parse(root.dataset.planner!) as Config;
	const form = root.querySelector<HTMLFormElement>('[data-form]')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const fits = root.querySelector<HTMLElement>('[data-fits]')!;
	const others = root.querySelector<HTMLDetailsElement>('[data-others]')!;
	const othersList = root.querySelector<HTMLElement>('[data-others-list]')!;
	const othersSummary = root.querySelector<HTMLElement>('[data-others-summary]')!;
	const results = new Map(
		[...root.querySelectorAll<HTMLElement>('[data-result]')].map((el) => {
			const facts = JSON.parse(el.dataset.result!) as PlannerAction;
			return [facts.number, { el, facts }];
		}),
	);
	const actions = [...results.values()].map((r) => r.facts);

	const answersFromForm = (): Answers => {
		const data = new FormData(form);
		const params = new URLSearchParams();
		for (const q of QUESTIONS) {
			const value = data.get(q);
			if (typeof value === 'string' && value) params.set(q, value);
		}
		return parseAnswers(params.toString(), config.goals);
	};

	const showExperiences = (el: HTMLElement, answers: Answers) => {
		const list = el.querySelector<HTMLElement>('[data-experiences]');
		if (!list) return;
		const items = [...list.querySelectorAll<HTMLElement>(':scope > li')].sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
		const described: PlannerExperience[] = items.map((li) => ({ index: Number(li.dataset.index), band: (li.dataset.band || undefined) as PlannerExperience['band'], ownership: li.dataset.ownership! }));
		const order = similarExperiences(described, answers);
		list.replaceChildren(...order.map(({ index }) => items[index]!));
		order.forEach(({ index, similar }, position) => {
			items[index]!.hidden = position >= EXPERIENCES_SHOWN;
			items[index]!.querySelector<HTMLElement>('[data-similar]')!.hidden = !similar;
		});
	};

	const render = (answers: Answers) => {
		for (const q of QUESTIONS) {
			const box = form.querySelector<HTMLInputElement>(`input[name="${q}"][value="${answers[q] ?? ''}"]`);
			if (box) box.checked = true;
		}
		if (!answered(answers)) {
			status.textContent = config.strings.none;
			fits.replaceChildren();
			othersList.replaceChildren();
			others.hidden = true;
			return;
		}
		const ranking = rank(actions, answers);
		const place = (list: HTMLElement, ranked: typeof ranking.fits) =>
			list.replaceChildren(
				...ranked.map(({ number, reasons }) => {
					const { el } = results.get(number)!;
					el.querySelector('[data-reasons]')!.replaceChildren(
						...reasons.map((reason) => {
							const li = document.createElement('li');
							li.textContent = fill(config.reasons[reason.key] ?? reason.key, { v: reason.value ? (config.names[reason.value] ?? reason.value) : '' });
							if (reason.caution) li.className = 'planner__caution';
							return li;
						}),
					);
					showExperiences(el, answers);
					return el;
				}),
			);
		place(fits, ranking.fits);
		place(othersList, ranking.others);
		others.hidden = ranking.others.length === 0;
		othersSummary.textContent = fill(config.strings.others, { n: ranking.others.length });
		const n = ranking.fits.length;
		status.textContent = !n ? config.strings.noFit : maxScore(answers) === 0 ? config.strings.unranked : fill(n === 1 ? config.strings.countOne : config.strings.countOther, { n });
		// Nothing fits all the answers: the closest ones are opened, not left behind a closed summary.
		if (!n) others.open = true;
	};

	form.addEventListener('change', () => {
		const answers = answersFromForm();
		history.pushState(null, '', `${location.pathname}${serializeAnswers(answers)}${location.hash}`);
		render(answers);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		root.querySelector<HTMLElement>('#planner-results')!.focus();
	});
	addEventListener('popstate', () => render(parseAnswers(location.search, config.goals)));
	root.hidden = false;
	render(parseAnswers(location.search, config.goals));
}
