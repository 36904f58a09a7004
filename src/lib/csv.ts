/** CSV for the open data: RFC 4180, safe to open in a spreadsheet. */

/**
 * A cell a spreadsheet would read as a formula (OWASP's CSV injection rule): text that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text. Numbers stay numbers.
 */
export const neutraliseCell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** RFC 4180 CSV, with a header row. Lists are joined with "; ". */
export function toCsv(rows: Record<string, unknown>[]): string {
	if (!rows.length) return '';
	const headers = Object.keys(rows[0]!);
	const cell = (value: unknown) => {
		const s = Array.isArray(value) ? value.map((v) => neutraliseCell(String(v))).join('; ') : value === undefined || value === null ? '' : typeof value === 'number' ? String(value) : neutraliseCell(String(value));
		return /[",\n\r;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
	};
	return `${[headers.map(neutraliseCell).join(','), ...rows.map((r) => headers.map((h) => cell(r[h])).join(','))].join('\r\n')}\r\n`;
}
