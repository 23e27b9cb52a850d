/*
 * bundleSize.test.ts
 * The browser bundle of the runtime (built in-process with esbuild, as `npm run build:runtime`
 * does): its initial download (the entry and its static imports) stays within the 150 KB gzip
 * budget, and each standard-library chunk it fetches on demand registers the modules
 * stdlibLazy.ts says it does, in a fresh JS realm (a worker thread) as a page's worker would.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
	buildRuntimeBundle,
	ENTRY_NAME,
	INITIAL_GZIP_BUDGET,
	kb,
	type BundleSizes,
} from '../../tools/runtimeBundle.mjs';
import { LAZY_STDLIB } from '../../src/runtime/modules/stdlibLazy';

let outdir = '';
let sizes: BundleSizes;

beforeAll(async () => {
	outdir = mkdtempSync(join(tmpdir(), 'pyco-bundle-'));
	sizes = await buildRuntimeBundle({ outdir });
}, 60_000);

afterAll(() => {
	if (outdir) rmSync(outdir, { recursive: true, force: true });
});

interface RealmResult {
	before: { exitCode: number; stderr: string };
	after: { exitCode: number; stdout: string; stderr: string };
}

/** Runs `source` in a fresh realm with the bundle: once without prepare(), then after it. */
function inFreshRealm(source: string): Promise<RealmResult> {
	const code = `
		import { parentPort, workerData } from 'node:worker_threads';
		const rt = await import(workerData.url);
		const before = rt.run(workerData.source);
		await rt.prepare(workerData.source);
		const after = rt.run(workerData.source);
		parentPort.postMessage({
			before: { exitCode: before.exitCode, stderr: before.stderr },
			after: { exitCode: after.exitCode, stdout: after.stdout, stderr: after.stderr },
		});
	`;
	const url = pathToFileURL(join(outdir, `${ENTRY_NAME}.mjs`)).href;
	return new Promise((resolve, reject) => {
		const w = new Worker(code, { eval: true, workerData: { url, source } });
		w.once('message', (m: RealmResult) => {
			void w.terminate();
			resolve(m);
		});
		w.once('error', reject);
	});
}

/** Maps `items` through `fn`, at most `limit` at a time (each realm loads the whole bundle). */
async function mapLimited<T, R>(
	items: T[],
	limit: number,
	fn: (item: T) => Promise<R>
): Promise<R[]> {
	const out: R[] = [];
	let next = 0;
	const lane = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(items[i]);
		}
	};
	await Promise.all(Array.from({ length: limit }, lane));
	return out;
}

describe('runtime browser bundle', () => {
	it(`initial download is at most ${INITIAL_GZIP_BUDGET / 1024} KB gzip`, () => {
		const { initial, total } = sizes;
		expect(
			initial.gzip,
			`initial ${kb(initial.gzip)} gzip, total ${kb(total.gzip)} gzip`
		).toBeLessThanOrEqual(INITIAL_GZIP_BUDGET);
		// The standard library really is out of the initial download.
		const initialInputs = sizes.chunks
			.filter((c) => c.initial)
			.flatMap((c) => c.inputs.map((i) => i.name));
		expect(initialInputs).not.toContain('modules/asyncio/index.ts');
		expect(initialInputs).not.toContain('modules/json.ts');
	});

	it(
		'each lazy chunk registers its modules when a program imports them',
		{ timeout: 60_000 },
		async () => {
			const results = await mapLimited(LAZY_STDLIB, 4, async ([names]) => {
				const source = names.map((n) => `import ${n}\n`).join('') + 'print("ok")\n';
				return { names, r: await inFreshRealm(source) };
			});
			for (const { names, r } of results) {
				expect(r.before.exitCode, names.join(', ')).toBe(1);
				expect(r.before.stderr, names.join(', ')).toContain('(not loaded:');
				expect({ names, stdout: r.after.stdout, stderr: r.after.stderr }).toEqual({
					names,
					stdout: 'ok\n',
					stderr: '',
				});
			}
		}
	);

	it('runs an asyncio program after prepare()', async () => {
		const r = await inFreshRealm(
			'import asyncio\nfrom dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nasync def main():\n    await asyncio.sleep(1)\n    print(P(1), asyncio.get_running_loop().time())\nasyncio.run(main())\n'
		);
		expect(r.after).toEqual({ exitCode: 0, stdout: 'P(x=1) 1.0\n', stderr: '' });
	});

	it('runs threads after prepare(), with what asyncio imports for them at run time', async () => {
		// run_coroutine_threadsafe imports concurrent.futures, which the program never names.
		const r = await inFreshRealm(
			[
				'import asyncio, threading',
				'async def square(x):',
				'    await asyncio.sleep(0.5)',
				'    return x * x',
				'loop = asyncio.new_event_loop()',
				'threading.Thread(target=loop.run_forever, daemon=True).start()',
				'print(asyncio.run_coroutine_threadsafe(square(7), loop).result(), loop.time())',
				'loop.call_soon_threadsafe(loop.stop)',
				'',
			].join('\n')
		);
		expect(r.after).toEqual({ exitCode: 0, stdout: '49 0.5\n', stderr: '' });
	});
});
