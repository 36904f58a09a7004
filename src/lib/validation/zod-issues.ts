/**
 * Turns zod issues into Catalan problems that name the field, the bad value, the allowed values
 * and the fix. Zod's own messages are in English and never reach an editor.
 */
import type { z } from 'astro/zod';
import type { ProblemParams } from '../../schemas/safe-text.ts';
import type { Problem } from './problems.ts';
import { CONTENT_PATHS } from '../content-paths.ts';

/** Reference fields: what they point to and where those things are defined. */
const REFERENCES: Record<string, { what: string; where: string }> = {
	strategy: { what: 'cap estratègia', where: CONTENT_PATHS.strategies },
	audiences: { what: 'cap grup de persones destinatàries', where: CONTENT_PATHS.audiences },
	agents: { what: 'cap agent', where: CONTENT_PATHS.agents },
	scales: { what: 'cap escala territorial', where: CONTENT_PATHS.scales },
	set: { what: 'cap conjunt', where: CONTENT_PATHS.sets },
	dimension: { what: 'cap dimensió', where: CONTENT_PATHS.dimensions },
	chapters: { what: 'cap capítol', where: `${CONTENT_PATHS.chapters}/` },
	comarca: { what: 'cap comarca', where: CONTENT_PATHS.comarques },
	'cost.band': { what: 'cap tram de cost', where: CONTENT_PATHS.costs },
	'setupTime.band': { what: 'cap tram de temps de posada en marxa', where: CONTENT_PATHS.setupTimes },
	'scaleFit.smallTown': { what: 'cap grau d’encaix en municipis petits', where: CONTENT_PATHS.smallTownFits },
	'evidence.level': { what: 'cap nivell d’evidència', where: CONTENT_PATHS.evidenceLevels },
	goals: { what: 'cap objectiu de la guia', where: CONTENT_PATHS.goals },
};

const TYPE_NAMES: Record<string, string> = {
	string: 'un text',
	number: 'un número',
	int: 'un nombre enter',
	boolean: '«true» o «false»',
	array: 'una llista, per exemple [a, b]',
	object: 'un grup de camps',
	date: 'una data',
};

export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

