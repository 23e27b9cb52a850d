/*
 * genTypes.ts
 * The Python-visible methods and attributes of generator, coroutine and async-generator
 * objects (send, throw, close; the gi_, cr_ and ag_ attributes; __await__; asend, athrow, aclose),
 * plus minimal frame and code objects for gi_frame/gi_code.
 */

import { PyValue, None, True, False, PyObject, makeBuiltinType, pyBool, NativeFn } from '../objects/object';
import { PyException, typeError, newException, StopIteration, DeprecationWarning } from '../objects/exceptions';
import { PyDict } from '../objects/containers';
import { PyCodeRef, codeRef, codeType } from '../objects/function';
import { registerIdentityHashType, objectId, noAttribute } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, getset } from '../types/util';
import type { Frame } from './frame';
import {
	generatorType,
	coroutineType,
	asyncGeneratorType,
	coroutineWrapperType,
	asyncGenASendType,
	asyncGenAThrowType,
	PyGenerator,
	PyCoroutine,
	PyAsyncGenerator,
	PyAsyncGenASend,
	PyAsyncGenAThrow,
	PyCoroutineWrapper,
	GenLike,
	GenState,
	genSend,
	genThrowInternal,
	genClose,
	delegateOf,
	makeThrowable,
	genResume,
	ResumeMode,
} from './generators';
import { warnHook } from './warnings';
import { inlineResume } from './interpreter';

export const frameType = makeBuiltinType('frame');

/** A read-only view of a frame for gi_frame/cr_frame (f_lineno, f_code, f_locals). */
export class PyFrameRef extends PyObject {
	constructor(public frame: Frame) {
		super(frameType);
	}
}

const frameRefs = new WeakMap<Frame, PyFrameRef>();
function frameRef(f: Frame): PyFrameRef {
	let r = frameRefs.get(f);
	if (!r) {
		r = new PyFrameRef(f);
		frameRefs.set(f, r);
	}
	return r;
}

getset(frameType, 'f_lineno', (self) => {
	const f = (self as PyFrameRef).frame;
	const g = f.gen as GenLike | null;
	if (g && g.state === GenState.Created) return f.code.firstLine;
	return f.code.lineAt(f.lasti);
});
getset(frameType, 'f_code', (self) => codeRef((self as PyFrameRef).frame.code));
getset(frameType, 'f_back', () => None);
getset(frameType, 'f_globals', (self) => (self as PyFrameRef).frame.globals);
getset(frameType, 'f_locals', (self) => {
	const f = (self as PyFrameRef).frame;
	if (f.locals) return f.locals;
	const d = new PyDict();
	const code = f.code;
	code.varnames.forEach((n, i) => {
		const v = f.fast[i];
		if (v !== undefined) d.setStr(n, v);
	});
	return d;
});
getset(frameType, 'f_lasti', (self) => (self as PyFrameRef).frame.lasti);
method(frameType, '__repr__', (args) => {
	const f = (args[0] as PyFrameRef).frame;
	return `<frame at 0x${objectId(args[0]).toString(16).padStart(12, '0')}, file '${f.code.filename}', line ${f.code.lineAt(f.lasti)}, code ${f.code.name}>`;
});

getset(codeType, 'co_name', (self) => (self as PyCodeRef).code.name);
getset(codeType, 'co_qualname', (self) => (self as PyCodeRef).code.qualname);
getset(codeType, 'co_filename', (self) => (self as PyCodeRef).code.filename);
getset(codeType, 'co_firstlineno', (self) => (self as PyCodeRef).code.firstLine);
getset(codeType, 'co_flags', (self) => (self as PyCodeRef).code.flags & 0xffff);
getset(codeType, 'co_argcount', (self) => (self as PyCodeRef).code.argcount);
getset(codeType, 'co_varnames', (self) => {
	const { newTuple } = require_containers();
	return newTuple((self as PyCodeRef).code.varnames);
});
method(codeType, '__repr__', (args) => {
	const c = (args[0] as PyCodeRef).code;
	return `<code object ${c.name} at 0x${objectId(args[0]).toString(16).padStart(12, '0')}, file "${c.filename}", line ${c.firstLine}>`;
});

