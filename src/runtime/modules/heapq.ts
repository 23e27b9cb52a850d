/*
 * heapq.ts
 * The heapq module over lists, on src/runtime/lib/heapq.ts (CPython's sifting order, so ties
 * come out the same), with `<` as Python's rich comparison; merge() is a lazy iterator.
 */

import { PyValue, PyType, Kwargs, None } from '../objects/object';
import { typeError } from '../objects/exceptions';
import { PyList, listType, newTuple } from '../objects/containers';
import { PyModule } from '../objects/function';
import { compareBool, CmpOp, richEq, toArray, call, isTrue, getIter, iterNext, PyIteratorBase } from '../objects/protocol';
import * as H from '../lib/heapq';
import { registerModule, defFunction } from './registry';
import { bindArgs, checkPositional, noKw } from '../types/util';
import { moduleIterType, smallIndexArg } from './common';

const lt = (a: PyValue, b: PyValue): boolean => compareBool(a, b, CmpOp.Lt);
const eq = (a: PyValue, b: PyValue): boolean => a === b || richEq(a, b);

function heapArg(v: PyValue): PyValue[] {
	if (!(v instanceof PyList) || !v.cls.isSubtypeOf(listType)) throw typeError('heap argument must be a list');
	return v.items;
}

class Merge extends PyIteratorBase {
	heads: (PyValue | undefined)[];
	keys: PyValue[] = [];
	constructor(
		public its: PyValue[],
		public key: PyValue,
		public reverse: boolean
	) {
		super(mergeType);
		this.heads = new Array<PyValue | undefined>(its.length);
	}
	started = false;
	private fill(i: number): void {
		const v = iterNext(this.its[i]);
		this.heads[i] = v;
		if (v !== undefined && this.key !== None) this.keys[i] = call(this.key, [v]);
		else if (v !== undefined) this.keys[i] = v;
	}
	nextValue(): PyValue | undefined {
		if (!this.started) {
			this.started = true;
			for (let i = 0; i < this.its.length; i++) this.fill(i);
		}
		let best = -1;
		for (let i = 0; i < this.heads.length; i++) {
			if (this.heads[i] === undefined) continue;
			if (best < 0) best = i;
			else if (this.reverse ? lt(this.keys[best], this.keys[i]) : lt(this.keys[i], this.keys[best])) best = i;
		}
		if (best < 0) return undefined;
		const v = this.heads[best]!;
		this.fill(best);
		return v;
	}
}
const mergeType = moduleIterType('heapq', 'merge');

registerModule('heapq', (m: PyModule) => {
	defFunction(m, 'heappush', (args, kw) => {
		noKw('heappush', kw);
		checkPositional('heappush', args, 2, 2);
		H.heappush(heapArg(args[0]), args[1], lt);
		return None;
	});
	defFunction(m, 'heappop', (args, kw) => {
		noKw('heappop', kw);
		if (args.length !== 1) throw typeError(`heappop() takes exactly one argument (${args.length} given)`);
		return H.heappop(heapArg(args[0]), lt);
	});
	defFunction(m, 'heapify', (args, kw) => {
		noKw('heapify', kw);
		if (args.length !== 1) throw typeError(`heapify() takes exactly one argument (${args.length} given)`);
		H.heapify(heapArg(args[0]), lt);
		return None;
	});
	defFunction(m, 'heapreplace', (args, kw) => {
		noKw('heapreplace', kw);
		checkPositional('heapreplace', args, 2, 2);
		return H.heapreplace(heapArg(args[0]), args[1], lt);
	});
	defFunction(m, 'heappushpop', (args, kw) => {
		noKw('heappushpop', kw);
		checkPositional('heappushpop', args, 2, 2);
		return H.heappushpop(heapArg(args[0]), args[1], lt);
	});
	for (const name of ['nsmallest', 'nlargest'] as const) {
		defFunction(m, name, (args, kwargs) => {
			const [n, iterable, key] = bindArgs({ name, params: ['n', 'iterable', 'key'], required: 2 }, args, kwargs);
			const items = toArray(iterable!);
			const k = key === undefined || key === None ? undefined : (x: PyValue): PyValue => call(key, [x]);
			const f = name === 'nsmallest' ? H.nsmallest : H.nlargest;
			return new PyList(f(smallIndexArg(n!), items, lt, eq, k ? { key: k } : {}));
		});
	}
	defFunction(m, 'merge', (args, kwargs: Kwargs | null) => {
		let key: PyValue = None;
		let reverse = false;
		if (kwargs) {
			for (const [k, v] of kwargs) {
				if (k === 'key') key = v;
				else if (k === 'reverse') reverse = isTrue(v);
				else throw typeError(`merge() got an unexpected keyword argument '${k}'`);
			}
		}
		return new Merge(args.map((a) => getIter(a)), key, reverse);
	});
});

void newTuple;
void (null as unknown as PyType);
