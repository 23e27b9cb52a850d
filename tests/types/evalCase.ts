/*
 * evalCase.ts
 * A tiny interpreter for the JSON expression trees of tests/types/fixtures/cases.json (written by
 * tools/gen-types-cases.py): it evaluates them through the protocol and the builtin natives only,
 * without the VM, and renders the result as the generator does ("OK <repr>" / "ERR Type: msg").
 */

import { PyValue, None, True, False, Ellipsis, PyFloat, pyBool } from '../../src/runtime/objects/object';
import { PyException, newException, NameError } from '../../src/runtime/objects/exceptions';
import { PyList, PyTuple, PyDict, PySet, PySlice, newTuple, hashedEntries } from '../../src/runtime/objects/containers';
import { SetTable } from '../../src/runtime/lib/setTable';
import { rt } from '../../src/runtime/objects/runtimeState';
import {
	call,
	getAttrStrict,
	getItem,
	binaryOp,
	richCompare,
	CmpOp,
	isTrue,
	contains,
	unaryNegative,
	unaryPositive,
	unaryInvert,
	toArray,
	repr,
	str,
	fromLibError,
	richEq,
} from '../../src/runtime/objects/protocol';
import { BinOp } from '../../src/runtime/objects/numeric';
import { PyBytes } from '../../src/runtime/types/bytes';
import { PyComplex } from '../../src/runtime/types/complex';
import * as I from '../../src/runtime/lib/intOps';

/** A constant as tools' case generator encodes it (ints and floats as text, so nothing is rounded). */
type EncodedConst =
	| null
	| boolean
	| string
	| { int: string }
	| { float: string }
	| { complex: [number | string, number | string] }
	| { bytes: number[] }
	| { ellipsis: true };

/** An expression of the case AST (cases.json), one variant per node kind. */
export type CaseNode =
	| { k: 'const'; v: EncodedConst }
	| { k: 'name'; id: string }
	| { k: 'walrus'; id: string; v: CaseNode }
	| { k: 'attr'; obj: CaseNode; name: string }
	| { k: 'call'; f: CaseNode; args: CaseNode[]; kw: [string, CaseNode][] }
	| { k: 'star'; v: CaseNode }
	| { k: 'binop'; op: string; l: CaseNode; r: CaseNode }
	| { k: 'unary'; op: string; v: CaseNode }
	| { k: 'cmp'; l: CaseNode; ops: string[]; rs: CaseNode[] }
	| { k: 'boolop'; op: string; vs: CaseNode[] }
	| { k: 'ifexp'; t: CaseNode; a: CaseNode; b: CaseNode }
	| { k: 'sub'; obj: CaseNode; idx: CaseNode }
	| { k: 'slice'; lo: CaseNode | null; hi: CaseNode | null; st: CaseNode | null }
	| { k: 'list' | 'tuple' | 'set'; elts: CaseNode[] }
	| { k: 'dict'; keys: CaseNode[]; vals: CaseNode[] };

export interface Case {
	src: string;
	ast: CaseNode;
	expect: string;
	versions: Record<string, string>;
}

const BINOPS: Record<string, BinOp> = {
	'+': BinOp.Add,
	'-': BinOp.Sub,
	'*': BinOp.Mul,
	'/': BinOp.TrueDiv,
	'//': BinOp.FloorDiv,
	'%': BinOp.Mod,
	'**': BinOp.Pow,
	'<<': BinOp.LShift,
	'>>': BinOp.RShift,
	'&': BinOp.And,
	'|': BinOp.Or,
	'^': BinOp.Xor,
	'@': BinOp.MatMul,
};
const CMPOPS: Record<string, CmpOp> = {
	'<': CmpOp.Lt,
	'<=': CmpOp.Le,
	'==': CmpOp.Eq,
	'!=': CmpOp.Ne,
	'>': CmpOp.Gt,
	'>=': CmpOp.Ge,
};

function decodeConst(v: EncodedConst): PyValue {
	if (v === null) return None;
	if (v === true) return True;
	if (v === false) return False;
	if (typeof v === 'string') return v;
	if ('int' in v) return I.normalize(BigInt(v.int));
	if ('float' in v) return new PyFloat(Number(v.float === 'inf' ? Infinity : v.float));
	if ('complex' in v) return new PyComplex(Number(v.complex[0]), Number(v.complex[1]));
	if ('bytes' in v) return new PyBytes(Uint8Array.from(v.bytes));
	if ('ellipsis' in v) return Ellipsis;
	throw new Error('bad const ' + JSON.stringify(v));
}

