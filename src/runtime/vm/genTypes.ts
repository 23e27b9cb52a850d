/*
 * genTypes.ts
 * The Python-visible methods and attributes of generator, coroutine and async-generator
 * objects (send, throw, close; the gi_, cr_ and ag_ attributes; __await__; asend, athrow, aclose),
 * plus minimal frame and code objects for gi_frame/gi_code.
 */

import {
	PyValue,
	None,
	True,
	False,
	PyObject,
	makeBuiltinType,
	pyBool,
	NativeFn,
} from '../objects/object';
import {
	PyException,
	typeError,
	valueError,
	newException,
	StopIteration,
	DeprecationWarning,
} from '../objects/exceptions';
import { PyDict } from '../objects/containers';
import { PyCodeRef, PyCell, codeRef, codeType } from '../objects/function';
import { CodeFlags } from '../compiler/codeObject';
import { registerIdentityHashType, objectId, noAttribute } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, getset } from '../types/util';
import { pinFrame, type Frame } from './frame';
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
import { inlineResume, currentFrame } from './interpreter';

export const frameType = makeBuiltinType('frame');

/**
 * A read-only view of a frame (f_lineno, f_code, f_back, f_locals, f_globals...): gi_frame and
 * cr_frame, and sys._getframe().
 */
export class PyFrameRef extends PyObject {
	/**
	 * The calling frame as it was when sys._getframe() made this view (the caller link of a
	 * frame is cleared when it returns); undefined for generator frames, whose caller changes.
	 */
	back: Frame | null | undefined = undefined;
	constructor(public frame: Frame) {
		super(frameType);
	}
}

const frameRefs = new WeakMap<Frame, PyFrameRef>();
export function frameRef(f: Frame): PyFrameRef {
	let r = frameRefs.get(f);
	if (!r) {
		r = new PyFrameRef(f);
		frameRefs.set(f, r);
	}
	return r;
}

/** Frames CPython does not have: helpers it runs in C, comprehensions 3.12+ inlines. */
function hiddenFrame(f: Frame): boolean {
	const flags = f.code.flags;
	return (
		(flags & CodeFlags.HiddenFrame) !== 0 ||
		((flags & CodeFlags.InlinedComprehension) !== 0 && rt.minor >= 12)
	);
}

/** f itself, or the nearest caller of f that Python sees (null past the top). */
function visibleFrame(f: Frame | null): Frame | null {
	while (f !== null && hiddenFrame(f)) f = f.back;
	return f;
}

/**
 * The Python view of a running frame, for sys._getframe(): the frame stays its own (pinned,
 * never reused for another call), and so does the caller it reports as f_back.
 */
export function runningFrameRef(f: Frame): PyFrameRef {
	const r = frameRef(f);
	if (f.gen === null && r.back === undefined) {
		pinFrame(f);
		const back = visibleFrame(f.back);
		if (back !== null && back.gen === null) pinFrame(back);
		r.back = back;
	}
	return r;
}

/** sys._getframe(depth): the frame `depth` calls above the running Python code. */
export function getFrame(depth: number): PyFrameRef {
	let f = visibleFrame(currentFrame());
	for (let i = 0; i < depth && f !== null; i++) f = visibleFrame(f.back);
	if (f === null) throw valueError('call stack is not deep enough');
	return runningFrameRef(f);
}

/**
 * locals() of a function frame: a dict of its bound fast locals and cells. Before 3.13 it is
 * the frame's one dict, refreshed from the fast locals on each call (PyFrame_FastToLocals: an
 * unbound name is removed, other keys stay); from 3.13 (PEP 667) a new snapshot each time.
 */
export function frameLocals(f: Frame): PyDict {
	if (f.locals) return f.locals;
	let d: PyDict;
	const keep = rt.minor < 13;
	if (keep && f.localsDict !== null) d = f.localsDict;
	else {
		d = new PyDict();
		if (keep) {
			f.localsDict = d;
			if (f.gen === null) pinFrame(f);
		}
	}
	const code = f.code;
	const fast = f.fast;
	const varnames = code.varnames;
	for (let i = 0; i < varnames.length; i++) {
		const v = fast[i];
		if (v !== undefined) d.setStr(varnames[i], v);
		else if (keep) d.deleteStr(varnames[i]);
	}
	const nl = varnames.length;
	if (!(code.flags & CodeFlags.ClassBody)) {
		const names = [...code.cellvars, ...code.freevars];
		for (let i = 0; i < names.length; i++) {
			const c = fast[nl + i];
			if (c instanceof PyCell && c.value !== undefined) d.setStr(names[i], c.value);
			else if (keep) d.deleteStr(names[i]);
		}
	}
	return d;
}

