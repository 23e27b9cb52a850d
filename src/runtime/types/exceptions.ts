/*
 * exceptions.ts
 * The Python-visible behaviour of BaseException and its builtin subclasses: construction, args,
 * str/repr (KeyError, OSError, SyntaxError, ImportError, UnicodeError rules), the chaining
 * attributes, notes (3.11+), and the per-type attributes (StopIteration.value, SystemExit.code,
 * OSError.errno..., NameError.name, AttributeError.name/obj, ImportError.name/path/msg,
 * SyntaxError fields), plus BaseExceptionGroup/ExceptionGroup with subgroup/split/derive.
 */

import { PyValue, PyType, Kwargs, None, True, False, pyBool, typeOf, PyObject, PyBoxed } from '../objects/object';
import {
	PyException,
	baseExceptionType,
	BaseExceptionGroup,
	ExceptionGroup,
	Exception,
	StopIteration,
	StopAsyncIteration,
	SystemExit,
	OSError,
	NameError,
	AttributeError,
	ImportError,
	SyntaxError,
	KeyError,
	UnicodeDecodeError,
	UnicodeEncodeError,
	UnicodeError,
	BlockingIOError,
	ChildProcessError,
	BrokenPipeError,
	ConnectionAbortedError,
	ConnectionRefusedError,
	ConnectionResetError,
	FileExistsError,
	FileNotFoundError,
	InterruptedError,
	IsADirectoryError,
	NotADirectoryError,
	PermissionError,
	ProcessLookupError,
	TimeoutError,
	typeError,
	valueError,
	builtinExceptionTypes,
	IndexError,
	newException,
} from '../objects/exceptions';
import { PyTuple, PyList, newTuple, EMPTY_TUPLE } from '../objects/containers';
import {
	str as pyStr,
	repr as pyRepr,
	typeName,
	newInstanceDict,
	toArray,
	call,
	isTrue,
	noAttribute,
	getAttrOpt,
	setAttr,
} from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, setNew, getset, classMethod, exactlyOne, noKw, unexpectedKw } from './util';
import { isInstanceOf } from './type';
import { bytesLike } from './bytes';

const E = (v: PyValue): PyException => {
	if (!(v instanceof PyException)) throw typeError(`descriptor requires a 'BaseException' object but received '${typeName(v)}'`);
	return v;
};

/** Extra per-exception attribute storage (errno, value, code, name...). */
const slots = new WeakMap<PyException, Map<string, PyValue>>();
export function exSlot(e: PyException, name: string): PyValue | undefined {
	return slots.get(e)?.get(name);
}
export function setExSlot(e: PyException, name: string, v: PyValue): void {
	let m = slots.get(e);
	if (!m) {
		m = new Map();
		slots.set(e, m);
	}
	m.set(name, v);
}

/** Hooks for the VM's traceback objects (tb_frame, tb_lineno, tb_next). */
export const exceptionHooks = {
	getTraceback: (_e: PyException): PyValue => None,
	setTraceback: (e: PyException, v: PyValue): void => {
		if (v === None) e.traceback = null;
		else throw typeError('__traceback__ must be a traceback or None');
	},
};

// ---------------------------------------------------------------------------------------------
// BaseException.

function newExceptionOf(cls: PyType, args: PyValue[]): PyException {
	const alloc = cls.alloc;
	const e = alloc ? (alloc(cls) as PyException) : new PyException(cls, []);
	e.args = args;
	if (e.dict === null) e.dict = newInstanceDict();
	return e;
}

setNew(baseExceptionType, (args) => {
	const cls = args[0];
	if (!(cls instanceof PyType)) throw typeError(`BaseException.__new__(X): X is not a type object (${typeName(cls)})`);
	if (!cls.isSubtypeOf(baseExceptionType))
		throw typeError(`BaseException.__new__(${cls.name}): ${cls.name} is not a subtype of BaseException`);
	return newExceptionOf(cls, args.slice(1));
});
method(baseExceptionType, '__init__', (args, kwargs) => {
	const self = E(args[0]);
	noKw(typeName(self), kwargs);
	self.args = args.slice(1);
	return None;
});

