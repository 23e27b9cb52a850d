/*
 * io.ts
 * Text streams: `_io.TextIOWrapper` objects for sys.stdout/sys.stderr (write() goes to
 * rt.write) and `_io.StringIO`, an in-memory text buffer usable as print(file=...).
 */

import { PyObject, PyType, PyValue, None, True, False, pyBool, makeBuiltinType, objectType, PyBoxed } from '../objects/object';
import { typeError, valueError, newException, OSError } from '../objects/exceptions';
import { PyList } from '../objects/containers';
import { toArray, typeName, newInstanceDict, registerIdentityHashType, PyIteratorBase, objectId, call, getAttr } from '../objects/protocol';
import { rt } from '../objects/runtimeState';
import { method, setNew, bindArgs, exactlyOne, getset, posOnly, dottedTypeName } from './util';
import { asInt } from '../objects/numeric';

export const textIOWrapperType = dottedTypeName(makeBuiltinType('TextIOWrapper', objectType, null, '_io'));
export const stringIOType = dottedTypeName(makeBuiltinType('StringIO', objectType, (cls) => new PyStringIO(cls), '_io'));
registerIdentityHashType(textIOWrapperType);

function strArg(v: PyValue, what: string): string {
	if (typeof v === 'string') return v;
	if (v instanceof PyBoxed && typeof v.value === 'string') return v.value;
	throw typeError(`${what} argument must be str, not ${typeName(v)}`);
}

export class PyTextStream extends PyObject {
	closed = false;
	constructor(public stream: 'stdout' | 'stderr') {
		super(textIOWrapperType);
	}
}

/** A new stdout/stderr stream object for the sys module. */
export function newStdStream(stream: 'stdout' | 'stderr'): PyTextStream {
	return new PyTextStream(stream);
}

const TS = (v: PyValue): PyTextStream => v as PyTextStream;
method(textIOWrapperType, 'write', (args, kwargs) => {
	exactlyOne('write', args, kwargs, 1);
	const s = strArg(args[1], 'write()');
	const t = TS(args[0]);
	if (t.closed) throw valueError('I/O operation on closed file.');
	rt.write(t.stream, s);
	return s.length;
});
method(textIOWrapperType, 'writelines', (args, kwargs) => {
	exactlyOne('writelines', args, kwargs, 1);
	const t = TS(args[0]);
	for (const line of toArray(args[1])) rt.write(t.stream, strArg(line, 'write()'));
	return None;
});
method(textIOWrapperType, 'flush', () => None);
method(textIOWrapperType, 'isatty', () => False);
method(textIOWrapperType, 'readable', () => False);
method(textIOWrapperType, 'writable', () => True);
method(textIOWrapperType, 'seekable', () => False);
method(textIOWrapperType, 'fileno', (args) => (TS(args[0]).stream === 'stdout' ? 1 : 2));
method(textIOWrapperType, 'close', (args) => {
	TS(args[0]).closed = true;
	return None;
});
method(textIOWrapperType, 'read', () => {
	throw newException(UnsupportedOperation(), 'not readable');
});
method(textIOWrapperType, 'readline', () => {
	throw newException(UnsupportedOperation(), 'not readable');
});
method(textIOWrapperType, '__repr__', (args) => `<_io.TextIOWrapper name='<${TS(args[0]).stream}>' mode='w' encoding='utf-8'>`);
method(textIOWrapperType, '__enter__', (args) => args[0]);
method(textIOWrapperType, '__exit__', () => None);
getset(textIOWrapperType, 'name', (self) => `<${TS(self).stream}>`);
getset(textIOWrapperType, 'mode', () => 'w');
getset(textIOWrapperType, 'encoding', () => 'utf-8');
getset(textIOWrapperType, 'errors', () => 'strict');
getset(textIOWrapperType, 'closed', (self) => pyBool(TS(self).closed));
getset(textIOWrapperType, 'line_buffering', () => False);

let unsupported: PyType | null = null;
/** io.UnsupportedOperation (subclass of OSError and ValueError). */
export function UnsupportedOperation(): PyType {
	if (unsupported === null) {
		unsupported = new PyType(objectType.cls, 'UnsupportedOperation', [OSError, valueError('').cls], new Map(), { module: 'io', builtin: true });
		unsupported.hasInstanceDict = true;
	}
	return unsupported;
}

// ---------------------------------------------------------------------------------------------
// StringIO

export class PyStringIO extends PyObject {
	buf = '';
	pos = 0;
	closed = false;
	constructor(cls: PyType = stringIOType) {
		super(cls);
	}
}
const SIO = (v: PyValue): PyStringIO => {
	const s = v as PyStringIO;
	return s;
};
function checkOpen(s: PyStringIO): void {
	if (s.closed) throw valueError('I/O operation on closed file.');
}

setNew(stringIOType, (args) => {
	const cls = args[0] as PyType;
	const s = new PyStringIO(cls);
	if (cls.hasInstanceDict) s.dict = newInstanceDict();
	return s;
});
method(stringIOType, '__init__', (args, kwargs) => {
	const s = SIO(args[0]);
	const [initial, newline] = bindArgs({ name: 'StringIO', params: ['initial_value', 'newline'] }, args, kwargs, 1);
	void newline;
	s.buf = initial === undefined || initial === None ? '' : strArg(initial, 'initial_value');
	s.pos = 0;
	return None;
});

