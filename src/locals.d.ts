/** What a page tells the Starlight route middleware (`src/route-data.ts`) about itself. */
declare namespace App {
	interface Locals {
		/**
		 * The page's canonical address, when it is not the page's own: a sheet served at its
		 * number permalink or a former slug names its named page (see `alias` in ActionPage).
		 */
		canonicalUrl?: string;
	}
}