import * as containers from '../objects/containers';
function require_containers(): typeof containers {
	return containers;
}

for (const t of [generatorType, coroutineType, asyncGeneratorType, frameType, codeType, coroutineWrapperType, asyncGenASendType, asyncGenAThrowType]) {
	registerIdentityHashType(t);
}

/** throw(typ[, val[, tb]]): the 3-argument form is deprecated from 3.12. */
function throwArgs(args: PyValue[], what: string): PyException {
	const rest = args.slice(1);
	if (rest.length > 1 && rt.minor >= 12) {
		warnHook.warn(
			DeprecationWarning,
			`the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.`,
			1
		);
	}
	void what;
	return makeThrowable(rest);
}

function reprGen(g: GenLike, kind: string, v: PyValue): string {
	return `<${kind} object ${g.qualname} at 0x${objectId(v).toString(16).padStart(12, '0')}>`;
}

// --- generator -------------------------------------------------------------------------------

const genSendFn: NativeFn = (args) => genSend(args[0] as GenLike, args[1] ?? None);
method(generatorType, 'send', (args) => {
	if (args.length !== 2) throw typeError(`generator.send() takes exactly one argument (${args.length - 1} given)`);
	return genSendFn(args, null);
});
method(generatorType, '__next__', (args) => genSend(args[0] as GenLike, None));
method(generatorType, '__iter__', (args) => args[0]);
method(generatorType, 'throw', (args) => throwPublic(args[0] as GenLike, throwArgs(args, 'generator')));
method(generatorType, 'close', (args) => genClose(args[0] as GenLike));
method(generatorType, '__repr__', (args) => reprGen(args[0] as GenLike, 'generator', args[0]));
addCommonAttrs(generatorType, 'gi');

/** throw() as seen from Python: a return during throw becomes StopIteration(value). */
function throwPublic(g: GenLike, exc: PyException): PyValue {
	const r = genThrowInternal(g, exc);
	if (g.returned) {
		if (g instanceof PyAsyncGenerator) throw newException(StopIteration);
		throw g.returnValue === None ? newException(StopIteration) : newException(StopIteration, g.returnValue);
	}
	return r;
}

function addCommonAttrs(t: typeof generatorType, prefix: 'gi' | 'cr' | 'ag'): void {
	getset(t, `${prefix}_frame`, (self) => {
		const g = self as unknown as GenLike;
		return g.state === GenState.Closed ? None : frameRef(g.frame);
	});
	getset(t, `${prefix}_running`, (self) => pyBool((self as unknown as GenLike).state === GenState.Running));
	getset(t, `${prefix}_code`, (self) => codeRef((self as unknown as GenLike).frame.code));
	// gi_suspended/cr_suspended/ag_suspended appeared in 3.11 (types are shared across versions).
	getset(t, `${prefix}_suspended`, (self) => {
		if (rt.minor < 11) throw noAttribute(self, `${prefix}_suspended`);
		return pyBool((self as unknown as GenLike).state === GenState.Suspended);
	});
	getset(
		t,
		'__name__',
		(self) => (self as unknown as GenLike).name,
		(self, v) => {
			if (typeof v !== 'string') throw typeError('__name__ must be set to a string object');
			(self as unknown as GenLike).name = v;
		}
	);
	getset(
		t,
		'__qualname__',
		(self) => (self as unknown as GenLike).qualname,
		(self, v) => {
			if (typeof v !== 'string') throw typeError('__qualname__ must be set to a string object');
			(self as unknown as GenLike).qualname = v;
		}
	);
	if (prefix === 'gi') getset(t, 'gi_yieldfrom', (self) => delegateOf(self as unknown as GenLike) ?? None);
	if (prefix === 'cr') {
		getset(t, 'cr_await', (self) => delegateOf(self as unknown as GenLike) ?? None);
		getset(t, 'cr_origin', () => None);
	}
	if (prefix === 'ag') getset(t, 'ag_await', (self) => delegateOf(self as unknown as GenLike) ?? None);
}

