import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The longest file first, then Vitest's own order (by the last run's times, or by size on a fresh
 * clone). Axe and reflow on every sitemap page take longer than any other file: started last, as
 * the size order did, it ran alone at the end while the other worker sat idle.
 */
class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]) {
		const sorted = await super.sort(files);
		const first = (spec: TestSpecification) => (spec.moduleId.endsWith('tests/browser/a11y.test.ts') ? 0 : 1);
		return sorted.sort((a, b) => first(a) - first(b));
	}
}

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/fixtures/**', 'node_modules/**'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Build and browser tests are heavy; two workers fit the 2-core machine.
		maxWorkers: 2,
		sequence: { sequencer: LongestFirst },
		reporters: ['default'],
	},
});
