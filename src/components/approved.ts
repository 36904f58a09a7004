/**
 * The only components an MDX content file may use, all imported from `~/components`, and the
 * only props each one takes. `src/components/index.ts` re-exports exactly these; the content
 * check (`src/lib/validation/markdown.ts`) rejects any other component or prop, checks every
 * `link` prop with the link rule and every `text` prop as plain text (never HTML).
 */

/** What a prop may hold. */
export type PropSpec =
	/** Plain text (no markup, no invisible characters). */
	| { type: 'text'; required?: boolean }
	/** A link: https, http, mailto, tel or a site path. */
	| { type: 'link'; required?: boolean }
	/** One of a closed list of values. */
	| { type: 'enum'; values: readonly string[]; required?: boolean }
	/** A flag written without a value, e.g. `<CardGrid stagger>`. */
	| { type: 'flag' };

/** Icons a card may show: a few of Starlight's, enough for content. */
export const CARD_ICONS = ['approve-check', 'document', 'information', 'list-format', 'open-book', 'pencil', 'puzzle', 'rocket', 'setting', 'star', 'warning'] as const;

export const APPROVED_PROPS = {
	Aside: { type: { type: 'enum', values: ['note', 'tip', 'caution', 'danger'] }, title: { type: 'text' } },
	Badge: { text: { type: 'text', required: true }, variant: { type: 'enum', values: ['default', 'note', 'tip', 'caution', 'danger', 'success'] }, size: { type: 'enum', values: ['small', 'medium', 'large'] } },
	Card: { title: { type: 'text', required: true }, icon: { type: 'enum', values: CARD_ICONS } },
	CardGrid: { stagger: { type: 'flag' } },
	LinkCard: { title: { type: 'text', required: true }, href: { type: 'link', required: true }, description: { type: 'text' } },
	Steps: {},
} as const satisfies Record<string, Record<string, PropSpec>>;

export type ApprovedComponent = keyof typeof APPROVED_PROPS;
export const APPROVED_COMPONENTS = Object.keys(APPROVED_PROPS) as ApprovedComponent[];

/** The one import path content files may use. */
export const COMPONENTS_IMPORT_PATH = '~/components';
