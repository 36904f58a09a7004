import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/fixtures/**', 'node_modules/**'],
		testTimeout: 60_000,
		hookTimeout: 240_000,
		// Build and browser tests are heavy; two workers fit the 2-core machine.
		maxWorkers: 2,
		reporters: ['default'],
	},
});
