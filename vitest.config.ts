import { defineConfig } from 'vitest/config';

// Every unit test of the project (runtime, conformance, site). Playwright's e2e tests live in
// tests/e2e and run with `npm run test:e2e` against a built site, never under Vitest.
export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['tests/e2e/**', '**/node_modules/**'],
	},
});
