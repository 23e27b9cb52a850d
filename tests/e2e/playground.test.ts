/*
 * playground.test.ts
 * The live blocks: editing, persistence, reset/undo, share, copy, run, stop. Behaviour is
 * checked on code the tests put into the blocks, never on the chapters' own examples.
 */

import {
	block,
	codeOf,
	expect,
	firstChapter,
	needsRuntime,
	openEditor,
	setCode,
	skipWithoutBrowser,
	test,
} from './fixtures';
import { shareFragment } from '../../src/site/share';

/** The first Run of a page starts the worker and loads the runtime (~470 KB): be patient. */
const FIRST_RUN = { timeout: 30_000 };

skipWithoutBrowser();

test('Monaco replaces the static code in place, without a layout jump', async ({
	page,
	consoleErrors,
}) => {
	await page.goto(await firstChapter(page, 'en'));
	const first = block(page);
	const before = await first.locator('[data-editor]').boundingBox();
	await openEditor(first);
	await expect(first.locator('.monaco-editor')).toBeVisible();
	const after = await first.locator('[data-editor]').boundingBox();
	expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThanOrEqual(4);
	expect(consoleErrors).toEqual([]);
});

test('an edit survives a reload and is marked modified', async ({ page }) => {
	await page.goto(await firstChapter(page, 'zh-CN'));
	const first = block(page);
	await openEditor(first);
	await first.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('Control+End');
	await page.keyboard.type('\nprint("edited")');
	await expect(first.locator('[data-modified]')).toBeVisible();
	await page.reload();
	await expect(block(page).locator('[data-modified]')).toBeVisible();
	expect(await codeOf(block(page))).toContain('print("edited")');
	await expect(block(page, 1).locator('[data-modified]')).toBeHidden();
});

test('Reset restores the original and can be undone', async ({ page }) => {
	await page.goto(await firstChapter(page, 'en'));
	const second = block(page, 1);
	const original = await codeOf(second);
	await setCode(second, 'print("mine")\n');
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
	await page.goto(await firstChapter(page, 'en'));
	const first = block(page);
	const code = 'print("shared from the book")\nprint("两行")\n';
	await setCode(first, code);
	await first.locator('[data-version-select]').selectOption('3.9');
	await first.locator('[data-action=share]').click();
	const link = first.locator('[data-share-link]');
	await expect(link).toBeVisible();
	const href = await link.getAttribute('href');
	expect(href).toMatch(/\/en\/playground\/#code=[\w-]+&v=3\.9$/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
	await page.goto(href ?? '');
	const playground = block(page);
	await expect(playground).toHaveAttribute('data-full', '');
	await expect.poll(() => codeOf(playground)).toBe(code);
	await expect(playground.locator('[data-version-select]')).toHaveValue('3.9');
	// Edits on the playground page keep the URL up to date (the URL is its storage).
	await setCode(playground, 'print("edited in the playground")\n');
	await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(new URL(href ?? '').hash);
	await page.reload();
	await expect.poll(() => codeOf(block(page))).toBe('print("edited in the playground")\n');
});

test('Copy puts the code on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(await firstChapter(page, 'en'));
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
	await page.goto(await firstChapter(page, 'zh-CN'));
	const first = block(page);
	await first.locator('[data-editor] pre').tap();
	await expect(first).toHaveAttribute('data-editor', 'textarea');
	await first.locator('textarea').fill('print(1)\n');
	expect(await codeOf(first)).toBe('print(1)\n');
	await context.close();
});

test('Run shows the output, the wall time and the timeline', async ({ page, consoleErrors }) => {
	needsRuntime();
	const code = 'import time\nfor i in range(3):\n    time.sleep(0.5)\n    print("tick", i)\n';
	// The playground follows the blocks' rule: no timeline for a program without asyncio tasks…
	await page.goto('/en/playground/');
	await setCode(block(page), code);
	await block(page).locator('[data-action=run]').click();
	await expect(block(page)).toHaveAttribute('data-state', 'done', FIRST_RUN);
	await expect(block(page).locator('[data-timeline]')).toBeHidden();
	// …unless its link asks for one (a block with the `timeline` option shares `tl=on`).
	await page.goto(
		'/en/playground/' + (await shareFragment({ code, version: '3.13', timeline: 'on' }))
	);
	const pg = block(page);
	await expect.poll(() => codeOf(pg)).toBe(code);
	await pg.locator('[data-action=run]').click();
	await expect(pg).toHaveAttribute('data-state', 'done', FIRST_RUN);
	await expect(pg.locator('[data-output]')).toHaveText('tick 0\ntick 1\ntick 2\n');
	await expect(pg.locator('[data-wall-time]')).toHaveText('Wall time 1.50 s (simulated)');
	await expect(pg.locator('[data-run-time]')).toContainText('ran in');
	// The timeline (an SVG) is drawn again from this run: the main program's time.sleep bars
	// and a tick per output line.
	const svg = pg.locator('[data-timeline] svg.pp-tl-svg');
	await expect(svg).toBeVisible();
	await expect(svg).toHaveAttribute('aria-label', 'Timeline: output over 1.50 s of simulated time');
	await expect(svg.locator('.pp-tl-row .pp-tl-out')).toHaveCount(3);
	await expect(svg.locator('.pp-tl-row .pp-tl-run')).toHaveCount(3);
	// Each line's virtual time on demand.
	await pg.locator('[data-action=times]').click();
	await expect(pg.locator('[data-output] .pp-line').last()).toHaveAttribute('data-t', '1.50s');
	expect(consoleErrors).toEqual([]);
});

