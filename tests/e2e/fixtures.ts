/*
 * fixtures.ts
 * Shared helpers of the e2e tests.
 */

import { existsSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { chromiumPath, MISSING_BROWSER_MESSAGE } from './browser';

/** True once src/runtime/index.ts exists (the interpreter is written concurrently). */
export const HAS_RUNTIME = existsSync(new URL('../../src/runtime/index.ts', import.meta.url));

/**
 * Tests that need the runtime to produce output call this first: they are `fixme` until
 * src/runtime/index.ts exists, and run (and must pass) from then on.
 */
export function needsRuntime(): void {
	test.fixme(!HAS_RUNTIME, 'needs src/runtime/index.ts (the interpreter is not there yet)');
}

/**
 * The first chapter of a locale, read from the sidebar. Chapters are written (and renamed) by
 * the book's authors, so the tests never hard-code a chapter's slug or content: what they
 * check about a block's behaviour, they check on code they put in it.
 */
export async function firstChapter(page: Page, locale: 'zh-CN' | 'en'): Promise<string> {
	await page.goto(locale === 'en' ? '/en/playground/' : '/playground/');
	const href = await page
		.locator('nav.sidebar a[href*="/chapters/"], #starlight__sidebar a[href*="/chapters/"]')
		.first()
		.getAttribute('href');
	if (!href) throw new Error('no chapter in the sidebar');
	return href;
}

/** Replace a block's code through its `code` property. */
export async function setCode(locator: Locator, code: string): Promise<void> {
	await locator.evaluate((el, c) => {
		(el as HTMLElement & { code: string }).code = c;
	}, code);
}

export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(msg.text());
		});
		page.on('pageerror', (error) => errors.push(String(error)));
		await use(errors);
	},
});

export { expect };

/** The n-th <py-playground> of the page. */
export function block(page: Page, n = 0): Locator {
	return page.locator('py-playground').nth(n);
}

/** The current code of a block, read through its `code` property. */
export function codeOf(locator: Locator): Promise<string> {
	return locator.evaluate((el) => (el as HTMLElement & { code: string }).code);
}

/** Click into a block's code and wait for the editor (Monaco on desktop) to take over. */
export async function openEditor(locator: Locator): Promise<void> {
	await locator.locator('[data-editor] pre').click();
	// Monaco is a 4 MB chunk: give a busy machine time to parse it.
	await expect(locator).toHaveAttribute('data-editor', /monaco|textarea/, { timeout: 30_000 });
}

/** Call at the top of every e2e file: skip (locally) when no Chromium is installed. */
export function skipWithoutBrowser(): void {
	test.skip(!chromiumPath(), MISSING_BROWSER_MESSAGE);
}
