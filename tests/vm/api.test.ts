/*
 * api.test.ts
 * The run() contract the page and the CLI rely on: output chunks stamped with virtual time,
 * exit status, error details with line/column, limits (instructions, output, recursion,
 * memory), and bad input that must never throw a JavaScript exception.
 */

import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/index';

describe('run()', () => {
	it('streams chunks stamped with the virtual time', () => {
		const seen: string[] = [];
		const r = run('import time\nprint("a")\ntime.sleep(100.5)\nprint("b")\n', {
			onOutput: (c) => seen.push(`${c.stream}:${c.time}:${c.text}`),
		});
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toBe('a\nb\n');
		expect(seen).toEqual(['stdout:0:a\n', 'stdout:100.5:b\n']);
		expect(r.wallTime).toBe(100.5);
		// The virtual clock never really sleeps (a real 100 s sleep would time the test out).
		expect(r.realTime).toBeLessThan(100_000);
		expect(r.instructions).toBeGreaterThan(0);
	});

	it('never changes a chunk after handing it to onOutput (same-time writes merge in the result only)', () => {
		const chunks: { text: string }[] = [];
		const r = run('print("a")\nprint("b")\n', { onOutput: (c) => chunks.push(c) });
		expect(chunks.map((c) => c.text)).toEqual(['a\n', 'b\n']);
		expect(r.output).toEqual([{ stream: 'stdout', text: 'a\nb\n', time: 0 }]);
	});

	it('reports an uncaught exception with its innermost line and column', () => {
		const r = run('def f(x):\n    return 10 / x\n\nf(0)\n');
		expect(r.exitCode).toBe(1);
		expect(r.error?.type).toBe('ZeroDivisionError');
		expect(r.error?.message).toBe('division by zero');
		expect(r.error?.line).toBe(2);
		expect(r.error?.column).toBe(12);
		expect(r.stderr).toContain('Traceback (most recent call last):');
		expect(r.stderr).toBe(r.error?.traceback);
	});

	it('turns a pasted non-breaking space into a located SyntaxError', () => {
		const r = run('x = 1\nif x:\n\u00a0\u00a0\u00a0\u00a0print(x)\n');
		expect(r.exitCode).toBe(1);
		expect(r.error?.type).toBe('SyntaxError');
		expect(r.error?.message).toBe('invalid non-printable character U+00A0');
		expect(r.error?.line).toBe(3);
		expect(r.error?.column).toBe(1);
	});

	it('exits with the SystemExit code', () => {
		expect(run('import sys\nsys.exit(3)\n').exitCode).toBe(3);
		expect(run('import sys\nsys.exit()\n').exitCode).toBe(0);
		const r = run('raise SystemExit("bye")\n');
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toBe('bye\n');
	});

	it('stops an endless loop at the instruction budget', () => {
		const r = run('while True:\n    pass\n', { maxInstructions: 100_000 });
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain('Stopped');
	});

	it('cuts huge output with a notice', () => {
		const r = run('for i in range(2000):\n    print("x" * 50)\n', { maxOutputChars: 10_000 });
		expect(r.truncated).toBe(true);
		expect(r.stdout.length).toBe(10_000);
		expect(r.stderr).toContain('output truncated');
	});

	it('raises RecursionError instead of overflowing the JavaScript stack', () => {
		const r = run('def f(n):\n    return f(n + 1)\nf(0)\n');
		expect(r.error?.type).toBe('RecursionError');
		expect(r.stderr).toContain('[Previous line repeated');
	});

	it('deep recursion through native callbacks still ends as RecursionError', () => {
		const r = run('class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n');
		expect(r.error?.type).toBe('RecursionError');
	});

	it('turns a memory bomb into MemoryError', () => {
		const r = run('s = "x" * (10 ** 10)\n');
		expect(r.error?.type).toBe('MemoryError');
	});

	it('reports coroutines that were never awaited', () => {
		const r = run('async def main():\n    pass\n\nmain()\n');
		expect(r.exitCode).toBe(0);
		expect(r.stderr).toContain("RuntimeWarning: coroutine 'main' was never awaited");
	});

	it('never throws a JavaScript exception on garbage input', () => {
		const inputs = ['(((', '\u0000', 'def', '"""', 'x = [' + '['.repeat(500), '\t\n  \tpass', 'λ = 1\nprint(λ)', '', '\ufeffprint(1)'];
		for (const src of inputs) {
			expect(() => run(src)).not.toThrow();
		}
	});

	it('honours the python version switch', () => {
		expect(run('import sys\nprint(sys.version_info[:2])\n', { python: '3.7' }).stdout).toBe('(3, 7)\n');
		expect(run('import sys\nprint(sys.version_info[:2])\n', { python: '3.11' }).stdout).toBe('(3, 11)\n');
	});

	it('supports IPython %time with the simulated wall time', () => {
		const r = run('import time\n%time time.sleep(5)\n');
		expect(r.exitCode).toBe(0);
		expect(r.stdout).toMatch(/^CPU times: user .+, sys: .+, total: .+\nWall time: 5 s\n$/);
	});
});
