/*
 * measure.ts
 * Measures the README's budgets on a served build:
 *   - JavaScript loaded before any interaction on a chapter page (gzip, as a server would send it),
 *   - Run → first output, cold (first run: worker start) and warm (later runs).
 * Usage: node tests/e2e/serve.mjs 4399 & npx tsx tests/e2e/measure.ts [chapter-path]
 */

import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser';

const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:4399';
const executablePath = chromiumPath();
if (!executablePath) throw new Error('no Chromium found');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const page = await browser.newPage();

const scripts = new Map<string, Buffer>();
page.on('response', async (response) => {
	const type = response.headers()['content-type'] ?? '';
	if (type.includes('javascript')) scripts.set(response.url(), await response.body());
});
const chapter = process.argv[2] ?? '/chapters/01-concurrency-models/';
await page.goto(base + chapter);
await page.waitForLoadState('networkidle');
const inline = await page.evaluate(() =>
	Array.from(document.querySelectorAll('script:not([src])'))
		.map((s) => s.textContent ?? '')
		.join('\n')
);
let raw = Buffer.byteLength(inline);
let gz = gzipSync(inline).length;
for (const body of scripts.values()) {
	raw += body.length;
	gz += gzipSync(body).length;
}
console.log(
	`JS before interaction on ${chapter}: ${scripts.size} files + inline, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`
);
for (const [url, body] of scripts)
	console.log(`  ${url.replace(base, '')}: ${(gzipSync(body).length / 1024).toFixed(1)} KB gzip`);

await page.goto(base + '/en/playground/');
const pg = page.locator('py-playground');
const samples: number[] = [];
for (let i = 0; i < 6; i++) {
	await pg.evaluate((el) => {
		(el as HTMLElement & { code: string }).code = 'print("hello")\n';
	});
	await pg.locator('[data-action=run]').click();
	await page.waitForFunction(
		() => document.querySelector('py-playground')?.getAttribute('data-state') === 'done'
	);
	samples.push(Number(await pg.getAttribute('data-first-output-ms')));
}
const [cold, ...warm] = samples;
warm.sort((a, b) => a - b);
console.log(
	`Run → first output: cold ${cold} ms, warm median ${warm[Math.floor(warm.length / 2)]} ms (samples ${samples.join(', ')})`
);
await browser.close();
