/*
 * playground.test.ts
 * The live blocks: editing, persistence, reset/undo, share, run, stop.
 */

import {
	block,
	CHAPTER_EN,
	CHAPTER_ZH,
	codeOf,
	expect,
	needsRuntime,
	openEditor,
	skipWithoutBrowser,
	test,
} from './fixtures';

skipWithoutBrowser();

test('Monaco replaces the static code in place, without a layout jump', async ({
	page,
	consoleErrors,
}) => {
	await page.goto(CHAPTER_EN);
	const first = block(page);
	const before = await first.locator('[data-editor]').boundingBox();
	await openEditor(first);
	await expect(first.locator('.monaco-editor')).toBeVisible();
	const after = await first.locator('[data-editor]').boundingBox();
	expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThanOrEqual(4);
	expect(consoleErrors).toEqual([]);
});

test('an edit survives a reload and is marked modified', async ({ page }) => {
	await page.goto(CHAPTER_ZH);
	const first = block(page);
	await openEditor(first);
	await first.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type('\nprint("edited")');
	await expect(first.locator('[data-modified]')).toBeVisible();
	await page.reload();
	await expect(block(page).locator('[data-modified]')).toBeVisible();
	expect(await codeOf(block(page))).toContain('print("edited")');
	// Other blocks are untouched.
	await expect(block(page, 1).locator('[data-modified]')).toBeHidden();
});

test('Reset restores the original and can be undone', async ({ page }) => {
	await page.goto(CHAPTER_EN);
	const second = block(page, 1);
	const original = await codeOf(second);
	await second.evaluate((el) => {
		(el as HTMLElement & { code: string }).code = 'print("mine")\n';
	});
	await expect(second.locator('[data-modified]')).toBeVisible();
	await second.locator('[data-action=reset]').click();
	expect(await codeOf(second)).toBe(original);
	await expect(second.locator('[data-modified]')).toBeHidden();
	await second.locator('[data-action=undo-reset]').click();
	expect(await codeOf(second)).toBe('print("mine")\n');
	await page.reload();
	expect(await codeOf(block(page, 1))).toBe('print("mine")\n');
});

test('Share opens the playground with the code', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(CHAPTER_EN);
	const first = block(page);
	const code = 'print("shared from the book")\nprint("两行")\n';
	await first.evaluate((el, c) => {
		(el as HTMLElement & { code: string }).code = c;
	}, code);
	await first.locator('[data-action=share]').click();
	const link = first.locator('[data-share-link]');
	await expect(link).toBeVisible();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/\/en\/playground\/#code=/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
	await page.goto(href ?? '');
	const playground = block(page);
	await expect(playground).toHaveAttribute('data-full', '');
	await expect.poll(() => codeOf(playground)).toBe(code);
});

test('Copy puts the code on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(CHAPTER_EN);
	await block(page).locator('[data-action=copy]').click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await codeOf(block(page)));
});

test('on a touch device the editor is a plain textarea', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
	});
	const page = await context.newPage();
	await page.goto(CHAPTER_ZH);
	const first = block(page);
	await first.locator('[data-editor] pre').tap();
	await expect(first).toHaveAttribute('data-editor', 'textarea');
	await first.locator('textarea').fill('print(1)\n');
	expect(await codeOf(first)).toBe('print(1)\n');
	await context.close();
});

test('Run shows the output and the wall time', async ({ page, consoleErrors }) => {
	needsRuntime();
	await page.goto(CHAPTER_EN);
	const ticker = block(page, 2);
	await ticker.locator('[data-action=run]').click();
	await expect(ticker).toHaveAttribute('data-state', 'done');
	await expect(ticker.locator('[data-output]')).toContainText('tick, elapsed: 0.5 s');
	await expect(ticker.locator('[data-wall-time]')).toHaveText('Wall time 2.00 s (simulated)');
	await expect(ticker.locator('[data-run-time]')).toContainText('ran in');
	await expect(ticker.locator('[data-timeline] .pp-mark').first()).toBeAttached();
	expect(consoleErrors).toEqual([]);
});

test('Ctrl+Enter runs, and an error is marked at its line', async ({ page }) => {
	needsRuntime();
	await page.goto(CHAPTER_EN);
	const failing = block(page, 3);
	await openEditor(failing);
	await failing.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('Control+Enter');
	await expect(failing).toHaveAttribute('data-state', 'error');
	await expect(failing.locator('[data-output] [data-stream=stderr]')).toContainText('StopIteration');
	await expect(failing.locator('.monaco-editor .squiggly-error')).toBeAttached();
});

test('Stop ends an infinite loop and the page stays responsive', async ({ page }) => {
	needsRuntime();
	await page.goto(CHAPTER_EN);
	const first = block(page);
	await first.evaluate((el) => {
		(el as HTMLElement & { code: string }).code = 'print("start")\nwhile True:\n    pass\n';
	});
	await first.locator('[data-action=run]').click();
	await expect(first).toHaveAttribute('data-state', 'running');
	await expect(first.locator('[data-output]')).toContainText('start');
	const stopClicked = Date.now();
	await first.locator('[data-action=stop]').click();
	await expect(first).toHaveAttribute('data-state', 'idle');
	expect(Date.now() - stopClicked).toBeLessThan(1000);
	expect(await page.evaluate(() => 6 * 7)).toBe(42);
	// A fresh worker runs the next program.
	await first.evaluate((el) => {
		(el as HTMLElement & { code: string }).code = 'print("again")\n';
	});
	await first.locator('[data-action=run]').click();
	await expect(first.locator('[data-output]')).toContainText('again');
});
