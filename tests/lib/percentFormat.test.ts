/*
 * percentFormat.test.ts
 * Checks src/runtime/lib/percentFormat.ts against `fmt % args` in CPython 3.13 and 3.7-3.12.
 */

import { describe, it } from 'vitest';
import { PyLibError } from '../../src/runtime/lib/errors';
import { floatRepr } from '../../src/runtime/lib/floatFormat';
import { floatTrunc, intToFloat, intToString, type PyInt } from '../../src/runtime/lib/intOps';
import { percentFormat, type PercentArgs, type PercentHooks } from '../../src/runtime/lib/percentFormat';
import { strAscii, strRepr } from '../../src/runtime/lib/strMethods';
import { checkAll } from './check';
import { capture, dec, expected, loadFixture, type Encoded } from './pyjson';

/** A fixture argument decoded into a tagged value standing for a Python object. */
type Value =
	| { t: 'int'; v: PyInt }
	| { t: 'bool'; v: boolean }
	| { t: 'float'; v: number }
	| { t: 'str'; v: string }
	| { t: 'obj'; name: string; str: string; repr: string; ascii: string };

/** One encoded argument (see enc_arg in tools/gen-lib-fixtures.py). */
type EncodedValue =
	| string
	| { bool: boolean }
	| { i: string }
	| { f: string }
	| { obj: string; str: string; repr: string; ascii: string };

/** The encoded right operand of %. */
type EncodedArgs =
	| { tuple: EncodedValue[] }
	| { dict: Record<string, EncodedValue> }
	| { list: EncodedValue }
	| { single: EncodedValue };

/** [format, right operand, result or error] */
type Case = [fmt: string, args: EncodedArgs, want: Encoded];

/** Decodes one encoded argument. */
function decodeValue(e: EncodedValue): Value {
	if (typeof e === 'string') return { t: 'str', v: e };
	if ('bool' in e) return { t: 'bool', v: e.bool };
	if ('i' in e) return { t: 'int', v: dec(e) };
	if ('f' in e) return { t: 'float', v: dec(e) };
	return { t: 'obj', name: e.obj, str: e.str, repr: e.repr, ascii: e.ascii };
}

/** Builds the PercentArgs the interpreter would pass for the encoded right operand. */
function decodeArgs(e: EncodedArgs): PercentArgs<Value> {
	if ('tuple' in e) {
		const items = e.tuple.map(decodeValue);
		return { value: { t: 'obj', name: 'tuple', str: '', repr: '', ascii: '' }, tupleItems: items };
	}
	if ('dict' in e) {
		const entries = e.dict;
		return {
			value: { t: 'obj', name: 'dict', str: '', repr: '', ascii: '' },
			tupleItems: null,
			getItem: (key) => {
				if (!(key in entries)) throw new PyLibError('KeyError', strRepr(key));
				return decodeValue(entries[key]);
			},
		};
	}
	if ('list' in e) {
		return {
			value: decodeValue(e.list),
			tupleItems: null,
			getItem: () => {
				throw new PyLibError('TypeError', 'list indices must be integers or slices, not str');
			},
		};
	}
	return { value: decodeValue(e.single), tupleItems: null };
}

const hooks: PercentHooks<Value> = {
	str: (v) => (v.t === 'obj' ? v.str : v.t === 'str' ? v.v : hooks.repr(v)),
	repr: (v) =>
		v.t === 'int' ? intToString(v.v) : v.t === 'bool' ? (v.v ? 'True' : 'False') : v.t === 'float' ? floatRepr(v.v) : v.t === 'str' ? strRepr(v.v) : v.repr,
	ascii: (v) => (v.t === 'str' ? strAscii(v.v) : v.t === 'obj' ? v.ascii : hooks.repr(v)),
	typeName: (v) => (v.t === 'obj' ? v.name : v.t),
	toInt: (v) => (v.t === 'int' ? v.v : v.t === 'bool' ? Number(v.v) : v.t === 'float' ? floatTrunc(v.v) : null),
	toIndex: (v) => (v.t === 'int' ? v.v : v.t === 'bool' ? Number(v.v) : null),
	toFloat: (v) => (v.t === 'int' ? intToFloat(v.v) : v.t === 'bool' ? Number(v.v) : v.t === 'float' ? v.v : null),
	asStr: (v) => (v.t === 'str' ? v.v : null),
	asExactInt: (v) => (v.t === 'int' ? v.v : v.t === 'bool' ? Number(v.v) : null),
};

describe('percentFormat', () => {
	it('str % args matches CPython 3.13', () => {
		checkAll(loadFixture<Case[]>('percentformat'), ([fmt, args, want]) => [
			capture(() => percentFormat(fmt, decodeArgs(args), hooks)),
			expected(want),
		]);
	});

	const versions = loadFixture<Record<string, { minor: number; cases: Case[] }>>('percentformat_versions');
	for (const [version, { minor, cases }] of Object.entries(versions)) {
		it(`str % args matches CPython ${version}`, () => {
			checkAll(cases, ([fmt, args, want]) => [capture(() => percentFormat(fmt, decodeArgs(args), hooks, { minor })), expected(want)]);
		});
	}
});
