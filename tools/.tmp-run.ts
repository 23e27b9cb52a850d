import { run } from '../src/runtime/index';
import { readFileSync } from 'node:fs';
const src = readFileSync(process.argv[2]!, 'utf8');
const r = run(src, { python: (process.argv[3] ?? '3.13') as any });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
console.error(`[exit ${r.exitCode} wall ${r.wallTime} real ${r.realTime.toFixed(1)}ms]`);
