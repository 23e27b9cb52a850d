/*
 * itertools.ts
 * The itertools module, natively: each tool is an iterator type whose nextValue() follows the
 * order of CPython's itertoolsmodule.c (so side effects on the inputs happen in the same order),
 * with Argument Clinic's error messages. pairwise is 3.10+, batched 3.12+ (strict= 3.13+).
 */

import { PyObject, PyType, PyValue, Kwargs, None, PyFloat, PyBool, PyBoxed, typeOf, intType, floatType } from '../objects/object';
import { typeError, valueError } from '../objects/exceptions';
import { PyTuple, newTuple, EMPTY_TUPLE } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import {
	PyIteratorBase,
	getIter,
	iterNext,
	call,
	isTrue,
	richEq,
	binaryOp,
	repr,
	toArray,
	typeName,
	callSpecial,
} from '../objects/protocol';
import { BinOp, asInt } from '../objects/numeric';
import { rt } from '../objects/runtimeState';
import { iteratorHolders } from '../objects/iteratorHolders';
import { registerModule } from './registry';
import { bindArgs, checkPositional, noKw, method, classMethod, exactlyOne } from '../types/util';
import { moduleIterType, withDict, smallIndexArg } from './common';
import { toIndex } from '../objects/protocol';

const M = 'itertools';

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality. */
function eq(a: PyValue, b: PyValue): boolean {
	return a === b || richEq(a, b);
}

// ---------------------------------------------------------------------------------------------
// count, cycle, repeat

class Count extends PyIteratorBase {
	constructor(
		cls: PyType,
		public cur: PyValue,
		public step: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue {
		const v = this.cur;
		this.cur = binaryOp(BinOp.Add, v, this.step);
		return v;
	}
}
const countType = moduleIterType(M, 'count', (cls) => new Count(cls, 0, 1));

function isNumber(v: PyValue): boolean {
	if (typeof v === 'number' || typeof v === 'bigint' || v instanceof PyFloat || v instanceof PyBool) return true;
	const t = typeOf(v);
	if (t.isSubtypeOf(intType) || t.isSubtypeOf(floatType)) return true;
	return t.lookup('__index__') !== undefined || t.lookup('__float__') !== undefined || t.lookup('__int__') !== undefined || t.name === 'complex';
}

method(countType, '__repr__', (args) => {
	const c = args[0] as Count;
	const name = c.cls.name;
	const stepIsOne = (typeof c.step === 'number' && c.step === 1) || (c.step instanceof PyBoxed && asInt(c.step) === 1);
	if (stepIsOne && typeof c.step === 'number') return `${name}(${repr(c.cur)})`;
	return `${name}(${repr(c.cur)}, ${repr(c.step)})`;
});

class Cycle extends PyIteratorBase {
	saved: PyValue[] = [];
	index = 0;
	firstPass = true;
	constructor(
		cls: PyType,
		public it: PyValue | null
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.it !== null) {
			const v = iterNext(this.it);
			if (v !== undefined) {
				if (this.firstPass) this.saved.push(v);
				return v;
			}
			this.it = null;
			this.firstPass = false;
		}
		if (this.saved.length === 0) return undefined;
		const v = this.saved[this.index];
		this.index = (this.index + 1) % this.saved.length;
		return v;
	}
}
const cycleType = moduleIterType(M, 'cycle', (cls) => new Cycle(cls, null));

class Repeat extends PyIteratorBase {
	constructor(
		cls: PyType,
		public obj: PyValue,
		/** -1 means forever. */
		public cnt: number
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.cnt === 0) return undefined;
		if (this.cnt > 0) this.cnt--;
		return this.obj;
	}
}
const repeatType = moduleIterType(M, 'repeat', (cls) => new Repeat(cls, None, 0));
method(repeatType, '__repr__', (args) => {
	const r = args[0] as Repeat;
	return r.cnt < 0 ? `${r.cls.name}(${repr(r.obj)})` : `${r.cls.name}(${repr(r.obj)}, ${r.cnt})`;
});
method(repeatType, '__length_hint__', (args) => {
	const r = args[0] as Repeat;
	if (r.cnt < 0) throw typeError('len() of unsized object');
	return r.cnt;
});

