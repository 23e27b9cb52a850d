/*
 * update-known-failures.ts
 * Runs the whole corpus on src/runtime and rewrites tests/conformance/known-failures.txt with
 * the cases that fail (keeps comments of entries that stay).
 *   npx tsx tests/conformance/update-known-failures.ts [--only PREFIX]...
 * With --only, entries outside the selection are kept as they are.
 */
import { listCases, readExpected, readKnownFailures, writeKnownFailures } from './corpus.mjs';
import { loadRuntime, runCase, sameOutput } from './harness';

const only: string[] = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) if (argv[i] === '--only') only.push(argv[++i]);
const selected = (id: string) =>
	only.length === 0 || only.some((o) => id === o || id.startsWith(o));

const runtime = await loadRuntime();
if (runtime.status !== 'ok') {
	console.error(
		runtime.status === 'missing'
			? 'src/runtime/index.ts does not exist yet'
			: `runtime failed to load: ${String(runtime.error)}`
	);
	process.exit(1);
}
const previous = readKnownFailures();
const failing = new Set([...previous].filter((k) => !selected(k.split('@')[0])));
let total = 0;
let passed = 0;
for (const c of listCases()) {
	if (!selected(c.id)) continue;
	for (const v of c.versions) {
		total++;
		const key = `${c.id}@${v}`;
		const expected = readExpected(c.id, v);
		const actual = await runCase(runtime.run, c, v);
		if (expected && sameOutput(actual, expected)) passed++;
		else failing.add(key);
	}
}
writeKnownFailures(failing);
const added = [...failing].filter((k) => !previous.has(k));
const removed = [...previous].filter((k) => !failing.has(k));
console.log(
	`${passed}/${total} case-versions pass; known-failures.txt: ${failing.size} entries (+${added.length} -${removed.length})`
);
