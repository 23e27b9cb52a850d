/*
 * strMethods.test.ts
 * Checks src/runtime/lib/strMethods.ts against CPython 3.13 str methods (tests/lib/fixtures/strmethods.json).
 */

import { describe, it } from 'vitest';
import * as S from '../../src/runtime/lib/strMethods';
import { checkAll } from './check';
import { capture, expected, loadFixture, type Encoded } from './pyjson';

/** A string (or one character) followed by its predicate results, case mappings or reprs. */
type Row = [text: string, ...results: (boolean | string)[]];

const F = loadFixture<{
	perChar: Row[];
	whole: Row[];
	ops: [op: string, text: string, args: unknown[], want: Encoded][];
	predicates: string[];
	caseMaps: string[];
}>('strmethods');

/** Calls a str method with the fixture's arguments, which the generator writes in the method's parameter order. */
function withArgs<A extends unknown[], R>(fn: (s: string, ...rest: A) => R, t: string, args: unknown[]): R {
	return fn(t, ...(args as A));
}

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
function runOp(op: string, t: string, args: unknown[]): unknown {
	switch (op) {
		case 'split':
			return withArgs(S.split, t, args);
		case 'rsplit':
			return withArgs(S.rsplit, t, args);
		case 'splitlines':
			return withArgs(S.splitlines, t, args);
		case 'strip':
			return withArgs(S.strip, t, args);
		case 'lstrip':
			return withArgs(S.lstrip, t, args);
		case 'rstrip':
			return withArgs(S.rstrip, t, args);
		case 'partition':
			return withArgs(S.partition, t, args);
		case 'rpartition':
			return withArgs(S.rpartition, t, args);
		case 'find':
			return withArgs(S.find, t, args);
		case 'rfind':
			return withArgs(S.rfind, t, args);
		case 'index':
			return withArgs(S.index, t, args);
		case 'rindex':
			return withArgs(S.rindex, t, args);
		case 'count':
			return withArgs(S.count, t, args);
		case 'startswith':
			return withArgs(S.startswith, t, args);
		case 'endswith':
			return withArgs(S.endswith, t, args);
		case 'replace':
			return withArgs(S.replace, t, args);
		case 'center':
			return withArgs(S.center, t, args);
		case 'ljust':
			return withArgs(S.ljust, t, args);
		case 'rjust':
			return withArgs(S.rjust, t, args);
		case 'zfill':
			return withArgs(S.zfill, t, args);
		case 'expandtabs':
			return withArgs(S.expandtabs, t, args);
		case 'slice':
			return withArgs(S.pySlice, t, args);
		case 'len':
			return S.pyLen(t);
	}
	throw new Error('unknown op ' + op);
}

describe('strMethods', () => {
	it('per-character predicates match CPython', () => {
		const names = F.predicates;
		checkAll(F.perChar, (row) => [names.map((p) => PREDICATES[p](row[0])), row.slice(1, 1 + names.length)]);
	});

	it('per-character case mappings match CPython', () => {
		const names = F.caseMaps;
		const offset = 1 + F.predicates.length;
		checkAll(F.perChar, (row) => [names.map((m) => CASE_MAPS[m](row[0])), row.slice(offset)]);
	});

	it('repr() and ascii() of strings', () => {
		checkAll(F.whole, ([t, repr, ascii]) => [[S.strRepr(t), S.strAscii(t)], [repr, ascii]]);
	});

	it('predicates and case mappings of whole strings', () => {
		const names = [...F.predicates, ...F.caseMaps];
		checkAll(F.whole, (row) => [
			names.map((n) => (PREDICATES[n] ?? CASE_MAPS[n])(row[0])),
			row.slice(3),
		]);
	});

	it('split, strip, find, replace, padding and slicing', () => {
		checkAll(F.ops, ([op, t, args, want]) => [capture(() => runOp(op, t, args)), expected(want)]);
	});
});