// ---------------------------------------------------------------------------------------------
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap

class Accumulate extends PyIteratorBase {
	total: PyValue | undefined = undefined;
	constructor(
		cls: PyType,
		public it: PyValue,
		public func: PyValue,
		public initial: PyValue | undefined
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.initial !== undefined) {
			this.total = this.initial;
			this.initial = undefined;
			return this.total;
		}
		const v = iterNext(this.it);
		if (v === undefined) return undefined;
		if (this.total === undefined) this.total = v;
		else this.total = this.func === None ? binaryOp(BinOp.Add, this.total, v) : call(this.func, [this.total, v]);
		return this.total;
	}
}
const accumulateType = moduleIterType(M, 'accumulate', (cls) => new Accumulate(cls, EMPTY_TUPLE, None, undefined));

class Chain extends PyIteratorBase {
	active: PyValue | null = null;
	constructor(
		cls: PyType,
		/** Iterator over the iterables, or null when exhausted. */
		public source: PyValue | null
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		for (;;) {
			if (this.active === null) {
				if (this.source === null) return undefined;
				const next = iterNext(this.source);
				if (next === undefined) {
					this.source = null;
					return undefined;
				}
				this.active = getIter(next);
			}
			const v = iterNext(this.active);
			if (v !== undefined) return v;
			this.active = null;
		}
	}
}
const chainType = moduleIterType(M, 'chain', (cls) => new Chain(cls, null));

class Compress extends PyIteratorBase {
	constructor(
		cls: PyType,
		public data: PyValue,
		public selectors: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		for (;;) {
			const d = iterNext(this.data);
			if (d === undefined) return undefined;
			const s = iterNext(this.selectors);
			if (s === undefined) return undefined;
			if (isTrue(s)) return d;
		}
	}
}
const compressType = moduleIterType(M, 'compress', (cls) => new Compress(cls, EMPTY_TUPLE, EMPTY_TUPLE));

class DropWhile extends PyIteratorBase {
	dropping = true;
	constructor(
		cls: PyType,
		public pred: PyValue,
		public it: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		for (;;) {
			const v = iterNext(this.it);
			if (v === undefined) return undefined;
			if (!this.dropping) return v;
			if (!isTrue(call(this.pred, [v]))) {
				this.dropping = false;
				return v;
			}
		}
	}
}
const dropwhileType = moduleIterType(M, 'dropwhile', (cls) => new DropWhile(cls, None, EMPTY_TUPLE));

class TakeWhile extends PyIteratorBase {
	stopped = false;
	constructor(
		cls: PyType,
		public pred: PyValue,
		public it: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.stopped) return undefined;
		const v = iterNext(this.it);
		if (v === undefined) return undefined;
		if (isTrue(call(this.pred, [v]))) return v;
		this.stopped = true;
		return undefined;
	}
}
const takewhileType = moduleIterType(M, 'takewhile', (cls) => new TakeWhile(cls, None, EMPTY_TUPLE));

class FilterFalse extends PyIteratorBase {
	constructor(
		cls: PyType,
		public pred: PyValue,
		public it: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		for (;;) {
			const v = iterNext(this.it);
			if (v === undefined) return undefined;
			const ok = this.pred === None ? isTrue(v) : isTrue(call(this.pred, [v]));
			if (!ok) return v;
		}
	}
}
const filterfalseType = moduleIterType(M, 'filterfalse', (cls) => new FilterFalse(cls, None, EMPTY_TUPLE));

class StarMap extends PyIteratorBase {
	constructor(
		cls: PyType,
		public func: PyValue,
		public it: PyValue
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		const v = iterNext(this.it);
		if (v === undefined) return undefined;
		return call(this.func, v instanceof PyTuple ? v.items : toArray(v));
	}
}
const starmapType = moduleIterType(M, 'starmap', (cls) => new StarMap(cls, None, EMPTY_TUPLE));

// ---------------------------------------------------------------------------------------------
// groupby

