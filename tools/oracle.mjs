/*
 * oracle.mjs
 * Finding CPython X.Y (pyenv) and running a program under the virtual-clock oracle
 * tools/vclock.py. Shared by gen-expected.mjs (the conformance corpus) and
 * gen-book-expected.mjs (the book's blocks).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const VCLOCK = join(ROOT, 'tools', 'vclock.py');

function pyenvRoot() {
	if (process.env.PYENV_ROOT) return process.env.PYENV_ROOT;
	const r = spawnSync('pyenv', ['root'], { encoding: 'utf8' });
	if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
	return join(homedir(), '.pyenv');
}

const pythonCache = new Map();
/** The CPython X.Y executable: $PYCO_PYTHON_X_Y, else the newest $(pyenv root)/versions/X.Y.*. */
export function pythonFor(version) {
	if (pythonCache.has(version)) return pythonCache.get(version);
	const env = process.env[`PYCO_PYTHON_${version.replace('.', '_')}`];
	let exe = env;
	if (!exe) {
		const dir = join(pyenvRoot(), 'versions');
		const found = existsSync(dir)
			? readdirSync(dir)
					.filter((d) => d.startsWith(version + '.') && /^\d+\.\d+\.\d+$/.test(d))
					.sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))
			: [];
		if (found.length) exe = join(dir, found[0], 'bin', 'python3');
	}
	if (!exe || !existsSync(exe))
		throw new Error(`no CPython ${version} found (set PYCO_PYTHON_${version.replace('.', '_')})`);
	pythonCache.set(version, exe);
	return exe;
}

/** Run `file` under vclock.py with `python`; resolves to its JSON record {stdout, stderr, exitCode, ...}. */
export function runOracle(python, file, plain = false) {
	return new Promise((resolve, reject) => {
		const args = plain ? [VCLOCK, '--json', '--plain', file] : [VCLOCK, '--json', file];
		const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		const out = [];
		const err = [];
		child.stdout.on('data', (d) => out.push(d));
		child.stderr.on('data', (d) => err.push(d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) {
				reject(new Error(`vclock.py failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
				return;
			}
			try {
				resolve(JSON.parse(Buffer.concat(out).toString('utf8')));
			} catch (e) {
				reject(e);
			}
		});
	});
}

/** Run fn over items with at most `jobs` at a time. */
export async function pool(items, jobs, fn) {
	let next = 0;
	const workers = Array.from({ length: Math.max(1, jobs) }, async () => {
		while (next < items.length) {
			const i = next++;
			await fn(items[i], i);
		}
	});
	await Promise.all(workers);
}
