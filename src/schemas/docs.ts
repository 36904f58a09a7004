/**
 * Extra frontmatter of the `docs` collection (chapters and site pages in `content/docs/`), on top
 * of Starlight's own fields (title, description, sidebar…).
 */
import { z } from 'astro/zod';

export const chapterFields = z.object({});
