/*
 * hooks.ts
 * Connects the builtins that need the VM: zero-argument super(), globals()/locals(),
 * exec/eval/compile, and `next()` on generators that returned a value.
 */

import { PyValue, None, Kwargs } from '../objects/object';
import { PyDict } from '../objects/containers';
import { PyCodeRef } from '../objects/function';
import { typeError, PyException } from '../objects/exceptions';
import { typeName, str as pyStr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { superHooks } from '../types/super';
import { frameHooks, execHooks, builtinNext, anextDefaultHook } from '../builtins/functions';
import { registerPythonModule, loadModule, importModule } from '../modules/registry';
import { compileString } from '../compile';
import { constantFactories } from '../compiler/compiler';
import { newBytes } from '../types/bytes';
import { PyComplex } from '../types/complex';
import {
	currentFrame,
	runCode,
	superArgsOf,
	inlineResume,
	setExceptionGroupSplit,
} from './interpreter';
import { call, getAttr } from '../objects/protocol';
import * as P from '../objects/protocol';
import { builtinExceptionTypes } from '../objects/exceptions';
import { warnHook } from './warnings';
import { PyTuple } from '../objects/containers';
import { frameLocals } from './genTypes';

superHooks.zeroArg = () => {
	const f = currentFrame();
	if (!f) throw typeError('super(): no current frame');
	return superArgsOf(f);
};

frameHooks.globals = () => currentFrame()?.globals ?? (rt.mainDict as PyDict);
frameHooks.locals = () => {
	const f = currentFrame();
	return f ? frameLocals(f) : (rt.mainDict as PyDict);
};

function codeFrom(source: PyValue, mode: 'exec' | 'eval', fname: string): PyCodeRef {
	if (source instanceof PyCodeRef) return source;
	if (typeof source !== 'string') {
		throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
	}
	const text = mode === 'eval' ? source.replace(/^[ \t]+/, '') : source;
	return new PyCodeRef(compileString(text, '<string>', rt.minor, mode));
}

function namespaces(args: PyValue[], fname: string): [PyDict, PyDict] {
	const f = currentFrame();
	const g = args[1];
	let l = args[2];
	if (g === undefined || g === None) {
		const globals = f?.globals ?? (rt.mainDict as PyDict);
		const locals = l === undefined || l === None ? (f ? frameLocals(f) : globals) : l;
		return [globals, locals as PyDict];
	}
	if (!(g instanceof PyDict))
		throw typeError(`${fname}() globals must be a dict, not ${typeName(g)}`);
	if (!g.hasStr('__builtins__')) g.setStr('__builtins__', f?.builtins ?? None);
	if (l === undefined || l === None) l = g;
	return [g, l as PyDict];
}

execHooks.exec = (args: PyValue[], _kw: Kwargs | null) => {
	const code = codeFrom(args[0], 'exec', 'exec');
	const [g, l] = namespaces(args, 'exec');
	runCode(code.code, g, l);
	return None;
};
execHooks.eval = (args: PyValue[], _kw: Kwargs | null) => {
	const code = codeFrom(args[0], 'eval', 'eval');
	const [g, l] = namespaces(args, 'eval');
	return runCode(code.code, g, l);
};
execHooks.compile = (args: PyValue[], _kw: Kwargs | null) => {
	const [source, filename, mode] = args;
	if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
		throw new PyException(typeError('').cls, ["compile() mode must be 'exec', 'eval' or 'single'"]);
	}
	if (typeof source !== 'string')
		throw typeError('compile() arg 1 must be a string, bytes or AST object');
	return new PyCodeRef(
		compileString(
			source,
			filename === undefined ? '<string>' : pyStr(filename),
			rt.minor,
			mode === 'eval' ? 'eval' : 'exec'
		)
	);
};

// Literal constants whose types live in the types layer.
constantFactories.bytes = (arr) => newBytes(Uint8Array.from(arr));
constantFactories.complex = (real, imag) => new PyComplex(real, imag);
inlineResume.next.add(builtinNext);

setExceptionGroupSplit((eg, t) => {
	const r = call(getAttr(eg, 'split'), [t]) as PyTuple;
	return [r.items[0], r.items[1]];
});

// anext(it, default): an awaitable that returns `default` when the iterator is exhausted.
registerPythonModule(
	'_pyco_anext',
	`async def anext_default(it, default):
    try:
        return await type(it).__anext__(it)
    except StopAsyncIteration:
        return default
`
);
anextDefaultHook.fn = (it, dflt) =>
	call(loadModule('_pyco_anext').dict.getStr('anext_default')!, [it, dflt]);

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
execHooks.import = (args, kwargs) => {
	const name = args[0] ?? kwargs?.get('name');
	if (typeof name !== 'string')
		throw typeError(
			`__import__() argument 1 must be str, not ${name === undefined ? 'nothing' : typeName(name)}`
		);
	const g = args[1] ?? kwargs?.get('globals');
	const fromlist = args[3] ?? kwargs?.get('fromlist') ?? None;
	const level = args[4] ?? kwargs?.get('level') ?? 0;
	const globals = g instanceof PyDict ? g : (currentFrame()?.globals ?? (rt.mainDict as PyDict));
	return importModule(name, fromlist, typeof level === 'number' ? level : 0, globals);
};

// Warnings raised by the object layer (which cannot import the VM).
P.hooks.warn = (category, message) => {
	const t = builtinExceptionTypes.get(category);
	if (t) warnHook.warn(t, message, 1);
};
