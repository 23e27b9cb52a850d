/*
 * chapterBlocks.test.ts
 * Every ```python block of the book runs the way its fence says: cleanly, or (expect-error)
 * with an error. One test per block, named by file and line, so a runtime gap or a content
 * mistake is reported precisely. The site build applies the same rule (remarkPyBlocks).
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RunOptions, RunResult } from '../../src/runtime/api';
import { listBookBlocks } from './bookBlocks';

const ROOT = process.cwd();
const HAS_RUNTIME = existsSync(join(ROOT, 'src/runtime/index.ts'));
const blocks = listBookBlocks(ROOT);

type Run = (source: string, options?: RunOptions) => RunResult;
let runtime: Promise<Run> | undefined;
function loadRun(): Promise<Run> {
	// A variable path keeps this file compiling while src/runtime/index.ts does not exist.
	const path = '../../src/runtime/index';
	runtime ??= import(/* @vite-ignore */ path).then((m: { run: Run }) => m.run);
	return runtime;
}

describe.skipIf(!HAS_RUNTIME)('every python block of the book runs as its fence says', () => {
	test.each(blocks.map((b) => [`${b.file}:${b.line}`, b] as const))(
		'%s',
		async (_name, block) => {
			const { options } = block;
			if (options.norun) return;
			const run = await loadRun();
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
