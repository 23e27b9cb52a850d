/*
 * slicing.test.ts
 * Time slicing (start() / RunHandle.step()): a run stepped in slices of any size, down to one
 * instruction, produces exactly what a one-shot run() produces (output chunks with their virtual
 * times, exit status, error, instruction count, simulated wall time), whatever it was doing
 * when it paused: generators, coroutines, `yield from`, asyncio tasks, exception handlers,
 * `finally` blocks. A program that never ends can be stepped forever and stopped.
 */

import { describe, expect, it } from 'vitest';
import { run, start, type RunOptions, type RunResult } from '../../src/runtime/index';
import { listCases, normaliseOutput } from '../conformance/corpus.mjs';

const OPTS: RunOptions = { startDate: 1577836800000, maxInstructions: 50_000_000 };

/** Steps a run to its end with slices of `n` instructions; returns the result and the pause count. */
function stepped(source: string, n: number, opts: RunOptions = OPTS): { r: RunResult; pauses: number } {
	const h = start(source, opts);
	let pauses = 0;
	for (;;) {
		const r = h.step(n);
		if (r !== 'paused') return { r, pauses };
		pauses++;
	}
}

/** What must not change with slicing (realTime and the %time magic's CPU times aside). */
function observable(r: RunResult) {
	const n = (text: string): string => normaliseOutput(text);
	return {
		output: r.output.map((c) => ({ ...c, text: n(c.text) })),
		stdout: n(r.stdout),
		stderr: n(r.stderr),
		exitCode: r.exitCode,
		error: r.error,
		wallTime: r.wallTime,
		instructions: r.instructions,
		truncated: r.truncated,
		trace: r.trace,
	};
}

function sameAsOneShot(source: string, budgets: number[], opts: RunOptions = OPTS): number[] {
	const one = run(source, opts);
	const pauses: number[] = [];
	for (const n of budgets) {
		const { r, pauses: p } = stepped(source, n, opts);
		expect(observable(r), `slices of ${n}`).toEqual(observable(one));
		pauses.push(p);
	}
	return pauses;
}