class GroupBy extends PyIteratorBase {
	tgtkey: PyValue | undefined = undefined;
	currkey: PyValue | undefined = undefined;
	currvalue: PyValue | undefined = undefined;
	currgrouper: Grouper | null = null;
	constructor(
		cls: PyType,
		public it: PyValue,
		public keyfunc: PyValue
	) {
		super(cls);
	}
	/** groupby_step: false when the input is exhausted. */
	step(): boolean {
		const v = iterNext(this.it);
		if (v === undefined) return false;
		const k = this.keyfunc === None ? v : call(this.keyfunc, [v]);
		this.currvalue = v;
		this.currkey = k;
		return true;
	}
	nextValue(): PyValue | undefined {
		this.currgrouper = null;
		for (;;) {
			if (this.currkey === undefined) {
				/* fetch */
			} else if (this.tgtkey === undefined) break;
			else if (!eq(this.tgtkey, this.currkey)) break;
			if (!this.step()) return undefined;
		}
		this.tgtkey = this.currkey;
		const g = new Grouper(this, this.tgtkey);
		this.currgrouper = g;
		return newTuple([this.currkey, g]);
	}
}
const groupbyType = moduleIterType(M, 'groupby', (cls) => new GroupBy(cls, EMPTY_TUPLE, None));

class Grouper extends PyIteratorBase {
	constructor(
		public parent: GroupBy,
		public tgtkey: PyValue
	) {
		super(grouperType);
	}
	nextValue(): PyValue | undefined {
		const gb = this.parent;
		if (gb.currgrouper !== this) return undefined;
		if (gb.currvalue === undefined) {
			if (!gb.step()) return undefined;
		}
		if (!eq(this.tgtkey, gb.currkey!)) return undefined;
		const r = gb.currvalue!;
		gb.currvalue = undefined;
		return r;
	}
}
const grouperType = moduleIterType(M, '_grouper');

// ---------------------------------------------------------------------------------------------
// islice

class ISlice extends PyIteratorBase {
	cnt = 0;
	constructor(
		cls: PyType,
		public it: PyValue | null,
		public next: number,
		/** -1 = no stop. */
		public stop: number,
		public step: number
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		const it = this.it;
		if (it === null) return undefined;
		const stop = this.stop;
		while (this.cnt < this.next) {
			const skip = iterNext(it);
			if (skip === undefined) {
				this.it = null;
				return undefined;
			}
			this.cnt++;
		}
		if (stop !== -1 && this.cnt >= stop) {
			this.it = null;
			return undefined;
		}
		const v = iterNext(it);
		if (v === undefined) {
			this.it = null;
			return undefined;
		}
		this.cnt++;
		const old = this.next;
		this.next += this.step;
		if (this.next < old || (stop !== -1 && this.next > stop)) this.next = stop;
		return v;
	}
}
const isliceType = moduleIterType(M, 'islice', (cls) => new ISlice(cls, null, 0, 0, 1));
iteratorHolders.set(isliceType, (o) => ((o as ISlice).it === null ? [] : [(o as ISlice).it!]));

/** An islice bound: None or a non-negative int (via __index__), else ValueError with `msg`. */
function sliceBound(v: PyValue, dflt: number, msg: string): number {
	if (v === None) return dflt;
	let i: number | bigint;
	try {
		i = toIndex(v);
	} catch {
		throw valueError(msg);
	}
	if (typeof i === 'bigint') {
		if (i < 0n) throw valueError(msg);
		return Number.MAX_SAFE_INTEGER;
	}
	if (i < 0) throw valueError(msg);
	return i;
}

// ---------------------------------------------------------------------------------------------
// tee

interface TeeNode {
	value: PyValue | undefined;
	next: TeeNode | null;
}
interface TeeShared {
	it: PyValue;
	exhausted: boolean;
}

