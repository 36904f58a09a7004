/**
 * Our UI strings (content/i18n/ca.json, the source language) are typed keys of Starlight's
 * `Astro.locals.t`, beside Starlight's own: a misspelt key is a type error, not a blank label.
 */
declare namespace StarlightApp {
	type UIStrings = typeof import('../content/i18n/ca.json');
	interface I18n extends UIStrings {}
}
