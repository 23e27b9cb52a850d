#!/usr/bin/env node
// Bundles the runtime (src/runtime/index.ts) into one minified ES module, as the page's worker
// and the benchmarks load it, and prints its size (raw and gzip).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outfile = join(root, 'dist/runtime/pyco-runtime.mjs');
mkdirSync(dirname(outfile), { recursive: true });
await build({
	entryPoints: [join(root, 'src/runtime/index.ts')],
	bundle: true,
	format: 'esm',
	platform: 'neutral',
	target: 'es2022',
	minify: true,
	outfile,
	logLevel: 'warning',
});
const bytes = readFileSync(outfile);
const gz = gzipSync(bytes, { level: 9 }).length;
console.log(`runtime bundle: ${(bytes.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip -> ${outfile}`);
