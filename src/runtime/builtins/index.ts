/*
 * index.ts
 * createBuiltinsDict(): a fresh `builtins` namespace per run with every builtin type, exception,
 * constant and function.
 */

import { PyValue, None, True, False, NotImplemented, Ellipsis, objectType, typeType, intType, boolType, floatType, strType } from '../objects/object';
import { builtinExceptionTypes, OSError } from '../objects/exceptions';
import { PyDict, tupleType, listType, dictType, setType, frozensetType, rangeType, sliceType } from '../objects/containers';
import { propertyType, classMethodType, staticMethodType } from '../objects/function';
import '../types/index';
import { enumerateType, zipType, mapType, filterType, reversedType } from '../types/iterators';
import { superType } from '../types/super';
import { bytesType, bytearrayType } from '../types/bytes';
import { complexType } from '../types/complex';
import { memoryviewType } from '../types/complex';
import { defineBuiltinFunctions, BuiltinTable, PyQuitter } from './functions';
import { rt } from '../objects/runtimeState';

export { frameHooks, execHooks, anextDefaultHook, pyHash, isCallable, suggest, unexpectedKw } from './functions';
export { superHooks } from '../types/super';

const functionTable: BuiltinTable = new Map();
const exitObj = new PyQuitter('exit');
const quitObj = new PyQuitter('quit');
defineBuiltinFunctions(functionTable);

/** A fresh builtins namespace (the functions are shared, stateless objects). */
export function createBuiltinsDict(): PyDict {
	const d = new PyDict();
	const set = (k: string, v: PyValue): void => d.setStr(k, v);
	set('None', None);
	set('True', True);
	set('False', False);
	set('NotImplemented', NotImplemented);
	set('Ellipsis', Ellipsis);
	set('__debug__', True);
	set('__name__', 'builtins');
	set('__doc__', None);
	for (const t of [
		objectType,
		typeType,
		intType,
		boolType,
		floatType,
		complexType,
		strType,
		bytesType,
		bytearrayType,
		memoryviewType,
		listType,
		tupleType,
		dictType,
		setType,
		frozensetType,
		rangeType,
		sliceType,
		enumerateType,
		zipType,
		mapType,
		filterType,
		reversedType,
		propertyType,
		classMethodType,
		staticMethodType,
		superType,
	]) {
		set(t.name, t);
	}
	for (const [name, t] of builtinExceptionTypes) {
		if (rt.minor < 11 && (name === 'ExceptionGroup' || name === 'BaseExceptionGroup')) continue;
		set(name, t);
	}
	set('exit', exitObj);
	set('quit', quitObj);
	set('EnvironmentError', OSError);
	set('IOError', OSError);
	for (const [name, f] of functionTable) {
		if (rt.minor < 10 && (name === 'aiter' || name === 'anext')) continue;
		set(name, f);
	}
	return d;
}