/** str(exc) with the per-type rules. */
export function exceptionStr(e: PyException): string {
	const a = e.args;
	if (a.length === 0) return '';
	if (a.length === 1) return pyStr(a[0]);
	return pyRepr(newTuple(a.slice()));
}
method(baseExceptionType, '__str__', (args) => exceptionStr(E(args[0])));
method(baseExceptionType, '__repr__', (args) => {
	const e = E(args[0]);
	const name = e.cls.name;
	if (e.args.length === 1) return `${name}(${pyRepr(e.args[0])})`;
	return name + pyRepr(newTuple(e.args.slice()));
});
getset(
	baseExceptionType,
	'args',
	(self) => newTuple(E(self).args.slice()),
	(self, v) => {
		E(self).args = toArray(v);
	}
);
method(baseExceptionType, 'with_traceback', (args, kwargs) => {
	exactlyOne('BaseException.with_traceback', args, kwargs, 1);
	exceptionHooks.setTraceback(E(args[0]), args[1]);
	return args[0];
});
getset(
	baseExceptionType,
	'__traceback__',
	(self) => exceptionHooks.getTraceback(E(self)),
	(self, v) => exceptionHooks.setTraceback(E(self), v)
);
getset(
	baseExceptionType,
	'__cause__',
	(self) => E(self).cause ?? None,
	(self, v) => {
		const e = E(self);
		if (v === None) e.cause = null;
		else if (v instanceof PyException) e.cause = v;
		else throw typeError('exception cause must be None or derive from BaseException');
		e.suppressContext = true;
	}
);
getset(
	baseExceptionType,
	'__context__',
	(self) => E(self).context ?? None,
	(self, v) => {
		const e = E(self);
		if (v === None) e.context = null;
		else if (v instanceof PyException) e.context = v;
		else throw typeError('exception context must be None or derive from BaseException');
	}
);
getset(
	baseExceptionType,
	'__suppress_context__',
	(self) => pyBool(E(self).suppressContext),
	(self, v) => {
		E(self).suppressContext = isTrue(v);
	}
);

// Notes (3.11+): __notes__ is a list shared with PyException.notes.
const notesLists = new WeakMap<PyException, PyList>();
function notesList(e: PyException): PyList | null {
	if (e.notes === null) return null;
	let l = notesLists.get(e);
	if (!l || l.items !== e.notes) {
		l = new PyList(e.notes);
		notesLists.set(e, l);
	}
	return l;
}
getset(
	baseExceptionType,
	'__notes__',
	(self) => {
		const e = E(self);
		const other = exSlot(e, '__notes__');
		if (other !== undefined) return other;
		const l = notesList(e);
		if (l === null || rt.minor < 11) throw noAttribute(self, '__notes__');
		return l;
	},
	(self, v) => {
		const e = E(self);
		if (v instanceof PyList) {
			e.notes = v.items;
			notesLists.set(e, v);
			slots.get(e)?.delete('__notes__');
		} else {
			setExSlot(e, '__notes__', v);
			e.notes = null;
		}
	}
);
method(baseExceptionType, 'add_note', (args, kwargs) => {
	exactlyOne('BaseException.add_note', args, kwargs, 1);
	const e = E(args[0]);
	if (rt.minor < 11) throw noAttribute(e, 'add_note');
	const note = args[1];
	if (typeof note !== 'string' && !(note instanceof PyBoxed && typeof note.value === 'string'))
		throw typeError(`note must be a str, not '${typeName(note)}'`);
	if (exSlot(e, '__notes__') !== undefined) throw typeError('Cannot add note: __notes__ is not a list');
	if (e.notes === null) e.notes = [];
	e.notes.push(note);
	return None;
});
method(baseExceptionType, '__reduce__', (args) => {
	const e = E(args[0]);
	return newTuple([e.cls, newTuple(e.args.slice())]);
});
method(baseExceptionType, '__setstate__', () => None);

// ---------------------------------------------------------------------------------------------
// Attribute helpers: stored in slots, falling back to the instance dict, then to a default.

function exAttr(t: PyType, name: string, dflt: (e: PyException) => PyValue, since = 0): void {
	getset(
		t,
		name,
		(self) => {
			const e = E(self);
			const v = exSlot(e, name);
			if (v !== undefined) return v;
			const d = e.dict !== null ? e.dict.getStr(name) : undefined;
			if (d !== undefined) return d;
			if (rt.minor < since) throw noAttribute(self, name);
			return dflt(e);
		},
		(self, v) => setExSlot(E(self), name, v)
	);
}

// StopIteration / StopAsyncIteration .value
for (const t of [StopIteration, StopAsyncIteration]) {
	exAttr(t, 'value', (e) => (e.args.length ? e.args[0] : None));
	method(t, '__init__', (args, kwargs) => {
		const self = E(args[0]);
		noKw(typeName(self), kwargs);
		self.args = args.slice(1);
		setExSlot(self, 'value', self.args.length ? self.args[0] : None);
		return None;
	});
}

