/*
 * match.ts
 * Structural pattern matching (PEP 634) at run time. The compiler turns each case pattern into
 * a Pattern tree (stored as a constant); MATCH_PATTERN runs it against the subject and returns
 * the captured values in the order the compiler assigned, or nothing when it does not match.
 */

import { PyObject, PyType, PyValue, None, makeBuiltinType, isInstance, intType, strType, floatType, boolType } from '../objects/object';
import { typeError, valueError } from '../objects/exceptions';
import { PyTuple, PyList, PyDict, PyRange, PySet, tupleType, listType, dictType, setType, frozensetType } from '../objects/containers';
import { richEq, getAttrOpt, getItem, len, call, typeName, toArray, isTrue, getAttr, noAttribute, repr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';

export type Pattern =
	| { k: 'value'; idx: number }
	| { k: 'singleton'; v: PyValue }
	| { k: 'capture'; slot: number }
	| { k: 'wildcard' }
	| { k: 'as'; pat: Pattern; slot: number }
	| { k: 'or'; alts: Pattern[] }
	| { k: 'seq'; pats: Pattern[]; star: number; starSlot: number }
	| { k: 'map'; keys: number[]; pats: Pattern[]; restSlot: number }
	| { k: 'class'; cls: number; pos: Pattern[]; kwNames: string[]; kwPats: Pattern[] };

const patternType = makeBuiltinType('pattern');

/** A compiled case pattern with the number of names it binds. */
export class PyPattern extends PyObject {
	constructor(
		public pattern: Pattern,
		public nbinds: number
	) {
		super(patternType);
	}
}

/** Builtin types whose single positional sub-pattern matches the subject itself. */
const SELF_MATCHING = new Set<string>(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function isSequence(v: PyValue): v is PyObject {
	if (typeof v !== 'object') return false;
	if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
	for (const t of v.cls.mro) if (t.name === 'deque' || (t.name === 'Sequence' && t.module === 'collections.abc')) return true;
	return false;
}

function isMapping(v: PyValue): boolean {
	if (v instanceof PyDict) return true;
	if (typeof v !== 'object') return false;
	for (const t of v.cls.mro) if (t.name === 'Mapping' && t.module === 'collections.abc') return true;
	return false;
}

/** Runs `p`; binds[] receives captured values. */
function matches(p: Pattern, subject: PyValue, values: PyValue[], binds: PyValue[]): boolean {
	switch (p.k) {
		case 'wildcard':
			return true;
		case 'capture':
			binds[p.slot] = subject;
			return true;
		case 'value':
			return richEq(subject, values[p.idx]);
		case 'singleton':
			return subject === p.v;
		case 'as':
			if (!matches(p.pat, subject, values, binds)) return false;
			binds[p.slot] = subject;
			return true;
		case 'or':
			for (const alt of p.alts) {
				const trial = binds.slice();
				if (matches(alt, subject, values, trial)) {
					for (let i = 0; i < trial.length; i++) binds[i] = trial[i]!;
					return true;
				}
			}
			return false;
		case 'seq': {
			if (!isSequence(subject)) return false;
			const items = subject instanceof PyList || subject instanceof PyTuple ? subject.items : toArray(subject);
			const n = p.pats.length;
			if (p.star < 0) {
				if (items.length !== n) return false;
				for (let i = 0; i < n; i++) if (!matches(p.pats[i], items[i], values, binds)) return false;
				return true;
			}
			const after = n - p.star;
			if (items.length < n) return false;
			for (let i = 0; i < p.star; i++) if (!matches(p.pats[i], items[i], values, binds)) return false;
			if (p.starSlot >= 0) binds[p.starSlot] = new PyList(items.slice(p.star, items.length - after));
			for (let i = 0; i < after; i++) if (!matches(p.pats[p.star + i], items[items.length - after + i], values, binds)) return false;
			return true;
		}
		case 'map': {
			if (!isMapping(subject)) return false;
			const seen: PyValue[] = [];
			for (let i = 0; i < p.keys.length; i++) {
				const key = values[p.keys[i]];
				if (seen.some((k) => richEq(k, key))) throw valueError(`mapping pattern checks duplicate key (${repr(key)})`);
				seen.push(key);
				let v: PyValue | undefined;
				if (subject instanceof PyDict) {
					v = subject.get(key);
					if (v === undefined && subject.cls !== dictType) {
						// dict subclasses with __missing__ are consulted through get().
						const get = getAttrOpt(subject, 'get');
						if (get !== undefined) {
							const r = call(get, [key, MISSING]);
							v = r === MISSING ? undefined : r;
						}
					}
				} else {
					const r = call(getAttr(subject, 'get'), [key, MISSING]);
					v = r === MISSING ? undefined : r;
				}
				if (v === undefined) return false;
				if (!matches(p.pats[i], v, values, binds)) return false;
			}
			if (p.restSlot >= 0) {
				const rest = new PyDict();
				const entries = subject instanceof PyDict ? subject.entries() : toArray(call(getAttr(subject, 'items'), [])).map((t) => (t as PyTuple).items as [PyValue, PyValue]);
				for (const [k, v] of entries) if (!seen.some((s) => richEq(s, k))) rest.set(k, v);
				binds[p.restSlot] = rest;
			}
			return true;
		}
		case 'class': {
			const cls = values[p.cls];
			if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
			if (!isInstance(subject, cls)) return false;
			if (p.pos.length) {
				if (p.pos.length === 1 && cls.isBuiltin && SELF_MATCHING.has(cls.name)) {
					if (!matches(p.pos[0], subject, values, binds)) return false;
				} else {
					const ma = cls.lookup('__match_args__');
					let names: PyValue[];
					if (ma === undefined) names = [];
					else if (ma instanceof PyTuple) names = ma.items;
					else throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
					if (p.pos.length > names.length) {
						throw typeError(`${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${p.pos.length} given)`);
					}
					for (let i = 0; i < p.pos.length; i++) {
						const name = names[i];
						if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
						if (p.kwNames.includes(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
						const v = getAttrOpt(subject, name);
						if (v === undefined) return false;
						if (!matches(p.pos[i], v, values, binds)) return false;
					}
				}
			}
			for (let i = 0; i < p.kwNames.length; i++) {
				const v = getAttrOpt(subject, p.kwNames[i]);
				if (v === undefined) return false;
				if (!matches(p.kwPats[i], v, values, binds)) return false;
			}
			return true;
		}
	}
}

const MISSING = new PyObject(makeBuiltinType('_missing'));

/** MATCH_PATTERN: the captured values as a tuple, or None when the subject does not match. */
export function matchPattern(pat: PyPattern, subject: PyValue, values: PyTuple): PyValue {
	const binds = new Array<PyValue>(pat.nbinds).fill(None);
	return matches(pat.pattern, subject, values.items, binds) ? new PyTuple(binds) : None;
}

export { intType, strType, floatType, boolType, tupleType, listType, setType, frozensetType, PySet, len, getItem, isTrue, noAttribute, rt };