class Tee extends PyIteratorBase {
	constructor(
		public shared: TeeShared,
		/** The node before the next value (its `next` is the next value, fetched lazily). */
		public node: TeeNode
	) {
		super(teeType);
	}
	nextValue(): PyValue | undefined {
		let n = this.node.next;
		if (n === null) {
			if (this.shared.exhausted) return undefined;
			const v = iterNext(this.shared.it);
			if (v === undefined) {
				this.shared.exhausted = true;
				return undefined;
			}
			n = { value: v, next: null };
			this.node.next = n;
		}
		this.node = n;
		return n.value;
	}
}
const teeType = moduleIterType(M, '_tee');
method(teeType, '__copy__', (args) => {
	const t = args[0] as Tee;
	return new Tee(t.shared, t.node);
});

function teeFrom(iterable: PyValue): Tee {
	const it = getIter(iterable);
	if (it instanceof Tee) return new Tee(it.shared, it.node);
	return new Tee({ it, exhausted: false }, { value: undefined, next: null });
}

// ---------------------------------------------------------------------------------------------
// zip_longest, pairwise, batched

class ZipLongest extends PyIteratorBase {
	active: number;
	constructor(
		cls: PyType,
		public its: (PyValue | null)[],
		public fill: PyValue
	) {
		super(cls);
		this.active = its.length;
	}
	nextValue(): PyValue | undefined {
		const its = this.its;
		if (its.length === 0 || this.active === 0) return undefined;
		const out: PyValue[] = new Array<PyValue>(its.length);
		for (let i = 0; i < its.length; i++) {
			const it = its[i];
			if (it === null) {
				out[i] = this.fill;
				continue;
			}
			const v = iterNext(it);
			if (v === undefined) {
				this.active--;
				if (this.active === 0) {
					this.its = [];
					return undefined;
				}
				its[i] = null;
				out[i] = this.fill;
			} else out[i] = v;
		}
		return new PyTuple(out);
	}
}
const zipLongestType = moduleIterType(M, 'zip_longest', (cls) => new ZipLongest(cls, [], None));

class Pairwise extends PyIteratorBase {
	old: PyValue | undefined = undefined;
	constructor(
		cls: PyType,
		public it: PyValue | null
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.it === null) return undefined;
		if (this.old === undefined) {
			this.old = iterNext(this.it);
			if (this.old === undefined) {
				this.it = null;
				return undefined;
			}
		}
		const v = iterNext(this.it);
		if (v === undefined) {
			this.it = null;
			this.old = undefined;
			return undefined;
		}
		const r = newTuple([this.old, v]);
		this.old = v;
		return r;
	}
}
const pairwiseType = moduleIterType(M, 'pairwise', (cls) => new Pairwise(cls, null));

class Batched extends PyIteratorBase {
	constructor(
		cls: PyType,
		public it: PyValue | null,
		public n: number,
		public strict: boolean
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.it === null) return undefined;
		const out: PyValue[] = [];
		while (out.length < this.n) {
			const v = iterNext(this.it);
			if (v === undefined) {
				this.it = null;
				break;
			}
			out.push(v);
		}
		if (out.length === 0) return undefined;
		if (this.strict && out.length < this.n) throw valueError('batched(): incomplete batch');
		return new PyTuple(out);
	}
}
const batchedType = moduleIterType(M, 'batched', (cls) => new Batched(cls, null, 1, false));

// ---------------------------------------------------------------------------------------------
// Combinatorics (the index algorithms of CPython, so the order is the same).

class Product extends PyIteratorBase {
	indices: number[] | null = null;
	done = false;
	constructor(
		cls: PyType,
		public pools: PyValue[][]
	) {
		super(cls);
	}
	nextValue(): PyValue | undefined {
		if (this.done) return undefined;
		const pools = this.pools;
		if (this.indices === null) {
			if (pools.some((p) => p.length === 0)) {
				this.done = true;
				return undefined;
			}
			this.indices = pools.map(() => 0);
		} else {
			const idx = this.indices;
			let i = pools.length - 1;
			for (; i >= 0; i--) {
				idx[i]++;
				if (idx[i] < pools[i].length) break;
				idx[i] = 0;
			}
			if (i < 0) {
				this.done = true;
				return undefined;
			}
		}
		return new PyTuple(this.indices.map((j, i) => pools[i][j]));
	}
}
const productType = moduleIterType(M, 'product', (cls) => new Product(cls, []));

