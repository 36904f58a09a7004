/**
 * «La meva selecció»: the actions a technician has picked to plan with. The list lives in the URL
 * (`/seleccio/?actuacions=20,15,3`), so that it can be shared, and on the device in
 * `localStorage` (never a cookie), so that it is still there on the next visit. Pure functions
 * and the storage, shared by the toggle buttons, the selection page and the comparison page.
 */

/** The URL parameter of the selection and of the comparison. */
export const SELECTION_PARAM = 'actuacions';
/** The `localStorage` key. */
export const STORAGE_KEY = 'estrategies-millora-educativa:seleccio';
/** How many actions the comparison shows side by side. */
export const COMPARE_MAX = 3;

/** «20, 15,3,20,x» → [20, 15, 3]: positive whole numbers, first occurrence kept, in order. */
export function parseNumbers(text: string | null | undefined): number[] {
	const seen = new Set<number>();
	for (const part of (text ?? '').split(',')) {
		const trimmed = part.trim();
		if (!/^\d{1,4}$/.test(trimmed)) continue;
		const n = Number(trimmed);
		if (n > 0) seen.add(n);
	}
	return [...seen];
}

export const serializeNumbers = (numbers: readonly number[]) => numbers.join(',');

/** The numbers in a query string's `actuacions`, or `undefined` when the parameter is absent. */
export function numbersInQuery(search: string): number[] | undefined {
	const params = new URLSearchParams(search);
	return params.has(SELECTION_PARAM) ? parseNumbers(params.get(SELECTION_PARAM)) : undefined;
}

/** Adds a number at the end, or takes it out. */
export const toggleNumber = (numbers: readonly number[], n: number) => (numbers.includes(n) ? numbers.filter((x) => x !== n) : [...numbers, n]);

/** The selection stored on this device; empty when there is none or storage is blocked. */
export function readStored(): number[] {
	try {
		return parseNumbers(localStorage.getItem(STORAGE_KEY));
	} catch {
		return [];
	}
}

/** Stores the selection on this device; says whether it could (private modes may refuse). */
export function store(numbers: readonly number[]): boolean {
	try {
		if (numbers.length) localStorage.setItem(STORAGE_KEY, serializeNumbers(numbers));
		else localStorage.removeItem(STORAGE_KEY);
		return true;
	} catch {
		return false;
	}
}
