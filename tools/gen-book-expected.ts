/*
 * gen-book-expected.ts
 * Runs every Python block of the book under real CPython (the fence's version, through the
 * virtual-clock oracle tools/vclock.py) and records what it printed in
 * tests/site/book-expected.json, which tests/site/bookCpython.test.ts compares with our runtime.
 *
 *   npx tsx tools/gen-book-expected.ts          run new or changed blocks, drop removed ones
 *   npx tsx tools/gen-book-expected.ts --all    run every block again
 *   npx tsx tools/gen-book-expected.ts --check  report blocks whose record is missing or stale
 *   npx tsx tools/gen-book-expected.ts -j 4     parallel jobs (default 2)
 *
 * A block is keyed by its page and a hash of its version and code, so editing a block's code
 * (or its version) makes it run again. Each block runs twice; a block whose two runs differ is
 * recorded as nondeterministic (and then not compared).
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseOutput } from '../tests/conformance/corpus.mjs';
import { listBookBlocks, type BookBlock, type BookExpected } from '../tests/site/bookBlocks';
import { pool, pythonFor, ROOT, runOracle } from './oracle.mjs';

const OUT = join(ROOT, 'tests/site/book-expected.json');

function readRecords(): Record<string, BookExpected> {
	try {
		return JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, BookExpected>;
	} catch {
		return {};
	}
}

/** A block that imports a thread module, or runs executor jobs (run_in_executor, to_thread: worker threads). */
const USES_THREADS =
	/^\s*(?:import|from)\s+(?:threading|queue|_thread|concurrent)\b|\b(?:run_in_executor|to_thread)\b/m;

async function runBlock(block: BookBlock, dir: string, index: number): Promise<BookExpected> {
	const file = join(dir, `block${index}.py`);
	writeFileSync(file, block.code.endsWith('\n') ? block.code : block.code + '\n');
	const python = pythonFor(block.options.version);
	// The virtual-clock oracle does not model threads: a block that uses them runs under real
	// CPython with its real clock (vclock.py --plain), as conformance cases with oracle=plain do.
	const plain = USES_THREADS.test(block.code);
	const [a, b] = [await runOracle(python, file, plain), await runOracle(python, file, plain)];
	const record = (r: typeof a) => ({
		stdout: normaliseOutput(r.stdout),
		stderr: normaliseOutput(r.stderr),
		exitCode: r.exitCode,
	});
	const first = record(a);
	const second = record(b);
	const same = JSON.stringify(first) === JSON.stringify(second);
	return {
		file: block.file,
		line: block.line,
		version: block.options.version,
		...first,
		...(same ? {} : { nondeterministic: true as const }),
	};
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			all: { type: 'boolean', default: false },
			check: { type: 'boolean', default: false },
			jobs: { type: 'string', short: 'j', default: '2' },
		},
	});
	const blocks = listBookBlocks(ROOT).filter((b) => !b.options.norun);
	const old = readRecords();
	const todo = blocks.filter((b) => values.all || !old[b.key]);
	const keys = new Set(blocks.map((b) => b.key));
	const stale = Object.keys(old).filter((k) => !keys.has(k));
	if (values.check) {
		for (const b of todo) console.log(`missing: ${b.file}:${b.line}`);
		for (const k of stale) console.log(`stale: ${k}`);
		process.exit(todo.length || stale.length ? 1 : 0);
	}
	const dir = mkdtempSync(join(tmpdir(), 'pyco-book-'));
	const records: Record<string, BookExpected> = {};
	for (const b of blocks) if (old[b.key]) records[b.key] = { ...old[b.key], line: b.line };
	let done = 0;
	try {
		await pool(todo, Number(values.jobs), async (block, i) => {
			records[block.key] = await runBlock(block, dir, i);
			done++;
			if (process.stderr.isTTY) process.stderr.write(`\r${done}/${todo.length} blocks`);
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const sorted = Object.fromEntries(
		blocks.filter((b) => records[b.key]).map((b) => [b.key, records[b.key]])
	);
	writeFileSync(OUT, JSON.stringify(sorted, null, '\t') + '\n');
	const flaky = Object.values(sorted).filter((r) => r.nondeterministic);
	console.log(
		`\n${blocks.length} runnable blocks: ${todo.length} run under CPython, ${stale.length} stale records dropped` +
			(flaky.length
				? `, ${flaky.length} nondeterministic: ${flaky.map((r) => `${r.file}:${r.line}`).join(', ')}`
				: '')
	);
}

await main();
