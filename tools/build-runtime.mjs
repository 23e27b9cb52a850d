#!/usr/bin/env node
// Bundles the runtime for the browser into dist/runtime/ (pyco-runtime.mjs plus the standard
// library's chunks, loaded on demand) as the page's worker and the benchmarks load it, and prints
// its size: the initial download (the entry and its static imports) and the total, raw and gzip.
// PYCO_BUNDLE_DETAIL=1 also lists every chunk with its largest inputs.
import { rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRuntimeBundle, root, kb, INITIAL_GZIP_BUDGET } from './runtimeBundle.mjs';

const outdir = join(root, 'dist/runtime');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const r = await buildRuntimeBundle({ outdir });
const detail = process.env.PYCO_BUNDLE_DETAIL === '1';
console.log(
	`runtime bundle: initial ${kb(r.initial.raw)}, ${kb(r.initial.gzip)} gzip (${r.initial.chunks} file${r.initial.chunks === 1 ? '' : 's'}; budget ${kb(INITIAL_GZIP_BUDGET)} gzip); ` +
		`total ${kb(r.total.raw)}, ${kb(r.total.gzip)} gzip (${r.total.chunks} files) -> ${join(root, r.entryFile)}`
);
if (detail) {
	for (const c of [...r.chunks].sort((a, b) => b.gzip - a.gzip)) {
		const top = c.inputs
			.slice(0, 4)
			.map((i) => `${i.name} ${kb(i.bytes)}`)
			.join(', ');
		console.log(
			`  ${c.initial ? 'initial' : 'lazy   '} ${kb(c.gzip).padStart(9)} gzip ${kb(c.raw).padStart(9)}  ${c.path.replace(/^dist\/runtime\//, '')}: ${top}`
		);
	}
}