// --- coroutine -------------------------------------------------------------------------------

method(coroutineType, 'send', (args) => {
	if (args.length !== 2) throw typeError(`coroutine.send() takes exactly one argument (${args.length - 1} given)`);
	return genSend(args[0] as GenLike, args[1]);
});
method(coroutineType, 'throw', (args) => throwPublic(args[0] as GenLike, throwArgs(args, 'coroutine')));
method(coroutineType, 'close', (args) => genClose(args[0] as GenLike));
method(coroutineType, '__await__', (args) => new PyCoroutineWrapper(args[0] as PyCoroutine));
method(coroutineType, '__repr__', (args) => reprGen(args[0] as GenLike, 'coroutine', args[0]));
addCommonAttrs(coroutineType, 'cr');

method(coroutineWrapperType, '__iter__', (args) => args[0]);
method(coroutineWrapperType, '__next__', (args) => genSend((args[0] as PyCoroutineWrapper).coro, None));
method(coroutineWrapperType, 'send', (args) => genSend((args[0] as PyCoroutineWrapper).coro, args[1] ?? None));
method(coroutineWrapperType, 'throw', (args) => throwPublic((args[0] as PyCoroutineWrapper).coro, throwArgs(args, 'coroutine')));
method(coroutineWrapperType, 'close', (args) => genClose((args[0] as PyCoroutineWrapper).coro));

// --- async generator -------------------------------------------------------------------------

method(asyncGeneratorType, '__aiter__', (args) => args[0]);
method(asyncGeneratorType, '__anext__', (args) => new PyAsyncGenASend(args[0] as PyAsyncGenerator, None));
method(asyncGeneratorType, 'asend', (args) => new PyAsyncGenASend(args[0] as PyAsyncGenerator, args[1] ?? None));
method(asyncGeneratorType, 'athrow', (args) => new PyAsyncGenAThrow(args[0] as PyAsyncGenerator, throwArgs(args, 'async generator')));
method(asyncGeneratorType, 'aclose', (args) => new PyAsyncGenAThrow(args[0] as PyAsyncGenerator, null));
method(asyncGeneratorType, '__repr__', (args) => reprGen(args[0] as GenLike, 'async_generator', args[0]));
addCommonAttrs(asyncGeneratorType, 'ag');
getset(asyncGeneratorType, 'ag_running', (self) => pyBool((self as PyAsyncGenerator).runningAsync));

for (const t of [asyncGenASendType, asyncGenAThrowType]) {
	method(t, '__await__', (args) => args[0]);
	method(t, '__iter__', (args) => args[0]);
	method(t, '__next__', (args) => (args[0] as PyAsyncGenASend | PyAsyncGenAThrow).send(None));
	method(t, 'send', (args) => (args[0] as PyAsyncGenASend | PyAsyncGenAThrow).send(args[1] ?? None));
	method(t, 'throw', (args) => (args[0] as PyAsyncGenASend | PyAsyncGenAThrow).throw(makeThrowable(args.slice(1))));
	method(t, 'close', (args) => {
		(args[0] as PyAsyncGenASend | PyAsyncGenAThrow).close();
		return None;
	});
}

export { True, False, PyGenerator, genResume, ResumeMode };

// The VM resumes these calls inline (no JavaScript recursion per send/next).
inlineResume.send.add(generatorType.ns.get('send'));
inlineResume.send.add(coroutineType.ns.get('send'));
inlineResume.next.add(generatorType.ns.get('__next__'));
