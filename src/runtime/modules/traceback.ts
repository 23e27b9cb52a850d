/*
 * traceback.ts
 * The traceback module: print_exc, format_exc, format_exception(_only), print_exception with
 * limit= and chain= (native, on the runtime's own formatter), and in Python (our own code)
 * FrameSummary, StackSummary, extract/format/print of stacks, tracebacks and lists.
 */

import { PyObject, PyValue, None, Kwargs } from '../objects/object';
import { PyException, TracebackEntry, typeError, attributeError } from '../objects/exceptions';
import { PyList, PyTuple } from '../objects/containers';
import { PyModule } from '../objects/function';
import { call, getAttr, str as pyStr, typeName, isTrue } from '../objects/protocol';
import { asInt } from '../objects/numeric';
import { rt } from '../objects/runtimeState';
import { defFunction, sysModules } from './registry';
import { registerCachedPythonModule as registerPythonModule } from './common';
import { PyFrameRef } from '../vm/genTypes';
import { formatException, formatExceptionOnly, formatFrames, sysTracebackLimit, type FormatOptions } from '../vm/traceback';
import { currentFrame, currentHandled } from '../vm/interpreter';
import { PyTraceback, currentStack, sourceLineOf, stackTuple } from '../vm/tracebackModule';

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

/** The limit= and chain= arguments of a formatting function (at these positions or by name). */
function formatOptions(args: PyValue[], kwargs: Kwargs | null, limitAt: number, chainAt: number): FormatOptions {
	const limitArg = kwargs?.get('limit') ?? args[limitAt];
	const chainArg = kwargs?.get('chain') ?? args[chainAt];
	let limit: number | null;
	if (limitArg === undefined || limitArg === None) {
		limit = sysTracebackLimit();
		if (limit !== null && limit < 0) limit = 0;
	} else {
		const n = asInt(limitArg);
		if (n === undefined) throw typeError(`'${typeName(limitArg)}' object cannot be interpreted as an integer`);
		limit = Number(n);
	}
	return { limit, chain: chainArg === undefined ? true : isTrue(chainArg) };
}

