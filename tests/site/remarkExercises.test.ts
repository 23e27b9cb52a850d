/*
 * remarkPyBlocks and exercises: an exercise block gets its page's reference solution's recorded
 * output as data-expected (and an empty verdict box); pairing mistakes fail the build.
 */

import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { BuildRun } from '../../src/site/buildRunner';
import { parseExpected } from '../../src/site/exerciseCheck';
import { tree } from './mdastTree';
import remarkPyBlocks from '../../src/site/remarkPyBlocks';


/** A fake runner: the "output" of a block is its code, on stdout (or stderr after `err:`). */
function fakeRun(code: string): BuildRun {
	const failing = code.startsWith('err:');
	return {
		summary: {
			chunks: [
				{ stream: 'stdout', text: 'out\n', time: 0 },
				{ stream: failing ? 'stderr' : 'stdout', text: code + '\n', time: 1 },
			],
			wallTime: 1,
			realTime: 1,
			exitCode: failing ? 1 : 0,
			truncated: false,
		},
		stderr: failing ? code + '\n' : '',
	};
}

async function transform(root: Root, env: 'warn' | undefined = undefined) {
	const file = new VFile({ path: '/x/content/docs/en/chapters/01.mdx' });
	const saved = process.env['PYCO_BLOCK_FAILURES'];
	if (env) process.env['PYCO_BLOCK_FAILURES'] = env;
	else delete process.env['PYCO_BLOCK_FAILURES'];
	try {
		await remarkPyBlocks({ run: (code) => Promise.resolve(fakeRun(code)) })(root, file);
	} finally {
		if (saved === undefined) delete process.env['PYCO_BLOCK_FAILURES'];
		else process.env['PYCO_BLOCK_FAILURES'] = saved;
	}
	return root;
}

function props(root: Root, i: number): Record<string, unknown> {
	return (root.children[i].data as { hProperties: Record<string, unknown> }).hProperties;
}

function find(node: unknown, pred: (props: Record<string, unknown>) => boolean): boolean {
	const n = node as { properties?: Record<string, unknown>; children?: unknown[] };
	if (n.properties && pred(n.properties)) return true;
	return (n.children ?? []).some((c) => find(c, pred));
}

function hChildren(root: Root, i: number): unknown {
	return { children: (root.children[i].data as { hChildren: unknown[] }).hChildren };
}

describe('remarkPyBlocks: exercises', () => {
	test("an exercise gets its solution's output (the solution comes later on the page)", async () => {
		const root = await transform(
			tree(
				{ meta: 'exercise="ch1-ex1" title="Exercise 1"', value: 'starter' },
				{ value: 'something else' },
				{ meta: 'solution="ch1-ex1" version=3.8', value: 'answer' }
			)
		);
		const exercise = props(root, 0);
		expect(parseExpected(exercise['data-expected'] as string)).toEqual({
			stdout: 'out\nanswer\n',
			exitCode: 0,
			version: '3.8',
		});
		expect(find(hChildren(root, 0), (p) => p['data-check-result'] === true)).toBe(true);
		// Neither the solution nor other blocks carry an expectation or a verdict box.
		for (const i of [1, 2]) {
			expect(props(root, i)['data-expected']).toBeUndefined();
			expect(find(hChildren(root, i), (p) => p['data-check-result'] === true)).toBe(false);
		}
	});

	test('a solution that fails on purpose: its stderr and exit code are expected', async () => {
		const root = await transform(
			tree(
				{ meta: 'exercise="e"', value: 'starter' },
				{ meta: 'solution="e" expect-error', value: 'err:boom' }
			)
		);
		expect(parseExpected(props(root, 0)['data-expected'] as string)).toEqual({
			stdout: 'out\n',
			stderr: 'err:boom\n',
			exitCode: 1,
			version: '3.13',
		});
	});

	test('an exercise without a solution, or a solution without an exercise, fails the build', async () => {
		await expect(transform(tree({ meta: 'exercise="a"' }))).rejects.toThrow(
			/exercise "a" \(line 10\) has no solution="a" block/
		);
		await expect(transform(tree({ meta: 'solution="b"' }))).rejects.toThrow(
			/solution "b" \(line 10\) has no exercise="b" block/
		);
		await expect(
			transform(tree({ meta: 'exercise="c"' }, { meta: 'exercise="c"' }, { meta: 'solution="c"' }))
		).rejects.toThrow(/exercise "c" appears twice/);
		// PYCO_BLOCK_FAILURES=warn builds anyway, without a check for that exercise.
		const root = await transform(tree({ meta: 'exercise="a"' }), 'warn');
		expect(props(root, 0)['data-expected']).toBeUndefined();
	});

	test('a norun solution gives no check', async () => {
		const root = await transform(tree({ meta: 'exercise="n"' }, { meta: 'solution="n" norun' }));
		expect(props(root, 0)['data-expected']).toBeUndefined();
		expect(find(hChildren(root, 0), (p) => p['data-check-result'] === true)).toBe(false);
	});
});
