/*
 * random.ts
 * The random module on src/runtime/lib/randomCore.ts (MT19937 and random.py's algorithms), so a
 * seeded program prints the numbers CPython prints. random.Random is a subclassable native type;
 * the module-level functions are bound methods of a hidden instance, as in random.py.
 */

import { PyObject, PyType, PyValue, Kwargs, None, PyFloat, PyBool, PyBoxed, intType, strType, floatType } from '../objects/object';
import { typeError, valueError } from '../objects/exceptions';
import { PyList, PyTuple, PySet, newTuple, dictType, setType, frozensetType } from '../objects/containers';
import { PyModule, PyBuiltin } from '../objects/function';
import { toArray, getItem, setItem, len as pyLen, toIndex, hashValue, getAttr, objectId } from '../objects/protocol';
import { asInt } from '../objects/numeric';
import { rt } from '../objects/runtimeState';
import { PyRandom } from '../lib/randomCore';
import * as I from '../lib/intOps';
import { registerModule } from './registry';
import { method, bindArgs, checkPositional, noKw } from '../types/util';
import { moduleType, withDict, floatArg } from './common';
import { newBytes, PyBytes } from '../types/bytes';
import { toDouble } from './math';

export class PyRandomObj extends PyObject {
	core: PyRandom;
	constructor(cls: PyType) {
		super(cls);
		this.core = new PyRandom(rt.minor);
	}
}

export const randomType = moduleType('random', 'Random', (cls) => new PyRandomObj(cls));

function R(args: PyValue[]): PyRandom {
	return (args[0] as PyRandomObj).core;
}

function seedFrom(core: PyRandom, a: PyValue | undefined): void {
	if (a === undefined || a === None) {
		// CPython seeds from os.urandom; use the host's randomness.
		let n = 0n;
		for (let i = 0; i < 4; i++) n = (n << 32n) | BigInt(Math.floor(Math.random() * 2 ** 32));
		core.seedInt(n ^ BigInt(Date.now()));
		return;
	}
	const i = asInt(a);
	if (i !== undefined && !(a instanceof PyBool && rt.minor < 0)) {
		core.seedInt(I.abs(i));
		return;
	}
	if (typeof a === 'string' || (a instanceof PyBoxed && a.cls.isSubtypeOf(strType))) {
		core.seedString(typeof a === 'string' ? a : (a.value as string));
		return;
	}
	if (a instanceof PyBytes) {
		core.seedBytes(a.data);
		return;
	}
	if (a instanceof PyFloat || (typeof a === 'object' && a.cls.isSubtypeOf(floatType))) {
		core.seedHash(a instanceof PyFloat ? I.hashFloat(a.value) : hashValue(a));
		return;
	}
	if (rt.minor >= 11) throw typeError('The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.');
	core.seedHash(hashValue(a));
}

function intArg(v: PyValue, pos: number, fname: string): number | bigint {
	if (v instanceof PyFloat && rt.minor < 12) {
		if (!Number.isInteger(v.value)) throw valueError(`non-integer arg ${pos} for ${fname}()`);
		return I.floatTrunc(v.value);
	}
	return toIndex(v);
}

function isSequence(v: PyValue): boolean {
	if (typeof v === 'string') return true;
	if (typeof v !== 'object') return false;
	const t = v.cls;
	if (t.isSubtypeOf(dictType) || t.isSubtypeOf(setType) || t.isSubtypeOf(frozensetType)) return false;
	return t.lookup('__getitem__') !== undefined && t.lookup('__len__') !== undefined;
}

