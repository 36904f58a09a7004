/**
 * Our UI strings, added to Starlight's in `content/i18n/<locale>.json` and read with
 * `Astro.locals.t('key')`. Keys are namespaced by the component that reads them.
 */
import { z } from 'astro/zod';
import { plainText } from './safe-text.ts';

export const uiStrings = z.object({}).catchall(plainText(1, 1000));
