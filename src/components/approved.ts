/**
 * The only components an MDX content file may use, all imported from `~/components`.
 * `src/components/index.ts` re-exports exactly these; the content lint rejects anything else.
 */
export const APPROVED_COMPONENTS = ['Aside', 'Badge', 'Card', 'CardGrid', 'LinkCard', 'Steps'] as const;

/** The one import path content files may use. */
export const COMPONENTS_IMPORT_PATH = '~/components';
