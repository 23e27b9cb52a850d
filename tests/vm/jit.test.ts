/*
 * jit.test.ts
 * Compiled plain functions (src/runtime/vm/jit.ts) behave exactly as the interpreter: the same
 * output, errors, tracebacks and instruction counts with the compiler on and off; they pause
 * in any time slice (their frames continue in the interpreter); they hand over to the
 * interpreter what they do not run themselves, and never nest deeper than the JS stack allows.
 * (The whole conformance corpus also runs with the compiler on, one-shot and in slices.)
 */

import { describe, expect, it } from 'vitest';
import { run, start, type RunOptions, type RunResult } from '../../src/runtime/index';
import { jitCounters } from '../../src/runtime/vm/interpreter';

const OPTS: RunOptions = { startDate: 1577836800000, maxInstructions: 50_000_000 };

/** What must not depend on the compiler (the real run time aside). */
function observable(r: RunResult) {
	return {
		stdout: r.stdout,
		stderr: r.stderr,
		exitCode: r.exitCode,
		error: r.error,
		instructions: r.instructions,
		wallTime: r.wallTime,
	};
}

/** Runs with and without the compiler; `unwinds`: how often compiled frames must have been handed over. */
function sameWithAndWithout(source: string, unwinds = 0, opts: RunOptions = OPTS): RunResult {
	const before = { ...jitCounters };
	const on = run(source, { ...opts, jit: true });
	expect(
		jitCounters.compiled + jitCounters.segments,
		'functions and segments compiled'
	).toBeGreaterThan(before.compiled + before.segments);
	expect(jitCounters.unwinds - before.unwinds, 'frames handed over').toBeGreaterThanOrEqual(
		unwinds
	);
	const middle = { ...jitCounters };
	const off = run(source, { ...opts, jit: false });
	expect(jitCounters).toEqual(middle);
	expect(observable(on)).toEqual(observable(off));
	return on;
}

const FIB = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(18))
`;

describe('compiled functions', () => {
	it('give the interpreter’s output and instruction count', () => {
		const r = sameWithAndWithout(FIB);
		expect(r.stdout).toBe('2584\n');
	});

	it('raise with the interpreter’s traceback, from any instruction of a block', () => {
		const src = `
def div(a, b):
    x = a + 1
    y = x * 2
    return y // b + 1
def outer(a, b):
    return div(a, b) - 1
for i in range(5):
    print(outer(i, 2))
def unbound(flag):
    if flag:
        v = 1
    return v + 1
for f in (1, 1, 1, 0):
    try:
        print(unbound(f))
    except UnboundLocalError as e:
        print('caught', e)
def missing(n):
    return n + nowhere
print(missing.__name__)
for i in range(3):
    try:
        missing(i)
    except NameError as e:
        print(e)
print(outer(3, 0))
`;
		const r = sameWithAndWithout(src);
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain('line 5, in div');
		expect(r.stderr).toContain('ZeroDivisionError: integer division or modulo by zero');
	});

	it('see a global rebound, shadowed or deleted at once', () => {
		const src = `
def base(n):
    return n * 10
def use(n):
    return base(n) + len([n])
print(use(1), use(2))
print(use(1), use(2))
def base(n):
    return -n
print(use(1), use(2))
len = lambda x: 100
print(use(1), use(2))
del len
print(use(1), use(2))
g1 = {'k': 1}
g2 = {'k': 2}
src = 'def get():\\n    return k\\n'
exec(src, g1)
exec(src, g2)
for _ in range(3):
    print(g1['get'](), g2['get']())
g1['k'] = 5
print(g1['get'](), g2['get']())
`;
		const r = sameWithAndWithout(src);
		expect(r.stdout).toBe('11 21\n11 21\n0 -1\n99 98\n0 -1\n1 2\n1 2\n1 2\n5 2\n');
	});

	it('hand over what they do not run themselves: callees with handlers, classes, generators', () => {
		const src = `
def guarded(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1
class Point:
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
def gen(n):
    yield n
    yield n + 1
def work(i):
    p = Point(i - 3)
    return guarded(i) + p.norm() + sum(gen(i))
total = 0
for i in range(40):
    total = total + work(i)
print(total)
def with_defaults(a, b=2, c=3):
    return a + b + c
def caller(i):
    return with_defaults(i) + with_defaults(i, 5)
print([caller(i) for i in range(5)])
`;
		sameWithAndWithout(src, 1);
	});

	it('pause in any slice and continue in the interpreter', () => {
		const one = run(FIB, OPTS);
		for (const n of [1, 7, 500, 5000]) {
			const before = jitCounters.unwinds;
			const h = start(FIB, OPTS);
			let pauses = 0;
			let r: RunResult | 'paused';
			while ((r = h.step(n)) === 'paused') pauses++;
			expect(observable(r), `slices of ${n}`).toEqual(observable(one));
			expect(pauses).toBeGreaterThan(0);
			if (n >= 500) expect(jitCounters.unwinds).toBeGreaterThan(before);
		}
	});

	it('recurse past the depth they nest to, up to the recursion limit', () => {
		const src = `
import sys
sys.setrecursionlimit(30000)
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
print(down(5), down(25000))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
`;
		const r = sameWithAndWithout(src, 2);
		expect(r.stdout).toBe('5 25000\nRecursionError maximum recursion depth exceeded\n');
	}, 30_000); // four runs of 30,000-deep recursion: seconds on a loaded machine

	it('run module code and generators in segments: send, next, for, yield from, errors', () => {
		const src = `
def averager():
    total = 0
    count = 0
    value = yield
    while True:
        total += value
        count += 1
        value = yield total / count
g = averager()
next(g)
last = 0
for i in range(200):
    last = g.send(i)
print(last)
def count(n):
    for i in range(n):
        yield i
    return 'end'
def chain(n):
    r = yield from count(n)
    yield r
def total(n):
    t = 0
    for x in count(n):
        t += x
    for x in chain(3):
        t = t + (x if isinstance(x, int) else len(x))
    return t
print([total(k) for k in range(40)][-3:])
def bad(n):
    for i in range(n):
        if i == 30:
            raise StopIteration('stop')
        yield i
def use(n):
    try:
        return sum(x for x in bad(n)) + [x for x in bad(n)][-1]
    except RuntimeError as e:
        return str(e)
print([use(k) for k in (10, 20, 40)])
def fmt(n):
    for i in range(n):
        yield f'{i:>3}|{i * i}'
for _ in range(20):
    rows = list(fmt(5))
print(rows)
`;
		const r = sameWithAndWithout(src);
		expect(r.stdout).toContain("['  0|0', '  1|1', '  2|4', '  3|9', '  4|16']");
		const one = run(src, OPTS);
		for (const n of [3, 97, 1000]) {
			const h = start(src, OPTS);
			let r: RunResult | 'paused';
			while ((r = h.step(n)) === 'paused');
			expect(observable(r), `slices of ${n}`).toEqual(observable(one));
		}
	});

	it('stop at the instruction budget', () => {
		const src = `
def spin(n):
    while n >= 0:
        n = n + 1
    return n
print(spin(-2), spin(-1))
print(spin(0))
`;
		const before = jitCounters.compiled;
		const r = run(src, { ...OPTS, maxInstructions: 100_000 });
		expect(jitCounters.compiled).toBeGreaterThan(before);
		expect(r.stdout).toBe('-2 -1\n');
		expect(r.stderr).toContain('Stopped: the program ran more than 100,000 instructions');
	});
});
