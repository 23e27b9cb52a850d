/*
 * formatSpec.test.ts
 * Checks src/runtime/lib/formatSpec.ts against format() in CPython 3.13 and, for a subset, 3.7-3.12.
 */

import { describe, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from '../../src/runtime/lib/formatSpec';
import { checkAll } from './check';
import { capture, dec, expected, loadFixture, type Encoded } from './pyjson';

/** [kind, value (an encoded int or float, or a str), spec, want] */
type Case = [kind: string, value: Encoded, spec: string, want: Encoded];

/** Formats one fixture case with the formatter of its kind. */
function run(kind: string, value: Encoded, spec: string, minor: number): unknown {
	return capture(() => {
		if (kind === 'int') return formatInt(dec(value), spec, { minor });
		if (kind === 'float') return formatFloat(dec(value), spec, { minor });
		return formatStr(value as string, spec, { minor });
	});
}

describe('formatSpec', () => {
	it('format() of ints, floats and strs matches CPython 3.13', () => {
		checkAll(loadFixture<Case[]>('formatspec'), ([kind, value, spec, want]) => [run(kind, value, spec, 13), expected(want)]);
	});

	const versions = loadFixture<Record<string, { minor: number; cases: Case[] }>>('formatspec_versions');
	for (const [version, { minor, cases }] of Object.entries(versions)) {
		it(`format() matches CPython ${version}`, () => {
			checkAll(cases, ([kind, value, spec, want]) => [run(kind, value, spec, minor), expected(want)]);
		});
	}
});
