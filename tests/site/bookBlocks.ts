/*
 * bookBlocks.ts
 * Every ```python block of the book (both locales), with its file, line and fence options:
 * what chapterBlocks.test.ts runs and what tools/gen-book-expected.ts runs under CPython.
 */

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { parseFenceMeta, type FenceOptions } from '../../src/site/fenceMeta';
import { hashString } from '../../src/site/hash';
import type { RunOptions, RunResult } from '../../src/runtime/api';

export interface BookBlock {
	/** Path of the page, relative to the repository. */
	file: string;
	line: number;
	code: string;
	meta: string | null | undefined;
	options: FenceOptions;
	/** Stable id of the block's code and version within its page (survives moving the block). */
	key: string;
}

/** What CPython printed for a block (tests/site/book-expected.json, by tools/gen-book-expected.ts). */
export interface BookExpected {
	file: string;
	line: number;
	version: string;
	stdout: string;
	stderr: string;
	exitCode: number;
	nondeterministic?: true;
}

function pages(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return pages(path);
			return /\.mdx?$/.test(name) ? [path] : [];
		});
}

/** The Python blocks of every page under `root`/content/docs, in file and line order. */
export function listBookBlocks(root = process.cwd()): BookBlock[] {
	const blocks: BookBlock[] = [];
	for (const path of pages(join(root, 'content/docs'))) {
		const file = relative(root, path);
		const tree = fromMarkdown(readFileSync(path, 'utf8'));
		visit(tree, 'code', (node: Code) => {
			if (node.lang !== 'python' && node.lang !== 'py') return;
			const options = parseFenceMeta(node.meta);
			blocks.push({
				file,
				line: node.position?.start.line ?? 0,
				code: node.value,
				meta: node.meta,
				options,
				key: `${file}#${hashString(`${options.version}\n${node.value}`)}`,
			});
		});
	}
	return blocks;
}

/** Is the runtime's source here (the book's tests run its blocks on it)? */
export const HAS_RUNTIME = existsSync(join(process.cwd(), 'src/runtime/index.ts'));

export type BookRun = (source: string, options?: RunOptions) => RunResult;
let runtime: Promise<BookRun> | undefined;
/** The runtime's run(), imported once for all of a file's tests. */
export function loadBookRun(): Promise<BookRun> {
	// A variable path keeps this file compiling while src/runtime/index.ts does not exist.
	const path = '../../src/runtime/index';
	runtime ??= import(/* @vite-ignore */ path).then((m: { run: BookRun }) => m.run);
	return runtime;
}
