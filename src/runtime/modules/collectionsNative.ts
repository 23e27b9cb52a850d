/*
 * collectionsNative.ts
 * The native part of collections (`_collections`): deque, with maxlen, every method, CPython's
 * messages and repr, and its iterators (which detect mutation during iteration).
 */

import { PyObject, PyType, PyValue, Kwargs, None, NotImplemented, pyBool } from '../objects/object';
import { typeError, valueError, indexError, runtimeError } from '../objects/exceptions';
import { PyList, PyTuple, newTuple } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import {
	PyIteratorBase,
	getIter,
	iterNext,
	repr,
	reprGuard,
	richEq,
	richCompare,
	CmpOp,
	isTrue,
	typeName,
	toIndex,
	toArray,
	callType,
} from '../objects/protocol';
import { registerModule } from './registry';
import { rt } from '../objects/runtimeState';
import { method, getset, noKw, checkPositional, bindArgs, exactlyOne, noArgs, classMethod } from '../types/util';
import { moduleType, moduleIterType, withDict, smallIndexArg } from './common';

export class PyDeque extends PyObject {
	items: PyValue[] = [];
	maxlen = -1;
	/** Bumped by every mutation; iterators compare it. */
	state = 0;
	constructor(cls: PyType) {
		super(cls);
	}
	push(v: PyValue): void {
		this.state++;
		if (this.maxlen === 0) return;
		this.items.push(v);
		if (this.maxlen >= 0 && this.items.length > this.maxlen) this.items.shift();
	}
	pushLeft(v: PyValue): void {
		this.state++;
		if (this.maxlen === 0) return;
		this.items.unshift(v);
		if (this.maxlen >= 0 && this.items.length > this.maxlen) this.items.pop();
	}
}

export const dequeType = moduleType('collections', 'deque', (cls) => new PyDeque(cls));
const dequeIterType = moduleIterType('_collections', '_deque_iterator');
const dequeRevIterType = moduleIterType('_collections', '_deque_reverse_iterator');

class DequeIter extends PyIteratorBase {
	i = 0;
	state: number;
	constructor(
		public d: PyDeque,
		public reverse: boolean
	) {
		super(reverse ? dequeRevIterType : dequeIterType);
		this.state = d.state;
	}
	nextValue(): PyValue | undefined {
		const d = this.d;
		if (d.state !== this.state) throw runtimeError('deque mutated during iteration');
		const n = d.items.length;
		if (this.i >= n) return undefined;
		const v = this.reverse ? d.items[n - 1 - this.i] : d.items[this.i];
		this.i++;
		return v;
	}
}

function self(args: PyValue[]): PyDeque {
	return args[0] as PyDeque;
}

function eq(a: PyValue, b: PyValue): boolean {
	return a === b || richEq(a, b);
}

function normIndex(d: PyDeque, v: PyValue): number {
	if (typeof v !== 'number' && typeof v !== 'bigint' && !(typeof v === 'object' && v.cls.lookup('__index__'))) {
		throw typeError(`sequence index must be integer, not '${typeName(v)}'`);
	}
	let i = smallIndexArg(v);
	const n = d.items.length;
	if (i < 0) i += n;
	if (i < 0 || i >= n) throw indexError('deque index out of range');
	return i;
}

function newDequeLike(d: PyDeque, items: PyValue[]): PyValue {
	// CPython calls type(d)(iterable, maxlen) for copies (subclasses included).
	if (d.cls === dequeType) {
		const r = new PyDeque(dequeType);
		r.maxlen = d.maxlen;
		for (const x of items) r.push(x);
		return r;
	}
	return callType(d.cls, [new PyList(items), d.maxlen < 0 ? None : d.maxlen], null);
}

function extend(d: PyDeque, iterable: PyValue, left: boolean): void {
	const src = iterable === d ? d.items.slice() : toArray(iterable);
	for (const x of src) {
		if (left) d.pushLeft(x);
		else d.push(x);
	}
}

dequeType.ns.set(
	'__new__',
	new PyBuiltin('__new__', (args) => withDict(args[0] as PyType, new PyDeque(args[0] as PyType)), undefined, 'deque.__new__')
);
method(dequeType, '__init__', (args, kwargs) => {
	const d = self(args);
	if (args.length - 1 + (kwargs?.size ?? 0) > 2)
		throw typeError(`deque() takes at most 2 arguments (${args.length - 1 + (kwargs?.size ?? 0)} given)`);
	const [iterable, maxlen] = bindArgs({ name: 'deque', params: ['iterable', 'maxlen'] }, args, kwargs, 1);
	let ml = -1;
	if (maxlen !== undefined && maxlen !== None) {
		ml = smallIndexArg(maxlen);
		if (ml < 0) throw valueError('maxlen must be non-negative');
	}
	d.maxlen = ml;
	if (d.items.length) {
		d.items = [];
		d.state++;
	}
	if (iterable !== undefined) extend(d, iterable, false);
	return None;
});
getset(dequeType, 'maxlen', (v) => ((v as PyDeque).maxlen < 0 ? None : (v as PyDeque).maxlen));

