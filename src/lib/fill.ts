/**
 * Fills a UI string's `%n` (a number) and `%v` (a value). Its own module, without imports, so that
 * the pages' scripts share it with the server without pulling in anything else.
 */
export const fill = (template: string, values: { n?: string | number; v?: string }) =>
	template.replace(/%([nv])/g, (_, k: 'n' | 'v') => String(values[k] ?? ''));
