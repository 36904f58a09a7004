/**
 * CSV for the open data and the selection: RFC 4180, safe to open in a spreadsheet. It starts with
 * a UTF-8 byte-order mark, without which Excel reads accents wrongly, and joins a list inside a
 * cell with « | », never with «;», which Catalan and Spanish Excel take as the column separator.
 */

/**
 * A cell a spreadsheet would read as a formula (OWASP's CSV injection rule): text that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text. Numbers stay numbers.
 */
export const neutraliseCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** What joins the items of a list inside one cell. */
export const LIST_SEPARATOR = ' | ';

/** RFC 4180 CSV with a byte-order mark and a header row. Lists are joined with `LIST_SEPARATOR`. */
export function toCsv(rows: Record<string, unknown>[]): string {
	if (!rows.length) return '\uFEFF';
	const headers = Object.keys(rows[0]!);
	const cell = (value: unknown) => {
		const s = Array.isArray(value) ? value.map((v) => neutraliseCell(String(v))).join(LIST_SEPARATOR) : value === undefined || value === null ? '' : typeof value === 'number' ? String(value) : neutraliseCell(String(value));
		return /[",\n\r;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
	};
	return `\uFEFF${[headers.map(neutraliseCell).join(','), ...rows.map((r) => headers.map((h) => cell(r[h])).join(','))].join('\r\n')}\r\n`;
}