class Combinations extends PyIteratorBase {
	indices: number[] | null = null;
	done: boolean;
	constructor(
		cls: PyType,
		public pool: PyValue[],
		public r: number,
		public withReplacement: boolean
	) {
		super(cls);
		this.done = !withReplacement ? r > pool.length : pool.length === 0 && r > 0;
	}
	nextValue(): PyValue | undefined {
		if (this.done) return undefined;
		const { pool, r } = this;
		const n = pool.length;
		if (this.indices === null) {
			this.indices = [];
			for (let i = 0; i < r; i++) this.indices.push(this.withReplacement ? 0 : i);
		} else {
			const idx = this.indices;
			let i = r - 1;
			if (this.withReplacement) {
				while (i >= 0 && idx[i] === n - 1) i--;
				if (i < 0) {
					this.done = true;
					return undefined;
				}
				const v = idx[i] + 1;
				for (let j = i; j < r; j++) idx[j] = v;
			} else {
				while (i >= 0 && idx[i] === i + n - r) i--;
				if (i < 0) {
					this.done = true;
					return undefined;
				}
				idx[i]++;
				for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
			}
		}
		return new PyTuple(this.indices.map((j) => pool[j]));
	}
}
const combinationsType = moduleIterType(M, 'combinations', (cls) => new Combinations(cls, [], 0, false));
const cwrType = moduleIterType(M, 'combinations_with_replacement', (cls) => new Combinations(cls, [], 0, true));

class Permutations extends PyIteratorBase {
	indices: number[] = [];
	cycles: number[] = [];
	started = false;
	done: boolean;
	constructor(
		cls: PyType,
		public pool: PyValue[],
		public r: number
	) {
		super(cls);
		this.done = r > pool.length;
	}
	nextValue(): PyValue | undefined {
		if (this.done) return undefined;
		const { pool, r } = this;
		const n = pool.length;
		if (!this.started) {
			this.started = true;
			this.indices = Array.from({ length: n }, (_, i) => i);
			this.cycles = Array.from({ length: r }, (_, i) => n - i);
		} else {
			if (n === 0) {
				this.done = true;
				return undefined;
			}
			const idx = this.indices;
			const cyc = this.cycles;
			let i = r - 1;
			for (; i >= 0; i--) {
				cyc[i]--;
				if (cyc[i] === 0) {
					const first = idx[i];
					for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1]!;
					idx[n - 1] = first;
					cyc[i] = n - i;
				} else {
					const j = cyc[i];
					const t = idx[i];
					idx[i] = idx[n - j]!;
					idx[n - j] = t;
					break;
				}
			}
			if (i < 0) {
				this.done = true;
				return undefined;
			}
		}
		const out: PyValue[] = [];
		for (let k = 0; k < r; k++) out.push(pool[this.indices[k]]);
		return new PyTuple(out);
	}
}
const permutationsType = moduleIterType(M, 'permutations', (cls) => new Permutations(cls, [], 0));

function nonNegR(v: PyValue): number {
	const r = smallIndexArg(v);
	if (r < 0) throw valueError('r must be non-negative');
	return r;
}

// ---------------------------------------------------------------------------------------------
// Constructors (tp_new), with CPython's argument handling.

function setNewFn(t: PyType, fn: (cls: PyType, args: PyValue[], kwargs: Kwargs | null) => PyObject): void {
	const b = new PyBuiltin('__new__', (args: PyValue[], kwargs: Kwargs | null) => {
		const cls = args[0] as PyType;
		return withDict(cls, fn(cls, args.slice(1), kwargs));
	}, undefined, `${t.name}.__new__`);
	t.ns.set('__new__', b);
}

