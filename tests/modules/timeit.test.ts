/*
 * timeit.test.ts
 * timeit.Timer.autorange() on both clocks: on the virtual clock, where only sleeps take time, it
 * could never reach its 0.2 s and says so instead of looping forever; on the real clock it ends.
 */
import { describe, it, expect } from 'vitest';
import { run } from '../../src/runtime/index';

const program = `import timeit
number, taken = timeit.Timer("sum(range(10))").autorange()
print(number >= 1, taken >= 0.2)
`;

describe('timeit.autorange', () => {
	it('raises NotImplementedError on the virtual clock', () => {
		const r = run(program, { clock: 'virtual' });
		expect(r.exitCode).toBe(1);
		expect(r.stderr).toContain(
			'NotImplementedError: timeit: autorange() cannot reach 0.2 s on the virtual clock'
		);
	});

	it('finds a number of runs on the real clock', () => {
		const r = run(program, { clock: 'real' });
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe('True True\n');
	});
});
