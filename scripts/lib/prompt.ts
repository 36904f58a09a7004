/**
 * Small helpers for the editor CLIs: read `--flag value` arguments, and ask questions on the
 * terminal when a value is missing and the terminal is interactive.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';

/**
 * Reads `--flag value` arguments strictly: `--help` or `-h` prints `usage` and exits 0; a flag the
 * script does not know, or a flag without its value, ends the script with a Catalan message and
 * exit code 1, instead of being silently ignored.
 */
export function parseFlags(argv: string[], names: readonly string[], usage: string): Record<string, string | undefined> {
	const options = Object.fromEntries([...names.map((n) => [n, { type: 'string' as const }]), ['help', { type: 'boolean' as const, short: 'h' }]]);
	let values: Record<string, string | boolean | undefined>;
	try {
		values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
	} catch (error) {
		const code = (error as { code?: string }).code;
		const arg = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
		const flag = arg.split(/[ ,]/)[0] ?? arg;
		const message =
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `L'opció «${flag}» no existeix.`
			: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `A l'opció «${flag}» li falta el valor: escriu ${flag} "…".`
			: code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `No s'esperava «${flag}»: cada valor va darrere de la seva opció, per exemple --title "…".`
			: `Els arguments no són vàlids (${(error as Error).message}).`;
		console.error(`✗ ${message}\n\n${usage}`);
		process.exit(1);
	}
	if (values.help) {
		console.log(usage);
		process.exit(0);
	}
	return Object.fromEntries(names.map((n) => [n, values[n] as string | undefined]));
}

export const list = (value: string | undefined) =>
	typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : [];

export interface Choice {
	id: string;
	label: string;
}

export class Asker {
	private rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

	get interactive() {
		return this.rl !== undefined;
	}

	async text(question: string, fallback?: string): Promise<string> {
		if (!this.rl) return fallback ?? '';
		const answer = (await this.rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
		return answer || fallback || '';
	}

	async choose(question: string, choices: Choice[], multiple: boolean): Promise<string[]> {
		if (!this.rl) return [];
		console.log(`\n${question}`);
		choices.forEach((c, i) => console.log(`  ${String(i + 1).padStart(2)}. ${c.label} (${c.id})`));
		for (;;) {
			const answer = await this.rl.question(multiple ? 'Números separats per comes: ' : 'Número: ');
			const picked = answer.split(',').map((n) => choices[Number(n.trim()) - 1]?.id).filter((x): x is string => Boolean(x));
			if (picked.length && (multiple || picked.length === 1)) return picked;
			console.log('  Resposta no vàlida, torna-ho a provar.');
		}
	}

	close() {
		this.rl?.close();
	}
}

export const today = () => new Date().toISOString().slice(0, 10);

/** What validate reports on a freshly created sheet that is the editor's to do, not a fault of the template. */
export const TO_DO: ReadonlySet<string> = new Set(['seccio-buida', 'traduccio-falta', 'adreca-no-registrada']);
