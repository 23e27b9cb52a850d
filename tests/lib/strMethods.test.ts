/*
 * strMethods.test.ts
 * Checks src/runtime/lib/strMethods.ts against CPython 3.13 str methods (tests/lib/fixtures/strmethods.json).
 */

import { describe, it } from 'vitest';
import * as S from '../../src/runtime/lib/strMethods';
import { checkAll } from './check';
import { capture, expected, loadFixture } from './pyjson';

const F = loadFixture('strmethods');

const PREDICATES: Record<string, (s: string) => boolean> = {
	isdecimal: S.isDecimal,
	isdigit: S.isDigit,
	isnumeric: S.isNumeric,
	isalpha: S.isAlpha,
	isalnum: S.isAlnum,
	isspace: S.isSpace,
	isupper: S.isUpper,
	islower: S.isLower,
	istitle: S.isTitle,
	isprintable: S.isPrintable,
	isidentifier: S.isIdentifier,
	isascii: S.isAscii,
};

const CASE_MAPS: Record<string, (s: string) => string> = {
	lower: S.lower,
	upper: S.upper,
	title: S.title,
	capitalize: (s) => S.capitalize(s),
	swapcase: S.swapcase,
	casefold: S.casefold,
};

/** Runs one str method of the ops fixture. */
function runOp(op: string, t: string, args: any[]): unknown {
	switch (op) {
		case 'split':
			return S.split(t, args[0], args[1]);
		case 'rsplit':
			return S.rsplit(t, args[0], args[1]);
		case 'splitlines':
			return S.splitlines(t, args[0]);
		case 'strip':
			return S.strip(t, args[0]);
		case 'lstrip':
			return S.lstrip(t, args[0]);
		case 'rstrip':
			return S.rstrip(t, args[0]);
		case 'partition':
			return S.partition(t, args[0]);
		case 'rpartition':
			return S.rpartition(t, args[0]);
		case 'find':
		case 'rfind':
		case 'index':
		case 'rindex':
		case 'count':
		case 'startswith':
		case 'endswith':
			return (S as any)[op](t, args[0], args[1], args[2]);
		case 'replace':
			return S.replace(t, args[0], args[1], args[2]);
		case 'center':
			return S.center(t, args[0], args[1]);
		case 'ljust':
			return S.ljust(t, args[0], args[1]);
		case 'rjust':
			return S.rjust(t, args[0], args[1]);
		case 'zfill':
			return S.zfill(t, args[0]);
		case 'expandtabs':
			return S.expandtabs(t, args[0]);
		case 'slice':
			return S.pySlice(t, args[0], args[1], args[2]);
		case 'len':
			return S.pyLen(t);
	}
	throw new Error('unknown op ' + op);
}

describe('strMethods', () => {
	it('per-character predicates match CPython', () => {
		const names: string[] = F.predicates;
		checkAll(F.perChar as any[], (row) => [names.map((p) => PREDICATES[p](row[0])), row.slice(1, 1 + names.length)]);
	});

	it('per-character case mappings match CPython', () => {
		const names: string[] = F.caseMaps;
		const offset = 1 + F.predicates.length;
		checkAll(F.perChar as any[], (row) => [names.map((m) => CASE_MAPS[m](row[0])), row.slice(offset)]);
	});

	it('repr() and ascii() of strings', () => {
		checkAll(F.whole as any[], ([t, repr, ascii]) => [[S.strRepr(t), S.strAscii(t)], [repr, ascii]]);
	});

	it('predicates and case mappings of whole strings', () => {
		const names: string[] = [...F.predicates, ...F.caseMaps];
		checkAll(F.whole as any[], (row) => [
			names.map((n) => (PREDICATES[n] ?? CASE_MAPS[n])(row[0])),
			row.slice(3),
		]);
	});

	it('split, strip, find, replace, padding and slicing', () => {
		checkAll(F.ops as any[], ([op, t, args, want]) => [capture(() => runOp(op, t, args)), expected(want)]);
	});
});
