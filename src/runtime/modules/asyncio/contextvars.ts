/*
 * contextvars.ts
 * The `contextvars` module (PEP 567): ContextVar, Token, Context, copy_context. asyncio tasks
 * run each step inside the copy of the context taken when the task was created, so a value set
 * in one task is invisible to the others. Copies are only made once a ContextVar exists in the
 * run, so programs that never use contextvars pay nothing.
 */

import { registerThreadLocal } from '../../vm/threads';
import { PyObject, PyType, PyValue, None, True, False, pyBool } from '../../objects/object';
import { typeError, runtimeError, valueError, keyError, newException, LookupError } from '../../objects/exceptions';
import { PyList, PyTuple } from '../../objects/containers';
import { call, repr, objectId } from '../../objects/protocol';
import { PyModule } from '../../objects/function';
import { rt } from '../../objects/runtimeState';
import { method, getset, setNew } from '../../types/util';
import { registerModule, defFunction } from '../registry';
import { asyncioType, parseArgs } from './util';

export const contextType = asyncioType('Context', '_contextvars', undefined, () => new Context(new Map()));
export const contextVarType = asyncioType('ContextVar', '_contextvars');
export const tokenType = asyncioType('Token', '_contextvars');

export class Context extends PyObject {
	entered = false;
	constructor(public vars: Map<ContextVar, PyValue>) {
		super(contextType);
	}
}

export class ContextVar extends PyObject {
	constructor(
		public name: string,
		public dflt: PyValue | undefined
	) {
		super(contextVarType);
	}
}

export class Token extends PyObject {
	used = false;
	constructor(
		public ctx: Context,
		public v: ContextVar,
		public old: PyValue | undefined
	) {
		super(tokenType);
	}
}

/** Per-run state: the current context and whether any ContextVar exists. */
export const ctxState = { current: null as Context | null, used: false, owner: null as unknown };

// A thread runs in a context of its own; a new thread starts in a new empty one (3.7-3.13).
registerThreadLocal({
	save: () => ctxState.current,
	restore: (saved) => {
		ctxState.current = saved as Context | null;
	},
	fresh: () => null,
});

function current(): Context {
	if (ctxState.owner !== rt.modules) {
		ctxState.owner = rt.modules;
		ctxState.current = null;
		ctxState.used = false;
	}
	if (ctxState.current === null) ctxState.current = new Context(new Map());
	return ctxState.current;
}

/** contextvars.copy_context() */
export function copyContext(): Context {
	return new Context(new Map(current().vars));
}

/** contextvars.copy_context(), or null when no ContextVar was ever created in this run. */
export function copyContextForTask(): Context | null {
	if (ctxState.owner !== rt.modules || !ctxState.used) return null;
	return new Context(new Map(current().vars));
}

/**
 * Context.run's entry and exit as two calls, for Python code that must call the function itself
 * (asyncio.to_thread's job: a native call between the worker and the job would keep a blocking
 * job from suspending only its own thread). enterContext returns the context to restore.
 */
export function enterContext(ctx: Context): Context | null {
	if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
	const prev = ctxState.owner === rt.modules ? ctxState.current : null;
	current();
	ctx.entered = true;
	ctxState.current = ctx;
	return prev;
}
export function exitContext(ctx: Context, prev: Context | null): void {
	ctx.entered = false;
	ctxState.current = prev;
}

/** Runs fn inside ctx (Context.run), restoring the previous context afterwards. */
export function runInContext<T>(ctx: Context, fn: () => T): T {
	if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
	const prev = current();
	ctx.entered = true;
	ctxState.current = ctx;
	try {
		return fn();
	} finally {
		ctx.entered = false;
		ctxState.current = prev;
	}
}

const MISSING = new PyObject(asyncioType('Token.MISSING', '_contextvars'));
method(MISSING.cls, '__repr__', () => '<Token.MISSING>');

