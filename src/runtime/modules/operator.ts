/*
 * operator.ts
 * The operator module: the operators as functions (on the generic protocol, so user dunders
 * and reflected operands work), and the itemgetter/attrgetter/methodcaller callables with
 * CPython's reprs.
 */

import { PyValue, PyType, Kwargs, None, True, False, pyBool, PyFloat, PyBool } from '../objects/object';
import { typeError, valueError } from '../objects/exceptions';
import { PyTuple, newTuple } from '../objects/containers';
import { PyModule } from '../objects/function';
import {
	binaryOp,
	richCompare,
	CmpOp,
	unaryNegative,
	unaryPositive,
	unaryInvert,
	isTrue,
	contains,
	getItem,
	setItem,
	delItem,
	getAttr,
	call,
	repr,
	typeName,
	toIndex,
	callSpecial,
	getIter,
	iterNext,
	richEq,
	len as pyLen,
} from '../objects/protocol';
import { BinOp } from '../objects/numeric';
import * as I from '../lib/intOps';
import { rt } from '../objects/runtimeState';
import { registerModule, defFunction } from './registry';
import { checkPositional, noKw, method } from '../types/util';
import { moduleType, withDict } from './common';
import { PyObject } from '../objects/object';
import { PyBuiltin } from '../objects/function';

export function pyAbs(v: PyValue): PyValue {
	if (typeof v === 'number') return Math.abs(v);
	if (typeof v === 'bigint') return I.abs(v);
	if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
	if (v instanceof PyBool) return v.value;
	const r = callSpecial(v, '__abs__', []);
	if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
	return r;
}

// ---------------------------------------------------------------------------------------------
// itemgetter / attrgetter / methodcaller

class ItemGetter extends PyObject {
	constructor(
		cls: PyType,
		public items: PyValue[]
	) {
		super(cls);
	}
}
class AttrGetter extends PyObject {
	constructor(
		cls: PyType,
		public names: string[]
	) {
		super(cls);
	}
}
class MethodCaller extends PyObject {
	constructor(
		cls: PyType,
		public name: string,
		public args: PyValue[],
		public kwargs: Kwargs | null
	) {
		super(cls);
	}
}

const itemgetterType = moduleType('operator', 'itemgetter', (cls) => new ItemGetter(cls, []));
const attrgetterType = moduleType('operator', 'attrgetter', (cls) => new AttrGetter(cls, []));
const methodcallerType = moduleType('operator', 'methodcaller', (cls) => new MethodCaller(cls, '', [], null));

function setNewOf(t: PyType, fn: (cls: PyType, args: PyValue[], kwargs: Kwargs | null) => PyObject): void {
	t.ns.set('__new__', new PyBuiltin('__new__', (args, kwargs) => withDict(args[0] as PyType, fn(args[0] as PyType, args.slice(1), kwargs)), undefined, `${t.name}.__new__`));
}

setNewOf(itemgetterType, (cls, args, kwargs) => {
	noKw('itemgetter', kwargs);
	if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
	return new ItemGetter(cls, args);
});
method(itemgetterType, '__call__', (args, kwargs) => {
	const g = args[0] as ItemGetter;
	noKw('itemgetter', kwargs);
	if (args.length !== 2) throw typeError(`itemgetter expected 1 argument, got ${args.length - 1}`);
	const obj = args[1];
	if (g.items.length === 1) return getItem(obj, g.items[0]);
	return new PyTuple(g.items.map((k) => getItem(obj, k)));
});
method(itemgetterType, '__repr__', (args) => {
	const g = args[0] as ItemGetter;
	return `operator.itemgetter(${g.items.map(repr).join(', ')})`;
});

setNewOf(attrgetterType, (cls, args, kwargs) => {
	noKw('attrgetter', kwargs);
	if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
	for (const a of args) if (typeof a !== 'string') throw typeError('attribute name must be a string');
	return new AttrGetter(cls, args as string[]);
});
function dotted(obj: PyValue, name: string): PyValue {
	for (const part of name.split('.')) obj = getAttr(obj, part);
	return obj;
}
method(attrgetterType, '__call__', (args, kwargs) => {
	const g = args[0] as AttrGetter;
	noKw('attrgetter', kwargs);
	if (args.length !== 2) throw typeError(`attrgetter expected 1 argument, got ${args.length - 1}`);
	const obj = args[1];
	if (g.names.length === 1) return dotted(obj, g.names[0]);
	return new PyTuple(g.names.map((n) => dotted(obj, n)));
});
method(attrgetterType, '__repr__', (args) => {
	const g = args[0] as AttrGetter;
	return `operator.attrgetter(${g.names.map(repr).join(', ')})`;
});

setNewOf(methodcallerType, (cls, args, kwargs) => {
	if (args.length === 0) throw typeError('methodcaller needs at least one argument, the method name');
	if (typeof args[0] !== 'string') throw typeError('method name must be a string');
	return new MethodCaller(cls, args[0], args.slice(1), kwargs && kwargs.size ? new Map(kwargs) : null);
});
method(methodcallerType, '__call__', (args, kwargs) => {
	const c = args[0] as MethodCaller;
	noKw('methodcaller', kwargs);
	if (args.length !== 2) throw typeError(`methodcaller expected 1 argument, got ${args.length - 1}`);
	return call(getAttr(args[1], c.name), c.args, c.kwargs);
});
method(methodcallerType, '__repr__', (args) => {
	const c = args[0] as MethodCaller;
	const parts = [repr(c.name), ...c.args.map(repr)];
	if (c.kwargs) for (const [k, v] of c.kwargs) parts.push(`${k}=${repr(v)}`);
	return `operator.methodcaller(${parts.join(', ')})`;
});

