/**
 * Each dimension's colour, for its icon and the edge of its cards, as an inline custom property
 * (`--dimension`): a `light-dark()` pair, AA (3:1) for graphics on both themes. Inline, so that
 * the shared stylesheet of every page does not carry it. A dimension without a colour of its own
 * takes the accent.
 */
const COLOURS: Record<string, readonly [light: string, dark: string]> = {
	apoderament: ['hsl(262, 50%, 45%)', 'hsl(262, 80%, 78%)'],
	adhesio: ['hsl(210, 75%, 38%)', 'hsl(210, 85%, 72%)'],
	'segona-oportunitat': ['hsl(150, 65%, 26%)', 'hsl(150, 55%, 62%)'],
	'qualificacio-insercio': ['hsl(28, 85%, 34%)', 'hsl(35, 85%, 65%)'],
	'inclusio-xarxa': ['hsl(190, 80%, 26%)', 'hsl(190, 70%, 60%)'],
};

export const dimensionStyle = (dimension: string): string => {
	const colour = COLOURS[dimension];
	return `--dimension: ${colour ? `light-dark(${colour[0]}, ${colour[1]})` : 'var(--sl-color-accent)'}`;
};
