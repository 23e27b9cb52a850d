#!/usr/bin/env node
// npm run bench: runs each program of tools/bench/ on our runtime (in-process, warm, from the
// same bundle the page uses) and on CPython in the same run, and prints time ratios. The bundle's
// size (initial download and total, gzip) is printed first by tools/build-runtime.mjs.
// Ratio = runtime time / CPython time (lower is better; < 1 means faster than CPython).
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const benchDir = join(root, 'tools/bench');
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
// Fresh processes that time each program (best and median over all their timed runs).
const processes = Number(process.env.BENCH_PROCESSES ?? 3);
const childAt = process.argv.indexOf('--child');
const childFile = childAt >= 0 ? process.argv[childAt + 1] : null;
// Warm-up runs before timing: V8 optimizes the interpreter loop in tiers and may deoptimize
// once when a new program shows it new value kinds; three runs let it settle.
const warmups = Number(process.env.BENCH_WARMUP ?? 3);

function findPython() {
	if (process.env.BENCH_PYTHON) return process.env.BENCH_PYTHON;
	try {
		const rootDir = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
		const p = join(rootDir, 'versions/3.13.0/bin/python3');
		if (existsSync(p)) return p;
	} catch {
		// No pyenv: fall back to python3 on PATH.
	}
	return 'python3';
}

if (childFile === null)
	execFileSync(process.execPath, [join(root, 'tools/build-runtime.mjs')], { stdio: 'inherit' });
const bundle = join(root, 'dist/runtime/pyco-runtime.mjs');
const t0 = performance.now();
const { run, prepare } = await import(pathToFileURL(bundle).href);
const loadMs = performance.now() - t0;
const python = childFile === null ? findPython() : '';
const pyVersion =
	childFile === null ? execFileSync(python, ['--version'], { encoding: 'utf8' }).trim() : '';

// BENCH_ONLY=name[,name] times only those programs (file names without .py).
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const programs = readdirSync(benchDir)
	.filter((f) => f.endsWith('.py') && f !== 'pyrun.py')
	.filter((f) => only === null || only.has(f.replace(/\.py$/, '')))
	.sort();
const rows = [];

// Time to first output: the first run() of this process (cold JIT) vs a fresh `python3 -c`.
if (childFile === null && (only === null || only.has('hello'))) {
	const src = readFileSync(join(benchDir, 'hello.py'), 'utf8');
	await prepare(src);
	let first = -1;
	const s = performance.now();
	run(src, {
		onOutput: () => {
			if (first < 0) first = performance.now() - s;
		},
	});
	let best = Infinity;
	for (let i = 0; i < repeats; i++) {
		const p0 = performance.now();
		spawnSync(python, ['-c', 'print("hi")'], { encoding: 'utf8' });
		best = Math.min(best, performance.now() - p0);
	}
	rows.push({
		name: 'first output of print("hi")',
		ours: first,
		cpython: best,
		note: `runtime cold in-process (+${loadMs.toFixed(0)} ms bundle load) vs python3 -c process`,
	});
}

// The runtime's timing of one program in a fresh process (`--child FILE`): warm-up runs, then
// `repeats` timed runs, printed as JSON. V8's speed for the same code differs from one process
// (and stretch of time) to the next on this machine, so the parent times several processes.
async function timeInThisProcess(file) {
	const src = readFileSync(join(benchDir, file), 'utf8');
	// Fetch the standard-library chunks it imports (as the page's worker does), warm up, then time.
	await prepare(src);
	let out = run(src);
	for (let i = 1; i < warmups && out.exitCode === 0; i++) out = run(src);
	if (out.exitCode !== 0) return { error: out.stderr.trim().split('\n').pop() };
	const times = [];
	for (let i = 0; i < repeats; i++) {
		const s = performance.now();
		run(src);
		times.push(performance.now() - s);
	}
	return { times };
}

if (childFile !== null) {
	console.log(JSON.stringify(await timeInThisProcess(childFile)));
	process.exit(0);
}

for (const file of programs) {
	if (file === 'hello.py') continue;
	const times = [];
	let error = null;
	for (let p = 0; p < processes && error === null; p++) {
		const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file], {
			encoding: 'utf8',
		});
		const result =
			child.status === 0
				? JSON.parse(child.stdout.trim().split('\n').pop())
				: { error: child.stderr.trim().split('\n').pop() };
		if (result.error !== undefined) error = result.error;
		else times.push(...result.times);
	}
	if (error !== null) {
		rows.push({ name: file, ours: NaN, cpython: NaN, note: `runtime failed: ${error}` });
		continue;
	}
	times.sort((a, b) => a - b);
	// CPython gets the same treatment: best over as many processes.
	let cpython = Infinity;
	for (let p = 0; p < processes; p++) {
		const r = spawnSync(
			python,
			[join(benchDir, 'pyrun.py'), join(benchDir, file), String(repeats)],
			{ encoding: 'utf8' }
		);
		cpython = Math.min(cpython, Number(r.stderr.trim().split('\n').pop()) * 1000);
	}
	const median = times[times.length >> 1];
	rows.push({
		name: file.replace(/\.py$/, ''),
		ours: times[0],
		cpython,
		note: `median ${median.toFixed(1)} ms (${(median / cpython).toFixed(2)})`,
	});
}

const pad = (s, n) => String(s).padEnd(n);
console.log(
	`\nruntime vs ${pyVersion} (runtime: best of ${processes} processes × ${repeats} runs after ${warmups} warm-up runs each; CPython: best of ${processes} processes × ${repeats} runs; ratio = runtime / CPython)\n`
);
console.log(`${pad('program', 30)}${pad('runtime ms', 13)}${pad('CPython ms', 13)}ratio`);
for (const r of rows) {
	const ratio = r.ours / r.cpython;
	console.log(
		`${pad(r.name, 30)}${pad(r.ours.toFixed(1), 13)}${pad(r.cpython.toFixed(1), 13)}${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}${r.note ? '  ' + r.note : ''}`
	);
}