method(dequeType, 'append', (args, kw) => {
	self(args).push(exactlyOne('append', args, kw, 1));
	return None;
});
method(dequeType, 'appendleft', (args, kw) => {
	self(args).pushLeft(exactlyOne('appendleft', args, kw, 1));
	return None;
});
method(dequeType, 'pop', (args, kw) => {
	noArgs('pop', args, kw);
	const d = self(args);
	if (d.items.length === 0) throw indexError('pop from an empty deque');
	d.state++;
	return d.items.pop()!;
});
method(dequeType, 'popleft', (args, kw) => {
	noArgs('popleft', args, kw);
	const d = self(args);
	if (d.items.length === 0) throw indexError('pop from an empty deque');
	d.state++;
	return d.items.shift()!;
});
method(dequeType, 'extend', (args, kw) => {
	extend(self(args), exactlyOne('extend', args, kw, 1), false);
	return None;
});
method(dequeType, 'extendleft', (args, kw) => {
	extend(self(args), exactlyOne('extendleft', args, kw, 1), true);
	return None;
});
method(dequeType, 'clear', (args, kw) => {
	noArgs('clear', args, kw);
	const d = self(args);
	d.items = [];
	d.state++;
	return None;
});
method(dequeType, 'copy', (args, kw) => {
	noArgs('copy', args, kw);
	const d = self(args);
	return newDequeLike(d, d.items.slice());
});
method(dequeType, '__copy__', (args) => newDequeLike(self(args), self(args).items.slice()));
method(dequeType, 'count', (args, kw) => {
	const d = self(args);
	const x = exactlyOne('count', args, kw, 1);
	const state = d.state;
	let n = 0;
	for (const v of d.items.slice()) {
		if (eq(v, x)) n++;
		if (d.state !== state) throw runtimeError('deque mutated during iteration');
	}
	return n;
});
method(dequeType, 'index', (args, kw) => {
	noKw('index', kw);
	checkPositional('index', args, 1, 3, 1);
	const d = self(args);
	const x = args[1];
	const n = d.items.length;
	let start = args.length > 2 ? smallIndexArg(args[2]) : 0;
	let stop = args.length > 3 ? smallIndexArg(args[3]) : n;
	if (start < 0) start = Math.max(0, start + n);
	if (stop < 0) stop = Math.max(0, stop + n);
	stop = Math.min(stop, n);
	const state = d.state;
	for (let i = start; i < stop; i++) {
		if (eq(d.items[i], x)) return i;
		if (d.state !== state) throw runtimeError('deque mutated during iteration');
	}
	throw valueError(`${repr(x)} is not in deque`);
});
method(dequeType, 'insert', (args, kw) => {
	noKw('insert', kw);
	checkPositional('insert', args, 2, 2, 1);
	const d = self(args);
	if (d.maxlen >= 0 && d.items.length >= d.maxlen) throw indexError('deque already at its maximum size');
	let i = smallIndexArg(args[1]);
	const n = d.items.length;
	if (i < 0) i = Math.max(0, i + n);
	if (i > n) i = n;
	d.items.splice(i, 0, args[2]);
	d.state++;
	return None;
});
method(dequeType, 'remove', (args, kw) => {
	const d = self(args);
	const x = exactlyOne('remove', args, kw, 1);
	for (let i = 0; i < d.items.length; i++) {
		if (eq(d.items[i], x)) {
			d.items.splice(i, 1);
			d.state++;
			return None;
		}
	}
	throw valueError(rt.minor >= 10 ? `${repr(x)} is not in deque` : 'deque.remove(x): x not in deque');
});
method(dequeType, 'reverse', (args, kw) => {
	noArgs('reverse', args, kw);
	const d = self(args);
	d.items.reverse();
	d.state++;
	return None;
});
method(dequeType, 'rotate', (args, kw) => {
	noKw('rotate', kw);
	checkPositional('rotate', args, 0, 1, 1);
	const d = self(args);
	const n = d.items.length;
	let k = args.length > 1 ? Number(toIndex(args[1])) : 1;
	if (n <= 1) return None;
	k = ((k % n) + n) % n;
	if (k) d.items = d.items.slice(n - k).concat(d.items.slice(0, n - k));
	d.state++;
	return None;
});
method(dequeType, '__len__', (args) => self(args).items.length);
method(dequeType, '__bool__', (args) => pyBool(self(args).items.length > 0));
method(dequeType, '__iter__', (args) => new DequeIter(self(args), false));
method(dequeType, '__reversed__', (args) => new DequeIter(self(args), true));
method(dequeType, '__contains__', (args) => {
	const d = self(args);
	const x = args[1];
	const state = d.state;
	for (const v of d.items.slice()) {
		if (eq(v, x)) return pyBool(true);
		if (d.state !== state) throw runtimeError('deque mutated during iteration');
	}
	return pyBool(false);
});
method(dequeType, '__getitem__', (args) => {
	const d = self(args);
	return d.items[normIndex(d, args[1])];
});
method(dequeType, '__setitem__', (args) => {
	const d = self(args);
	d.items[normIndex(d, args[1])] = args[2]!;
	return None;
});
method(dequeType, '__delitem__', (args) => {
	const d = self(args);
	d.items.splice(normIndex(d, args[1]), 1);
	d.state++;
	return None;
});
method(dequeType, '__repr__', (args) => {
	const d = self(args);
	const name = d.cls.name;
	return reprGuard(d, '[...]', () => {
		const body = `[${d.items.slice().map(repr).join(', ')}]`;
		return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
	});
});
dequeType.ns.set('__hash__', None);
method(dequeType, '__add__', (args) => {
	const d = self(args);
	const o = args[1];
	if (!(o instanceof PyDeque)) {
		if (typeof o === 'object' && o.cls.isSubtypeOf(dequeType)) return NotImplemented;
		throw typeError(`can only concatenate deque (not "${typeName(o)}") to deque`);
	}
	return newDequeLike(d, d.items.concat(o.items));
});
method(dequeType, '__iadd__', (args) => {
	extend(self(args), args[1], false);
	return self(args);
});
function repeat(d: PyDeque, nv: PyValue): PyValue[] {
	const n = smallIndexArg(nv);
	const out: PyValue[] = [];
	for (let i = 0; i < n; i++) out.push(...d.items);
	return out;
}
method(dequeType, '__mul__', (args) => newDequeLike(self(args), repeat(self(args), args[1])));
method(dequeType, '__rmul__', (args) => newDequeLike(self(args), repeat(self(args), args[1])));
method(dequeType, '__imul__', (args) => {
	const d = self(args);
	const items = repeat(d, args[1]);
	d.items = [];
	d.state++;
	for (const x of items) d.push(x);
	return d;
});

