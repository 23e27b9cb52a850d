/*
 * golden.test.ts
 * The ordering rules R1-R14 and V1-V5 (see docs/simulated-network.md and the runtime design
 * notes): each program of tests/asyncio/programs runs on our runtime for every version its
 * directive lists, and must print exactly what real CPython printed under tools/vclock.py
 * (tests/asyncio/expected, regenerated with `node tools/gen-asyncio-golden.mjs`).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDirective, VIRTUAL_EPOCH_MS, normaliseOutput } from '../conformance/corpus.mjs';
import { run } from '../../src/runtime/index';
import type { PythonVersion } from '../../src/runtime/index';

const here = dirname(fileURLToPath(import.meta.url));
const progDir = join(here, 'programs');
const expDir = join(here, 'expected');

describe('asyncio ordering rules (golden programs, CPython under the virtual-clock oracle)', () => {
	for (const f of readdirSync(progDir).filter((x) => x.endsWith('.py')).sort()) {
		const name = f.slice(0, -3);
		const source = readFileSync(join(progDir, f), 'utf8');
		for (const v of parseDirective(source).versions) {
			it(`${name}@${v}`, () => {
				const p = join(expDir, `${name}.${v}.json`);
				expect(existsSync(p), `missing ${p}: run node tools/gen-asyncio-golden.mjs`).toBe(true);
				const expected: unknown = JSON.parse(readFileSync(p, 'utf8'));
				const r = run(source, { python: v as PythonVersion, filename: '<main>', startDate: VIRTUAL_EPOCH_MS, maxInstructions: 50_000_000 });
				expect({ stdout: normaliseOutput(r.stdout), stderr: normaliseOutput(r.stderr), exitCode: r.exitCode }).toEqual(expected);
			});
		}
	}
});
