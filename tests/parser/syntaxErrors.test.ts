/*
 * syntaxErrors.test.ts
 * The parser's first diagnostic against CPython's SyntaxError for every (source, version) of
 * syntax-errors.json (regenerate with tools/gen-syntax-errors.py). Kind, message, line and
 * column must match. Known differences are listed below, so that any other difference (or a
 * fixed one) fails the test.
 */

import { describe, expect, test } from 'vitest';
import { compareTable, loadTable } from './syntaxErrorTable';
import { KNOWN_DIFFERENCES } from './syntaxErrorKnown';

const table = loadTable();

describe('syntax errors match CPython', () => {
	for (const version of ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13']) {
		test(`Python ${version}`, () => {
			const { mismatches } = compareTable(table, [version]);
			const known = new Set(KNOWN_DIFFERENCES[version] ?? []);
			const unexpected = mismatches.filter((m) => !known.has(m.source));
			const fixed = [...known].filter((src) => !mismatches.some((m) => m.source === src));
			expect(unexpected.map((m) => `${JSON.stringify(m.source)}\n  expected ${m.expected}\n  actual   ${m.actual}`)).toEqual([]);
			expect(fixed).toEqual([]);
		}, 120_000);
	}
});