export class Evaluator {
	env = new Map<string, PyValue>();
	constructor(public builtins: PyDict) {}

	eval(n: CaseNode): PyValue {
		switch (n.k) {
			case 'const':
				return decodeConst(n.v);
			case 'name': {
				const v = this.env.get(n.id) ?? this.builtins.getStr(n.id);
				if (v === undefined) throw newException(NameError, `name '${n.id}' is not defined`);
				return v;
			}
			case 'walrus': {
				const v = this.eval(n.v);
				this.env.set(n.id, v);
				return v;
			}
			case 'attr':
				return getAttrStrict(this.eval(n.obj), n.name);
			case 'call': {
				const f = this.eval(n.f);
				const args: PyValue[] = [];
				for (const a of n.args) {
					if (a.k === 'star') args.push(...toArray(this.eval(a.v)));
					else args.push(this.eval(a));
				}
				let kw: Map<string, PyValue> | null = null;
				for (const [name, node] of n.kw) {
					kw ??= new Map();
					if (name === '**') {
						const d = this.eval(node) as PyDict;
						for (const [k, v] of d.entries()) kw.set(k as string, v);
					} else kw.set(name, this.eval(node));
				}
				return call(f, args, kw);
			}
			case 'binop':
				return binaryOp(BINOPS[n.op], this.eval(n.l), this.eval(n.r));
			case 'unary': {
				const v = this.eval(n.v);
				switch (n.op) {
					case '-':
						return unaryNegative(v);
					case '+':
						return unaryPositive(v);
					case '~':
						return unaryInvert(v);
					default:
						return pyBool(!isTrue(v));
				}
			}
			case 'cmp': {
				let left = this.eval(n.l);
				let result: PyValue = True;
				for (let i = 0; i < n.ops.length; i++) {
					const right = this.eval(n.rs[i]);
					const op = n.ops[i];
					if (op === 'in') result = pyBool(contains(right, left));
					else if (op === 'not in') result = pyBool(!contains(right, left));
					else if (op === 'is') result = pyBool(left === right);
					else if (op === 'is not') result = pyBool(left !== right);
					else result = richCompare(left, right, CMPOPS[op]);
					if (!isTrue(result)) return result;
					left = right;
				}
				return result;
			}
			case 'boolop': {
				let v: PyValue = None;
				for (const x of n.vs) {
					v = this.eval(x);
					if (n.op === 'and' ? !isTrue(v) : isTrue(v)) return v;
				}
				return v;
			}
			case 'ifexp':
				return isTrue(this.eval(n.t)) ? this.eval(n.a) : this.eval(n.b);
			case 'sub':
				return getItem(this.eval(n.obj), this.eval(n.idx));
			case 'slice':
				return new PySlice(n.lo ? this.eval(n.lo) : None, n.hi ? this.eval(n.hi) : None, n.st ? this.eval(n.st) : None);
			case 'list':
				return new PyList(n.elts.map((e) => this.eval(e)));
			case 'tuple':
				return newTuple(n.elts.map((e) => this.eval(e)));
			case 'set': {
				const s = new PySet();
				const values = n.elts.map((e) => this.eval(e));
				if (rt.minor >= 9 && values.length >= 3 && n.elts.every((e) => e.k === 'const')) {
					// CPython 3.9+ compiles a display of 3+ constants to a frozenset constant merged into a new set.
					s.adoptTable(SetTable.fromConstantDisplay((a: PyValue, b: PyValue) => richEq(a, b), hashedEntries(values), rt.minor));
				} else for (const v of values) s.add(v);
				return s;
			}
			case 'dict': {
				const d = new PyDict();
				for (let i = 0; i < n.keys.length; i++) d.set(this.eval(n.keys[i]), this.eval(n.vals[i]));
				return d;
			}
		}
		throw new Error('unknown node ' + n.k);
	}
}

/** Evaluates a case and renders it like the generator. */
export function runCase(c: Case, builtins: PyDict): string {
	const ev = new Evaluator(builtins);
	try {
		return 'OK ' + repr(ev.eval(c.ast));
	} catch (e0) {
		const e = fromLibError(e0);
		if (e instanceof PyException) {
			let msg: string;
			try {
				msg = str(e);
			} catch (e2) {
				msg = `<str failed: ${String(e2)}>`;
			}
			return `ERR ${e.cls.name}: ${msg}`;
		}
		return `JSERR ${(e as Error)?.stack ?? String(e)}`;
	}
}

export { PyTuple };