function cmp(op: CmpOp): (args: PyValue[]) => PyValue {
	return (args) => {
		const a = self(args);
		const b = args[1];
		if (!(b instanceof PyDeque)) return NotImplemented;
		const x = a.items;
		const y = b.items;
		if ((op === CmpOp.Eq || op === CmpOp.Ne) && x.length !== y.length) return pyBool(op === CmpOp.Ne);
		let i = 0;
		for (; i < x.length && i < y.length; i++) if (!eq(x[i], y[i])) break;
		if (i >= x.length || i >= y.length) {
			const c = x.length - y.length;
			const r = op === CmpOp.Lt ? c < 0 : op === CmpOp.Le ? c <= 0 : op === CmpOp.Eq ? c === 0 : op === CmpOp.Ne ? c !== 0 : op === CmpOp.Gt ? c > 0 : c >= 0;
			return pyBool(r);
		}
		if (op === CmpOp.Eq) return pyBool(false);
		if (op === CmpOp.Ne) return pyBool(true);
		return richCompare(x[i], y[i], op);
	};
}
method(dequeType, '__lt__', cmp(CmpOp.Lt));
method(dequeType, '__le__', cmp(CmpOp.Le));
method(dequeType, '__eq__', cmp(CmpOp.Eq));
method(dequeType, '__ne__', cmp(CmpOp.Ne));
method(dequeType, '__gt__', cmp(CmpOp.Gt));
method(dequeType, '__ge__', cmp(CmpOp.Ge));
method(dequeType, '__reduce__', (args) => {
	const d = self(args);
	return newTuple([d.cls, newTuple([new PyList(d.items.slice()), d.maxlen < 0 ? None : d.maxlen])]);
});
classMethod(dequeType, '__class_getitem__', (args) => args[0]);

registerModule('_collections', (m: PyModule) => {
	m.dict.setStr('deque', dequeType);
});

void getIter;
void iterNext;
void isTrue;
void PyTuple;
void (null as unknown as Kwargs);
