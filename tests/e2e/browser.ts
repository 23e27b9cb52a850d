/*
 * browser.ts
 * Where the e2e tests find Chromium (see tools/chromium.ts).
 */

export { CHROMIUM_ARGS, chromiumPath } from '../../tools/chromium';

export const MISSING_BROWSER_MESSAGE =
	'Chromium not found (set CHROMIUM_PATH or `apt-get install chromium fonts-noto-cjk`): e2e tests skipped.';
