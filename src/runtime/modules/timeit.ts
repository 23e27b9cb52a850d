/*
 * timeit.ts
 * The timeit module, written in Python (our own code): Timer builds an `inner(_it, _timer)`
 * function around the statement (compiled as "<timeit-src>", as CPython's Timer does), runs it
 * `number` times with the collector disabled, and returns the timer's difference. The default
 * timer is time.perf_counter, which follows the run's clock: on the virtual clock only sleeps
 * take time, so timings are 0.0 unless the statement sleeps (as under the oracle).
 *
 * Tracebacks through the module show CPython's own frames: the module is compiled as
 * /usr/lib/python3.X/timeit.py with the lines that can appear in a traceback (marked `#@name`)
 * moved, by blank lines, to the line numbers they have in that version's timeit.py.
 */

import { registerModule, defFunction } from './registry';
import { None } from '../objects/object';
import { PyException } from '../objects/exceptions';
import { PyCodeRef, PyFunction } from '../objects/function';
import { parse } from '../parser/parser';
import { compileModule } from '../compiler/compiler';
import { runCode } from '../vm/interpreter';
import { rt } from '../objects/runtimeState';
import type { CodeObject } from '../compiler/codeObject';
import type { PythonVersion } from '../api';

const TIMEIT_PY = String.raw`"""Times small pieces of code (this runtime's timeit)."""
import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The function compiled around the statement: setup on line 3, the statement on line 6, as in
# CPython (whose tracebacks show "<timeit-src>" lines). 3.11 added the trailing pass.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
""" + ("        pass\n" if sys.version_info >= (3, 11) else "") + """    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Indents every line after the first of src by indent spaces."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Runs a statement many times and measures how long that took."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        """Compiles stmt and setup (strings or callables) into the timed function."""
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # The setup must compile on its own, outside the function.
            compile(setup, dummy_src_name, "exec")  #@compile_setup
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")  #@bad_setup
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")  #@compile_stmt
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")  #@bad_stmt
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")  #@compile_src
        exec(code, global_ns, local_ns)  #@exec_src
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception the timed code raised."""
        import traceback
        if self.src is not None:
            # CPython puts the source into linecache: "<timeit-src>" frames then show lines.
            # Before 3.13 an uncaught exception's printer reads no linecache entries, so the
            # lines are shown for this print only.
            shown = _show_source(self.inner, self.src, sys.exc_info()[1])
            try:
                traceback.print_exc(file=file)
            finally:
                if sys.version_info < (3, 13):
                    _show_source(self.inner, '', shown)
        else:
            traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Returns the time that number runs of the statement took."""
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)  #@timer_timeit
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Returns the list of repeat timings of number runs each."""
        r = []
        for i in range(repeat):
            t = self.timeit(number)  #@timer_repeat
            r.append(t)
        return r

    def autorange(self, callback=None):
        """Finds a number of runs (1, 2, 5, 10, 20...) that takes at least 0.2 s: (number, time)."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)  #@timer_autorange
                if callback: callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
                if time_taken == 0 and number >= 1000: raise NotImplementedError("timeit: autorange() cannot reach 0.2 s on the virtual clock, where only sleeps take time (use the real clock)")
            i *= 10

def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)  #@timeit

def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)  #@repeat


def main(args=None, *, _wrap_timer=None):
    raise NotImplementedError("timeit.main() (the command-line interface) is not available in this runtime")
`;

/** Where each marked line is in CPython's timeit.py: 3.7-3.9, 3.10, 3.11-3.13. */
const LINES: Record<string, [number, number, number]> = {
	compile_setup: [110, 111, 113],
	bad_setup: [119, 120, 122],
	compile_stmt: [122, 123, 125],
	bad_stmt: [129, 130, 132],
	compile_src: [132, 133, 135],
	exec_src: [133, 134, 136],
	timer_timeit: [177, 178, 180],
	timer_repeat: [205, 206, 208],
	timer_autorange: [223, 224, 226],
	timeit: [233, 234, 237],
	repeat: [238, 239, 243],
};

/** The module's source for a version: blank lines push each marked line to its CPython line. */
export function timeitSource(minor: number): string {
	const column = minor <= 9 ? 0 : minor === 10 ? 1 : 2;
	const out: string[] = [];
	for (const line of TIMEIT_PY.split('\n')) {
		const mark = /\s+#@(\w+)$/.exec(line);
		if (mark === null) {
			out.push(line);
			continue;
		}
		const target = LINES[mark[1]][column];
		if (out.length + 1 > target) throw new Error(`timeit.ts: line #@${mark[1]} is past line ${target}`);
		while (out.length + 1 < target) out.push('');
		out.push(line.slice(0, mark.index));
	}
	return out.join('\n');
}

const compiled = new Map<number, CodeObject>();

/** Gives a function's code (and the code nested in it) the text its tracebacks show. */
function showSource(code: CodeObject, source: string): void {
	code.source = source;
	for (const c of code.consts) if (c instanceof PyCodeRef) showSource(c.code, source);
}

registerModule('timeit', (m) => {
	const filename = `/usr/lib/python3.${rt.minor}/timeit.py`;
	m.dict.setStr('__file__', filename);
	defFunction(m, '_show_source', (args) => {
		const [fn, src, exc] = args;
		if (!(fn instanceof PyFunction) || typeof src !== 'string') return None;
		showSource(fn.code, src);
		// The frames already in the exception's traceback read the lines at print time too.
		for (let e: PyException | null = exc instanceof PyException ? exc : null, n = 0; e !== null && n < 100; e = e.context, n++)
			for (let t = e.traceback; t !== null; t = t.next) if (t.filename === fn.code.filename) t.source = src;
		return exc ?? None;
	});
	let code = compiled.get(rt.minor);
	if (code === undefined) {
		const source = timeitSource(rt.minor);
		const parsed = parse(source, { pythonVersion: '3.13' as PythonVersion, filename });
		if (parsed.diagnostics.length) throw new Error(`${filename}: ${parsed.diagnostics[0].message}`);
		code = compileModule(parsed.module, source, { filename, minor: rt.minor });
		compiled.set(rt.minor, code);
	}
	runCode(code, m.dict, m.dict);
}, TIMEIT_PY);
