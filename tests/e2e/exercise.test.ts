/*
 * exercise.test.ts
 * The exercise check in a real page: the first exercise of the first chapter, run unmodified,
 * fails the check; with its reference solution's code it passes. (The exercise and its
 * solution are found by their data attributes, not by their content.)
 */

import {
	block,
	expect,
	firstChapter,
	needsRuntime,
	setCode,
	skipWithoutBrowser,
	test,
} from './fixtures';

/** The first Run of a page starts the worker and loads the runtime: be patient. */
const FIRST_RUN = { timeout: 30_000 };

skipWithoutBrowser();

test('an exercise: no verdict before a run, the starter fails, the solution passes', async ({
	page,
	consoleErrors,
}) => {
	needsRuntime();
	await page.goto(await firstChapter(page, 'en'));
	const exercise = page.locator('py-playground[data-expected]').first();
	await exercise.scrollIntoViewIfNeeded();
	const id = await exercise.getAttribute('data-exercise');
	expect(id).toBeTruthy();
	const solutionCode = await page
		.locator(`py-playground[data-solution="${id}"]`)
		.getAttribute('data-code');
	expect(solutionCode).toBeTruthy();

	const verdict = exercise.locator('[data-check-result]');
	await expect(verdict).toHaveAttribute('aria-live', 'polite');
	await expect(exercise).not.toHaveAttribute('data-check');
	await expect(verdict).toBeEmpty();

	await exercise.locator('[data-action=run]').click();
	await expect(exercise).toHaveAttribute('data-check', 'fail', FIRST_RUN);
	await expect(verdict).toContainText('Your output differs from the reference solution');
	await expect(verdict.locator('[data-check-expected]')).toBeVisible();
	await expect(verdict.locator('[data-check-got]')).toBeVisible();

	await setCode(exercise, solutionCode ?? '');
	await exercise.locator('[data-action=run]').click();
	await expect(exercise).toHaveAttribute('data-check', 'pass', FIRST_RUN);
	await expect(verdict).toHaveText('✓ Your output matches the reference solution');
	// The other blocks of the page (the solution included) get no verdict.
	await expect(block(page, 0)).not.toHaveAttribute('data-check');
	expect(consoleErrors).toEqual([]);
});