randomType.ns.set(
	'__new__',
	new PyBuiltin('__new__', (args) => withDict(args[0] as PyType, new PyRandomObj(args[0] as PyType)), undefined, 'Random.__new__')
);
method(randomType, '__init__', (args, kwargs) => {
	noKw('Random', kwargs);
	seedFrom(R(args), args[1]);
	return None;
});
method(randomType, 'seed', (args, kwargs) => {
	const [a] = bindArgs({ name: 'seed', params: ['a', 'version'] }, args, kwargs, 1);
	seedFrom(R(args), a);
	return None;
});
method(randomType, 'random', (args) => new PyFloat(R(args).random()));
method(randomType, 'getrandbits', (args) => {
	checkPositional('getrandbits', args, 1, 1, 1);
	return R(args).getrandbits(Number(toIndex(args[1])));
});
method(randomType, 'randrange', (args, kwargs) => {
	const [start, stop, step] = bindArgs({ name: 'randrange', params: ['start', 'stop', 'step'], required: 1 }, args, kwargs, 1);
	const a = intArg(start!, 1, 'randrange');
	const b = stop === undefined || stop === None ? null : intArg(stop, 2, 'randrange');
	const c = step === undefined ? 1 : intArg(step, 3, 'randrange');
	return R(args).randrange(a, b, c);
});
method(randomType, 'randint', (args, kwargs) => {
	noKw('randint', kwargs);
	checkPositional('randint', args, 2, 2, 1);
	return R(args).randint(intArg(args[1], 1, 'randrange'), intArg(args[2], 2, 'randrange'));
});
method(randomType, 'choice', (args, kwargs) => {
	noKw('choice', kwargs);
	checkPositional('choice', args, 1, 1, 1);
	const seq = args[1];
	const idx = R(args).choiceIndex(pyLen(seq));
	return getItem(seq, idx);
});
method(randomType, 'shuffle', (args, kwargs) => {
	noKw('shuffle', kwargs);
	checkPositional('shuffle', args, 1, 1, 1);
	const x = args[1];
	if (x instanceof PyList) {
		R(args).shuffle(x.items);
		return None;
	}
	const n = pyLen(x);
	const idx = Array.from({ length: n }, (_, i) => i);
	const core = R(args);
	for (let i = n - 1; i > 0; i--) {
		const j = Number(core.randbelow(i + 1));
		const a = getItem(x, i);
		const b = getItem(x, j);
		setItem(x, i, b);
		setItem(x, j, a);
	}
	void idx;
	return None;
});
method(randomType, 'sample', (args, kwargs) => {
	const [population, k, counts] = bindArgs({ name: 'sample', params: ['population', 'k', 'counts'], required: 2, kwOnlyFrom: 2 }, args, kwargs, 1);
	const pop = population!;
	if (!isSequence(pop)) {
		if (rt.minor >= 11) throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
	}
	const items = toArray(pop);
	const kk = Number(toIndex(k!));
	const core = R(args);
	if (counts !== undefined && counts !== None) {
		const cs = toArray(counts).map((c) => Number(toIndex(c)));
		if (cs.length !== items.length) throw valueError('The number of counts does not match the population');
		return new PyList(core.sampleWithCounts(cs, kk).map((i) => items[i]));
	}
	return new PyList(core.sampleIndices(items.length, kk).map((i) => items[i]));
});
method(randomType, 'choices', (args, kwargs) => {
	const [population, weights, cumWeights, k] = bindArgs(
		{ name: 'choices', params: ['population', 'weights', 'cum_weights', 'k'], required: 1, kwOnlyFrom: 2 },
		args,
		kwargs,
		1
	);
	const items = toArray(population!);
	const kk = k === undefined ? 1 : Number(toIndex(k));
	const w = weights === undefined || weights === None ? null : toArray(weights).map(toDouble);
	const cw = cumWeights === undefined || cumWeights === None ? null : toArray(cumWeights).map(toDouble);
	if (w !== null && cw !== null) throw typeError('Cannot specify both weights and cumulative weights');
	return new PyList(R(args).choicesIndices(items.length, kk, w, cw).map((i) => getItem(population!, i)));
});
function floatMethod(name: string, params: string[], defaults: number[], f: (core: PyRandom, xs: number[]) => number): void {
	method(randomType, name, (args, kwargs) => {
		const vals = bindArgs({ name, params, required: params.length - defaults.length }, args, kwargs, 1);
		const xs = vals.map((v, i) => (v === undefined ? defaults[i - (params.length - defaults.length)] : floatArg(v)));
		return new PyFloat(f(R(args), xs));
	});
}
floatMethod('uniform', ['a', 'b'], [], (c, [a, b]) => c.uniform(a, b));
floatMethod('gauss', ['mu', 'sigma'], rt.minor >= 11 ? [0, 1] : [], (c, [a, b]) => c.gauss(a, b));
floatMethod('normalvariate', ['mu', 'sigma'], rt.minor >= 11 ? [0, 1] : [], (c, [a, b]) => c.normalvariate(a, b));
floatMethod('expovariate', ['lambd'], rt.minor >= 12 ? [1] : [], (c, [a]) => c.expovariate(a));
method(randomType, 'triangular', (args, kwargs) => {
	const [low, high, mode] = bindArgs({ name: 'triangular', params: ['low', 'high', 'mode'] }, args, kwargs, 1);
	return new PyFloat(
		R(args).triangular(
			low === undefined ? 0 : floatArg(low),
			high === undefined ? 1 : floatArg(high),
			mode === undefined || mode === None ? null : floatArg(mode)
		)
	);
});
method(randomType, 'getstate', (args) => {
	const s = R(args).getState();
	const words = s.mt.words;
	const pos = s.mt.index;
	return newTuple([3, newTuple([...words, pos]), s.gaussNext === null ? None : new PyFloat(s.gaussNext)]);
});
method(randomType, 'setstate', (args) => {
	const core = R(args);
	const st = args[1];
	if (!(st instanceof PyTuple) || st.items.length !== 3) throw typeError('state vector must be a tuple');
	const inner = st.items[1] as PyTuple;
	const nums = inner.items.map((v) => Number(asInt(v) ?? 0));
	const pos = nums.pop()!;
	const g = st.items[2];
	core.setState({ mt: { words: nums, index: pos }, gaussNext: g === None ? null : floatArg(g) });
	return None;
});
method(randomType, 'randbytes', (args) => newBytes(R(args).randbytes(Number(toIndex(args[1])))));

registerModule('random', (m: PyModule) => {
	m.dict.setStr('Random', randomType);
	const inst = new PyRandomObj(randomType);
	seedFrom(inst.core, undefined);
	m.dict.setStr('_inst', inst);
	const names = [
		'seed',
		'random',
		'uniform',
		'triangular',
		'randint',
		'choice',
		'randrange',
		'sample',
		'shuffle',
		'normalvariate',
		'gauss',
		'expovariate',
		'getstate',
		'setstate',
		'getrandbits',
		'choices',
	];
	if (rt.minor >= 9) names.push('randbytes');
	for (const n of names) m.dict.setStr(n, getAttr(inst, n));
});

void intType;
void PySet;
void objectId;
void (null as unknown as Kwargs);
