/*
 * exceptions.ts
 * The BaseException hierarchy of CPython 3.13 and helpers to raise Python exceptions from
 * native code. Python exceptions travel through JavaScript as thrown PyException objects.
 */

import { PyObject, PyType, PyValue, typeType, objectType, None } from './object';

/** One traceback entry (CPython's tb object): the frame's code name/file and the line. */
export interface TracebackEntry {
	filename: string;
	name: string;
	line: number;
	/** Source offsets of the failing expression (for 3.11+ carets), -1 when unknown. */
	start: number;
	end: number;
	/** The source text of that file, for printing the line. */
	source: string | null;
	/** Hidden from printed tracebacks (inlined comprehensions of 3.12+). */
	hidden?: boolean;
	/** An inlined comprehension of 3.12+: its caller's entry shows this entry's position. */
	inlined?: boolean;
	/**
	 * Values the frame keeps alive while the traceback lives (CPython's tb_frame and its
	 * locals): the unstarted coroutines among the frame's variables, or those a synthetic frame
	 * of the stdlib holds (a coroutine passed to asyncio.run(), say). Used only to decide when
	 * an unstarted coroutine is collected ("never awaited").
	 */
	holds?: PyValue[];
	next: TracebackEntry | null;
}

export class PyException extends PyObject {
	args: PyValue[];
	/** Head of the traceback chain: the outermost frame first, as tb_next goes deeper. */
	traceback: TracebackEntry | null = null;
	cause: PyException | null = null;
	context: PyException | null = null;
	suppressContext = false;
	notes: PyValue[] | null = null;
	constructor(cls: PyType, args: PyValue[]) {
		super(cls);
		this.args = args;
	}
}

export const baseExceptionType = new PyType(typeType, 'BaseException', [objectType], new Map(), {
	builtin: true,
	alloc: (cls) => new PyException(cls, []),
});
baseExceptionType.hasInstanceDict = true;

const registry = new Map<string, PyType>();
registry.set('BaseException', baseExceptionType);

function def(name: string, base: PyType | PyType[], module = 'builtins'): PyType {
	const bases = Array.isArray(base) ? base : [base];
	const t = new PyType(typeType, name, bases, new Map(), { builtin: true, module });
	t.hasInstanceDict = true;
	registry.set(name, t);
	return t;
}

export const BaseExceptionGroup = def('BaseExceptionGroup', baseExceptionType);
export const GeneratorExit = def('GeneratorExit', baseExceptionType);
export const KeyboardInterrupt = def('KeyboardInterrupt', baseExceptionType);
export const SystemExit = def('SystemExit', baseExceptionType);
export const Exception = def('Exception', baseExceptionType);
export const ArithmeticError = def('ArithmeticError', Exception);
export const FloatingPointError = def('FloatingPointError', ArithmeticError);
export const OverflowError = def('OverflowError', ArithmeticError);
export const ZeroDivisionError = def('ZeroDivisionError', ArithmeticError);
export const AssertionError = def('AssertionError', Exception);
export const AttributeError = def('AttributeError', Exception);
export const BufferError = def('BufferError', Exception);
export const EOFError = def('EOFError', Exception);
export const ExceptionGroup = def('ExceptionGroup', [BaseExceptionGroup, Exception]);
export const ImportError = def('ImportError', Exception);
export const ModuleNotFoundError = def('ModuleNotFoundError', ImportError);
export const LookupError = def('LookupError', Exception);
export const IndexError = def('IndexError', LookupError);
export const KeyError = def('KeyError', LookupError);
export const MemoryError = def('MemoryError', Exception);
export const NameError = def('NameError', Exception);
export const UnboundLocalError = def('UnboundLocalError', NameError);
export const OSError = def('OSError', Exception);
export const BlockingIOError = def('BlockingIOError', OSError);
export const ChildProcessError = def('ChildProcessError', OSError);
export const ConnectionError = def('ConnectionError', OSError);
export const BrokenPipeError = def('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = def('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = def('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = def('ConnectionResetError', ConnectionError);
export const FileExistsError = def('FileExistsError', OSError);
export const FileNotFoundError = def('FileNotFoundError', OSError);
export const InterruptedError = def('InterruptedError', OSError);
export const IsADirectoryError = def('IsADirectoryError', OSError);
export const NotADirectoryError = def('NotADirectoryError', OSError);
export const PermissionError = def('PermissionError', OSError);
export const ProcessLookupError = def('ProcessLookupError', OSError);
export const TimeoutError = def('TimeoutError', OSError);
export const ReferenceError = def('ReferenceError', Exception);
export const RuntimeError = def('RuntimeError', Exception);
export const NotImplementedError = def('NotImplementedError', RuntimeError);
export const RecursionError = def('RecursionError', RuntimeError);
export const StopAsyncIteration = def('StopAsyncIteration', Exception);
export const StopIteration = def('StopIteration', Exception);
export const SyntaxError = def('SyntaxError', Exception);
export const IndentationError = def('IndentationError', SyntaxError);
export const TabError = def('TabError', IndentationError);
export const SystemError = def('SystemError', Exception);
export const TypeError = def('TypeError', Exception);
export const ValueError = def('ValueError', Exception);
export const UnicodeError = def('UnicodeError', ValueError);
export const UnicodeDecodeError = def('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = def('UnicodeEncodeError', UnicodeError);
export const Warning = def('Warning', Exception);
export const BytesWarning = def('BytesWarning', Warning);
export const DeprecationWarning = def('DeprecationWarning', Warning);
export const FutureWarning = def('FutureWarning', Warning);
export const ImportWarning = def('ImportWarning', Warning);
export const PendingDeprecationWarning = def('PendingDeprecationWarning', Warning);
export const ResourceWarning = def('ResourceWarning', Warning);
export const RuntimeWarning = def('RuntimeWarning', Warning);
export const SyntaxWarning = def('SyntaxWarning', Warning);
export const UnicodeWarning = def('UnicodeWarning', Warning);
export const UserWarning = def('UserWarning', Warning);

/** Every builtin exception type by name (for the builtins module). */
export const builtinExceptionTypes: ReadonlyMap<string, PyType> = registry;

/** Creates an exception instance of a builtin type with the given args. */
export function newException(type: PyType, ...args: PyValue[]): PyException {
	return new PyException(type, args);
}

/** Shorthands used throughout the runtime: `throw typeError('...')`. */
export const typeError = (msg: string): PyException => newException(TypeError, msg);
export const valueError = (msg: string): PyException => newException(ValueError, msg);
export const indexError = (msg: string): PyException => newException(IndexError, msg);
export const keyError = (key: PyValue): PyException => newException(KeyError, key);
export const attributeError = (msg: string): PyException => newException(AttributeError, msg);
export const runtimeError = (msg: string): PyException => newException(RuntimeError, msg);
export const zeroDivisionError = (msg: string): PyException => newException(ZeroDivisionError, msg);
export const overflowError = (msg: string): PyException => newException(OverflowError, msg);
export const notImplementedError = (msg: string): PyException =>
	newException(NotImplementedError, msg);
export const nameError = (msg: string): PyException => newException(NameError, msg);
export const stopIteration = (value: PyValue = None): PyException =>
	value === None ? newException(StopIteration) : newException(StopIteration, value);

export function isExceptionType(t: PyType): boolean {
	return t.isSubtypeOf(baseExceptionType);
}
