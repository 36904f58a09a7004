// The components MDX content may import, always as `import { … } from '~/components'`.
// Keep this list equal to APPROVED_PROPS in ./approved.ts (a test checks it). Starlight's Card and
// LinkCard render their title as HTML, so content gets wrappers that pass only the approved props
// and escape every text prop.
export { Aside, Badge, CardGrid, Steps } from '@astrojs/starlight/components';
export { default as Card } from './content/Card.astro';
export { default as LinkCard } from './content/LinkCard.astro';
