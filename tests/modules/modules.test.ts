/*
 * modules.test.ts
 * Standard-library modules end to end: each tests/modules/cases/NAME.py runs on our runtime for
 * every Python version recorded in tests/modules/expected/NAME.json (generated from CPython by
 * tools/gen-modules-expected.py) and must print exactly what CPython printed.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/runtime/index';
import type { PythonVersion } from '../../src/runtime/api';

const dir = fileURLToPath(new URL('./', import.meta.url));
const cases = readdirSync(`${dir}cases`)
	.filter((f) => f.endsWith('.py'))
	.map((f) => f.slice(0, -3))
	.sort();

interface Expected {
	stdout: string;
	stderr: string;
	exitCode: number;
}

describe('standard-library modules match CPython', () => {
	for (const name of cases) {
		const source = readFileSync(`${dir}cases/${name}.py`, 'utf8');
		const expected = JSON.parse(readFileSync(`${dir}expected/${name}.json`, 'utf8')) as Record<string, Expected>;
		for (const [version, want] of Object.entries(expected)) {
			it(`${name} (${version})`, () => {
				const r = run(source, {
					python: version as PythonVersion,
					filename: '<main>',
					clock: 'virtual',
					startDate: 1577836800000,
					maxInstructions: 50_000_000,
				});
				expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual(want);
			});
		}
	}
});
