/*
 * atexit.ts
 * The atexit module, written in Python (our own code) on two native helpers that print an
 * exception the way CPython's C module does. Callbacks run in LIFO order when the program ends
 * (index.ts runs `atexit._run_exitfuncs()` after threading's shutdown, as Py_FinalizeEx calls
 * _PyAtExit_Call after wait_for_thread_shutdown), also after an uncaught exception's traceback.
 */

import { None, PyValue } from '../objects/object';
import { PyException, typeError } from '../objects/exceptions';
import { PyModule } from '../objects/function';
import { call, getAttrOpt, repr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { defFunction } from './registry';
import { registerCachedPythonModule as registerPythonModule } from './common';
import { formatException, formatUnraisable } from '../vm/traceback';
import { currentFrame } from '../vm/interpreter';
import { CodeFlags } from '../compiler/codeObject';

/** Writes to sys.stderr (whatever the program put there), else the run's stderr. */
function writeStderr(text: string): void {
	const sys = rt.modules.get('sys');
	const stream = sys instanceof PyModule ? sys.dict.getStr('stderr') : undefined;
	const write = stream === undefined || stream === None ? undefined : getAttrOpt(stream, 'write');
	if (write === undefined) {
		rt.write('stderr', text);
		return;
	}
	try {
		call(write, [text]);
	} catch (err) {
		if (!(err instanceof PyException)) throw err;
	}
}

/**
 * From 3.8 the default unraisable hook gives an exception without a traceback (a C callback
 * such as int failed) the line of the Python frame running: the caller of an explicit
 * _run_exitfuncs() (none at exit, where only our hidden frames run).
 */
function withCallerFrame(exc: PyException): void {
	for (let t = exc.traceback; t !== null; t = t.next) if (!t.hidden) return;
	let f = currentFrame();
	while (f !== null && (f.code.flags & CodeFlags.HiddenFrame) !== 0) f = f.back;
	if (f === null) return;
	const code = f.code;
	const i = f.lasti >> 1;
	exc.traceback = {
		filename: code.filename,
		name: code.name,
		line: code.lineAt(f.lasti),
		start: i < code.starts.length ? code.starts[i] : -1,
		end: i < code.ends.length ? code.ends[i] : -1,
		source: code.source,
		next: null,
	};
}

function exceptionArg(v: PyValue | undefined): PyException {
	if (!(v instanceof PyException)) throw typeError('an exception instance is required');
	return v;
}

const ATEXIT_PY = String.raw`
"""Functions to call when the program ends: register() adds one, unregister() removes it."""
import sys as _sys
from _pyco import hide_from_tracebacks as _hidden

# Registration order; unregister() blanks a slot (None) rather than shifting the others, so a
# callback unregistered while the callbacks run is skipped (atexit_delete_cb in atexitmodule.c).
_callbacks = []


@_hidden
def register(func, /, *args, **kwargs):
    """Calls func(*args, **kwargs) when the program ends; returns func, so it works as a decorator."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


@_hidden
def unregister(func, /):
    """Removes every registration of func (compared with ==)."""
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


@_hidden
def _clear():
    """Forgets every registered function."""
    _callbacks.clear()


@_hidden
def _run_exitfuncs():
    """Calls the registered functions, last registered first; their errors are reported, not raised."""
    # Callbacks registered while these run are not called (the C loop's bound is fixed first),
    # and the list is emptied afterwards either way.
    last_error = None
    for i in range(len(_callbacks) - 1, -1, -1):
        entry = _callbacks[i] if i < len(_callbacks) else None
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            if _sys.version_info >= (3, 10):
                _report_unraisable(func, exc)
            elif not isinstance(exc, SystemExit):
                # 3.7-3.9 print it with PyErr_Display and re-raise the last one from an explicit
                # _run_exitfuncs() call.
                _print_error(exc)
                last_error = exc
            del exc
    _callbacks.clear()
    if last_error is not None:
        try:
            raise last_error
        finally:
            last_error = None
`;

registerPythonModule('atexit', ATEXIT_PY, (m) => {
	/** 3.10+: the default unraisable hook's report (traceback and exception, no chain). */
	defFunction(m, '_report_unraisable', (args) => {
		const exc = exceptionArg(args[1]);
		withCallerFrame(exc);
		const where = rt.minor >= 13 ? `Exception ignored in atexit callback ${reprOf(args[0])}:` : `Exception ignored in atexit callback: ${reprOf(args[0])}`;
		writeStderr(`${where}\n${formatUnraisable(exc)}`);
		return None;
	});
	/** 3.7-3.9: "Error in atexit._run_exitfuncs:" and PyErr_Display's full report. */
	defFunction(m, '_print_error', (args) => {
		writeStderr(`Error in atexit._run_exitfuncs:\n${formatException(exceptionArg(args[0]))}`);
		return None;
	});
});

function reprOf(v: PyValue | undefined): string {
	if (v === undefined) return '';
	try {
		return repr(v);
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		return '<object repr() failed>';
	}
}