export function show(value: unknown): string {
	if (value === undefined) return '(buit)';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** The keys an object schema accepts at `path`, to suggest the right spelling of a mistyped key. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: unknown = schema;
	const unwrap = (s: unknown): unknown => {
		let node = s as { _zod?: { def?: { innerType?: unknown; in?: unknown; schema?: unknown; element?: unknown } } };
		for (let i = 0; i < 10; i++) {
			const def = node?._zod?.def;
			const next = def?.innerType ?? def?.in ?? def?.schema;
			if (!next) break;
			node = next as typeof node;
		}
		return node;
	};
	for (const key of path) {
		current = unwrap(current);
		const def = (current as { _zod?: { def?: { shape?: Record<string, unknown>; element?: unknown } } })?._zod?.def;
		if (typeof key === 'number') current = def?.element;
		else current = def?.shape?.[String(key)];
	}
	current = unwrap(current);
	const shape = (current as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
	return shape ? Object.keys(shape) : [];
}

function distance(a: string, b: string): number {
	const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++)
			dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
	return dp[a.length]![b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const c of candidates) {
		const d = distance(word.toLowerCase(), c.toLowerCase());
		if (d < bestScore) [best, bestScore] = [c, d];
	}
	return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

type Issue = z.core.$ZodIssue;

export function issueToProblems(
	issue: Issue,
	ctx: { file: string; data: unknown; schema: z.ZodType; lineOf: (path: readonly PropertyKey[]) => number | undefined },
): Problem[] {
	const path = issue.path as PropertyKey[];
	const field = fieldPath(path);
	const value = valueAt(ctx.data, path);
	const line = ctx.lineOf(path);
	const base = { file: ctx.file, line, field: field || undefined };
	const topKey = [...path].reverse().find((k) => typeof k === 'string') as string | undefined;

	if ((value === undefined || value === null) && (issue.code === 'invalid_value' || issue.code === 'invalid_type')) {
		const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
		const expected = issue.code === 'invalid_type' ? (TYPE_NAMES[issue.expected] ?? issue.expected) : 'un dels valors permesos';
		return [{ ...base, code: 'camp-obligatori', message: `falta aquest camp obligatori (ha de ser ${expected}).`, allowed, fix: `afegeix «${String(path.at(-1))}: …» a la capçalera del fitxer, amb ${expected}.` }];
	}

	switch (issue.code) {
		case 'invalid_type': {
			// A field the schema closes on purpose (`z.undefined({ message })`): its message says why.
			if (issue.expected === 'undefined') return [{ ...base, code: 'camp-desconegut', message: issue.message, fix: `esborra el camp «${field}».` }];
			const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
			if (value === undefined || value === null) {
				return [{ ...base, code: 'camp-obligatori', message: `falta aquest camp obligatori (ha de ser ${expected}).`, fix: `afegeix «${String(path.at(-1))}: …» a la capçalera del fitxer, amb ${expected}.` }];
			}
			return [{ ...base, code: 'tipus-incorrecte', message: `ha de ser ${expected}, però hi ha «${show(value)}».`, fix: `escriu-hi ${expected}.` }];
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const dotted = path.filter((k) => typeof k === 'string').join('.');
			const ref = REFERENCES[dotted] ?? (topKey ? REFERENCES[topKey] : undefined);
			const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
			const hint = guess ? ` Potser volies dir «${guess}»?` : '';
			if (ref) {
				return [{ ...base, code: 'referencia-desconeguda', message: `«${show(value)}» no correspon a ${ref.what}.${hint}`, allowed, fix: `fes servir un dels identificadors definits a ${ref.where}, o afegeix-hi el nou element primer.` }];
			}
			return [{ ...base, code: 'valor-no-permes', message: `«${show(value)}» no és un valor permès.${hint}`, allowed, fix: 'tria un dels valors permesos.' }];
		}
		case 'unrecognized_keys': {
			const allowed = keysAt(ctx.schema, path);
			return issue.keys.map((key) => {
				const guess = closest(key, allowed);
				return {
					file: ctx.file,
					line: ctx.lineOf([...path, key]),
					field: fieldPath([...path, key]),
					code: 'camp-desconegut' as const,
					message: `aquest camp no existeix.${guess ? ` Potser volies dir «${guess}»?` : ''}`,
					allowed,
					fix: guess ? `canvia el nom del camp a «${guess}».` : 'esborra el camp o corregeix-ne el nom.',
				};
			});
		}
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'array') {
				return [{ ...base, code: 'llista-buida', message: min <= 1 ? `la llista no pot ser buida. ${issue.message.startsWith('Too') ? '' : issue.message}`.trim() : `ha de tenir almenys ${min} elements.`, fix: `afegeix-hi almenys ${min} ${min === 1 ? 'element' : 'elements'}.` }];
			}
			if (issue.origin === 'string') {
				const len = typeof value === 'string' ? value.trim().length : 0;
				return [{ ...base, code: len === 0 ? 'camp-obligatori' : 'longitud', message: len === 0 ? 'no pot estar buit.' : `és massa curt: té ${len} caràcters i n'ha de tenir almenys ${min}.`, fix: `escriu-hi un text d'almenys ${min} caràcters.` }];
			}
			return [{ ...base, code: 'format-incorrecte', message: `ha de ser com a mínim ${min}, però és «${show(value)}».`, fix: `escriu-hi un número igual o més gran que ${min}.` }];
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') {
				const len = typeof value === 'string' ? value.trim().length : 0;
				return [{ ...base, code: 'longitud', message: `és massa llarg: té ${len} caràcters i n'ha de tenir com a màxim ${max}.`, fix: 'escurça el text.' }];
			}
			return [{ ...base, code: 'format-incorrecte', message: `ha de ser com a màxim ${max}, però és «${show(value)}».`, fix: `escriu-hi un valor de ${max} o menys.` }];
		}
		case 'invalid_format': {
			const isUrl = issue.format === 'url';
			return [{ ...base, code: isUrl ? 'url-mal-formada' : 'format-incorrecte', message: `«${show(value)}» no és vàlid: ${issue.message}.`, fix: isUrl ? 'escriu l’adreça completa, per exemple https://serveiocupacio.gencat.cat/, o treu el camp si no en tens cap de segura.' : 'corregeix el valor seguint el format indicat.' }];
		}
		case 'custom': {
			const params = issue.params as Partial<ProblemParams> | undefined;
			if (params?.problem && params.fix) return [{ ...base, code: params.problem, message: issue.message, fix: params.fix }];
			return [{ ...base, code: 'format-incorrecte', message: `«${show(value)}» no és vàlid: ${issue.message}`, fix: 'corregeix el valor.' }];
		}
		default:
			return [{ ...base, code: 'format-incorrecte', message: `«${show(value)}» no és vàlid: ${issue.message}`, fix: 'corregeix el valor.' }];
	}
}
