/*
 * bisect.ts
 * The bisect module (CPython's _bisect): binary search and insertion on sorted sequences,
 * with the key= argument of 3.10+.
 */

import { PyValue, Kwargs, None } from '../objects/object';
import { valueError } from '../objects/exceptions';
import { PyList, listType } from '../objects/containers';
import { PyModule } from '../objects/function';
import { getItem, len as pyLen, call, compareBool, CmpOp, getAttr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { registerModule, defFunction } from './registry';
import { bindArgs } from '../types/util';
import { smallIndexArg } from './common';

function parse(name: string, args: PyValue[], kwargs: Kwargs | null): { a: PyValue; x: PyValue; lo: number; hi: number; key: PyValue } {
	const params = rt.minor >= 10 ? ['a', 'x', 'lo', 'hi', 'key'] : ['a', 'x', 'lo', 'hi'];
	const [a, x, lo, hi, key] = bindArgs({ name, params, required: 2, kwOnlyFrom: rt.minor >= 10 ? 4 : undefined }, args, kwargs);
	const l = lo === undefined ? 0 : smallIndexArg(lo);
	if (l < 0) throw valueError('lo must be non-negative');
	const h = hi === undefined || hi === None ? pyLen(a!) : smallIndexArg(hi);
	return { a: a!, x: x!, lo: l, hi: h, key: key ?? None };
}

function itemAt(a: PyValue, i: number): PyValue {
	if (a instanceof PyList && a.cls === listType) {
		const v = a.items[i];
		if (v !== undefined) return v;
	}
	return getItem(a, i);
}

function search(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue, right: boolean): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		let v = itemAt(a, mid);
		if (key !== None) v = call(key, [v]);
		if (right ? compareBool(x, v, CmpOp.Lt) : compareBool(v, x, CmpOp.Lt)) {
			if (right) hi = mid;
			else lo = mid + 1;
		} else if (right) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

registerModule('bisect', (m: PyModule) => {
	for (const [name, right] of [
		['bisect_left', false],
		['bisect_right', true],
		['bisect', true],
	] as const) {
		defFunction(m, name, (args, kwargs) => {
			const p = parse(name, args, kwargs);
			return search(p.a, p.x, p.lo, p.hi, p.key, right);
		});
	}
	for (const [name, right] of [
		['insort_left', false],
		['insort_right', true],
		['insort', true],
	] as const) {
		defFunction(m, name, (args, kwargs) => {
			const p = parse(name, args, kwargs);
			const kx = p.key === None ? p.x : call(p.key, [p.x]);
			const i = search(p.a, kx, p.lo, p.hi, p.key, right);
			if (p.a instanceof PyList && p.a.cls === listType) p.a.items.splice(i, 0, p.x);
			else call(getAttr(p.a, 'insert'), [i, p.x]);
			return None;
		});
	}
});
