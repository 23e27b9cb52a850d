#!/usr/bin/env node
// Regenerates tests/asyncio/expected/*.json: runs every program of tests/asyncio/programs under
// REAL CPython (each version its `# pyco: versions=` directive asks for) through the
// virtual-clock oracle tools/vclock.py, and stores stdout/stderr/exit code.
// Usage: node tools/gen-asyncio-golden.mjs [--only NAME]
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDirective } from '../tests/conformance/corpus.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const progDir = join(root, 'tests/asyncio/programs');
const outDir = join(root, 'tests/asyncio/expected');
mkdirSync(outDir, { recursive: true });
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const pyenvRoot = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
const FULL = { '3.7': '3.7.16', '3.8': '3.8.18', '3.9': '3.9.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };

for (const f of readdirSync(progDir).filter((x) => x.endsWith('.py')).sort()) {
	const name = f.slice(0, -3);
	if (only && name !== only) continue;
	const src = readFileSync(join(progDir, f), 'utf8');
	for (const v of parseDirective(src).versions) {
		const py = join(pyenvRoot, 'versions', FULL[v], 'bin/python3');
		if (!existsSync(py)) throw new Error(`missing ${py}`);
		const r = spawnSync(py, [join(root, 'tools/vclock.py'), '--json', join(progDir, f)], { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${f}@${v}: oracle failed: ${r.stderr}`);
		const res = JSON.parse(r.stdout);
		const out = { stdout: res.stdout, stderr: res.stderr, exitCode: res.exitCode };
		writeFileSync(join(outDir, `${name}.${v}.json`), JSON.stringify(out, null, 2) + '\n');
		console.log(`${name}@${v}: exit ${out.exitCode}`);
	}
}
