/*
 * tracebackModule.ts
 * Python-visible traceback objects (exc.__traceback__: tb_lineno, tb_next, tb_frame) and the
 * `traceback` module (print_exc, format_exc, format_exception, format_exception_only,
 * print_exception, format_tb, extract_tb) on top of the runtime's own formatter.
 */

import { PyObject, PyValue, None, makeBuiltinType, Kwargs } from '../objects/object';
import { PyException, TracebackEntry, typeError } from '../objects/exceptions';
import { PyList, PyTuple } from '../objects/containers';
import { PyModule } from '../objects/function';
import { call, getAttr, str as pyStr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { getset, method } from '../types/util';
import { exceptionHooks } from '../types/exceptions';
import { registerModule, defFunction, sysModules } from '../modules/registry';
import { formatException, formatExceptionOnly, formatFrames } from './traceback';
import { currentFrame, currentHandled, vmHooks } from './interpreter';

export const tracebackType = makeBuiltinType('traceback');

/** A traceback object: one entry of the chain. */
export class PyTraceback extends PyObject {
	constructor(public entry: TracebackEntry) {
		super(tracebackType);
	}
}

/** The first visible entry at or after e (inlined comprehensions are hidden in 3.12+). */
function visible(e: TracebackEntry | null): TracebackEntry | null {
	while (e !== null && e.hidden) e = e.next;
	return e;
}

function wrap(e: TracebackEntry | null): PyValue {
	const v = visible(e);
	return v === null ? None : new PyTraceback(v);
}

getset(tracebackType, 'tb_lineno', (self) => (self as PyTraceback).entry.line);
getset(tracebackType, 'tb_next', (self) => wrap((self as PyTraceback).entry.next));
getset(tracebackType, 'tb_frame', () => None);
getset(tracebackType, 'tb_lasti', () => -1);

exceptionHooks.getTraceback = (e) => wrap(e.traceback);
exceptionHooks.setTraceback = (e, v) => {
	if (v === None) e.traceback = null;
	else if (v instanceof PyTraceback) e.traceback = v.entry;
	else throw typeError('__traceback__ must be a traceback or None');
};
vmHooks.makeTraceback = (exc) => wrap(exc.traceback);

/** Splits formatted text into traceback.py's list items (one per frame, one per line otherwise). */
function chunks(text: string): string[] {
	const lines = text.split('\n');
	if (lines[lines.length - 1] === '') lines.pop();
	const out: string[] = [];
	for (const l of lines) {
		if (/^\s*(\| )?\s{2}File "/.test(l) || !/^\s*(\| )?\s{4}/.test(l) || out.length === 0) out.push(l + '\n');
		else out[out.length - 1] += l + '\n';
	}
	return out;
}

/** The exception a traceback function is about: (exc) in 3.10+, or (type, value, tb). */
function excArg(args: PyValue[], kwargs: Kwargs | null): PyException | null {
	const v = args.length >= 2 ? args[1] : (args[0] ?? kwargs?.get('exc') ?? kwargs?.get('value'));
	if (v === undefined || v === None) return null;
	if (!(v instanceof PyException)) throw typeError(`Exception expected for value, ${(v as PyObject).cls?.name ?? typeof v} found`);
	return v;
}

function writeTo(file: PyValue | undefined, text: string): void {
	if (file === undefined || file === None) {
		const sys = sysModules().getStr('sys');
		if (sys instanceof PyModule) {
			call(getAttr(getAttr(sys, 'stderr'), 'write'), [text]);
			return;
		}
		rt.write('stderr', text);
		return;
	}
	call(getAttr(file, 'write'), [text]);
}

registerModule('traceback', (m) => {
	defFunction(m, 'format_exception', (args, kwargs) => {
		const e = excArg(args, kwargs);
		return new PyList(e === null ? ['NoneType: None\n'] : chunks(formatException(e)));
	});
	defFunction(m, 'format_exception_only', (args, kwargs) => {
		const e = excArg(args, kwargs);
		return new PyList(e === null ? ['NoneType: None\n'] : formatExceptionOnly(e).map((l) => l + '\n'));
	});
	defFunction(m, 'print_exception', (args, kwargs) => {
		const e = excArg(args, kwargs);
		// print_exception(exc, /, value, tb, limit=None, file=None, chain=True)
		writeTo(kwargs?.get('file') ?? args[4], e === null ? 'NoneType: None\n' : formatException(e));
		return None;
	});
	defFunction(m, 'format_exc', () => {
		const e = currentHandled(currentFrame());
		return e === null ? 'NoneType: None\n' : formatException(e);
	});
	defFunction(m, 'print_exc', (args, kwargs) => {
		const e = currentHandled(currentFrame());
		writeTo(kwargs?.get('file') ?? args[1], e === null ? 'NoneType: None\n' : formatException(e));
		return None;
	});
	defFunction(m, 'format_tb', (args) => {
		const tb = args[0];
		if (!(tb instanceof PyTraceback)) return new PyList([]);
		return new PyList(chunks(formatFrames(tb.entry).join('\n') + '\n'));
	});
	defFunction(m, 'print_tb', (args, kwargs) => {
		const tb = args[0];
		// print_tb(tb, limit=None, file=None)
		if (tb instanceof PyTraceback) writeTo(kwargs?.get('file') ?? args[2], formatFrames(tb.entry).join('\n') + '\n');
		return None;
	});
	defFunction(m, 'extract_tb', (args) => {
		const out: PyValue[] = [];
		const tb = args[0];
		for (let e = tb instanceof PyTraceback ? tb.entry : null; e !== null; e = e.next) {
			if (e.hidden) continue;
			const line = e.source?.split('\n')[e.line - 1]?.trim() ?? '';
			out.push(new PyTuple([e.filename, e.line, e.name, line]));
		}
		return new PyList(out);
	});
	method(tracebackType, '__repr__', () => '<traceback object>');
	void pyStr;
});