// SystemExit.code
exAttr(SystemExit, 'code', (e) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args.slice())));

// NameError.name, AttributeError.name/obj
function kwInit(t: PyType, names: string[]): void {
	method(t, '__init__', (args, kwargs) => {
		const self = E(args[0]);
		self.args = args.slice(1);
		if (kwargs !== null && kwargs.size > 0 && rt.minor < 10 && t !== ImportError) throw typeError(`${typeName(self)}() takes no keyword arguments`);
		if (kwargs !== null) {
			for (const [k, v] of kwargs) {
				if (!names.includes(k))
					throw typeError(
						rt.minor >= 13 ? unexpectedKw(t.name, k, names) : `'${k}' is an invalid keyword argument for ${t.name}()`
					);
				setExSlot(self, k, v);
			}
		}
		if (t === ImportError) setExSlot(self, 'msg', self.args.length === 1 ? self.args[0] : None);
		return None;
	});
}
exAttr(NameError, 'name', () => None, 10);
kwInit(NameError, ['name']);
exAttr(AttributeError, 'name', () => None, 10);
exAttr(AttributeError, 'obj', () => None, 10);
kwInit(AttributeError, ['name', 'obj']);
exAttr(ImportError, 'name', () => None);
exAttr(ImportError, 'path', () => None);
exAttr(ImportError, 'msg', (e) => (e.args.length === 1 ? e.args[0] : None));
exAttr(ImportError, 'name_from', () => None);
kwInit(ImportError, ['name', 'path', 'name_from']);
method(ImportError, '__str__', (args) => {
	const e = E(args[0]);
	const msg = exSlot(e, 'msg');
	if (msg !== undefined && msg !== None) return pyStr(msg);
	return exceptionStr(e);
});

// OSError: errno/strerror/filename/filename2, subclass by errno, str format.
const ERRNO_TYPES = new Map<number, PyType>([
	[11, BlockingIOError],
	[114, BlockingIOError],
	[115, BlockingIOError],
	[10, ChildProcessError],
	[32, BrokenPipeError],
	[108, BrokenPipeError],
	[103, ConnectionAbortedError],
	[111, ConnectionRefusedError],
	[104, ConnectionResetError],
	[17, FileExistsError],
	[2, FileNotFoundError],
	[21, IsADirectoryError],
	[20, NotADirectoryError],
	[4, InterruptedError],
	[13, PermissionError],
	[1, PermissionError],
	[3, ProcessLookupError],
	[110, TimeoutError],
]);
setNew(OSError, (args) => {
	let cls = args[0] as PyType;
	const a = args.slice(1);
	if (cls === OSError && a.length >= 2 && typeof a[0] === 'number') {
		const sub = ERRNO_TYPES.get(a[0]);
		if (sub) cls = sub;
	}
	const e = newExceptionOf(cls, a);
	initOSError(e, a);
	return e;
});
function initOSError(e: PyException, a: PyValue[]): void {
	if (a.length >= 2 && a.length <= 5) {
		setExSlot(e, 'errno', a[0]);
		setExSlot(e, 'strerror', a[1]);
		if (a.length >= 3) {
			setExSlot(e, 'filename', a[2]);
			if (a.length >= 5) setExSlot(e, 'filename2', a[4]);
			e.args = a.slice(0, 2);
		}
	}
}
method(OSError, '__init__', (args, kwargs) => {
	const self = E(args[0]);
	noKw(typeName(self), kwargs);
	return None;
});
for (const n of ['errno', 'strerror', 'filename', 'filename2']) exAttr(OSError, n, () => None);
method(OSError, '__str__', (args) => {
	const e = E(args[0]);
	const errno = exSlot(e, 'errno') ?? None;
	const strerror = exSlot(e, 'strerror') ?? None;
	const filename = exSlot(e, 'filename');
	const filename2 = exSlot(e, 'filename2');
	if (filename !== undefined && filename !== None) {
		if (filename2 !== undefined && filename2 !== None)
			return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${pyRepr(filename)} -> ${pyRepr(filename2)}`;
		return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}: ${pyRepr(filename)}`;
	}
	if (errno !== None && strerror !== None) return `[Errno ${pyStr(errno)}] ${pyStr(strerror)}`;
	return exceptionStr(e);
});

