/*
 * browser.ts
 * Where the e2e tests find Chromium. Playwright cannot download browsers here; we use Debian's
 * `chromium` package (or $CHROMIUM_PATH).
 */

import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-gpu',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** The Chromium executable, or undefined. $CHROMIUM_PATH, when set, is the only candidate. */
export function chromiumPath(): string | undefined {
	const explicit = process.env['CHROMIUM_PATH'];
	const candidates = explicit ? [explicit] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((p): p is string => !!p && existsSync(p));
}

export const MISSING_BROWSER_MESSAGE =
	'Chromium not found (set CHROMIUM_PATH or `apt-get install chromium fonts-noto-cjk`): e2e tests skipped.';