/** Before 3.10 the functions took (etype, value, tb) with no defaults: the missing ones are named. */
function requireOldArgs(fname: string, args: PyValue[], kwargs: Kwargs | null, names: string[]): void {
	if (rt.minor >= 10) return;
	const missing = names.filter((n, i) => args.length < i + 2 && kwargs?.get(n) === undefined);
	if (missing.length === 0) return;
	const list = missing.length === 1 ? `'${missing[0]}'` : `${missing.slice(0, -1).map((n) => `'${n}'`).join(', ')} and '${missing[missing.length - 1]}'`;
	throw typeError(`${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
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

/**
 * The traceback module's stack extraction and formatting, in Python (our own code): FrameSummary,
 * StackSummary, extract/format/print of stacks, tracebacks and lists, on the natives above.
 */
const TRACEBACK_PY = String.raw`
import sys as _sys
from _pyco import hide_module_frames as _hide_module_frames


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_tb') + (
        ('end_lineno', 'colno', 'end_colno') if _sys.version_info >= (3, 11) else ())

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, _tb=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._tb = _tb
        if _sys.version_info >= (3, 11):
            self.end_lineno = end_lineno
            self.colno = colno
            self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    if _sys.version_info >= (3, 8):
        def __len__(self):
            return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(items, limit):
    # items run from the frame nearest the limit's count outwards (sys.tracebacklimit rules).
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    if limit >= 0:
        return list(items)[:limit]
    return list(items)[limit:] if -limit <= len(items) else list(items)


def walk_stack(f):
    """Yields (frame, line number) from frame f (default: the caller's) outwards."""
    if f is None:
        f = _sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, line number) for each entry of traceback tb."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary, outermost frame first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        frames = _limited(list(frame_gen), limit)
        result = klass()
        for f, lineno in frames:
            line = _frame_line(f) if lineno == f.f_lineno else None
            result.append(FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                                       line=line, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        return _format_summaries([(fs.filename, fs.lineno, fs.name, fs.line,
                                   getattr(fs, '_tb', None)) for fs in self])


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (default: the caller), as a StackSummary."""
    if f is None:
        stack = StackSummary()
        for filename, lineno, name, line in _limited(_stack(), limit):
            stack.append(FrameSummary(filename, lineno, name, line=line))
    else:
        stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """The caller's stack as printable lines (format_list of extract_stack)."""
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the caller's stack to file (default: sys.stderr)."""
    print_list(extract_stack(f, limit=limit), file=file)


def extract_tb(tb, limit=None):
    """The entries of traceback tb as a StackSummary."""
    result = StackSummary()
    for filename, lineno, name, line, entry in _limited(_tb_entries(tb), limit):
        result.append(FrameSummary(filename, lineno, name, line=line, _tb=entry))
    return result


def format_tb(tb, limit=None):
    """The entries of traceback tb as printable lines."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Prints the entries of traceback tb (at most limit of them)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """Printable lines for FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Prints format_list(extracted_list) to file (default: sys.stderr)."""
    if file is None:
        file = _sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


class TracebackException:
    """An exception ready for rendering (the attributes programs read, and format())."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._limit = limit
        if _sys.version_info >= (3, 13):
            self._exc_type = exc_type
            self._have_exc_type = exc_type is not None
            if exc_type is not None:
                self.exc_type_qualname = exc_type.__qualname__
                self.exc_type_module = exc_type.__module__
            else:
                self.exc_type_qualname = None
                self.exc_type_module = None
        else:
            self.exc_type = exc_type
        self._str = _some_str(exc_value)
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        cause = exc_value.__cause__ if exc_value is not None else None
        context = exc_value.__context__ if exc_value is not None else None
        self.__cause__ = (TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen)
                          if cause is not None and id(cause) not in _seen else None)
        self.__context__ = (TracebackException(type(context), context, context.__traceback__, limit=limit, _seen=_seen)
                            if context is not None and id(context) not in _seen else None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    if _sys.version_info >= (3, 13):
        @property
        def exc_type(self):
            import warnings
            warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                          DeprecationWarning, stacklevel=2)
            return self._exc_type

        @property
        def exc_type_str(self):
            if not self._have_exc_type:
                return None
            stype = self.exc_type_qualname
            smod = self.exc_type_module
            if smod not in ("__main__", "builtins"):
                if not isinstance(smod, str):
                    smod = "<unknown>"
                stype = smod + '.' + stype
            return stype

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of exception exc."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, **kwargs):
        """The lines naming the exception (type: message), without the stack."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(type(self._exc), self._exc)

    def format(self, *, chain=True, **kwargs):
        """The lines of the whole report, stack and chained exceptions included."""
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception(type(self._exc), self._exc, self._exc.__traceback__,
                                    limit=self._limit, chain=chain)

    if _sys.version_info >= (3, 11):
        def print(self, *, file=None, chain=True):
            """Prints the lines of format(chain=chain) to file (default: sys.stderr)."""
            if file is None:
                file = _sys.stderr
            for line in self.format(chain=chain):
                print(line, file=file, end="")


def _some_str(value):
    try:
        return str(value)
    except:
        return '<exception str() failed>'


_hide_module_frames(globals())
`;

registerPythonModule('traceback', TRACEBACK_PY, (m) => {
	// format_exception(exc, /, value, tb, limit=None, chain=True) and the others: the limit
	// keeps the outermost frames (the innermost when negative); None means sys.tracebacklimit.
	defFunction(m, 'format_exception', (args, kwargs) => {
		requireOldArgs('format_exception', args, kwargs, ['value', 'tb']);
		const e = excArg(args, kwargs);
		return new PyList(e === null ? ['NoneType: None\n'] : chunks(formatException(e, formatOptions(args, kwargs, 3, 4))));
	});
	defFunction(m, 'format_exception_only', (args, kwargs) => {
		requireOldArgs('format_exception_only', args, kwargs, ['value']);
		const e = excArg(args, kwargs);
		return new PyList(e === null ? ['NoneType: None\n'] : formatExceptionOnly(e).map((l) => l + '\n'));
	});
	defFunction(m, 'print_exception', (args, kwargs) => {
		requireOldArgs('print_exception', args, kwargs, ['value', 'tb']);
		const e = excArg(args, kwargs);
		// print_exception(exc, /, value, tb, limit=None, file=None, chain=True)
		writeTo(kwargs?.get('file') ?? args[4], e === null ? 'NoneType: None\n' : formatException(e, formatOptions(args, kwargs, 3, 5)));
		return None;
	});
	defFunction(m, 'format_exc', (args, kwargs) => {
		const e = currentHandled(currentFrame());
		// format_exc(limit=None, chain=True)
		return e === null ? 'NoneType: None\n' : formatException(e, formatOptions(args, kwargs, 0, 1));
	});
	defFunction(m, 'print_exc', (args, kwargs) => {
		const e = currentHandled(currentFrame());
		// print_exc(limit=None, file=None, chain=True)
		writeTo(kwargs?.get('file') ?? args[1], e === null ? 'NoneType: None\n' : formatException(e, formatOptions(args, kwargs, 0, 2)));
		return None;
	});
	/** _frame_line(frame) -> the stripped source line a frame is at ('' without source). */
	defFunction(m, '_frame_line', (args) => {
		const f = args[0];
		if (!(f instanceof PyFrameRef)) return '';
		return sourceLineOf(f.frame.code.source, f.frame.code.lineAt(f.frame.lasti));
	});
	/**
	 * _stack() -> [(filename, lineno, name, line)] of the running frames, innermost first (what
	 * walk_stack() gives extract_stack()), with the stdlib frames of a running event loop.
	 */
	defFunction(m, '_stack', () => new PyList(currentStack().reverse().map(stackTuple)));
	/**
	 * _getline(filename, lineno): linecache.getline for the files there are: the program's and
	 * those of the code running (found through the frames on the stack).
	 */
	defFunction(m, '_getline', (args) => {
		const [filename, lineno] = args;
		if (typeof lineno !== 'number') return '';
		for (let f = currentFrame(); f !== null; f = f.back) {
			if (f.code.filename !== filename || !f.code.source) continue;
			const text = f.code.source.split('\n')[lineno - 1];
			return text === undefined ? '' : text + '\n';
		}
		return '';
	});
	/** _tb_entries(tb) -> [(filename, lineno, name, line, tb)] for each visible entry of the chain. */
	defFunction(m, '_tb_entries', (args) => {
		const tb = args[0];
		if (tb !== None && !(tb instanceof PyTraceback)) throw attributeError(`'${typeName(tb)}' object has no attribute 'tb_frame'`);
		const out: PyValue[] = [];
		for (let e = tb instanceof PyTraceback ? tb.entry : null; e !== null; e = e.next) {
			if (e.hidden) continue;
			out.push(new PyTuple([e.filename, e.line, e.name, sourceLineOf(e.source, e.line), new PyTraceback(e)]));
		}
		return new PyList(out);
	});
	/**
	 * _format_summaries([(filename, lineno, name, line, tb or None)]) -> StackSummary.format():
	 * entries that came from a traceback keep their positions (3.11+ carets).
	 */
	defFunction(m, '_format_summaries', (args) => {
		const items = args[0] instanceof PyList ? args[0].items : [];
		let head: TracebackEntry | null = null;
		let tail: TracebackEntry | null = null;
		for (const item of items) {
			if (!(item instanceof PyTuple) || item.items.length < 5) continue;
			const [filename, lineno, name, line, tb] = item.items;
			const n = typeof lineno === 'number' ? lineno : 0;
			const text = typeof line === 'string' ? line : '';
			const entry: TracebackEntry =
				tb instanceof PyTraceback
					? { ...tb.entry, hidden: false, inlined: false, next: null }
					: { filename: pyStr(filename), name: pyStr(name), line: n, start: -1, end: -1, source: '\n'.repeat(Math.max(0, n - 1)) + text, next: null };
			if (tail === null) head = entry;
			else tail.next = entry;
			tail = entry;
		}
		return new PyList(head === null ? [] : chunks(formatFrames(head).join('\n') + '\n'));
	});
});

