/*
 * exceptions.ts
 * asyncio's exceptions (CPython Lib/asyncio/exceptions.py, 3.8+; in 3.7 CancelledError and
 * TimeoutError are concurrent.futures' and derive from Exception). The types depend on the
 * emulated version, so each variant is built once and chosen per run by `exc()`.
 */

import { PyType, PyValue, typeType, None } from '../../objects/object';
import {
	PyException,
	baseExceptionType,
	Exception,
	EOFError,
	RuntimeError,
	TimeoutError as BuiltinTimeoutError,
	newException,
} from '../../objects/exceptions';
import { PyDict } from '../../objects/containers';
import { rt } from '../../objects/runtimeState';
import { repr, len } from '../../objects/protocol';
import { method } from '../../types/util';

export interface AsyncioExceptions {
	CancelledError: PyType;
	TimeoutError: PyType;
	InvalidStateError: PyType;
	IncompleteReadError: PyType;
	LimitOverrunError: PyType;
	SendfileNotAvailableError: PyType;
	BrokenBarrierError: PyType;
	/** concurrent.futures._base.Error in 3.7 (the base of the others), else null. */
	Error: PyType | null;
}

function def(name: string, bases: PyType[], module: string, doc: string | null = null): PyType {
	const t = new PyType(typeType, name, bases, new Map(), { builtin: true, module });
	t.hasInstanceDict = true;
	t.ns.set('__doc__', doc ?? None);
	return t;
}

function setDictAttr(e: PyException, name: string, v: PyValue): void {
	if (!e.dict) e.dict = new PyDict();
	(e.dict as PyDict).setStr(name, v);
}

function build(variant: 7 | 8 | 11): AsyncioExceptions {
	const mod = 'asyncio.exceptions';
	let Error: PyType | null = null;
	let CancelledError: PyType;
	let TimeoutError: PyType;
	let InvalidStateError: PyType;
	if (variant === 7) {
		Error = def('Error', [Exception], 'concurrent.futures._base');
		CancelledError = def('CancelledError', [Error], 'concurrent.futures._base', 'The Future was cancelled.');
		TimeoutError = def('TimeoutError', [Error], 'concurrent.futures._base', 'The operation exceeded the given deadline.');
		InvalidStateError = def('InvalidStateError', [Error], 'asyncio.base_futures', 'The operation is not allowed in this state.');
	} else {
		CancelledError = def('CancelledError', [baseExceptionType], mod, 'The Future or Task was cancelled.');
		TimeoutError =
			variant === 11 ? BuiltinTimeoutError : def('TimeoutError', [Exception], mod, 'The operation exceeded the given deadline.');
		InvalidStateError = def('InvalidStateError', [Exception], mod, 'The operation is not allowed in this state.');
	}
	const streamsMod = variant === 7 ? 'asyncio.streams' : mod;
	const IncompleteReadError = def('IncompleteReadError', [EOFError], streamsMod);
	method(IncompleteReadError, '__init__', (args) => {
		const self = args[0] as PyException;
		const partial = args[1] ?? None;
		const expected = args[2] ?? None;
		const rexp = expected === None ? 'undefined' : repr(expected);
		self.args = [`${len(partial)} bytes read on a total of ${rexp} expected bytes`];
		setDictAttr(self, 'partial', partial);
		setDictAttr(self, 'expected', expected);
		return None;
	});
	const LimitOverrunError = def('LimitOverrunError', [Exception], streamsMod);
	method(LimitOverrunError, '__init__', (args) => {
		const self = args[0] as PyException;
		self.args = [args[1] ?? None];
		setDictAttr(self, 'consumed', args[2] ?? None);
		return None;
	});
	const SendfileNotAvailableError = def('SendfileNotAvailableError', [RuntimeError], variant === 7 ? 'asyncio.events' : mod);
	const BrokenBarrierError = def('BrokenBarrierError', [RuntimeError], mod, 'Barrier is broken by barrier.abort() call.');
	return {
		CancelledError,
		TimeoutError,
		InvalidStateError,
		IncompleteReadError,
		LimitOverrunError,
		SendfileNotAvailableError,
		BrokenBarrierError,
		Error,
	};
}

const variants = new Map<number, AsyncioExceptions>();

/** The exception types of the emulated version. */
export function exc(): AsyncioExceptions {
	const v = rt.minor <= 7 ? 7 : rt.minor <= 10 ? 8 : 11;
	let e = variants.get(v);
	if (!e) {
		e = build(v);
		variants.set(v, e);
	}
	return e;
}

/** Fast check used on hot paths: is `e` the run's CancelledError? */
export function isCancelledError(e: unknown): boolean {
	return e instanceof PyException && e.cls.isSubtypeOf(exc().CancelledError);
}

export function cancelledError(msg: PyValue | null = null): PyException {
	const t = exc().CancelledError;
	return msg === null || msg === None ? newException(t) : newException(t, msg);
}

export function invalidStateError(msg: string): PyException {
	return newException(exc().InvalidStateError, msg);
}

export function incompleteReadError(partial: PyValue, expected: PyValue): PyException {
	const t = exc().IncompleteReadError;
	const e = newException(t);
	const rexp = expected === None ? 'undefined' : repr(expected);
	e.args = [`${len(partial)} bytes read on a total of ${rexp} expected bytes`];
	setDictAttr(e, 'partial', partial);
	setDictAttr(e, 'expected', expected);
	return e;
}

export function limitOverrunError(message: string, consumed: number): PyException {
	const e = newException(exc().LimitOverrunError, message);
	setDictAttr(e, 'consumed', consumed);
	return e;
}

export const EXCEPTIONS_ALL = [
	'BrokenBarrierError',
	'CancelledError',
	'InvalidStateError',
	'TimeoutError',
	'IncompleteReadError',
	'LimitOverrunError',
	'SendfileNotAvailableError',
];
