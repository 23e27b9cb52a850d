/*
 * site.test.ts
 * The book as a reader meets it: pages load clean and light, static output without JavaScript,
 * search, accessibility.
 */

import AxeBuilder from '@axe-core/playwright';
import { CHAPTER_EN, CHAPTER_ZH, expect, needsRuntime, skipWithoutBrowser, test } from './fixtures';

skipWithoutBrowser();

const HEAVY = /monacoEditor|editor\.worker|runtime\.worker|github-(light|dark)|python\.[\w-]+\.js/;

test('chapter page loads without console errors and without Monaco or the worker', async ({
	page,
	consoleErrors,
}) => {
	const requests: string[] = [];
	page.on('request', (req) => requests.push(req.url()));
	await page.goto(CHAPTER_ZH);
	await expect(page.locator('py-playground')).toHaveCount(4);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((url) => HEAVY.test(url))).toEqual([]);
	expect(consoleErrors).toEqual([]);
	// The element is defined and wired even before interaction.
	expect(await page.evaluate(() => customElements.get('py-playground') !== undefined)).toBe(true);
});

test('static HTML has the code and the output area with JavaScript disabled', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER_EN);
	const first = page.locator('py-playground').first();
	await expect(first.locator('[data-editor] pre')).toContainText('def countdown(n):');
	await expect(first.locator('[data-output]')).toBeAttached();
	await context.close();
});

test('static HTML contains the recorded output with JavaScript disabled', async ({ browser }) => {
	needsRuntime();
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER_EN);
	const first = page.locator('py-playground').first();
	await expect(first.locator('[data-output]')).toContainText('countdown starts');
	await expect(first.locator('[data-wall-time]')).toContainText('(simulated)');
	const ticker = page.locator('py-playground').nth(2);
	await expect(ticker.locator('[data-wall-time]')).toContainText('Wall time 2.00 s');
	await expect(ticker.locator('[data-timeline]')).toBeVisible();
	const failing = page.locator('py-playground').nth(3);
	await expect(failing.locator('[data-output] [data-stream=stderr]')).toContainText('StopIteration');
	await context.close();
});

test('search finds a chapter', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('input').first().fill('generators');
	await expect(dialog.getByRole('link', { name: /Generators in 5 minutes/ }).first()).toBeVisible();
});

test('search finds a chapter in Chinese', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: '搜索' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('input').first().fill('生成器');
	await expect(dialog.getByRole('link', { name: /五分钟认识生成器/ }).first()).toBeVisible();
});

for (const path of ['/', CHAPTER_ZH, '/en/', CHAPTER_EN, '/playground/']) {
	for (const theme of ['light', 'dark'] as const) {
		test(`axe: no serious violations on ${path} (${theme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			expect(serious).toEqual([]);
		});
	}
}