// ---------------------------------------------------------------------------------------------

const BINARY: [string, BinOp][] = [
	['add', BinOp.Add],
	['sub', BinOp.Sub],
	['mul', BinOp.Mul],
	['truediv', BinOp.TrueDiv],
	['floordiv', BinOp.FloorDiv],
	['mod', BinOp.Mod],
	['pow', BinOp.Pow],
	['matmul', BinOp.MatMul],
	['lshift', BinOp.LShift],
	['rshift', BinOp.RShift],
	['and_', BinOp.And],
	['or_', BinOp.Or],
	['xor', BinOp.Xor],
];
const CMP: [string, CmpOp][] = [
	['lt', CmpOp.Lt],
	['le', CmpOp.Le],
	['eq', CmpOp.Eq],
	['ne', CmpOp.Ne],
	['gt', CmpOp.Gt],
	['ge', CmpOp.Ge],
];

function isSequence(v: PyValue): boolean {
	if (typeof v === 'string') return true;
	if (typeof v !== 'object') return false;
	const t = v.cls;
	return t.lookup('__getitem__') !== undefined && t.name !== 'dict' && !t.isSubtypeOf(dictTypeOf());
}
let dictTypeOf = (): PyType => {
	throw new Error('unset');
};

registerModule('operator', (m: PyModule) => {
	const fn = (name: string, n: number, f: (args: PyValue[]) => PyValue, dunder = true): void => {
		const impl = (args: PyValue[], kwargs: Kwargs | null): PyValue => {
			noKw(name, kwargs);
			checkPositional(name, args, n, n);
			return f(args);
		};
		defFunction(m, name, impl);
		if (dunder) {
			const dn = `__${name.replace(/_$/, '')}__`;
			defFunction(m, dn, impl);
		}
	};
	for (const [name, op] of BINARY) {
		fn(name, 2, (a) => binaryOp(op, a[0], a[1]));
		const iname = `i${name.replace(/_$/, '')}`;
		fn(iname, 2, (a) => binaryOp(op, a[0], a[1], true));
	}
	for (const [name, op] of CMP) fn(name, 2, (a) => richCompare(a[0], a[1], op));
	fn('neg', 1, (a) => unaryNegative(a[0]));
	fn('pos', 1, (a) => unaryPositive(a[0]));
	fn('invert', 1, (a) => unaryInvert(a[0]));
	fn('inv', 1, (a) => unaryInvert(a[0]));
	fn('abs', 1, (a) => pyAbs(a[0]));
	fn('not_', 1, (a) => pyBool(!isTrue(a[0])));
	fn('truth', 1, (a) => pyBool(isTrue(a[0])), false);
	fn('is_', 2, (a) => pyBool(a[0] === a[1]), false);
	fn('is_not', 2, (a) => pyBool(a[0] !== a[1]), false);
	if (rt.minor >= 14) fn('is_none', 1, (a) => pyBool(a[0] === None), false);
	fn('contains', 2, (a) => pyBool(contains(a[0], a[1])));
	fn('getitem', 2, (a) => getItem(a[0], a[1]));
	fn('setitem', 3, (a) => (setItem(a[0], a[1], a[2]), None));
	fn('delitem', 2, (a) => (delItem(a[0], a[1]), None));
	fn('index', 1, (a) => toIndex(a[0]));
	fn('concat', 2, (a) => {
		if (!isSequence(a[0])) throw typeError(`'${typeName(a[0])}' object can't be concatenated`);
		return binaryOp(BinOp.Add, a[0], a[1]);
	});
	fn('iconcat', 2, (a) => {
		if (!isSequence(a[0])) throw typeError(`'${typeName(a[0])}' object can't be concatenated`);
		return binaryOp(BinOp.Add, a[0], a[1], true);
	});
	fn('countOf', 2, (a) => {
		const it = getIter(a[0]);
		let n = 0;
		for (;;) {
			const v = iterNext(it);
			if (v === undefined) return n;
			if (v === a[1] || richEq(v, a[1])) n++;
		}
	}, false);
	fn('indexOf', 2, (a) => {
		const it = getIter(a[0]);
		let n = 0;
		for (;;) {
			const v = iterNext(it);
			if (v === undefined) throw valueError('sequence.index(x): x not in sequence');
			if (v === a[1] || richEq(v, a[1])) return n;
			n++;
		}
	}, false);
	defFunction(m, 'length_hint', (args, kwargs) => {
		noKw('length_hint', kwargs);
		checkPositional('length_hint', args, 1, 2);
		const obj = args[0];
		const dflt = args.length > 1 ? args[1] : 0;
		if (typeof obj === 'string' || (typeof obj === 'object' && obj.cls.lookup('__len__') !== undefined)) return pyLen(obj);
		const r = callSpecial(obj, '__length_hint__', []);
		if (r === undefined || r === (None as PyValue)) return dflt;
		return r;
	});
	if (rt.minor >= 11) {
		defFunction(m, 'call', (args, kwargs) => {
			if (args.length === 0) throw typeError('call() missing 1 required positional argument: \'obj\'');
			return call(args[0], args.slice(1), kwargs);
		});
		defFunction(m, '__call__', (args, kwargs) => call(args[0], args.slice(1), kwargs));
	}
	m.dict.setStr('itemgetter', itemgetterType);
	m.dict.setStr('attrgetter', attrgetterType);
	m.dict.setStr('methodcaller', methodcallerType);
});

export function setOperatorDictType(t: PyType): void {
	dictTypeOf = () => t;
}
import { dictType } from '../objects/containers';
setOperatorDictType(dictType);

void True;
void False;
void newTuple;
