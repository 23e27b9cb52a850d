/*
 * chromium.ts
 * Where our tools find Chromium (e2e tests, screenshots, the PDF export). Playwright cannot
 * download its browsers on our machines; we use Debian's `chromium` package, or $CHROMIUM_PATH.
 */

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-gpu',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Where a Chromium is looked for when $CHROMIUM_PATH is not set, in order. */
export const CHROMIUM_CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Playwright's own Chromium, when `npx playwright install chromium` has downloaded it. */
function playwrightChromium(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** The Chromium executable, or undefined. $CHROMIUM_PATH, when set, is the only candidate. */
export function chromiumPath(): string | undefined {
	const explicit = process.env['CHROMIUM_PATH'];
	const candidates = explicit ? [explicit] : [...CHROMIUM_CANDIDATES, playwrightChromium()];
	return candidates.find((p): p is string => !!p && existsSync(p));
}

/** What to tell a reader who has no Chromium: every way to provide one. */
export function missingChromiumMessage(): string {
	const explicit = process.env['CHROMIUM_PATH'];
	return [
		explicit
			? `Chromium not found: CHROMIUM_PATH=${explicit} does not exist.`
			: `Chromium not found (looked in ${CHROMIUM_CANDIDATES.slice(0, 5).join(', ')} and Playwright's browser cache).`,
		'Provide one of these ways:',
		'  - Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk',
		'  - any Chromium or Chrome already installed: CHROMIUM_PATH=/path/to/chrome npm run pdf',
		"  - Playwright's build, where downloads are allowed: npx playwright install chromium",
	].join('\n');
}
