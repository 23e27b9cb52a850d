/*
 * bookCpython.test.ts
 * Every runnable Python block of the book prints, on our runtime, exactly what real CPython
 * printed for it (tests/site/book-expected.json, recorded by tools/gen-book-expected.ts
 * through the virtual-clock oracle). A learner who copies a block into their own python3
 * sees what the page shows.
 * Blocks that cannot be compared are listed, with the reason, in book-cpython-exempt.txt; a
 * listed block that starts matching fails, so the list stays honest.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normaliseOutput, VIRTUAL_EPOCH_MS } from '../conformance/corpus.mjs';
import type { RunOptions } from '../../src/runtime/api';
import { listBookBlocks, loadBookRun, type BookExpected } from './bookBlocks';


const expected = JSON.parse(
	readFileSync(new URL('./book-expected.json', import.meta.url), 'utf8')
) as Record<string, BookExpected>;

/** `key  reason` lines (key = page#hash, as bookBlocks.ts computes it). */
const exempt = new Map(
	readFileSync(new URL('./book-cpython-exempt.txt', import.meta.url), 'utf8')
		.split('\n')
		.filter((l) => l.trim() && !l.startsWith('#'))
		.map((l) => {
			const [key = '', ...reason] = l.trim().split(/\s+/);
			return [key, reason.join(' ')] as const;
		})
);

const blocks = listBookBlocks().filter((b) => !b.options.norun);


async function runOnRuntime(code: string, version: string) {
	const run = await loadBookRun();
	const r = run(code, {
		python: version as RunOptions['python'],
		filename: '<main>',
		clock: 'virtual',
		startDate: VIRTUAL_EPOCH_MS,
		maxInstructions: 50_000_000,
	});
	return {
		stdout: normaliseOutput(r.stdout),
		stderr: normaliseOutput(r.stderr),
		exitCode: r.exitCode,
	};
}

describe('every block of the book prints what CPython prints', () => {
	test('every exemption names a block of the book', () => {
		const keys = new Set(blocks.map((b) => b.key));
		expect([...exempt.keys()].filter((k) => !keys.has(k))).toEqual([]);
	});

	test.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
		'%s',
		async (_name, block) => {
			const record = expected[block.key];
			expect(record, 'no CPython record: run `npx tsx tools/gen-book-expected.ts`').toBeDefined();
			if (!record || record.nondeterministic) return;
			const ours = await runOnRuntime(block.code, block.options.version);
			const theirs = { stdout: record.stdout, stderr: record.stderr, exitCode: record.exitCode };
			const reason = exempt.get(block.key);
			if (reason !== undefined) {
				expect(ours, `listed as exempt (${reason}) but now matches CPython: remove it`).not.toEqual(
					theirs
				);
				return;
			}
			expect(ours).toEqual(theirs);
		},
		120_000
	);
});