test('Ctrl+Enter runs, and an error is marked at its line', async ({ page }) => {
	needsRuntime();
	await page.goto(await firstChapter(page, 'en'));
	const first = block(page);
	await openEditor(first);
	await setCode(first, 'x = 1\nprint(x)\nprint(undefined_name)\n');
	await first.locator('.monaco-editor .view-lines').click();
	await page.keyboard.press('Control+Enter');
	await expect(first).toHaveAttribute('data-state', 'error', FIRST_RUN);
	await expect(first.locator('[data-output] [data-stream=stdout]')).toHaveText('1\n');
	await expect(first.locator('[data-output] [data-stream=stderr]').last()).toContainText(
		'NameError'
	);
	await expect(first.locator('.monaco-editor .squiggly-error')).toBeAttached();
});

test('Stop ends an infinite loop within 200 ms and the page stays responsive', async ({ page }) => {
	needsRuntime();
	await page.goto(await firstChapter(page, 'en'));
	const first = block(page);
	await setCode(first, 'print("start")\nwhile True:\n    pass\n');
	await first.locator('[data-action=run]').click();
	await expect(first).toHaveAttribute('data-state', 'running', FIRST_RUN);
	await expect(first.locator('[data-output]')).toContainText('start', FIRST_RUN);
	const elapsed = await first.evaluate(async (el) => {
		const t0 = performance.now();
		el.querySelector<HTMLButtonElement>('[data-action=stop]')?.click();
		while (el.getAttribute('data-state') === 'running') await new Promise((r) => setTimeout(r, 5));
		return performance.now() - t0;
	});
	expect(elapsed).toBeLessThan(200);
	await expect(first).toHaveAttribute('data-state', 'idle');
	expect(await page.evaluate(() => 6 * 7)).toBe(42);
	await setCode(first, 'print("again")\n');
	await first.locator('[data-action=run]').click();
	await expect(first.locator('[data-output]')).toHaveText('again\n');
});

test('an endless asyncio program streams its output and Stop ends it cleanly between slices', async ({
	page,
}) => {
	needsRuntime();
	await page.goto(await firstChapter(page, 'en'));
	const first = block(page);
	await setCode(
		first,
		'import asyncio\nasync def main():\n    i = 0\n    while True:\n        i += 1\n' +
			'        if i % 20000 == 0:\n            print("tick", i)\n        await asyncio.sleep(0)\n' +
			'asyncio.run(main())\n'
	);
	await first.locator('[data-action=run]').click();
	await expect(first.locator('[data-output]')).toContainText('tick 20000', FIRST_RUN);
	// Still running: the output arrived while the program runs.
	await expect(first).toHaveAttribute('data-state', 'running');
	await first.locator('[data-action=stop]').click();
	await expect(first).toHaveAttribute('data-state', 'idle');
	// The worker answered the stop (a terminated worker would not report the run's times).
	await expect(first.locator('[data-run-time]')).not.toHaveText('');
	await expect(first.locator('[data-wall-time]')).toContainText('simulated');
	await setCode(first, 'print("again")\n');
	await first.locator('[data-action=run]').click();
	await expect(first.locator('[data-output]')).toHaveText('again\n');
});

test('Replay in real time replays the output at its virtual times', async ({ page }) => {
	needsRuntime();
	await page.goto('/en/playground/');
	const pg = block(page);
	await setCode(pg, 'import time\nprint("a")\ntime.sleep(1)\nprint("b")\n');
	await pg.locator('[data-action=run]').click();
	await expect(pg).toHaveAttribute('data-state', 'done', FIRST_RUN);
	await pg.locator('[data-action=replay]').click();
	await expect(pg.locator('[data-output]')).toHaveText('a\n');
	await expect(pg.locator('[data-output]')).toHaveText('a\nb\n', { timeout: 3000 });
	await expect(pg).toHaveAttribute('data-state', 'done', FIRST_RUN);
});

test('Run fetches the standard-library modules the program imports, and only then', async ({
	page,
	consoleErrors,
}) => {
	needsRuntime();
	const fetched: string[] = [];
	page.context().on('request', (r) => {
		const name = /\/_astro\/([a-zA-Z]+)[.-][\w.-]*\.js$/.exec(r.url())?.[1];
		if (name) fetched.push(name);
	});
	await page.goto('/en/playground/');
	const pg = block(page);
	await setCode(pg, 'print("no imports")\n');
	await pg.locator('[data-action=run]').click();
	await expect(pg).toHaveAttribute('data-state', 'done', FIRST_RUN);
	expect(fetched).toContain('runtime');
	expect(fetched).not.toContain('asyncio');
	await setCode(
		pg,
		'import asyncio\nasync def main():\n    await asyncio.sleep(0.25)\n    print("slept")\nasyncio.run(main())\n'
	);
	await pg.locator('[data-action=run]').click();
	await expect(pg.locator('[data-output]')).toHaveText('slept\n', FIRST_RUN);
	expect(fetched).toContain('asyncio');
	expect(consoleErrors).toEqual([]);
});
