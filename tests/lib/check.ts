/*
 * check.ts
 * Bulk fixture checking: run thousands of cases, report the first mismatches in one assertion.
 */

import { expect } from 'vitest';
import type { EncodedError } from './pyjson';

/** Deep equality that tells -0.0 from 0.0, accepts NaN == NaN and compares encoded errors. */
export function same(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
	if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
		const ea = a as Partial<EncodedError>;
		const eb = b as Partial<EncodedError>;
		return ea.error === eb.error && ea.message === eb.message;
	}
	return Object.is(a, b);
}

/** Shows a value in a failure line (bigints and errors included). */
function show(v: unknown): string {
	return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() + 'n' : Object.is(x, -0) ? '-0' : x));
}

/** Runs all cases and reports up to 15 mismatches at once. */
export function checkAll<T>(cases: T[], run: (c: T) => [actual: unknown, want: unknown]): void {
	const failures: string[] = [];
	let count = 0;
	for (const c of cases) {
		const [actual, want] = run(c);
		if (!same(actual, want)) {
			count++;
			if (failures.length < 15) failures.push(`${show(c).slice(0, 200)}\n   got  ${show(actual)}\n   want ${show(want)}`);
		}
	}
	if (count) failures.push(`${count} of ${cases.length} cases failed`);
	expect(failures).toEqual([]);
}
