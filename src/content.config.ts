/**
 * The one registry of content collections. Every collection reads from the top-level `content/`
 * folder, which is the only folder editors touch; schemas live in `src/schemas/`.
 * Vocabularies and references are enums built from the content's own ids (see
 * `src/lib/content-files.ts`), and `npm run validate` runs the same schemas first, with Catalan
 * messages, at the start of every build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { readKnownIds } from './lib/content-files.ts';
import { uiStringsLoader } from './lib/ui-strings-loader.ts';
import { actionSchema } from './schemas/actions.ts';
import { chapterFields } from './schemas/docs.ts';
import { experienceSchema } from './schemas/experiences.ts';
import { uiStrings } from './schemas/i18n.ts';
import { dimensionSchema, setSchema, strategySchema } from './schemas/taxonomy.ts';
import { actionTranslationSchema, experienceTranslationSchema, TRANSLATION_LOCALES } from './schemas/translations.ts';
import { scaleTermSchema, vocabularyTermSchema } from './schemas/vocabulary.ts';

const known = readKnownIds(process.cwd());

export const collections = {
	// content/docs/**: chapters and site pages. Rendered by Starlight's own route.
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.mdx' }),
		schema: docsSchema({ extend: chapterFields }),
	}),
	// content/i18n/*.json: our UI strings beside Starlight's. Read with Astro.locals.t().
	i18n: defineCollection({
		loader: uiStringsLoader(),
		schema: i18nSchema({ extend: uiStrings }),
	}),
	// content/taxonomia/conjunts.yaml: read by the overview and dimension pages.
	sets: defineCollection({ loader: file('content/taxonomia/conjunts.yaml'), schema: setSchema }),
	// content/taxonomia/dimensions.yaml: read by the overview, dimension pages and action trails.
	dimensions: defineCollection({ loader: file('content/taxonomia/dimensions.yaml'), schema: dimensionSchema(known.sets) }),
	// content/taxonomia/estrategies.yaml: read by the overview, strategy pages and action trails.
	strategies: defineCollection({ loader: file('content/taxonomia/estrategies.yaml'), schema: strategySchema(known.dimensions) }),
	// content/vocabularis/destinataris.yaml: facets, cards and sheets.
	audiences: defineCollection({ loader: file('content/vocabularis/destinataris.yaml'), schema: vocabularyTermSchema }),
	// content/vocabularis/agents.yaml: facets and sheets.
	agents: defineCollection({ loader: file('content/vocabularis/agents.yaml'), schema: vocabularyTermSchema }),
	// content/vocabularis/escales.yaml: facets, cards and sheets.
	scales: defineCollection({ loader: file('content/vocabularis/escales.yaml'), schema: vocabularyTermSchema }),
	// content/vocabularis/comarques.yaml: where experiences happened. Facets, cards and experience pages.
	comarques: defineCollection({ loader: file('content/vocabularis/comarques.yaml'), schema: vocabularyTermSchema }),
	// content/vocabularis/{cost,temps-posada-en-marxa,municipis-petits,evidencia,objectius}.yaml: the
	// ordered scales of the decision facts. Sheets, catalogue facets and sort, «Com llegir les fitxes».
	costs: defineCollection({ loader: file('content/vocabularis/cost.yaml'), schema: scaleTermSchema }),
	setupTimes: defineCollection({ loader: file('content/vocabularis/temps-posada-en-marxa.yaml'), schema: scaleTermSchema }),
	smallTownFits: defineCollection({ loader: file('content/vocabularis/municipis-petits.yaml'), schema: scaleTermSchema }),
	evidenceLevels: defineCollection({ loader: file('content/vocabularis/evidencia.yaml'), schema: scaleTermSchema }),
	goals: defineCollection({ loader: file('content/vocabularis/objectius.yaml'), schema: scaleTermSchema }),
	// content/actuacions/*.mdx: the Catalan action sheets. Read by src/pages/[...locale]/actuacions/.
	actions: defineCollection({ loader: glob({ base: './content/actuacions', pattern: '*.mdx' }), schema: actionSchema(known) }),
	// content/actuacions/{es,en}/*.mdx: translated action sheets. Read by the action pages under /es/ and /en/.
	actionTranslations: defineCollection({ loader: glob({ base: './content/actuacions', pattern: `{${TRANSLATION_LOCALES.join(',')}}/*.mdx` }), schema: actionTranslationSchema }),
	// content/experiencies/{es,en}/*.mdx: translated experiences. Read by the experience pages under /es/ and /en/.
	experienceTranslations: defineCollection({ loader: glob({ base: './content/experiencies', pattern: `{${TRANSLATION_LOCALES.join(',')}}/*.mdx` }), schema: experienceTranslationSchema }),
	// content/experiencies/*.mdx: experiences. Read by src/pages/[...locale]/experiencies/ and action pages.
	experiences: defineCollection({ loader: glob({ base: './content/experiencies', pattern: '*.mdx' }), schema: experienceSchema(known) }),
};