setNewFn(countType, (cls, args, kwargs) => {
	if (args.length > 2) throw typeError(`count() takes at most 2 arguments (${args.length} given)`);
	const [start, step] = bindArgs({ name: 'count', params: ['start', 'step'] }, args, kwargs);
	const s = start ?? 0;
	const st = step ?? 1;
	if (!isNumber(s) || !isNumber(st)) throw typeError('a number is required');
	return new Count(cls, s, st);
});
setNewFn(cycleType, (cls, args, kwargs) => {
	if (cls === cycleType) noKw('cycle', kwargs);
	checkPositional('cycle', args, 1, 1);
	return new Cycle(cls, getIter(args[0]));
});
setNewFn(repeatType, (cls, args, kwargs) => {
	if (args.length > 2) throw typeError(`repeat() takes at most 2 arguments (${args.length} given)`);
	const [obj, times] = bindArgs({ name: 'repeat', params: ['object', 'times'], required: 1 }, args, kwargs);
	let n = -1;
	if (times !== undefined) {
		n = smallIndexArg(times);
		if (n < 0) n = 0;
	}
	return new Repeat(cls, obj!, n);
});
setNewFn(accumulateType, (cls, args, kwargs) => {
	const [it, func, initial] = bindArgs(
		{ name: 'accumulate', params: ['iterable', 'func', 'initial'], required: 1, kwOnlyFrom: 2 },
		args,
		kwargs
	);
	const init = initial === undefined || initial === None ? undefined : initial;
	return new Accumulate(cls, getIter(it!), func ?? None, init);
});
setNewFn(chainType, (cls, args, kwargs) => {
	if (cls === chainType) noKw('chain', kwargs);
	return new Chain(cls, getIter(new PyTuple(args)));
});
classMethod(chainType, 'from_iterable', (args, kwargs) => {
	const cls = args[0] as PyType;
	const it = exactlyOne('chain.from_iterable', args, kwargs, 1);
	return withDict(cls, new Chain(cls, getIter(it)));
});
setNewFn(compressType, (cls, args, kwargs) => {
	if (args.length > 2) throw typeError(`compress() takes at most 2 arguments (${args.length} given)`);
	const [data, sel] = bindArgs({ name: 'compress', params: ['data', 'selectors'], required: 2 }, args, kwargs);
	return new Compress(cls, getIter(data!), getIter(sel!));
});
for (const [t, name, C] of [
	[dropwhileType, 'dropwhile', DropWhile],
	[takewhileType, 'takewhile', TakeWhile],
	[filterfalseType, 'filterfalse', FilterFalse],
	[starmapType, 'starmap', StarMap],
] as const) {
	setNewFn(t, (cls, args, kwargs) => {
		if (cls === t) noKw(name, kwargs);
		checkPositional(name, args, 2, 2);
		return new C(cls, args[0], getIter(args[1]));
	});
}
setNewFn(groupbyType, (cls, args, kwargs) => {
	if (args.length + (kwargs?.size ?? 0) > 2)
		throw typeError(`groupby() takes at most 2 arguments (${args.length + (kwargs?.size ?? 0)} given)`);
	const [it, key] = bindArgs({ name: 'groupby', params: ['iterable', 'key'], required: 1 }, args, kwargs);
	return new GroupBy(cls, getIter(it!), key ?? None);
});
setNewFn(isliceType, (cls, args, kwargs) => {
	if (cls === isliceType) noKw('islice', kwargs);
	checkPositional('islice', args, 2, 4);
	const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
	const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
	let start = 0;
	let stop = -1;
	let step = 1;
	if (args.length === 2) {
		stop = sliceBound(args[1], -1, stopMsg);
	} else {
		start = sliceBound(args[1], 0, idxMsg);
		stop = sliceBound(args[2], -1, stopMsg);
		if (args.length === 4) {
			const s = args[3];
			if (s !== None) {
				let v: number | bigint;
				try {
					v = toIndex(s);
				} catch {
					v = -1;
				}
				if (typeof v === 'bigint' ? v < 1n : v < 1) throw valueError('Step for islice() must be a positive integer or None.');
				step = typeof v === 'bigint' ? Number.MAX_SAFE_INTEGER : v;
			}
		}
	}
	return new ISlice(cls, getIter(args[0]), start, stop, step);
});
setNewFn(zipLongestType, (cls, args, kwargs) => {
	let fill: PyValue = None;
	if (kwargs !== null && kwargs.size > 0) {
		const f = kwargs.get('fillvalue');
		if (f === undefined || kwargs.size > 1) throw typeError('zip_longest() got an unexpected keyword argument');
		fill = f;
	}
	return new ZipLongest(cls, args.map((a) => getIter(a)), fill);
});
setNewFn(pairwiseType, (cls, args, kwargs) => {
	if (cls === pairwiseType) noKw('pairwise', kwargs);
	checkPositional('pairwise', args, 1, 1);
	return new Pairwise(cls, getIter(args[0]));
});
setNewFn(batchedType, (cls, args, kwargs) => {
	const params = rt.minor >= 13 ? ['iterable', 'n', 'strict'] : ['iterable', 'n'];
	const [it, n, strict] = bindArgs({ name: 'batched', params, required: 2, kwOnlyFrom: 2 }, args, kwargs);
	const size = smallIndexArg(n!);
	if (size < 1) throw valueError('n must be at least one');
	return new Batched(cls, getIter(it!), size, strict !== undefined && isTrue(strict));
});
setNewFn(productType, (cls, args, kwargs) => {
	let repeat = 1;
	if (kwargs !== null) {
		for (const [k, v] of kwargs) {
			if (k !== 'repeat') throw typeError(`product() got an unexpected keyword argument '${k}'`);
			repeat = smallIndexArg(v);
			if (repeat < 0) throw valueError('repeat argument cannot be negative');
		}
	}
	const base = args.map((a) => toArray(a));
	const pools: PyValue[][] = [];
	for (let i = 0; i < repeat; i++) pools.push(...base);
	return new Product(cls, pools);
});
setNewFn(combinationsType, (cls, args, kwargs) => {
	const [it, r] = bindArgs({ name: 'combinations', params: ['iterable', 'r'], required: 2 }, args, kwargs);
	const pool = toArray(it!);
	return new Combinations(cls, pool, nonNegR(r!), false);
});
setNewFn(cwrType, (cls, args, kwargs) => {
	const [it, r] = bindArgs({ name: 'combinations_with_replacement', params: ['iterable', 'r'], required: 2 }, args, kwargs);
	const pool = toArray(it!);
	return new Combinations(cls, pool, nonNegR(r!), true);
});
setNewFn(permutationsType, (cls, args, kwargs) => {
	const [it, r] = bindArgs({ name: 'permutations', params: ['iterable', 'r'], required: 1 }, args, kwargs);
	const pool = toArray(it!);
	const rr = r === undefined || r === None ? pool.length : nonNegR(r);
	return new Permutations(cls, pool, rr);
});

