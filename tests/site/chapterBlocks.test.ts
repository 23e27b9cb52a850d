/*
 * chapterBlocks.test.ts
 * Every ```python block of the book runs the way its fence says: cleanly, or (expect-error)
 * with an error. One test per block, named by file and line, so a runtime gap or a content
 * mistake is reported precisely. The site build applies the same rule (remarkPyBlocks).
 */

import { describe, expect, test } from 'vitest';
import { HAS_RUNTIME, listBookBlocks, loadBookRun } from './bookBlocks';

const ROOT = process.cwd();
const blocks = listBookBlocks(ROOT);


describe.skipIf(!HAS_RUNTIME)('every python block of the book runs as its fence says', () => {
	test.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
		'%s',
		async (_name, block) => {
			const { options } = block;
			if (options.norun) return;
			const run = await loadBookRun();
			const result = run(block.code, {
				python: options.version,
				clock: 'virtual',
				maxInstructions: 50_000_000,
				startDate: Date.UTC(2025, 0, 1),
			});
			if (options.expectError) {
				expect(result.exitCode, 'marked expect-error but ran cleanly').not.toBe(0);
			} else {
				// Same rule as the build: the exit code decides (warnings on stderr are fine).
				expect(result.exitCode, `the block failed:\n${result.stderr}`).toBe(0);
			}
			// Generous: the first block also loads (transforms) the whole runtime.
		},
		120_000
	);
});
