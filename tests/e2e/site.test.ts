/*
 * site.test.ts
 * The book as a reader meets it: pages load clean and light, static output without JavaScript,
 * search, accessibility.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, firstChapter, needsRuntime, skipWithoutBrowser, test } from './fixtures';

skipWithoutBrowser();

const HEAVY =
	/monaco(Editor)?\.|editor\.worker|runtime\.worker|github-(light|dark)|python\.[\w-]+\.js/;

test('a chapter loads without console errors and without Monaco or the worker', async ({
	page,
	consoleErrors,
}) => {
	const chapter = await firstChapter(page, 'zh-CN');
	const requests: string[] = [];
	page.on('request', (req) => requests.push(req.url()));
	await page.goto(chapter);
	expect(await page.locator('py-playground').count()).toBeGreaterThan(0);
	await page.waitForLoadState('networkidle');
	expect(requests.filter((url) => HEAVY.test(url))).toEqual([]);
	expect(consoleErrors).toEqual([]);
	expect(await page.evaluate(() => customElements.get('py-playground') !== undefined)).toBe(true);
});

test('static HTML has the code of every block with JavaScript disabled', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const chapter = await firstChapter(page, 'en');
	await page.goto(chapter);
	const first = page.locator('py-playground').first();
	const code = (await first.getAttribute('data-code')) ?? '';
	const firstLine = code.split('\n').find((l) => l.trim()) ?? '';
	await expect(first.locator('[data-editor] pre')).toContainText(firstLine.trim());
	await context.close();
});

test('static HTML contains the recorded output and times with JavaScript disabled', async ({
	browser,
}) => {
	needsRuntime();
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	// The playground's example (asyncio.gather of two sleeps) is run at build time.
	await page.goto('/en/playground/');
	const example = page.locator('py-playground');
	await expect(example.locator('[data-output]')).toHaveText('hello, asyncio\nhello, world\n');
	await expect(example.locator('[data-wall-time]')).toHaveText('Wall time 2.00 s (simulated)');
	await expect(example.locator('[data-run-time]')).toContainText('ran in');
	await expect(example.locator('[data-timeline]')).toBeVisible();
	await expect(
		example.locator('[data-timeline] svg .pp-tl-row .pp-tl-wait[data-wait=sleep]')
	).toHaveCount(2);
	// Chapter blocks too: every block that ran shows its output and wall time.
	await page.goto(await firstChapterNoJs(page));
	const ran = page.locator('py-playground[data-state=done]').first();
	await expect(ran.locator('[data-output] .pp-line').first()).toBeAttached();
	await expect(ran.locator('[data-wall-time]')).toContainText('(simulated)');
	await context.close();
});

async function firstChapterNoJs(page: Page): Promise<string> {
	await page.goto('/en/playground/');
	return (await page.locator('a[href*="/en/chapters/"]').first().getAttribute('href')) ?? '/en/';
}

test('search finds a chapter', async ({ page }) => {
	await page.goto('/en/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('input').first().fill('generator');
	await expect(dialog.locator('a[href*="/en/chapters/"]').first()).toBeVisible();
});

test('search finds a chapter in Chinese', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: '搜索' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.locator('input').first().fill('生成器');
	await expect(dialog.locator('a[href^="/chapters/"]').first()).toBeVisible();
});

test('search opens with Ctrl+K and with / (not while typing in a block), loading its UI then', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (req) => requests.push(req.url()));
	await page.goto(await firstChapter(page, 'en'));
	await page.waitForLoadState('networkidle');
	// Pagefind's UI is not loaded with the page, only when the search is opened.
	expect(requests.filter((url) => /pagefind|ui-core/.test(url))).toEqual([]);
	const dialog = page.getByRole('dialog');
	await page.keyboard.press('Control+k');
	await expect(dialog.locator('input').first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.keyboard.press('/');
	await expect(dialog.locator('input').first()).toBeFocused();
	await dialog.locator('input').first().fill('generator');
	await expect(dialog.locator('a[href*="/en/chapters/"]').first()).toBeVisible();
	await page.keyboard.press('Escape');
	// '/' typed into a block's editor stays there.
	const first = page.locator('py-playground').first();
	await first.locator('[data-editor] pre').click();
	await expect(first.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
	await first.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('/');
	await expect(dialog).toBeHidden();
	expect(await first.evaluate((el) => (el as HTMLElement & { code: string }).code)).toContain('/');
});

for (const locale of ['zh-CN', 'en'] as const) {
	for (const theme of ['light', 'dark'] as const) {
		test(`axe: no serious violations (${locale}, ${theme})`, async ({ page }) => {
			test.setTimeout(180_000); // three pages, one of them a long chapter
			const chapter = await firstChapter(page, locale);
			const home = locale === 'en' ? '/en/' : '/';
			const playground = locale === 'en' ? '/en/playground/' : '/playground/';
			await page.emulateMedia({ colorScheme: theme });
			for (const path of [home, chapter, playground]) {
				await page.goto(path);
				// Render every block (off-screen ones are content-visibility: auto), so that axe
				// checks their colours instead of reporting them as incomplete.
				await page.addStyleTag({
					content: 'py-playground { content-visibility: visible !important; }',
				});
				const results = await new AxeBuilder({ page }).analyze();
				const serious = results.violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				expect(serious).toEqual([]);
			}
		});
	}
}

// The print edition (/print/: the whole book on one page, laid out for paper by tools/pdf.ts),
// as printed. Its chapters are the web chapters again (checked above) and axe on all of it
// takes minutes, so: the cover, the contents and the first chapter.
for (const path of ['/print/', '/en/print/']) {
	test(`axe: no serious violations (print edition ${path})`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.emulateMedia({ media: 'print' });
		await page.goto(path);
		const results = await new AxeBuilder({ page })
			.include('.print-cover')
			.include('.print-toc')
			.include('article.print-chapter:first-of-type')
			.analyze();
		const serious = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		expect(serious).toEqual([]);
	});
}