setNew(contextVarType, (args, kwargs) => {
	const [name, dflt] = parseArgs('ContextVar', args, kwargs, ['name', 'default'], 1, 1, 1);
	if (typeof name !== 'string') throw typeError('context variable name must be a str');
	if (ctxState.owner !== rt.modules) current();
	ctxState.used = true;
	return new ContextVar(name, dflt);
});
method(contextVarType, 'get', (args) => {
	const v = args[0] as ContextVar;
	const ctx = current();
	const x = ctx.vars.get(v);
	if (x !== undefined) return x;
	if (args.length > 1) return args[1];
	if (v.dflt !== undefined) return v.dflt;
	const e = newException(LookupError, v);
	throw e;
});
method(contextVarType, 'set', (args) => {
	const v = args[0] as ContextVar;
	const ctx = current();
	const old = ctx.vars.get(v);
	ctx.vars.set(v, args[1] ?? None);
	return new Token(ctx, v, old);
});
method(contextVarType, 'reset', (args) => {
	const v = args[0] as ContextVar;
	const t = args[1];
	if (!(t instanceof Token)) throw typeError(`expected an instance of Token, got ${repr(t ?? None)}`);
	if (t.used) throw runtimeError(`${repr(t)} has already been used once`);
	if (t.v !== v) throw valueError(`${repr(t)} was created by a different ContextVar`);
	if (t.ctx !== current()) throw valueError(`${repr(t)} was created in a different Context`);
	t.used = true;
	if (t.old === undefined) current().vars.delete(v);
	else current().vars.set(v, t.old);
	return None;
});
getset(contextVarType, 'name', (self) => (self as ContextVar).name);
method(contextVarType, '__repr__', (args) => {
	const v = args[0] as ContextVar;
	const d = v.dflt === undefined ? '' : ` default=${repr(v.dflt)}`;
	return `<ContextVar name=${repr(v.name)}${d} at 0x${objectId(v).toString(16)}>`;
});
method(contextVarType, '__class_getitem__', (args) => args[0]);
method(contextVarType, '__hash__', (args) => objectId(args[0]) >> 4);

getset(tokenType, 'var', (self) => (self as Token).v);
getset(tokenType, 'old_value', (self) => (self as Token).old ?? MISSING);
tokenType.ns.set('MISSING', MISSING);
method(tokenType, '__repr__', (args) => {
	const t = args[0] as Token;
	return `<Token${t.used ? ' used' : ''} var=${repr(t.v)} at 0x${objectId(t).toString(16)}>`;
});

const C = (v: PyValue): Context => v as Context;
method(contextType, 'run', (args, kwargs) => {
	const ctx = C(args[0]);
	const fn = args[1];
	if (fn === undefined) throw typeError('run() missing 1 required positional argument');
	return runInContext(ctx, () => call(fn, args.slice(2), kwargs));
});
method(contextType, 'copy', (args) => new Context(new Map(C(args[0]).vars)));
method(contextType, 'get', (args) => C(args[0]).vars.get(args[1] as ContextVar) ?? args[2] ?? None);
method(contextType, '__getitem__', (args) => {
	const x = C(args[0]).vars.get(args[1] as ContextVar);
	if (x === undefined) throw keyError(args[1]);
	return x;
});
method(contextType, '__contains__', (args) => pyBool(C(args[0]).vars.has(args[1] as ContextVar)));
method(contextType, '__len__', (args) => C(args[0]).vars.size);
method(contextType, 'keys', (args) => new PyList([...C(args[0]).vars.keys()]));
method(contextType, 'values', (args) => new PyList([...C(args[0]).vars.values()]));
method(contextType, 'items', (args) => new PyList([...C(args[0]).vars].map(([k, v]) => new PyTuple([k, v]))));
method(contextType, '__iter__', (args) => call((new PyList([...C(args[0]).vars.keys()])).cls.lookup('__iter__')!, [new PyList([...C(args[0]).vars.keys()])]));

registerModule('contextvars', (m: PyModule) => {
	m.dict.setStr('ContextVar', contextVarType);
	m.dict.setStr('Token', tokenType);
	m.dict.setStr('Context', contextType);
	defFunction(m, 'copy_context', () => new Context(new Map(current().vars)));
	m.dict.setStr('__all__', new PyTuple(['Context', 'ContextVar', 'Token', 'copy_context']));
});

export { True, False, PyType };
