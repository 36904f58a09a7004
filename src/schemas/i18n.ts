/**
 * Our UI strings, added to Starlight's in `content/i18n/<locale>.json` and read with
 * `Astro.locals.t('key')`. Keys are namespaced by the component that reads them.
 */
import { z } from 'astro/zod';

export const uiStrings = z.object({}).catchall(z.string());
