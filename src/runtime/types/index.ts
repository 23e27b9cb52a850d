/*
 * index.ts
 * Bootstrap of the builtin types: importing this module installs every method of every builtin
 * type into its namespace and wires the protocol's factories (dict, iterators, object.__new__...).
 * Import it once (before running any program): `import './types/index'`.
 */

import { setSequenceTypes, richEq } from '../objects/protocol';
import { listType, tupleType, setExactHash } from '../objects/containers';
import './object';
import './type';
import './bool';
import './int';
import './float';
import './complex';
import './str';
import './bytes';
import './list';
import './tuple';
import './dict';
import './set';
import './range';
import './iterators';
import './function';
import './exceptions';
import './module';
import './io';
import './super';
import { setIterEq } from './iterators';
import { pyHashValue } from './tuple';

setSequenceTypes(listType, tupleType);
setIterEq((a, b) => a === b || richEq(a, b));
setExactHash(pyHashValue);

export { superHooks, superType, superLookup, superInit, PySuper } from './super';
export { exceptionHooks, makeException, exSlot, setExSlot } from './exceptions';
export { newModule, markBuiltinModule } from './module';
export { newStdStream, stringIOType, textIOWrapperType, PyTextStream, PyStringIO, writeTo, UnsupportedOperation } from './io';
export { isInstanceOf, isSubclassOf, mappingProxyType, unionType, PyUnion, PyMappingProxy } from './type';
export { bytesType, bytearrayType, PyBytes, newBytes, encodeStr, decodeBytes } from './bytes';
export { complexType, PyComplex } from './complex';
export { formatValue, strFormat } from './strFormat';
export { strPercent, asciiOf } from './str';
export { sortItems, listGetItem, listSetItem, listDelItem } from './list';
export { dictGetItem, dictMerge, dictKeysType, dictValuesType, dictItemsType } from './dict';
export { toInt } from './int';
export { toFloat, parseFloatStr } from './float';
export { objectNewImpl } from './object';
