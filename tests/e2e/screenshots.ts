/*
 * screenshots.ts
 * Looks at the built site the way a reader would: both locales, light and dark, desktop and
 * phone. Usage: npm run build && npx astro preview --port 4399 & npx tsx tests/e2e/screenshots.ts
 * Writes PNGs to test-results/screenshots/.
 */

import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './browser';

const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:4399';
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const executablePath = chromiumPath();
if (!executablePath) throw new Error('no Chromium found');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const pages = (
	process.argv[2] ??
	'/,/chapters/generators-in-5-minutes/,/en/,/en/chapters/generators-in-5-minutes/,/playground/'
).split(',');
for (const theme of ['light', 'dark'] as const) {
	for (const [device, viewport] of [
		['desktop', { width: 1280, height: 900 }],
		['phone', { width: 390, height: 844 }],
	] as const) {
		const context = await browser.newContext({
			viewport,
			colorScheme: theme,
			isMobile: device === 'phone',
			hasTouch: device === 'phone',
			deviceScaleFactor: 1,
		});
		const page = await context.newPage();
		for (const path of pages) {
			await page.goto(base + path);
			const name = `${path.replace(/\W+/g, '_') || 'home'}-${theme}-${device}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: process.argv[3] === 'full' });
		}
		await context.close();
	}
}
await browser.close();
console.log(`screenshots in ${out}`);