/** Appends/overwrites text at the current position (StringIO.write). */
export function stringIOWrite(s: PyStringIO, text: string): number {
	checkOpen(s);
	if (s.pos === s.buf.length) s.buf += text;
	else {
		const pad = s.pos > s.buf.length ? '\0'.repeat(s.pos - s.buf.length) : '';
		s.buf = s.buf.slice(0, s.pos) + pad + text + s.buf.slice(s.pos + text.length);
	}
	s.pos += text.length;
	return text.length;
}
method(stringIOType, 'write', (args, kwargs) => {
	exactlyOne('write', args, kwargs, 1);
	const v = args[1];
	if (typeof v !== 'string' && !(v instanceof PyBoxed && typeof v.value === 'string'))
		throw typeError(`string argument expected, got '${typeName(v)}'`);
	return stringIOWrite(SIO(args[0]), typeof v === 'string' ? v : (v.value as string));
});
method(stringIOType, 'writelines', (args, kwargs) => {
	exactlyOne('writelines', args, kwargs, 1);
	const s = SIO(args[0]);
	for (const line of toArray(args[1])) stringIOWrite(s, strArg(line, 'write()'));
	return None;
});
method(stringIOType, 'getvalue', (args) => {
	checkOpen(SIO(args[0]));
	return SIO(args[0]).buf;
});
function sizeArg(v: PyValue | undefined): number {
	if (v === undefined || v === None) return -1;
	const n = asInt(v);
	if (n === undefined) throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
	return Number(n);
}
method(stringIOType, 'read', (args, kwargs) => {
	posOnly('read', args, kwargs, 0, 1, 1);
	const s = SIO(args[0]);
	checkOpen(s);
	const n = sizeArg(args[1]);
	const end = n < 0 ? s.buf.length : Math.min(s.buf.length, s.pos + n);
	const r = s.pos < s.buf.length ? s.buf.slice(s.pos, end) : '';
	s.pos = Math.max(s.pos, end);
	return r;
});
function readline(s: PyStringIO, limit = -1): string {
	checkOpen(s);
	if (s.pos >= s.buf.length) return '';
	let end = s.buf.indexOf('\n', s.pos);
	end = end < 0 ? s.buf.length : end + 1;
	if (limit >= 0) end = Math.min(end, s.pos + limit);
	const r = s.buf.slice(s.pos, end);
	s.pos = end;
	return r;
}
method(stringIOType, 'readline', (args, kwargs) => {
	posOnly('readline', args, kwargs, 0, 1, 1);
	return readline(SIO(args[0]), sizeArg(args[1]));
});
method(stringIOType, 'readlines', (args) => {
	const s = SIO(args[0]);
	const out: PyValue[] = [];
	for (;;) {
		const l = readline(s);
		if (l === '') break;
		out.push(l);
	}
	return new PyList(out);
});
method(stringIOType, 'seek', (args, kwargs) => {
	posOnly('seek', args, kwargs, 1, 2, 1);
	const s = SIO(args[0]);
	checkOpen(s);
	const pos = sizeArg(args[1]);
	const whence = args.length > 2 ? sizeArg(args[2]) : 0;
	if (whence === 0) {
		if (pos < 0) throw valueError(`Negative seek position ${pos}`);
		s.pos = pos;
	} else if (whence === 1) {
		if (pos !== 0) throw newException(OSError, "Can't do nonzero cur-relative seeks");
	} else if (whence === 2) {
		if (pos !== 0) throw newException(OSError, "Can't do nonzero end-relative seeks");
		s.pos = s.buf.length;
	} else throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
	return s.pos;
});
method(stringIOType, 'tell', (args) => {
	checkOpen(SIO(args[0]));
	return SIO(args[0]).pos;
});
method(stringIOType, 'truncate', (args, kwargs) => {
	posOnly('truncate', args, kwargs, 0, 1, 1);
	const s = SIO(args[0]);
	checkOpen(s);
	const n = args.length > 1 && args[1] !== None ? sizeArg(args[1]) : s.pos;
	if (n < 0) throw valueError(`Negative size value ${n}`);
	s.buf = s.buf.slice(0, n);
	return n;
});
method(stringIOType, 'close', (args) => {
	SIO(args[0]).closed = true;
	return None;
});
method(stringIOType, 'flush', () => None);
method(stringIOType, 'isatty', () => False);
method(stringIOType, 'readable', () => True);
method(stringIOType, 'writable', () => True);
method(stringIOType, 'seekable', () => True);
method(stringIOType, '__enter__', (args) => {
	checkOpen(SIO(args[0]));
	return args[0];
});
method(stringIOType, '__exit__', (args) => {
	SIO(args[0]).closed = true;
	return None;
});
method(stringIOType, '__iter__', (args) => args[0]);
method(stringIOType, '__next__', (args) => {
	const l = readline(SIO(args[0]));
	if (l === '') throw newException(stopIterationType());
	return l;
});
getset(stringIOType, 'closed', (self) => pyBool(SIO(self).closed));
getset(stringIOType, 'line_buffering', () => False);
getset(stringIOType, 'newlines', () => None);

import { StopIteration } from '../objects/exceptions';
const stopIterationType = (): PyType => StopIteration;

/** print()'s write: to a file object through its write() method. */
export function writeTo(file: PyValue, text: string): void {
	if (file instanceof PyTextStream) {
		if (file.closed) throw valueError('I/O operation on closed file.');
		rt.write(file.stream, text);
		return;
	}
	if (file instanceof PyStringIO && file.cls === stringIOType) {
		stringIOWrite(file, text);
		return;
	}
	call(getAttr(file, 'write'), [text]);
}

export { PyIteratorBase, objectId };
