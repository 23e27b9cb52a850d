/*
 * exercises.test.ts
 * The book's exercises against the automatic check (src/site/exerciseCheck.ts), for every
 * exercise id of every page (both locales):
 * - the exercise has exactly one reference solution on its page (the build insists too);
 * - the solution's output does not depend on the real date or on chance (it is run twice, with
 *   different start dates: the page runs from today's date, the build from a fixed one);
 * - the unmodified starter code fails the check (the reader has something to do);
 * - the solution's code, run as the exercise (the exercise's Python version), passes it.
 */

import { describe, expect, test } from 'vitest';
import type { PythonVersion } from '../../src/runtime/api';
import { compareOutput, expectedFromRun } from '../../src/site/exerciseCheck';
import { HAS_RUNTIME, listBookBlocks, loadBookRun, type BookBlock } from './bookBlocks';

const ROOT = process.cwd();
const blocks = listBookBlocks(ROOT);


async function runAs(code: string, version: PythonVersion, startDate = Date.UTC(2025, 0, 1)) {
	const run = await loadBookRun();
	return run(code, { python: version, clock: 'virtual', maxInstructions: 50_000_000, startDate });
}

interface Pair {
	file: string;
	id: string;
	exercises: BookBlock[];
	solutions: BookBlock[];
}

const pairs = new Map<string, Pair>();
for (const block of blocks) {
	for (const kind of ['exercise', 'solution'] as const) {
		const id = block.options[kind];
		if (!id) continue;
		const key = `${block.file} ${id}`;
		const pair = pairs.get(key) ?? { file: block.file, id, exercises: [], solutions: [] };
		(kind === 'exercise' ? pair.exercises : pair.solutions).push(block);
		pairs.set(key, pair);
	}
}

describe('the book has exercises in both locales', () => {
	test('some exercises, each id in the root (zh-CN) and the en pages', () => {
		const ids = (en: boolean) =>
			[...pairs.values()]
				.filter((p) => p.file.includes('/en/') === en)
				.map((p) => p.id)
				.sort();
		expect(ids(false).length).toBeGreaterThan(0);
		expect(ids(true)).toEqual(ids(false));
	});
});

describe.skipIf(!HAS_RUNTIME)('every exercise of the book against its reference solution', () => {
	test.each([...pairs.entries()])(
		'%s',
		async (_name, { exercises, solutions }) => {
			expect(exercises, 'one exercise block').toHaveLength(1);
			expect(solutions, 'one solution block').toHaveLength(1);
			const exercise = exercises[0];
			const solution = solutions[0];
			expect(exercise.options.norun || solution.options.norun, 'norun exercise').toBe(false);

			const solved = await runAs(solution.code, solution.options.version);
			const expected = expectedFromRun(solved.output, solved.exitCode, solution.options.version);
			const otherDay = await runAs(
				solution.code,
				solution.options.version,
				Date.UTC(2031, 6, 15, 13, 37)
			);
			expect(
				compareOutput(expected, otherDay),
				'the solution prints something that depends on the date or on chance'
			).toEqual({ pass: true });

			const starter = await runAs(exercise.code, exercise.options.version);
			expect(
				compareOutput(expected, starter).pass,
				`the unmodified starter passes the check; its output:\n${starter.stdout}${starter.stderr}`
			).toBe(false);

			const solutionAsExercise = await runAs(solution.code, exercise.options.version);
			expect(
				compareOutput(expected, solutionAsExercise),
				`the solution run as the exercise (Python ${exercise.options.version}) fails the check`
			).toEqual({ pass: true });
		},
		120_000
	);
});