const FR = (self: PyValue): Frame => (self as PyFrameRef).frame;
getset(frameType, 'f_lineno', (self) => {
	const f = FR(self);
	const g = f.gen as GenLike | null;
	if (g && g.state === GenState.Created) return f.code.firstLine;
	return f.code.lineAt(f.lasti);
});
getset(frameType, 'f_code', (self) => codeRef(FR(self).code));
getset(frameType, 'f_back', (self) => {
	const r = self as PyFrameRef;
	const back = r.back !== undefined ? r.back : visibleFrame(r.frame.back);
	return back === null ? None : runningFrameRef(back);
});
getset(frameType, 'f_globals', (self) => FR(self).globals);
getset(frameType, 'f_builtins', (self) => FR(self).builtins);
getset(frameType, 'f_locals', (self) => frameLocals(FR(self)));
getset(frameType, 'f_lasti', (self) => FR(self).lasti);
method(frameType, '__repr__', (args) => {
	const f = FR(args[0]);
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

for (const t of [
	generatorType,
	coroutineType,
	asyncGeneratorType,
	frameType,
	codeType,
	coroutineWrapperType,
	asyncGenASendType,
	asyncGenAThrowType,
]) {
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
	if (args.length !== 2)
		throw typeError(`generator.send() takes exactly one argument (${args.length - 1} given)`);
	return genSendFn(args, null);
});
method(generatorType, '__next__', (args) => genSend(args[0] as GenLike, None));
method(generatorType, '__iter__', (args) => args[0]);
method(generatorType, 'throw', (args) =>
	throwPublic(args[0] as GenLike, throwArgs(args, 'generator'), args.slice(1))
);
method(generatorType, 'close', (args) => genClose(args[0] as GenLike));
method(generatorType, '__repr__', (args) => reprGen(args[0] as GenLike, 'generator', args[0]));
addCommonAttrs(generatorType, 'gi');

/** throw() as seen from Python: a return during throw becomes StopIteration(value). */
function throwPublic(g: GenLike, exc: PyException, rawArgs: PyValue[]): PyValue {
	const r = genThrowInternal(g, exc, rawArgs);
	if (g.returned) {
		if (g instanceof PyAsyncGenerator) throw newException(StopIteration);
		throw g.returnValue === None
			? newException(StopIteration)
			: newException(StopIteration, g.returnValue);
	}
	return r;
}

function addCommonAttrs(t: typeof generatorType, prefix: 'gi' | 'cr' | 'ag'): void {
	getset(t, `${prefix}_frame`, (self) => {
		const g = self as unknown as GenLike;
		return g.state === GenState.Closed ? None : frameRef(g.frame);
	});
	getset(t, `${prefix}_running`, (self) =>
		pyBool((self as unknown as GenLike).state === GenState.Running)
	);
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
	if (prefix === 'gi')
		getset(t, 'gi_yieldfrom', (self) => delegateOf(self as unknown as GenLike) ?? None);
	if (prefix === 'cr') {
		getset(t, 'cr_await', (self) => delegateOf(self as unknown as GenLike) ?? None);
		getset(t, 'cr_origin', () => None);
	}
	if (prefix === 'ag')
		getset(t, 'ag_await', (self) => delegateOf(self as unknown as GenLike) ?? None);
}

// --- coroutine -------------------------------------------------------------------------------

method(coroutineType, 'send', (args) => {
	if (args.length !== 2)
		throw typeError(`coroutine.send() takes exactly one argument (${args.length - 1} given)`);
	return genSend(args[0] as GenLike, args[1]);
});
method(coroutineType, 'throw', (args) =>
	throwPublic(args[0] as GenLike, throwArgs(args, 'coroutine'), args.slice(1))
);
method(coroutineType, 'close', (args) => genClose(args[0] as GenLike));
method(coroutineType, '__await__', (args) => new PyCoroutineWrapper(args[0] as PyCoroutine));
method(coroutineType, '__repr__', (args) => reprGen(args[0] as GenLike, 'coroutine', args[0]));
addCommonAttrs(coroutineType, 'cr');

method(coroutineWrapperType, '__iter__', (args) => args[0]);
method(coroutineWrapperType, '__next__', (args) =>
	genSend((args[0] as PyCoroutineWrapper).coro, None)
);
method(coroutineWrapperType, 'send', (args) =>
	genSend((args[0] as PyCoroutineWrapper).coro, args[1] ?? None)
);
method(coroutineWrapperType, 'throw', (args) =>
	throwPublic((args[0] as PyCoroutineWrapper).coro, throwArgs(args, 'coroutine'), args.slice(1))
);
method(coroutineWrapperType, 'close', (args) => genClose((args[0] as PyCoroutineWrapper).coro));

// --- async generator -------------------------------------------------------------------------

method(asyncGeneratorType, '__aiter__', (args) => args[0]);
method(
	asyncGeneratorType,
	'__anext__',
	(args) => new PyAsyncGenASend(args[0] as PyAsyncGenerator, None)
);
method(
	asyncGeneratorType,
	'asend',
	(args) => new PyAsyncGenASend(args[0] as PyAsyncGenerator, args[1] ?? None)
);
method(
	asyncGeneratorType,
	'athrow',
	(args) => new PyAsyncGenAThrow(args[0] as PyAsyncGenerator, throwArgs(args, 'async generator'))
);
method(
	asyncGeneratorType,
	'aclose',
	(args) => new PyAsyncGenAThrow(args[0] as PyAsyncGenerator, null)
);
method(asyncGeneratorType, '__repr__', (args) =>
	reprGen(args[0] as GenLike, 'async_generator', args[0])
);
addCommonAttrs(asyncGeneratorType, 'ag');
getset(asyncGeneratorType, 'ag_running', (self) => pyBool((self as PyAsyncGenerator).runningAsync));

for (const t of [asyncGenASendType, asyncGenAThrowType]) {
	method(t, '__await__', (args) => args[0]);
	method(t, '__iter__', (args) => args[0]);
	method(t, '__next__', (args) => (args[0] as PyAsyncGenASend | PyAsyncGenAThrow).send(None));
	method(t, 'send', (args) =>
		(args[0] as PyAsyncGenASend | PyAsyncGenAThrow).send(args[1] ?? None)
	);
	method(t, 'throw', (args) =>
		(args[0] as PyAsyncGenASend | PyAsyncGenAThrow).throw(makeThrowable(args.slice(1)))
	);
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

/** cr_origin: ((filename, lineno, function), ...) innermost first, or None (origin tracking off). */
getset(coroutineType, 'cr_origin', (self) => {
	const origin = (self as PyCoroutine).origin;
	if (origin === null) return None;
	return new containers.PyTuple(origin.map((o) => new containers.PyTuple([o.filename, o.line, o.name])));
});