describe('time slicing', () => {
	it('pauses inside generators, yield from, handlers and finally blocks', () => {
		const src = [
			'def inner(n):',
			'    for i in range(n):',
			'        yield i',
			'    return n',
			'def outer():',
			'    r = yield from inner(30)',
			'    try:',
			'        yield r',
			'    finally:',
			'        for k in range(25):',
			'            pass',
			'        print("outer finally")',
			'total = 0',
			'for x in outer():',
			'    total += x',
			'    if x % 7 == 0:',
			'        print(x)',
			'try:',
			'    raise ValueError("boom")',
			'except ValueError as e:',
			'    for i in range(40):',
			'        total += i',
			'    print("handled", e, total)',
			'finally:',
			'    acc = [i * i for i in range(50)]',
			'    print("finally", sum(acc))',
			'def rec(n):',
			'    return 0 if n == 0 else 1 + rec(n - 1)',
			'print(rec(200))',
			'g = (i for i in range(10))',
			'print(next(g), g.send(None), list(g))',
			'raise KeyError("end")',
		].join('\n');
		const pauses = sameAsOneShot(src, [1, 2, 7, 1000]);
		expect(pauses[0]).toBeGreaterThan(200);
	}, 60_000);

	it('pauses inside coroutines driven by send()', () => {
		const src = [
			'import types',
			'@types.coroutine',
			'def tick():',
			'    yield "tick"',
			'async def work(n):',
			'    total = 0',
			'    for i in range(n):',
			'        await tick()',
			'        total += i',
			'    return total',
			'async def main():',
			'    try:',
			'        return await work(20) + await work(5)',
			'    finally:',
			'        print("main done")',
			'c = main()',
			'try:',
			'    while True:',
			'        c.send(None)',
			'except StopIteration as e:',
			'    print("result", e.value)',
		].join('\n');
		sameAsOneShot(src, [1, 7, 1000]);
	}, 60_000);

	it('pauses inside asyncio tasks and between event loop iterations', () => {
		const src = [
			'import asyncio',
			'async def worker(name, n):',
			'    total = 0',
			'    for i in range(n):',
			'        for j in range(30):',
			'            total += j',
			'        await asyncio.sleep(0.1)',
			'        if i % 3 == 0:',
			'            print(name, i, total)',
			'    return total',
			'async def failing():',
			'    await asyncio.sleep(0.05)',
			'    try:',
			'        raise RuntimeError("inside task")',
			'    finally:',
			'        for k in range(20):',
			'            pass',
			'async def main():',
			'    tasks = [asyncio.create_task(worker(f"w{i}", 7)) for i in range(3)]',
			'    print(await asyncio.gather(*tasks))',
			'    try:',
			'        await asyncio.wait_for(failing(), 1)',
			'    except RuntimeError as e:',
			'        print("caught", e)',
			'    print(round(asyncio.get_running_loop().time(), 2))',
			'asyncio.run(main())',
		].join('\n');
		const pauses = sameAsOneShot(src, [1, 7, 1000]);
		expect(pauses[0]).toBeGreaterThan(100);
	}, 60_000);

	it('keeps the scheduling trace identical', () => {
		const src = [
			'import asyncio',
			'async def w(i):',
			'    for k in range(3):',
			'        await asyncio.sleep(i / 10)',
			'    return i',
			'async def main():',
			'    print(await asyncio.gather(*(w(i) for i in range(4))))',
			'asyncio.run(main())',
		].join('\n');
		sameAsOneShot(src, [1, 13], { ...OPTS, trace: true });
	}, 60_000);

	it('an endless loop can be stepped forever, streams between slices, and stops', () => {
		const chunks: string[] = [];
		const h = start('i = 0\nwhile True:\n    i += 1\n    if i % 100 == 0:\n        print(i)\n', {
			onOutput: (c) => chunks.push(c.text),
		});
		let seen = 0;
		for (let s = 0; s < 100; s++) {
			expect(h.step(2000)).toBe('paused');
			// Output written during a slice is delivered by the end of that slice.
			expect(chunks.length).toBeGreaterThanOrEqual(seen);
			seen = chunks.length;
		}
		expect(seen).toBeGreaterThan(50);
		const r = h.stop();
		expect(r.stopped).toBe(true);
		expect(r.exitCode).toBe(130);
		expect(h.finished).toBe(true);
		expect(r.stdout).toBe(chunks.join(''));
		expect(r.instructions).toBeGreaterThanOrEqual(100 * 2000);
		expect(h.step(10)).toBe(r);
	}, 60_000);

	it('an endless asyncio program can be stepped and stopped', () => {
		const h = start(
			'import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(1)\n' +
				'async def busy():\n    while True:\n        pass\nasync def main():\n' +
				'    asyncio.create_task(spin())\n    await busy()\nasyncio.run(main())\n'
		);
		for (let s = 0; s < 100; s++) expect(h.step(1000)).toBe('paused');
		expect(h.stop().stopped).toBe(true);
	}, 60_000);

	it('still ends a slice-less runaway with the budget error', () => {
		const r = stepped('while True:\n    pass\n', 10_000, { maxInstructions: 100_000 }).r;
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain('Stopped: the program ran more than 100,000 instructions.');
		expect(r.instructions).toBeGreaterThan(100_000);
	}, 60_000);

	it('defers a pause requested inside native code to the next safe point', () => {
		// The key function runs under sorted(): no pause there, the slice just runs longer.
		const src = 'xs = sorted(range(3000), key=lambda v: -v)\nprint(xs[:3])\nfor i in range(100):\n    pass\n';
		const { r, pauses } = stepped(src, 10);
		expect(r.stdout).toBe('[2999, 2998, 2997]\n');
		expect(pauses).toBeGreaterThan(0);
	}, 60_000);

	it('a newer run abandons a paused one', () => {
		const h = start('while True:\n    pass\n');
		expect(h.step(100)).toBe('paused');
		expect(run('print(1)').stdout).toBe('1\n');
		expect(() => h.step(100)).toThrow(/abandoned/);
		expect(h.stop().stopped).toBe(true);
	}, 60_000);
});

describe('time slicing: conformance programs stepped in slices', () => {
	const cases = listCases().filter((c) => c.versions.includes('3.13'));
	for (const c of cases) {
		it(c.id, async () => {
			await new Promise((resolve) => setImmediate(resolve));
			const opts = { ...OPTS, python: '3.13' as const };
			sameAsOneShot(c.source, c.area === 'asyncio' ? [1, 97] : [3, 97], opts);
		}, 60_000);
	}
});
