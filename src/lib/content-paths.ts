/**
 * Where each kind of content lives, relative to the project root. A module of its own, with no
 * Node imports, so that code that also runs in the browser (the validation messages, used by the
 * experience proposal form) can name the same files.
 */
export const CONTENT_PATHS = {
	sets: 'content/taxonomia/conjunts.yaml',
	dimensions: 'content/taxonomia/dimensions.yaml',
	strategies: 'content/taxonomia/estrategies.yaml',
	audiences: 'content/vocabularis/destinataris.yaml',
	agents: 'content/vocabularis/agents.yaml',
	scales: 'content/vocabularis/escales.yaml',
	comarques: 'content/vocabularis/comarques.yaml',
	costs: 'content/vocabularis/cost.yaml',
	setupTimes: 'content/vocabularis/temps-posada-en-marxa.yaml',
	smallTownFits: 'content/vocabularis/municipis-petits.yaml',
	evidenceLevels: 'content/vocabularis/evidencia.yaml',
	goals: 'content/vocabularis/objectius.yaml',
	actions: 'content/actuacions',
	experiences: 'content/experiencies',
	docs: 'content/docs',
	chapters: 'content/docs/guia',
	uiStrings: 'content/i18n',
} as const;

/** The folder of the guide's chapters in one language: the Catalan masters, or a translation. */
export const chapterPath = (locale?: string) => (locale && locale !== 'ca' ? `${CONTENT_PATHS.docs}/${locale}/guia` : CONTENT_PATHS.chapters);
