/*
 * cli.test.ts
 * The pyco command ends like `python3 FILE`: exit status 0/1/SystemExit's code, and on an
 * uncaught KeyboardInterrupt CPython 3.8+ kills itself with SIGINT (the parent sees a process
 * killed by the signal: subprocess -2, a shell 130) after writing the traceback; 3.7 exits 1.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PYCO = fileURLToPath(new URL('../../bin/pyco.mjs', import.meta.url));

function pyco(source: string, python: string): ReturnType<typeof spawnSync> {
	const dir = mkdtempSync(join(tmpdir(), 'pyco-cli-'));
	const file = join(dir, 'main.py');
	writeFileSync(file, source);
	return spawnSync(process.execPath, [PYCO, '--python', python, file], {
		encoding: 'utf8',
		timeout: 60_000,
	});
}

const KI = 'print("before")\nraise KeyboardInterrupt\n';

describe('pyco exit status', () => {
	it('ends with SIGINT on an uncaught KeyboardInterrupt (3.8+), output flushed first', () => {
		const r = pyco(KI, '3.13');
		expect(r.signal).toBe('SIGINT');
		expect(r.status).toBe(null);
		expect(r.stdout).toBe('before\n');
		expect(r.stderr).toMatch(/raise KeyboardInterrupt\nKeyboardInterrupt\n$/);
	}, 60_000);

	it('also when the KeyboardInterrupt leaves asyncio.run()', () => {
		const r = pyco(
			'import asyncio\nasync def main():\n    raise KeyboardInterrupt\nasyncio.run(main())\n',
			'3.8'
		);
		expect(r.signal).toBe('SIGINT');
		expect(r.stderr).toMatch(/\nKeyboardInterrupt\n$/);
	}, 60_000);

	it('exits with 1 on 3.7, and 1 / SystemExit codes as before', () => {
		expect(pyco(KI, '3.7').status).toBe(1);
		expect(pyco('1/0\n', '3.13').status).toBe(1);
		expect(pyco('raise SystemExit(3)\n', '3.13').status).toBe(3);
		expect(pyco('print(1)\n', '3.13').status).toBe(0);
	}, 120_000);
});

describe('pyco launchers', () => {
	const program =
		'import asyncio, sys\nasync def main():\n    await asyncio.sleep(1)\n    print(sys.version_info[:2])\n    raise ValueError("late")\nasyncio.run(main())\n';
	function runWith(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
		const dir = mkdtempSync(join(tmpdir(), 'pyco-cli-'));
		const file = join(dir, 'main.py');
		writeFileSync(file, program);
		const r = spawnSync(command, [...args, '--python', '3.11', file], {
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, ...env },
		});
		return { status: r.status, stdout: r.stdout, stderr: r.stderr.replaceAll(file, 'FILE') };
	}

	it('the cached bundle and the tsx fallback behave the same', () => {
		const bundled = runWith(process.execPath, [PYCO]);
		expect(bundled.status).toBe(1);
		expect(bundled.stdout).toBe('(3, 11)\n');
		expect(bundled.stderr).toMatch(
			/File "FILE", line 5, in main\n\s{4}raise ValueError\("late"\)\nValueError: late\n$/
		);
		expect(runWith(process.execPath, [PYCO], { PYCO_NO_BUNDLE: '1' })).toEqual(bundled);
	}, 120_000);

	it('npm links the workspace bin, so `npx pyco` runs node_modules/.bin/pyco directly', () => {
		const linked = fileURLToPath(new URL('../../node_modules/.bin/pyco', import.meta.url));
		expect(runWith(linked, [])).toEqual(runWith(process.execPath, [PYCO]));
	}, 120_000);
});