// KeyError: str of a single argument is its repr.
method(KeyError, '__str__', (args) => {
	const e = E(args[0]);
	if (e.args.length === 1) return pyRepr(e.args[0]);
	return exceptionStr(e);
});

// SyntaxError: msg, (filename, lineno, offset, text[, end_lineno, end_offset]).
const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
method(SyntaxError, '__init__', (args, kwargs) => {
	const self = E(args[0]);
	noKw(typeName(self), kwargs);
	const a = args.slice(1);
	self.args = a;
	if (a.length >= 1) setExSlot(self, 'msg', a[0]);
	if (a.length === 2) {
		const info = toArray(a[1]);
		if (rt.minor <= 9 ? info.length !== 4 : info.length < 4 || info.length > 6)
			throw newException(IndexError, 'tuple index out of range');
		info.forEach((v, i) => setExSlot(self, SYNTAX_FIELDS[i], v));
	}
	return None;
});
exAttr(SyntaxError, 'msg', (e) => (e.args.length ? e.args[0] : None));
for (const f of SYNTAX_FIELDS) exAttr(SyntaxError, f, () => None);
exAttr(SyntaxError, 'print_file_and_line', () => None);
method(SyntaxError, '__str__', (args) => {
	const e = E(args[0]);
	const msgV = exSlot(e, 'msg') ?? (e.args.length ? e.args[0] : None);
	const msg = pyStr(msgV);
	const filename = exSlot(e, 'filename');
	const lineno = exSlot(e, 'lineno');
	let fname: string | null = null;
	if (typeof filename === 'string') {
		const k = filename.lastIndexOf('/');
		fname = k >= 0 ? filename.slice(k + 1) : filename;
	}
	const haveLine = typeof lineno === 'number' || typeof lineno === 'bigint';
	if (fname !== null && haveLine) return `${msg} (${fname}, line ${String(lineno)})`;
	if (fname !== null) return `${msg} (${fname})`;
	if (haveLine) return `${msg} (line ${String(lineno)})`;
	return msg;
});

// UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason).
for (const t of [UnicodeDecodeError, UnicodeEncodeError]) {
	const names = ['encoding', 'object', 'start', 'end', 'reason'];
	method(t, '__init__', (args, kwargs) => {
		const self = E(args[0]);
		noKw(typeName(self), kwargs);
		self.args = args.slice(1);
		if (self.args.length === 5) names.forEach((n, i) => setExSlot(self, n, self.args[i]));
		return None;
	});
	for (const n of names) exAttr(t, n, () => None);
	method(t, '__str__', (args) => {
		const e = E(args[0]);
		const enc = exSlot(e, 'encoding');
		if (enc === undefined) return exceptionStr(e);
		const obj = exSlot(e, 'object')!;
		const start = Number(exSlot(e, 'start'));
		const end = Number(exSlot(e, 'end'));
		const reason = pyStr(exSlot(e, 'reason')!);
		if (t === UnicodeDecodeError) {
			const data = bytesLike(obj);
			if (end - start === 1 && data)
				return `'${pyStr(enc)}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`;
			return `'${pyStr(enc)}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
		}
		if (end - start === 1 && typeof obj === 'string') {
			const c = Array.from(obj)[start].codePointAt(0)!;
			const esc = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
			return `'${pyStr(enc)}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
		}
		return `'${pyStr(enc)}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
	});
}
void UnicodeError;

// ---------------------------------------------------------------------------------------------
// Exception groups.

export function egExceptions(e: PyException): PyValue[] {
	const v = exSlot(e, 'exceptions');
	return v instanceof PyTuple ? v.items : [];
}

setNew(BaseExceptionGroup, (args, kwargs) => {
	let cls = args[0] as PyType;
	void kwargs;
	const a = args.slice(1);
	if (a.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
	const message = a[0];
	const excs = a[1];
	if (typeof message !== 'string' && !(message instanceof PyBoxed && typeof message.value === 'string'))
		throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
	const t = typeOf(excs);
	if (typeof excs === 'string' || t.lookup('__getitem__') === undefined || t.lookup('__len__') === undefined || t.name === 'dict' || t.name === 'set')
		throw typeError('second argument (exceptions) must be a sequence');
	const items = toArray(excs);
	if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
	let nestedBase = false;
	items.forEach((x, i) => {
		if (!(x instanceof PyException)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
		if (!x.cls.isSubtypeOf(Exception)) nestedBase = true;
	});
	if (cls === BaseExceptionGroup) {
		if (!nestedBase) cls = ExceptionGroup;
	} else if (cls === ExceptionGroup) {
		if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
	} else if (nestedBase && cls.isSubtypeOf(Exception)) {
		throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
	}
	const e = newExceptionOf(cls, a);
	setExSlot(e, 'message', message);
	setExSlot(e, 'exceptions', newTuple(items));
	return e;
});
method(BaseExceptionGroup, '__init__', (args, kwargs) => {
	const self = E(args[0]);
	noKw(typeName(self), kwargs);
	self.args = args.slice(1);
	return None;
});
getset(BaseExceptionGroup, 'message', (self) => exSlot(E(self), 'message') ?? '');
getset(BaseExceptionGroup, 'exceptions', (self) => exSlot(E(self), 'exceptions') ?? EMPTY_TUPLE);
method(BaseExceptionGroup, '__str__', (args) => {
	const e = E(args[0]);
	const n = egExceptions(e).length;
	return `${pyStr(exSlot(e, 'message') ?? '')} (${n} sub-exception${n === 1 ? '' : 's'})`;
});
method(BaseExceptionGroup, 'derive', (args, kwargs) => {
	exactlyOne('BaseExceptionGroup.derive', args, kwargs, 1);
	const e = E(args[0]);
	return call(BaseExceptionGroup, [exSlot(e, 'message') ?? '', args[1]]);
});
classMethod(BaseExceptionGroup, '__class_getitem__', (args) => args[0]);

type Matcher = (e: PyException) => boolean;
function makeMatcher(cond: PyValue): Matcher {
	if (cond instanceof PyType) {
		if (!cond.isSubtypeOf(baseExceptionType)) throw badMatcher();
		return (e) => e.cls.isSubtypeOf(cond);
	}
	if (cond instanceof PyTuple) {
		for (const c of cond.items) if (!(c instanceof PyType) || !c.isSubtypeOf(baseExceptionType)) throw badMatcher();
		return (e) => isInstanceOf(e, cond);
	}
	if (typeOf(cond).lookup('__call__') !== undefined || typeOf(cond).name === 'function') return (e) => isTrue(call(cond, [e]));
	throw badMatcher();
}
function badMatcher(): PyException {
	return typeError(
		rt.minor >= 13
			? 'expected an exception type, a tuple of exception types, or a callable (other than a class)'
			: 'expected a function, exception type or tuple of exception types'
	);
}

function deriveAndCopy(eg: PyException, excs: PyValue[]): PyValue {
	const derive = getAttrOpt(eg, 'derive');
	const r = call(derive!, [new PyList(excs)]);
	if (!(r instanceof PyException) || !r.cls.isSubtypeOf(BaseExceptionGroup))
		throw typeError('derive must return an instance of BaseExceptionGroup');
	r.traceback = eg.traceback;
	r.cause = eg.cause;
	r.context = eg.context;
	if (eg.notes !== null) r.notes = eg.notes.slice();
	return r;
}

function splitGroup(e: PyException, match: Matcher, wantRest: boolean): [PyValue, PyValue] {
	if (match(e)) return [e, None];
	if (e.cls.isSubtypeOf(BaseExceptionGroup)) {
		const m: PyValue[] = [];
		const r: PyValue[] = [];
		for (const x of egExceptions(e)) {
			const [a, b] = splitGroup(x as PyException, match, wantRest);
			if (a !== None) m.push(a);
			if (wantRest && b !== None) r.push(b);
		}
		return [m.length ? deriveAndCopy(e, m) : None, wantRest && r.length ? deriveAndCopy(e, r) : None];
	}
	return [None, e];
}
method(BaseExceptionGroup, 'split', (args, kwargs) => {
	exactlyOne('BaseExceptionGroup.split', args, kwargs, 1);
	const [m, r] = splitGroup(E(args[0]), makeMatcher(args[1]), true);
	return newTuple([m, r]);
});
method(BaseExceptionGroup, 'subgroup', (args, kwargs) => {
	exactlyOne('BaseExceptionGroup.subgroup', args, kwargs, 1);
	return splitGroup(E(args[0]), makeMatcher(args[1]), false)[0];
});

/** Builds an exception instance of a builtin type as if called from Python (runs __new__/__init__). */
export function makeException(t: PyType, ...args: PyValue[]): PyException {
	return call(t, args) as PyException;
}

export { builtinExceptionTypes, True, False, PyObject, setAttr };
export type { Kwargs };
