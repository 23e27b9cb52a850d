/*
 * remarkPyBlocks.ts
 * Remark plugin: every ```python fence becomes a <py-playground> element with static HTML
 * (highlighted code + the output recorded by running it at build time). Registered once in
 * astro.config.mjs, so Markdown/MDX pages need no per-block import.
 *
 * A block that fails without `expect-error` (or succeeds with it) fails the build, naming the
 * file and line.
 *
 * Exercises: every block is run before any is rendered, so an exercise block (`exercise=ID`)
 * gets the recorded output of its page's reference solution (`solution=ID`) as data-expected,
 * which the page compares with the reader's runs (exerciseCheck.ts). An exercise without a
 * solution on its page, a solution without an exercise, or a repeated id fails the build too.
 */

import type { Code, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { runAtBuild, type BuildRun } from './buildRunner';
import { expectedFromRun, type ExpectedOutput } from './exerciseCheck';
import { FenceMetaError, parseFenceMeta } from './fenceMeta';
import { toLocale, type Locale } from './format';
import { highlightPython } from './highlight';
import { renderPlayground } from './playgroundMarkup';
import { wantsTrace } from './timeline';
import { toHast } from './vnode';

const PYTHON_LANGS = new Set(['python', 'py']);

/** The page locale from its path: content/docs/en/** is English, the rest is the root (zh-CN). */
export function localeOfPath(path: string | undefined): Locale {
	return toLocale(path && /[\\/]docs[\\/]en[\\/]/.test(path) ? 'en' : 'zh-CN');
}

function where(file: VFile, node: Code): string {
	return `${file.path}:${node.position?.start.line ?? '?'}`;
}

export interface RemarkPyBlocksOptions {
	/** How blocks are run (default: the real runtime, cached). Unit tests pass their own. */
	run?: typeof runAtBuild;
}

/** The plugin. */
export default function remarkPyBlocks(pluginOptions: RemarkPyBlocksOptions = {}) {
	const runBlock = pluginOptions.run ?? runAtBuild;
	return async (tree: Root, file: VFile): Promise<void> => {
		const blocks: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang && PYTHON_LANGS.has(node.lang) && parent && index !== undefined) {
				blocks.push({ node, index, parent: parent });
			}
		});
		const locale = localeOfPath(file.path);
		const failures: string[] = [];
		// First run every block (the exercises need their solutions' output), then render.
		const runs: {
			options: ReturnType<typeof parseFenceMeta>;
			run: BuildRun | null;
		}[] = [];
		for (const { node } of blocks) {
			let options;
			try {
				options = parseFenceMeta(node.meta);
			} catch (error) {
				if (error instanceof FenceMetaError) file.fail(`${error.message}`, node);
				throw error;
			}
			const code = node.value;
			const run = options.norun
				? null
				: await runBlock(code, options.version, wantsTrace(options.timeline, code));
			runs.push({ options, run });
		}
		const expected = exerciseExpectations(
			blocks.map((b, i) => ({ node: b.node, ...runs[i] })),
			(message) => failures.push(`${message} (${file.path ?? '?'})`)
		);
		let blockIndex = 0;
		for (const [i, { node, index, parent }] of blocks.entries()) {
			const { options, run } = runs[i];
			const code = node.value;
			if (run) {
				const failed = run.summary.exitCode !== 0;
				if (failed && !options.expectError) {
					failures.push(
						`Python block at ${where(file, node)} failed (add expect-error if that is the point):\n${run.stderr.trimEnd()}`
					);
				}
				if (!failed && options.expectError) {
					failures.push(
						`Python block at ${where(file, node)} is marked expect-error but ran cleanly`
					);
				}
			}
			const codeView = await highlightPython(code, run?.error?.line);
			const vnode = renderPlayground({
				locale,
				index: blockIndex++,
				code,
				version: options.version,
				title: options.title,
				norun: options.norun,
				expectError: options.expectError,
				timeline: options.timeline,
				exercise: options.exercise,
				solution: options.solution,
				expected: options.exercise ? expected.get(options.exercise) : undefined,
				codeView,
				run: run?.summary,
			});
			const hast = toHast(vnode);
			const replacement: Paragraph = {
				type: 'paragraph',
				children: [],
				data: { hName: hast.tagName, hProperties: hast.properties, hChildren: hast.children },
			};
			parent.children[index] = replacement;
		}
		if (failures.length === 0) return;
		if (process.env['PYCO_BLOCK_FAILURES'] === 'warn') {
			for (const failure of failures) console.warn(`[pyco] ${failure}`);
			return;
		}
		file.fail(
			`${failures.length} Python block(s) did not run as their fence says ` +
				`(set PYCO_BLOCK_FAILURES=warn to build anyway):\n\n${failures.join('\n\n')}`
		);
	};
}

/**
 * The expected output of each exercise id of a page: its solution block's recorded run. Reports
 * exercises without a solution, solutions without an exercise and repeated ids.
 */
export function exerciseExpectations(
	blocks: readonly {
		node: Code;
		options: ReturnType<typeof parseFenceMeta>;
		run: BuildRun | null;
	}[],
	report: (message: string) => void
): Map<string, ExpectedOutput> {
	const line = (node: Code) => node.position?.start.line ?? '?';
	const exercises = new Map<string, Code>();
	const solutions = new Map<string, { node: Code; expected: ExpectedOutput | null }>();
	for (const { node, options, run } of blocks) {
		if (options.exercise) {
			if (exercises.has(options.exercise))
				report(`exercise "${options.exercise}" appears twice (line ${line(node)})`);
			exercises.set(options.exercise, node);
		}
		if (options.solution) {
			if (solutions.has(options.solution))
				report(`solution "${options.solution}" appears twice (line ${line(node)})`);
			const summary = run?.summary;
			solutions.set(options.solution, {
				node,
				expected: summary
					? expectedFromRun(summary.chunks, summary.exitCode, options.version)
					: null,
			});
		}
	}
	const expected = new Map<string, ExpectedOutput>();
	for (const [id, node] of exercises) {
		const solution = solutions.get(id);
		if (!solution) {
			report(`exercise "${id}" (line ${line(node)}) has no solution="${id}" block on its page`);
			continue;
		}
		// No recorded run (norun, or no runtime in this build): no check.
		if (solution.expected) expected.set(id, solution.expected);
	}
	for (const [id, { node }] of solutions) {
		if (!exercises.has(id))
			report(`solution "${id}" (line ${line(node)}) has no exercise="${id}" block on its page`);
	}
	return expected;
}
