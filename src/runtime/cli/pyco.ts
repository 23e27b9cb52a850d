/*
 * pyco.ts
 * The `pyco` command line: runs a Python file on the runtime like `python3 FILE` does
 * (stdout, stderr, exit status 1 with a traceback on an uncaught exception; an uncaught
 * KeyboardInterrupt ends it with SIGINT, as CPython 3.8+ does).
 *   pyco [--python X.Y] [--clock virtual|real] [--time] [--trace] [--no-jit] FILE
 */

import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { run, PYTHON_VERSIONS, SIGINT_EXIT_CODE, type PythonVersion } from '../index';

const USAGE = 'usage: pyco [--python X.Y] [--clock virtual|real] [--time] [--trace] [--no-jit] FILE';

function main(argv: string[]): number {
	let python: PythonVersion = '3.13';
	let clock: 'virtual' | 'real' = 'virtual';
	let showTime = false;
	let trace = false;
	let jit = true;
	let file: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--python') {
			const v = argv[++i] as PythonVersion;
			if (!PYTHON_VERSIONS.includes(v)) {
				process.stderr.write(`pyco: unsupported --python ${v} (choose ${PYTHON_VERSIONS.join(', ')})\n`);
				return 2;
			}
			python = v;
		} else if (a === '--clock') {
			const v = argv[++i];
			if (v !== 'virtual' && v !== 'real') {
				process.stderr.write(`pyco: --clock must be virtual or real\n`);
				return 2;
			}
			clock = v;
		} else if (a === '--time') showTime = true;
		else if (a === '--trace') trace = true;
		else if (a === '--no-jit') jit = false;
		else if (a === '-h' || a === '--help') {
			process.stdout.write(USAGE + '\n');
			return 0;
		} else if (file === null) file = a;
		else {
			process.stderr.write(USAGE + '\n');
			return 2;
		}
	}
	if (file === null) {
		process.stderr.write(USAGE + '\n');
		return 2;
	}
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (e) {
		process.stderr.write(`pyco: can't open file '${file}': ${(e as Error).message}\n`);
		return 2;
	}
	const result = run(source, {
		python,
		clock,
		// CPython 3.9+ makes the script's path absolute (__file__, tracebacks).
		filename: Number(python.split('.')[1]) >= 9 ? resolvePath(file) : file,
		trace,
		jit,
		onOutput: (c) => (c.stream === 'stdout' ? process.stdout : process.stderr).write(c.text),
	});
	if (showTime) {
		process.stderr.write(`Wall time ${result.wallTime.toFixed(2)} s (${clock === 'virtual' ? 'simulated' : 'real'}) · ran in ${Math.round(result.realTime)} ms\n`);
	}
	if (trace) process.stderr.write(JSON.stringify(result.trace) + '\n');
	if (result.exitCode === SIGINT_EXIT_CODE && result.error?.type === 'KeyboardInterrupt') return KILLED_BY_SIGINT;
	return result.exitCode;
}

/** main()'s answer for "end like CPython 3.8+ on an uncaught KeyboardInterrupt". */
const KILLED_BY_SIGINT = -2;

// A reader that closed the pipe early (`pyco FILE | head`): stop quietly with status 1, where
// CPython reports BrokenPipeError, instead of crashing on Node's unhandled 'error' event.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code !== 'EPIPE') throw e;
		process.exit(1);
	});
}

const status = main(process.argv.slice(2));
if (status === KILLED_BY_SIGINT) {
	// CPython re-raises SIGINT on itself with the default handler: the parent sees a process
	// killed by SIGINT (a shell: 130). Flush stdout and stderr first (pipes are asynchronous).
	process.stdout.write('', () =>
		process.stderr.write('', () => {
			process.removeAllListeners('SIGINT');
			process.kill(process.pid, 'SIGINT');
		})
	);
} else process.exitCode = status;
