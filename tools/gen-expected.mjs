#!/usr/bin/env node
/*
 * gen-expected.mjs
 * Generates tests/conformance/expected/<area>/<name>.<version>.json by running every case of
 * tests/conformance/cases/ under the real CPython of each requested version, through the
 * virtual-clock oracle tools/vclock.py.
 *
 *   node tools/gen-expected.mjs                  regenerate everything (deletes stale files)
 *   node tools/gen-expected.mjs --only asyncio   only ids starting with "asyncio" (repeatable;
 *                                                "area/name" selects one case)
 *   node tools/gen-expected.mjs --check          regenerate in memory, report differences
 *   node tools/gen-expected.mjs -j 4             parallel jobs (default 2)
 *   node tools/gen-expected.mjs --selfcheck      check the oracle itself: run every case that
 *                                                uses neither asyncio nor time as a plain
 *                                                main.py and compare with expected/ (only
 *                                                sys.argv[0] may legitimately differ)
 *   node tools/gen-expected.mjs --update-known-failures
 *                                                run the corpus on src/runtime and rewrite
 *                                                tests/conformance/known-failures.txt
 *
 * Every program runs twice; a program whose two runs differ is refused (not written) and
 * reported, and so is a program that deadlocks. Programs taking more than 2 s are flagged.
 * Interpreters: $PYCO_PYTHON_3_13 (etc.) if set, else the newest $(pyenv root)/versions/3.13.*.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	EXPECTED_DIR,
	expectedPath,
	listCases,
	normaliseOutput,
} from '../tests/conformance/corpus.mjs';

import { ROOT, pool, pythonFor, runOracle } from './oracle.mjs';

const SLOW_SECONDS = 2;

function parseArgs(argv) {
	const opts = {
		only: [],
		check: false,
		selfcheck: false,
		jobs: 2,
		updateKnownFailures: false,
		verbose: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--only') opts.only.push(argv[++i]);
		else if (a.startsWith('--only=')) opts.only.push(a.slice(7));
		else if (a === '--check') opts.check = true;
		else if (a === '--selfcheck') opts.selfcheck = true;
		else if (a === '-j' || a === '--jobs') opts.jobs = Number(argv[++i]);
		else if (a === '--update-known-failures') opts.updateKnownFailures = true;
		else if (a === '-v' || a === '--verbose') opts.verbose = true;
		else if (a === '-h' || a === '--help') {
			console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
			process.exit(0);
		} else {
			console.error(`unknown argument: ${a}`);
			process.exit(2);
		}
	}
	return opts;
}

function record(res) {
	return {
		stdout: normaliseOutput(res.stdout),
		stderr: normaliseOutput(res.stderr),
		exitCode: res.exitCode,
	};
}

function serialise(rec) {
	return JSON.stringify(rec, null, 2) + '\n';
}

function firstDiff(a, b) {
	for (const k of ['stdout', 'stderr', 'exitCode']) {
		if (a[k] !== b[k]) {
			if (typeof a[k] !== 'string') return `${k}: ${a[k]} != ${b[k]}`;
			const la = a[k].split('\n');
			const lb = b[k].split('\n');
			for (let i = 0; i < Math.max(la.length, lb.length); i++) {
				if (la[i] !== lb[i])
					return `${k} line ${i + 1}: ${JSON.stringify(la[i])} != ${JSON.stringify(lb[i])}`;
			}
		}
	}
	return 'identical';
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.updateKnownFailures) {
		const script = join(ROOT, 'tests', 'conformance', 'update-known-failures.ts');
		const r = spawnSync('npx', ['tsx', script, ...opts.only.flatMap((o) => ['--only', o])], {
			stdio: 'inherit',
			cwd: ROOT,
		});
		process.exit(r.status ?? 1);
	}
	const selected = listCases().filter(
		(c) => opts.only.length === 0 || opts.only.some((o) => c.id === o || c.id.startsWith(o))
	);
	const jobs = [];
	for (const c of selected) for (const v of c.versions) jobs.push({ c, v });
	if (opts.selfcheck) {
		const timeFree = jobs.filter(({ c }) => !/asyncio|\btime\b|%time/.test(c.source));
		const bad = [];
		await pool(timeFree, opts.jobs, async ({ c, v }) => {
			const key = `${c.id}@${v}`;
			const exp = existsSync(expectedPath(c.id, v))
				? JSON.parse(readFileSync(expectedPath(c.id, v), 'utf8'))
				: undefined;
			if (!exp) return;
			try {
				const plain = record(await runOracle(pythonFor(v), c.file, true));
				if (serialise(plain) !== serialise(exp)) bad.push(`${key}: ${firstDiff(exp, plain)}`);
			} catch (e) {
				bad.push(`${key}: ${e.message}`);
			}
		});
		console.log(
			`selfcheck: ${timeFree.length} case-versions run as plain main.py, ${bad.length} differ from the oracle`
		);
		if (bad.length) console.log('  ' + bad.sort().join('\n  '));
		process.exit(0);
	}
	const refused = [];
	const slow = [];
	const diffs = [];
	const written = [];
	const wanted = new Set();
	let done = 0;
	const t0 = Date.now();
	await pool(jobs, opts.jobs, async ({ c, v }) => {
		const key = `${c.id}@${v}`;
		const path = expectedPath(c.id, v);
		wanted.add(path);
		let a;
		let b;
		try {
			const py = pythonFor(v);
			a = await runOracle(py, c.file, c.oracle === 'plain');
			b = await runOracle(py, c.file, c.oracle === 'plain');
		} catch (e) {
			refused.push(`${key}: oracle error: ${e.message}`);
			return;
		}
		done++;
		if (opts.verbose) console.log(`[${done}/${jobs.length}] ${key} ${a.seconds.toFixed(2)}s`);
		const ra = record(a);
		const rb = record(b);
		if (Math.min(a.seconds, b.seconds) > SLOW_SECONDS)
			slow.push(`${key}: ${Math.min(a.seconds, b.seconds).toFixed(2)} s`);
		if (ra.stderr.includes('vclock: deadlock')) {
			refused.push(`${key}: deadlock`);
			return;
		}
		if (ra.stderr.includes('vclock: timeout')) {
			refused.push(`${key}: timeout (runs forever?)`);
			return;
		}
		if (serialise(ra) !== serialise(rb)) {
			refused.push(`${key}: nondeterministic (${firstDiff(ra, rb)})`);
			return;
		}
		const text = serialise(ra);
		const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
		if (opts.check) {
			if (old === undefined) diffs.push(`${key}: missing expected file`);
			else if (old !== text) diffs.push(`${key}: ${firstDiff(JSON.parse(old), ra)}`);
			return;
		}
		if (old !== text) {
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, text);
			written.push(key);
		}
	});
	const stale = [];
	if (opts.only.length === 0 && existsSync(EXPECTED_DIR)) {
		for (const area of readdirSync(EXPECTED_DIR, { withFileTypes: true })) {
			if (!area.isDirectory()) continue;
			for (const f of readdirSync(join(EXPECTED_DIR, area.name))) {
				const p = join(EXPECTED_DIR, area.name, f);
				if (!wanted.has(p)) {
					stale.push(relative(ROOT, p));
					if (!opts.check) unlinkSync(p);
				}
			}
		}
	}
	const secs = ((Date.now() - t0) / 1000).toFixed(1);
	console.log(`${selected.length} cases, ${jobs.length} case-versions, ${secs} s`);
	if (!opts.check) console.log(`${written.length} expected files written/updated`);
	if (stale.length)
		console.log(
			`${opts.check ? 'stale (would delete)' : 'deleted stale'}:\n  ${stale.join('\n  ')}`
		);
	if (slow.length) console.log(`SLOW (> ${SLOW_SECONDS} s):\n  ${slow.join('\n  ')}`);
	if (diffs.length) console.log(`DIFFERENCES (${diffs.length}):\n  ${diffs.join('\n  ')}`);
	if (refused.length) console.log(`REFUSED (${refused.length}):\n  ${refused.join('\n  ')}`);
	process.exit(refused.length || diffs.length || (opts.check && stale.length) ? 1 : 0);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
