/**
 * Small helpers for the editor CLIs: read `--flag value` arguments, and ask questions on the
 * terminal when a value is missing and the terminal is interactive.
 */
import { createInterface } from 'node:readline/promises';

export function parseFlags(argv: string[]): Record<string, string | true> {
	const flags: Record<string, string | true> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!arg.startsWith('--')) continue;
		const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
		if (inline !== undefined) flags[key] = inline;
		else if (argv[i + 1] && !argv[i + 1]!.startsWith('--')) flags[key] = argv[++i]!;
		else flags[key] = true;
	}
	return flags;
}

export const list = (value: string | true | undefined) =>
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
