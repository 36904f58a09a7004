// The components MDX content may import, always as `import { … } from '~/components'`.
// Keep this list equal to APPROVED_COMPONENTS in ./approved.ts (a test checks it).
export { Aside, Badge, Card, CardGrid, LinkCard, Steps } from '@astrojs/starlight/components';
