/**
 * «Com el vostre municipi»: the planner's answers, how they rank the actions and why, and which
 * experiences come from towns like the reader's. Pure functions, shared by the planner page's
 * script and the tests. The answers live in the URL (`?poblacio=menys-5000&gestio=veins…`), with
 * ids that do not depend on the language, so a result can be shared and comes back on reload.
 *
 * The weights are an editorial choice, explained on the page: the goal weighs most, then the
 * young people, then how the town can run it. Nothing is left out: an action that fits no answer
 * goes to the end, and one that a small town cannot run alone says so.
 */
import { POPULATION_BANDS, type PopulationBand } from '../schemas/population.ts';

export const POPULATIONS = POPULATION_BANDS.map((b) => b.id);
/** Who runs it: the council alone, with neighbouring towns, or with the county council. */
export const MANAGEMENTS = ['sol', 'veins', 'comarca'] as const;
export const AGES = ['12-16', '16-29'] as const;
/** In school (`dins`) or out of it (`fora`). */
export const SCHOOLING = ['dins', 'fora'] as const;

export type Management = (typeof MANAGEMENTS)[number];
export type Age = (typeof AGES)[number];
export type Schooling = (typeof SCHOOLING)[number];

export interface Answers {
	poblacio?: PopulationBand;
	gestio?: Management;
	edat?: Age;
	escola?: Schooling;
	/** A goal id from `content/vocabularis/objectius.yaml`. */
	objectiu?: string;
}

/** The URL parameters, in the order of the questions. */
export const QUESTIONS = ['poblacio', 'gestio', 'edat', 'escola', 'objectiu'] as const;

/** What the planner needs of an action. */
export interface PlannerAction {
	number: number;
	goals: readonly string[];
	audiences: readonly string[];
	agents: readonly string[];
	scales: readonly string[];
	/** `scaleFit.smallTown`: `sol`, `amb-altres` or `compartida`. */
	smallTown: string;
	/** Position on the evidence scale, 0 = strongest: breaks ties. */
	evidenceRank: number;
}

/** Why an action fits (or where it does not): a key of `planner.reason.*` and the value to fill in. */
export interface Reason {
	key: string;
	/** An id whose name the page fills in (a goal, an audience, a scale). */
	value?: string;
	/** A warning rather than a fit. */
	caution?: boolean;
}

export interface Ranked {
	number: number;
	score: number;
	reasons: Reason[];
}

/** Reads the answers from a query string, keeping only known values. */
export function parseAnswers(search: string, goals: readonly string[]): Answers {
	const params = new URLSearchParams(search);
	const one = <T extends string>(name: string, allowed: readonly T[]) => {
		const value = params.get(name);
		return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
	};
	const answers: Answers = {
		poblacio: one('poblacio', POPULATIONS),
		gestio: one('gestio', MANAGEMENTS),
		edat: one('edat', AGES),
		escola: one('escola', SCHOOLING),
		objectiu: one('objectiu', goals),
	};
	return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers;
}

/** `?poblacio=…&gestio=…`, in the questions' order, or '' when nothing is answered. */
export function serializeAnswers(answers: Answers): string {
	const params = new URLSearchParams();
	for (const q of QUESTIONS) if (answers[q]) params.set(q, answers[q]);
	const query = params.toString();
	return query ? `?${query}` : '';
}

export const answered = (answers: Answers) => QUESTIONS.some((q) => answers[q] !== undefined);

const SCALE_OF: Record<Management, string> = { sol: 'municipi', veins: 'agrupacio-municipis', comarca: 'comarca' };
/** The audience (`content/vocabularis/destinataris.yaml`) each age answer stands for. */
export const AUDIENCE_OF_AGE: Record<Age, string> = { '12-16': 'joves-12-16', '16-29': 'joves-16-29' };

