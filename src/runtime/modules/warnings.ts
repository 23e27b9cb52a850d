/*
 * warnings.ts
 * The warnings module in Python (our own code), with CPython's default filters (a
 * DeprecationWarning shows when triggered in __main__ and is ignored elsewhere; other
 * categories show once per location), filterwarnings/simplefilter/resetwarnings,
 * catch_warnings(record=...), and CPython's output format on sys.stderr:
 *   <main>:LINE: Category: message
 *     source line
 * Message and module filters are regular expressions matched with a small JS translation.
 * emitWarning() lets native code warn as if the Python caller had called warnings.warn().
 */

import { PyType, PyValue, None } from '../objects/object';
import { PyModule } from '../objects/function';
import { call, getAttr } from '../objects/protocol';
import { loadModule, sysModules } from './registry';
import { warnHook } from '../vm/warnings';
import { registerCachedPythonModule as registerPythonModule } from './common';

const WARNINGS_PY = String.raw`
"""Python part of the warnings subsystem."""
import sys
import _pyco

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]
if sys.version_info >= (3, 13):
    __all__.append("deprecated")

_MINOR = sys.version_info[1]
_source_lines = {}


class _Pattern:
    __slots__ = ('pattern', 'ignorecase')

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase

    def match(self, text):
        return _pyco.re_match(self.pattern, text, self.ignorecase, False)

    def __repr__(self):
        if self.ignorecase:
            return f're.compile({self.pattern!r}, re.IGNORECASE)'
        return f're.compile({self.pattern!r})'

    def __eq__(self, other):
        return isinstance(other, _Pattern) and other.pattern == self.pattern and other.ignorecase == self.ignorecase

    def __hash__(self):
        return hash(self.pattern)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        line = _source_lines.get((msg.filename, msg.lineno))
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # This runtime has no tracemalloc, so it is never tracing (CPython's hint).
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    if action not in {"error", "ignore", "always", "default", "module", "once"}:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    if action not in {"error", "ignore", "always", "default", "module", "once"}:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


@_pyco.hide_from_tracebacks
def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    if not isinstance(stacklevel, int):
        raise TypeError("'{}' object cannot be interpreted as an integer".format(type(stacklevel).__name__))
    info = _pyco.caller(stacklevel if stacklevel > 0 else 1)
    if info is None:
        globals = sys.__dict__
        filename = "<sys>" if _MINOR >= 12 else "sys"
        lineno = 0 if _MINOR >= 12 else 1
    else:
        filename, lineno, globals, line, _name = info
        _source_lines[(filename, lineno)] = line
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


@_pyco.hide_from_tracebacks
def _warn_native(message, category, filename, lineno, line, module_globals, source=None):
    # A warning issued by the runtime's native code at an explicit place.
    _source_lines[(filename, lineno)] = line
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module_globals.get('__name__', '<string>'),
                  registry, module_globals, source)


@_pyco.hide_from_tracebacks
def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and
            issubclass(category, cat) and
            (mod is None or (mod == module if isinstance(mod, str) else mod.match(module))) and
            (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always" or action == "all":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(
              "Unrecognized action (%r) in warnings.filters:\n %s" %
              (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                    "line : %r}" % (self.message, self._category_name,
                                    self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


class deprecated:
    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(
                f"Expected an object of type str for 'message', not {type(message).__name__!r}"
            )
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        msg = self.message
        category = self.category
        stacklevel = self.stacklevel
        if category is None:
            arg.__deprecated__ = msg
            return arg
        elif isinstance(arg, type):
            original_new = arg.__new__

            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(msg, category=category, stacklevel=stacklevel + 1)
                if original_new is not object.__new__:
                    return original_new(cls, *args, **kwargs)
                elif cls.__init__ is object.__init__ and (args or kwargs):
                    raise TypeError(f"{cls.__name__}() takes no arguments")
                else:
                    return original_new(cls)

            arg.__new__ = staticmethod(__new__)
            arg.__deprecated__ = __new__.__deprecated__ = msg
            return arg
        elif callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(msg, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = msg
            return wrapper
        else:
            raise TypeError(
                "@deprecated decorator with non-None category must be applied to "
                f"a class or callable, not {arg!r}"
            )


if _MINOR < 13:
    del deprecated

_filters_version = [1]


def _filters_mutated():
    _filters_version[0] += 1


defaultaction = "default"
onceregistry = {}
filters = []
# CPython's default filters (non-debug build, no -W options).
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
`;

registerPythonModule('warnings', WARNINGS_PY);

// Native code warns through warnHook. Once the program has imported warnings, its filters
// (simplefilter("error"), catch_warnings(record=True), ...) apply to those warnings too; before,
// only CPython's default filters can be in effect, which the hook's default applies itself.
/** The warnings module of this run once the program imported it (fully), else null. */
function importedWarnings(): PyModule | null {
	const w = sysModules().getStr('warnings');
	return w instanceof PyModule && w.dict.hasStr('_warn_native') ? w : null;
}
warnHook.warn = (category, message, stacklevel = 1) => {
	if (importedWarnings() !== null) emitWarning(category, message, stacklevel);
	else warnHook.defaultWarn(category, message, stacklevel);
};
warnHook.warnAt = (category, message, f, line, source) => {
	const w = importedWarnings();
	if (w === null || f === null) {
		warnHook.defaultWarnAt(category, message, f, line, source);
		return;
	}
	const text = (f.code.source ?? '').split('\n')[line - 1]?.trim() ?? '';
	call(getAttr(w, '_warn_native'), [message, category, f.code.filename, line, text, f.globals, source ?? None]);
};

/**
 * Issues a warning from native code as warnings.warn(message, category, stacklevel) would when
 * called by the Python code that called the native function (stacklevel 1 = that caller).
 */
export function emitWarning(category: PyType, message: string, stacklevel = 1): void {
	const w = loadModule('warnings');
	const warn = getAttr(w, 'warn');
	call(warn, [message, category, stacklevel] as PyValue[]);
}
