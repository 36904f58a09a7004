/**
 * Turns the errors of the `yaml` parser into ONE problem an editor can act on: in Catalan, at the
 * line to fix, saying what is wrong and how to fix it. The parser often reports a mistake several
 * times (follow-on errors), and sometimes on the wrong line (an unclosed quote is reported where
 * the text ends, a list without «]» on the next line): the first error says what kind of mistake
 * it is, and the text around it says where it is.
 */
import { isCollection, visit, type Document, type LineCounter } from 'yaml';

/** A YAML parse problem, with its line and, when known, how to fix it. */
export interface SyntaxProblem {
	line?: number;
	message: string;
	fix?: string;
}

const GENERIC_FIX = 'revisa el sagnat (espais, mai tabuladors), els dos punts i un espai després de cada nom de camp, i posa entre cometes els textos que contenen «: ».';

interface Line {
	text: string;
	/** Leading spaces. */
	indent: number;
	/** Column where the key starts: after the indent and a «- » list marker. */
	keyCol: number;
	key?: string;
	/** The text after «key: », when the line has one. */
	value?: string;
}

function parseLine(text: string): Line {
	const indent = /^ */.exec(text)![0].length;
	const item = /^ *- +/.exec(text);
	const keyCol = item ? item[0].length : indent;
	const m = /^([^\s#'"[\]{}:,][^:#]*?|"[^"]*"|'[^']*'):(?:[ \t]+(.*)|$)/.exec(text.slice(keyCol));
	return { text, indent, keyCol, key: m?.[1]?.trim(), value: m ? (m[2] ?? '').trim() : undefined };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const spaces = (n: number) => plural(n, 'espai', 'espais');

/**
 * Explains the errors of one parsed document. `lineOffset` is the number of file lines before the
 * YAML text (1 for a frontmatter, after its «---»); `tabsFixable` says whether `--fix` rewrites tabs.
 */
export function explainYamlErrors(source: string, doc: Document, counter: LineCounter, lineOffset: number, tabsFixable: boolean): SyntaxProblem | undefined {
	const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
	if (!errors.length) return undefined;
	const raw = source.split(/\r?\n/);
	const lines = raw.map(parseLine);
	/** 1-based line of the YAML text at an offset. */
	const lineAt = (offset: number) => counter.linePos(offset).line;
	const at = (line: number, message: string, fix: string): SyntaxProblem => ({ line: line + lineOffset, message, fix });
	const isBlank = (n: number) => !raw[n - 1]?.trim() || /^\s*#/.test(raw[n - 1]!);
	const of = (key?: string) => (key ? ` de «${key}»` : '');

	/**
	 * The column the lines of a block should start at, from the line that opens it: the key after
	 * «- » for the fields of a list entry, two more spaces than its key for a nested field.
	 */
	const blockOf = (n: number) => {
		const own = lines[n - 1]!;
		for (let p = n - 1; p >= 1; p--) {
			if (isBlank(p)) continue;
			const parent = lines[p - 1]!;
			if (parent.indent >= own.indent && !(parent.keyCol > parent.indent && parent.keyCol <= own.indent && parent.indent < own.indent)) continue;
			if (parent.keyCol > parent.indent) return { expected: parent.keyCol, parent: undefined as string | undefined, entry: true };
			return { expected: parent.indent + 2, parent: parent.key, entry: false };
		}
		return { expected: 0, parent: undefined as string | undefined, entry: false };
	};
	/** One line of a block whose lines do not line up: the first that is not where its block expects. */
	const misaligned = (candidates: number[], fallback: number) => {
		const block = blockOf(candidates[0]!);
		const wrong = candidates.find((n) => lines[n - 1]!.indent !== block.expected && lines[n - 1]!.keyCol === lines[n - 1]!.indent);
		const n = wrong ?? fallback;
		const got = lines[n - 1]!.indent;
		const want = wrong !== undefined ? block.expected : lines[candidates[0]! - 1]!.keyCol;
		const others = block.entry ? "els camps d'aquesta entrada" : block.parent ? `els camps de dins de «${block.parent}»` : want === 0 ? 'els camps principals' : 'els camps del mateix nivell';
		return at(
			n,
			want === 0 ? `aquesta línia comença amb ${spaces(got)}, però els camps principals van sense sagnat.` : `el sagnat d'aquesta línia no quadra: té ${spaces(got)} al començament, però ${others} en porten ${want}.`,
			want === 0 ? 'treu els espais del començament de la línia: els camps principals comencen a la primera columna.' : `posa-hi exactament ${spaces(want)} al començament, com a les altres línies del mateix bloc (cada nivell són dos espais).`,
		);
	};

	const first = errors[0]!;
	const firstLine = lineAt(first.pos[0]);

	// 1. A tab used for indentation: the parser's follow-on errors all come from it.
	// (In a list entry the parser does not say so: it only finds unexpected text from there on.)
	const tab = errors.find((e) => e.code === 'TAB_AS_INDENT');
	const tabLine = tab ? lineAt(tab.pos[0]) : raw.findIndex((l, i) => i < firstLine && /^ *\t/.test(l)) + 1;
	if (tabLine > 0) {
		return at(
			tabLine,
			'aquesta línia està sagnada amb un tabulador, i el YAML només accepta espais.',
			`canvia el tabulador per espais (dos per cada nivell, com les altres línies del bloc)${tabsFixable ? '; «npm run validate -- --fix» ho fa per tu' : ''}.`,
		);
	}

	// 2. An unclosed quote: reported where the text ends, to be fixed where it opens.
	const quote = errors.find((e) => e.code === 'MISSING_CHAR' && /quote/.test(e.message));
	if (quote) {
		let open: { start: number; double: boolean } | undefined;
		visit(doc, {
			Scalar(_, node) {
				if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] <= quote.pos[0] && node.range[1] >= quote.pos[0]) {
					open = { start: node.range[0], double: node.type === 'QUOTE_DOUBLE' };
				}
			},
		});
		const double = open?.double ?? /"/.test(quote.message);
		const n = open ? lineAt(open.start) : lineAt(quote.pos[0]);
		const mark = double ? '"' : "'";
		const key = lines[n - 1]?.key;
		return at(
			n,
			`les cometes (${mark}) que obren el valor${of(key)} no es tanquen.`,
			double
				? `tanca les cometes al final del text, a la mateixa línia: «${key ?? 'camp'}: "…"». Si el text conté cometes dobles, envolta'l amb cometes simples ('…').`
				: `tanca les cometes al final del text, a la mateixa línia: «${key ?? 'camp'}: '…'». Dins de cometes simples, cada apòstrof s'escriu doble (d''estudi); o envolta el text amb cometes dobles.`,
		);
	}

	// 3. A «[» list or a «{» group that does not close on its line.
	const flow = errors.find((e) => /^Flow (sequence|map)/.test(e.message) || /^Expected flow (sequence|map) to end/.test(e.message));
	if (flow) {
		const isMap = /map/.test(flow.message);
		const [openMark, closeMark] = isMap ? ['{', '}'] : ['[', ']'];
		let start: number | undefined;
		let closed = false;
		visit(doc, {
			Node(_, node) {
				if (start === undefined && isCollection(node) && node.flow && node.range && node.range[0] <= flow.pos[0]) {
					const text = source.slice(node.range[0], node.range[1]).trimEnd();
					if (text.startsWith(openMark) && (!text.endsWith(closeMark) || lineAt(node.range[1]) > lineAt(node.range[0]))) {
						start = node.range[0];
						closed = text.endsWith(closeMark);
					}
				}
			},
		});
		const n = start !== undefined ? lineAt(start) : firstLine;
		const key = lines[n - 1]?.key;
		const what = isMap ? `el grup${of(key)} que s'obre amb «{»` : `la llista${of(key)} que s'obre amb «[»`;
		return at(
			n,
			closed ? `${what} continua a la línia següent sense prou sagnat.` : `${what} no es tanca amb «${closeMark}».`,
			closed
				? `escriu tota la llista en aquesta línia, ${isMap ? `per exemple «${key ?? 'camp'}: { ca: …, es: … }»` : `per exemple «${key ?? 'camp'}: [a, b]»`}.`
				: `afegeix «${closeMark}» al final, a la mateixa línia: ${isMap ? `«${key ?? 'camp'}: { ca: …, es: … }»` : `«${key ?? 'camp'}: [a, b]»`}.`,
		);
	}

	// 4. A key that appears twice in the same block.
	if (first.code === 'DUPLICATE_KEY') {
		const line = lines[firstLine - 1]!;
		let earlier: number | undefined;
		for (let p = firstLine - 1; p >= 1; p--) {
			if (isBlank(p)) continue;
			const other = lines[p - 1]!;
			if (other.keyCol === line.keyCol && other.key === line.key) { earlier = p; break; }
			if (other.keyCol < line.keyCol) break;
		}
		return at(
			firstLine,
			`el camp «${line.key ?? '?'}» ja apareix ${earlier ? `a la línia ${earlier + lineOffset}` : 'més amunt'}, i cada camp només hi pot ser una vegada.`,
			`esborra una de les dues línies «${line.key ?? '?'}:», o ajunta'n els valors en una de sola.`,
		);
	}

	// 5. A quoted text followed by more text: «'Aules d'estudi'», «"Suport" escolar».
	if (first.code === 'UNEXPECTED_TOKEN' && /^['"]/.test(lines[firstLine - 1]?.value ?? '')) {
		const line = lines[firstLine - 1]!;
		const double = line.value!.startsWith('"');
		return at(
			firstLine,
			`el valor${of(line.key)} comença amb cometes, però les cometes es tanquen abans que s'acabi el text.`,
			double
				? `si el text conté cometes dobles, envolta'l amb cometes simples ('…'), o escriu-les com a \\"; si no les necessita, treu-les.`
				: `dins de cometes simples, cada apòstrof s'escriu doble («${line.key ?? 'title'}: 'Aules d''estudi'»); o envolta el text amb cometes dobles, o treu-les si el text no conté «: ».`,
		);
	}

	// 6. A value that starts with a sign YAML keeps for itself.
	const reserved = errors.find((e) => e.code === 'BAD_SCALAR_START' || e.code === 'BAD_ALIAS' || (e === first && e.code === 'UNEXPECTED_TOKEN' && /^[*&!%@`]/.test(lines[firstLine - 1]?.value ?? '')));
	if (reserved) {
		const n = lineAt(reserved.pos[0]);
		const line = lines[n - 1]!;
		const sign = (line.value ?? line.text.trim()).charAt(0);
		return at(n, `el valor${of(line.key)} comença amb «${sign}», un signe que el YAML reserva.`, `posa el valor entre cometes: «${line.key ?? 'camp'}: "${line.value || '…'}"».`);
	}

	if (first.code === 'BAD_DQ_ESCAPE') {
		const line = lines[firstLine - 1]!;
		return at(
			firstLine,
			`dins de cometes dobles, la barra inversa («\\») del valor${of(line.key)} ha d'anar seguida d'un codi vàlid, com \\" o \\n.`,
			`escriu la barra doble («\\\\»), o envolta el text amb cometes simples ('…').`,
		);
	}

	// 7. A line the parser could not fit in its block: a value with «: », a missing colon or space,
	// or a line with more or fewer spaces than its block.
	if (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY' || first.code === 'BAD_INDENT' || first.code === 'MISSING_CHAR') {
		const line = lines[firstLine - 1]!;
		const value = line.value ?? '';
		if (line.key !== undefined && !/^['"[{|>]/.test(value) && /:(\s|$)/.test(value)) {
			const shown = value.length > 40 ? `${value.slice(0, 40).trimEnd()}…` : value;
			return at(
				firstLine,
				`el valor${of(line.key)} conté «: » i no és entre cometes, i el YAML el llegeix com si fos un camp nou.`,
				`posa tot el valor entre cometes: «${line.key}: "${shown}"» (si el text conté cometes dobles, fes servir cometes simples).`,
			);
		}
		if (line.key === undefined && !isBlank(firstLine) && !/^ *- *$/.test(line.text) && !/^ *- /.test(line.text) && first.code === 'MULTILINE_IMPLICIT_KEY') {
			const glued = /^ *([^\s:#]+):(\S.*)$/.exec(line.text);
			if (glued) {
				return at(firstLine, `falta un espai després dels dos punts de «${glued[1]}».`, `escriu un espai entre els dos punts i el valor: «${glued[1]}: ${glued[2]}».`);
			}
			return at(
				firstLine,
				"a aquesta línia li falten els dos punts que separen el nom del camp del valor.",
				"escriu el nom del camp, dos punts i un espai abans del valor («strategy: autonomia-estudi»); si la línia continua el text de la línia anterior, ajunta-la amb aquella.",
			);
		}
		// The line after a «key: value» with more spaces: read as the continuation of that value.
		let next = firstLine + 1;
		while (next <= lines.length && isBlank(next)) next++;
		if (line.key !== undefined && value !== '' && next <= lines.length && lines[next - 1]!.indent > line.indent) {
			return misaligned([firstLine, next], next);
		}
		if (first.code === 'BAD_INDENT' || first.code === 'MISSING_CHAR') {
			// The earlier lines of the same block, to find which one is out of line.
			const block: number[] = [];
			for (let p = firstLine - 1; p >= 1; p--) {
				if (isBlank(p)) continue;
				const other = lines[p - 1]!;
				if (other.indent < Math.min(line.indent, ...block.map((b) => lines[b - 1]!.indent)) || other.keyCol > other.indent) break;
				block.unshift(p);
			}
			return misaligned([...block.filter((b) => lines[b - 1]!.key !== undefined && lines[b - 1]!.indent !== line.indent).slice(0, 1), firstLine], firstLine);
		}
	}

	return at(firstLine, "el YAML d'aquesta línia no es pot llegir.", GENERIC_FIX);
}

/** For a document without parse errors that cannot be turned into data (an alias to nothing: `*text`). */
export function explainUnreadable(source: string, lineOffset: number): SyntaxProblem {
	const lines = source.split(/\r?\n/).map(parseLine);
	const index = lines.findIndex((l) => /^[*&!]/.test(l.value ?? ''));
	if (index < 0) return { line: 1 + lineOffset, message: "el YAML no es pot llegir.", fix: GENERIC_FIX };
	const line = lines[index]!;
	return { line: index + 1 + lineOffset, message: `el valor${line.key ? ` de «${line.key}»` : ''} comença amb «${line.value!.charAt(0)}», un signe que el YAML reserva.`, fix: `posa el valor entre cometes: «${line.key ?? 'camp'}: "${line.value}"».` };
}
