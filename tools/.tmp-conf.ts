import { listCases, readExpected } from '../tests/conformance/corpus.mjs';
import { runCase } from '../tests/conformance/harness';
import { run } from '../src/runtime/index';
const [filter, onlyV] = (process.argv[2] ?? 'asyncio/').split('@');
const verbose = process.argv.includes('-v');
let pass = 0, fail = 0;
const failed: string[] = [];
for (const c of listCases()) {
  if (!c.id.includes(filter)) continue;
  for (const v of c.versions) {
    if (onlyV && v !== onlyV) continue;
    const exp = readExpected(c.id, v);
    const act = await runCase(run as any, c, v);
    const ok = exp && act.stdout === exp.stdout && act.stderr === exp.stderr && act.exitCode === exp.exitCode;
    if (ok) pass++; else { fail++; failed.push(`${c.id}@${v}`);
      if (verbose) { console.log(`=== ${c.id}@${v}`); 
        if (act.stdout !== exp?.stdout) console.log('--- exp stdout\n' + exp?.stdout + '--- act stdout\n' + act.stdout);
        if (act.stderr !== exp?.stderr) console.log('--- exp stderr\n' + exp?.stderr + '--- act stderr\n' + act.stderr);
        if (act.exitCode !== exp?.exitCode) console.log('exit', exp?.exitCode, act.exitCode);
      } }
  }
}
console.log(failed.join('\n'));
console.log(`pass ${pass} fail ${fail}`);
