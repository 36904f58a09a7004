/**
 * The catalogue of content problems. Every problem an editor can meet has a code; each code has
 * an entry in CONTRIBUTING.md ("Què diuen les comprovacions"), and every message links to it.
 * Messages are in Catalan: editors read them.
 */

export const PROBLEM_CODES = {
	'sintaxi-yaml': 'La capçalera o el fitxer YAML no es pot llegir',
	'sintaxi-mdx': 'El text MDX no es pot llegir',
	'camp-obligatori': 'Falta un camp obligatori',
	'camp-desconegut': 'Hi ha un camp que no existeix',
	'tipus-incorrecte': "Un camp té un tipus de valor equivocat",
	'valor-no-permes': 'Un camp té un valor que no és a la llista de valors permesos',
	'referencia-desconeguda': "Una referència apunta a una cosa que no existeix",
	'referencia-a-si-mateixa': 'Una actuació es relaciona amb ella mateixa',
	'llista-buida': 'Una llista obligatòria és buida',
	'longitud': 'Un text és massa curt o massa llarg',
	'format-incorrecte': 'Un valor no té el format esperat',
	'url-mal-formada': 'Una adreça web no és vàlida',
	'numero-duplicat': "Dues actuacions tenen el mateix número",
	'titol-duplicat': 'Dues entrades tenen el mateix títol',
	'slug-duplicat': 'Dues entrades comparteixen adreça (slug o àlies)',
	'id-duplicat': 'Dues entrades comparteixen identificador',
	'experiencia-sense-actuacio': "Una experiència no il·lustra cap actuació",
	'seccions-fitxa': "Les seccions no són les de la fitxa o no estan en ordre",
	'seccio-buida': 'Una secció és buida o massa curta',
	'mdx-no-permes': "El fitxer fa servir MDX que no està permès",
	'traduccio-orfe': 'Una traducció no correspon a cap fitxer en català',
	'traduccio-incompleta': "A una traducció li falta un camp que l'original té",
	'font-duplicada': 'Dues experiències citen la mateixa font',
	'text-no-permes': 'Un text té codi HTML o caràcters invisibles',
	'enllac-no-permes': 'Un enllaç no és segur',
	'propietat-no-permesa': "Un component té una propietat que no s'accepta",
	'massa-gran': 'Un fitxer o una secció és massa gran',
	'nom-de-fitxer': 'El nom del fitxer no és vàlid',
	procedencia: 'El text de la guia no està ben marcat',
	'actuacio-guia': "El número o el títol d'una actuació de la guia no són els de la guia",
	'traduccio-falta': 'Falta la traducció en castellà o en anglès',
	'adreca-no-registrada': "Una adreça no és al contracte d'adreces",
	'capitol-curt': 'Un capítol de la guia és massa curt',
	'nom-sense-enllac': 'Un capítol anomena una actuació o una estratègia sense enllaçar-la',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export interface Problem {
	/** Project-relative path of the file. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	code: ProblemCode;
	/** The field, as a path such as `reviewed.date` or `audiences[1]`. */
	field?: string;
	/** What is wrong, in one Catalan sentence. */
	message: string;
	/** Allowed values, when the field has a closed list. */
	allowed?: readonly string[];
	/** How to fix it, in one Catalan sentence. */
	fix: string;
}

export const DOCS_URL = 'CONTRIBUTING.md';
export const docLink = (code: ProblemCode) => `${DOCS_URL}#${code}`;

/** Formats problems for a terminal, grouped by file, in Catalan. */
export function formatProblems(problems: readonly Problem[]): string {
	if (!problems.length) return '';
	const byFile = new Map<string, Problem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const out: string[] = [];
	for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
		list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
		for (const p of list) {
			out.push(`${file}${p.line ? `:${p.line}` : ''}`);
			out.push(`  ✗ ${p.field ? `Camp «${p.field}»: ` : ''}${p.message}`);
			if (p.allowed?.length) out.push(`    Valors permesos: ${p.allowed.join(', ')}`);
			out.push(`    Com arreglar-ho: ${p.fix}`);
			out.push(`    Més informació: ${docLink(p.code)}`);
		}
	}
	const files = byFile.size;
	out.push('');
	out.push(
		`${problems.length} ${problems.length === 1 ? 'problema' : 'problemes'} en ${files} ${files === 1 ? 'fitxer' : 'fitxers'}. ` +
			'Corregeix-los i torna a executar «npm run validate».',
	);
	return out.join('\n');
}
