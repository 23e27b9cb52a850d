/*
 * playwright.config.ts
 * End-to-end tests against the built site (`astro build` first; `npm run test:e2e` does both),
 * served by a tiny static server (tests/e2e/serve.mjs) on a local port. Browser: Debian's chromium (Playwright cannot
 * download browsers here). Without a browser the tests are skipped locally, and fail under CI.
 */

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, MISSING_BROWSER_MESSAGE } from './tests/e2e/browser';

const executablePath = chromiumPath();
if (!executablePath) {
	if (process.env['CI']) throw new Error(`CI=true and ${MISSING_BROWSER_MESSAGE}`);
	console.warn(`\n*** ${MISSING_BROWSER_MESSAGE} ***\n`);
}

const port = Number(process.env['E2E_PORT'] ?? 4329);
/** Built by `npm run test:e2e` (see package.json); E2E_DIST_DIR=dist tests the normal build. */
const distDir = process.env['E2E_DIST_DIR'] ?? 'node_modules/.cache/pyco-e2e-site';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	forbidOnly: !!process.env['CI'],
	retries: 0,
	workers: process.env['CI'] ? 2 : 4,
	reporter: [['list']],
	// Generous: the machine running the tests may be busy (other builds and test suites).
	timeout: 60_000,
	use: {
		baseURL,
		browserName: 'chromium',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},
	webServer: {
		command: `node tests/e2e/serve.mjs ${port}`,
		env: { DIST_DIR: distDir },
		url: `${baseURL}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
		stdout: 'ignore',
	},
});
