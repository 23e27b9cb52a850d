/*
 * diff-case.ts
 * Shows how the runtime's output differs from CPython's for some conformance cases.
 *   npx tsx tests/conformance/diff-case.ts asyncio/r05_future_wakeup_hop@3.13 [more ids...]
 *   npx tsx tests/conformance/diff-case.ts --known     (every entry of known-failures.txt, first difference only)
 * An id without @version uses every version of its directive.
 */
import { listCases, readExpected, readKnownFailures } from './corpus.mjs';
import { loadRuntime, runCase } from './harness';

const args = process.argv.slice(2);
const brief = args.includes('--known');
const wanted = brief ? [...readKnownFailures()] : args.filter((a) => !a.startsWith('--'));
const runtime = await loadRuntime();
if (runtime.status !== 'ok') {
	console.error(
		'runtime not loadable:',
		runtime.status === 'error' ? String(runtime.error) : 'missing'
	);
	process.exit(1);
}
const cases = new Map(listCases().map((c) => [c.id, c]));

function firstDiff(a: string, b: string): string {
	const la = a.split('\n');
	const lb = b.split('\n');
	for (let i = 0; i < Math.max(la.length, lb.length); i++) {
		if (la[i] !== lb[i])
			return `line ${i + 1}: expected ${JSON.stringify(la[i])}, got ${JSON.stringify(lb[i])}`;
	}
	return 'same';
}

for (const w of wanted) {
	const [id, ver] = w.split('@') as [string, string | undefined];
	const c = cases.get(id);
	if (!c) {
		console.log(`${w}: no such case`);
		continue;
	}
	for (const v of ver ? [ver] : c.versions) {
		const exp = readExpected(c.id, v);
		const got = await runCase(runtime.run, c, v);
		if (!exp) {
			console.log(`${id}@${v}: no expected output`);
			continue;
		}
		const parts: string[] = [];
		for (const k of ['stdout', 'stderr'] as const)
			if (exp[k] !== got[k]) parts.push(`${k} ${firstDiff(exp[k], got[k])}`);
		if (exp.exitCode !== got.exitCode)
			parts.push(`exitCode expected ${exp.exitCode}, got ${got.exitCode}`);
		if (brief) {
			console.log(`${id}@${v}: ${parts.length ? parts.join(' | ') : 'PASSES'}`);
			continue;
		}
		console.log(`===== ${id}@${v}: ${parts.length ? 'DIFFERS' : 'passes'}`);
		if (!parts.length) continue;
		for (const k of ['stdout', 'stderr'] as const) {
			if (exp[k] === got[k]) continue;
			console.log(`--- expected ${k}\n${exp[k]}--- actual ${k}\n${got[k]}`);
		}
		if (exp.exitCode !== got.exitCode)
			console.log(`exit code: expected ${exp.exitCode}, got ${got.exitCode}`);
	}
}