/** The fit of one action, with the reasons in the order the page shows them. */
export function assess(action: PlannerAction, answers: Answers): Ranked {
	const reasons: Reason[] = [];
	let score = 0;
	const fit = (points: number, reason: Reason) => {
		score += points;
		reasons.push(reason);
	};
	if (answers.objectiu) {
		if (action.goals[0] === answers.objectiu) fit(4, { key: 'goalMain', value: answers.objectiu });
		else if (action.goals.includes(answers.objectiu)) fit(3, { key: 'goal', value: answers.objectiu });
	}
	if (answers.edat && action.audiences.includes(AUDIENCE_OF_AGE[answers.edat])) fit(2, { key: 'audience', value: AUDIENCE_OF_AGE[answers.edat] });
	if (answers.escola === 'fora' && action.audiences.includes('joves-sense-graduat')) fit(2, { key: 'audience', value: 'joves-sense-graduat' });
	if (answers.escola === 'dins' && (action.audiences.includes('comunitat-educativa') || action.agents.includes('centres-educatius'))) fit(2, { key: 'school' });
	const small = answers.poblacio === 'menys-5000';
	if (small) {
		const alone = (answers.gestio ?? 'sol') === 'sol';
		if (action.smallTown === 'sol') fit(alone ? 3 : 1, { key: 'smallAlone' });
		else if (action.smallTown === 'amb-altres') fit(alone ? 1 : 3, { key: alone ? 'smallBetterShared' : 'smallShared' });
		else if (alone) fit(-3, { key: 'smallOnlyShared', caution: true });
		else fit(3, { key: 'smallShared' });
	}
	if (answers.gestio && action.scales.includes(SCALE_OF[answers.gestio])) fit(small ? 1 : 2, { key: 'scale', value: SCALE_OF[answers.gestio] });
	return { number: action.number, score, reasons };
}

/** `scaleFit.smallTown` values, made-to-be-shared first. */
const SHARED_FIRST = ['compartida', 'amb-altres', 'sol'];

/** The highest score an action can get for these answers. */
export function maxScore(answers: Answers): number {
	const small = answers.poblacio === 'menys-5000';
	return (answers.objectiu ? 4 : 0) + (answers.edat ? 2 : 0) + (answers.escola ? 2 : 0) + (small ? 3 : 0) + (answers.gestio ? (small ? 1 : 2) : 0);
}

/**
 * All the actions, best fit first: by score, then (for a small town sharing it) those made to be
 * shared, then by stronger evidence, then by number. `fits` are
 * those that get at least half of the highest possible score and have a reason in their favour;
 * `others` are the rest, in the same order. When the answers give no points to win, all fit.
 */
export function rank(actions: readonly PlannerAction[], answers: Answers): { fits: Ranked[]; others: Ranked[] } {
	const byNumber = new Map(actions.map((a) => [a.number, a]));
	// A small town that will share an action: on a tie, those made to be shared come first.
	const sharing = answers.poblacio === 'menys-5000' && answers.gestio !== undefined && answers.gestio !== 'sol';
	const shared = (n: number) => (sharing ? SHARED_FIRST.indexOf(byNumber.get(n)!.smallTown) : 0);
	const all = actions
		.map((a) => assess(a, answers))
		.sort(
			(a, b) =>
				b.score - a.score ||
				shared(a.number) - shared(b.number) ||
				byNumber.get(a.number)!.evidenceRank - byNumber.get(b.number)!.evidenceRank ||
				a.number - b.number,
		);
	const max = maxScore(answers);
	// Answers that weigh nothing (a town over 5,000 and no other answer) leave every action open.
	if (max === 0) return { fits: all, others: [] };
	const fitting = (r: Ranked) => r.score * 2 >= max && r.reasons.some((reason) => !reason.caution);
	return { fits: all.filter(fitting), others: all.filter((r) => !fitting(r)) };
}

/** What the planner needs of an experience. */
export interface PlannerExperience {
	/** Its position in the page's list. */
	index: number;
	/** Population band of its place, when the source gives the population. */
	band?: PopulationBand;
	/** `ajuntament`, `diversos-ajuntaments`, `consell-comarcal` or `altre-ens`. */
	ownership: string;
}

const OWNERSHIP_OF: Record<Management, string> = { sol: 'ajuntament', veins: 'diversos-ajuntaments', comarca: 'consell-comarcal' };

/**
 * An action's experiences, those from towns most like the reader's first: same population band
 * (or the next one), then run the same way. `similar` says which of them are alike in either.
 * Without answers on population or management, the list keeps its own order.
 */
export function similarExperiences(experiences: readonly PlannerExperience[], answers: Answers): { index: number; similar: boolean }[] {
	const target = answers.poblacio ? POPULATIONS.indexOf(answers.poblacio) : -1;
	const score = (e: PlannerExperience) => {
		let s = 0;
		if (target >= 0 && e.band) {
			const distance = Math.abs(POPULATIONS.indexOf(e.band) - target);
			s += distance === 0 ? 2 : distance === 1 ? 1 : 0;
		}
		if (answers.gestio && e.ownership === OWNERSHIP_OF[answers.gestio]) s += 2;
		return s;
	};
	return experiences
		.map((e, order) => ({ index: e.index, score: score(e), order, sameBand: target >= 0 && e.band === answers.poblacio, sameWay: !!answers.gestio && e.ownership === OWNERSHIP_OF[answers.gestio] }))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map((e) => ({ index: e.index, similar: e.sameBand || e.sameWay }));
}