function teeFn(args: PyValue[], kwargs: Kwargs | null): PyValue {
	noKw('itertools.tee', kwargs);
	checkPositional('tee', args, 1, 2);
	const n = args.length > 1 ? smallIndexArg(args[1]) : 2;
	if (n < 0) throw valueError('n must be >= 0');
	if (n === 0) return EMPTY_TUPLE;
	const first = teeFrom(args[0]);
	const out: PyValue[] = [first];
	for (let i = 1; i < n; i++) out.push(new Tee(first.shared, first.node));
	return new PyTuple(out);
}

registerModule('itertools', (m: PyModule) => {
	const types: PyType[] = [
		countType,
		cycleType,
		repeatType,
		accumulateType,
		chainType,
		compressType,
		dropwhileType,
		filterfalseType,
		groupbyType,
		isliceType,
		starmapType,
		takewhileType,
		zipLongestType,
		productType,
		permutationsType,
		combinationsType,
		cwrType,
		teeType,
		grouperType,
	];
	if (rt.minor >= 10) types.push(pairwiseType);
	if (rt.minor >= 12) types.push(batchedType);
	for (const t of types) m.dict.setStr(t.name, t);
	m.dict.setStr('tee', new PyBuiltin('tee', teeFn, undefined, 'tee', 'itertools'));
});

void callSpecial;
void typeName;
void PyObject;
