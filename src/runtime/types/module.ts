/*
 * module.ts
 * The module type: construction (name, doc), repr `<module 'name'>` / `(built-in)` /
 * `from 'file'`, __dict__, __name__ and dir().
 */

import { PyValue, PyType, None, typeOf } from '../objects/object';
import { typeError } from '../objects/exceptions';
import { PyDict, PyList } from '../objects/containers';
import { moduleType, PyModule } from '../objects/function';
import { registerIdentityHashType, repr, typeName, call, getAttrOpt, toArray } from '../objects/protocol';
import { method, setNew, bindArgs, getset } from './util';

registerIdentityHashType(moduleType);

/** Creates a module object with its namespace initialised like CPython's module_init. */
export function newModule(name: string, doc: PyValue = None, builtin = false): PyModule {
	const m = new PyModule(name);
	m.dict = new PyDict();
	m.dict.setStr('__name__', name);
	m.dict.setStr('__doc__', doc);
	m.dict.setStr('__package__', None);
	m.dict.setStr('__loader__', None);
	m.dict.setStr('__spec__', None);
	if (builtin) builtinModules.add(m);
	return m;
}
const builtinModules = new WeakSet<PyModule>();

/** Marks a module as built-in (repr `<module 'sys' (built-in)>`). */
export function markBuiltinModule(m: PyModule): void {
	builtinModules.add(m);
}

setNew(moduleType, (args) => {
	const cls = args[0] as PyType;
	const m = new PyModule('?', cls);
	m.dict = new PyDict();
	return m;
});
method(moduleType, '__init__', (args, kwargs) => {
	const m = args[0] as PyModule;
	const [name, doc] = bindArgs({ name: 'module', params: ['name', 'doc'], required: 1 }, args, kwargs, 1);
	if (typeof name !== 'string') throw typeError(`module.__init__() argument 'name' must be str, not ${typeName(name!)}`);
	m.name = name;
	m.dict.setStr('__name__', name);
	m.dict.setStr('__doc__', doc ?? None);
	m.dict.setStr('__package__', None);
	m.dict.setStr('__loader__', None);
	m.dict.setStr('__spec__', None);
	return None;
});
method(moduleType, '__repr__', (args) => {
	const m = args[0] as PyModule;
	const nameV = m.dict?.getStr('__name__');
	const name = typeof nameV === 'string' ? nameV : m.name;
	if (builtinModules.has(m)) return `<module '${name}' (built-in)>`;
	const file = m.dict?.getStr('__file__');
	if (typeof file === 'string') return `<module '${name}' from '${file}'>`;
	return `<module ${repr(name)}>`;
});
method(moduleType, '__dir__', (args) => {
	const m = args[0] as PyModule;
	const d = m.dict;
	const custom = d?.getStr('__dir__');
	if (custom !== undefined) return call(custom, []);
	return new PyList(d ? d.keyList() : []);
});
getset(moduleType, '__dict__', (self) => (self as PyModule).dict);

export { moduleType, PyModule, typeOf, getAttrOpt, toArray };
