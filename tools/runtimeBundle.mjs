// Builds the runtime for the browser (src/runtime/index.ts with the "browser" condition, so the
// standard library is split into chunks loaded on demand) and measures it. Shared by
// tools/build-runtime.mjs (npm run build:runtime, npm run bench) and tests/vm/bundleSize.test.ts.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const ENTRY_NAME = 'pyco-runtime';
/** The budget for what a page downloads before the first run (the entry and its static imports). */
export const INITIAL_GZIP_BUDGET = 150 * 1024;

/**
 * Makes every chunk loaded on demand import the entry module. esbuild puts each module in a
 * chunk according to the set of entry points (the entry and each dynamic import) that reach
 * it, so the initial modules, each reached by a different set of lazy chunks, were spread
 * over a dozen files whose separate gzip streams cost about 4 KB; reached by every chunk, they
 * share one. Nothing changes at run time: a lazy chunk loads after the entry has run.
 */
const oneInitialChunk = {
	name: 'one-initial-chunk',
	setup(b) {
		const entry = join(root, 'src/runtime/index.ts');
		const lazyEntries = new Set();
		b.onResolve({ filter: /.*/ }, async (args) => {
			if (args.kind !== 'dynamic-import' || args.pluginData?.resolving) return undefined;
			const r = await b.resolve(args.path, {
				kind: args.kind,
				importer: args.importer,
				resolveDir: args.resolveDir,
				pluginData: { resolving: true },
			});
			if (!r.errors.length) lazyEntries.add(r.path);
			return r;
		});
		b.onLoad({ filter: /\.ts$/ }, async (args) => {
			if (!lazyEntries.has(args.path)) return undefined;
			const { readFile } = await import('node:fs/promises');
			const source = await readFile(args.path, 'utf8');
			return { contents: `import ${JSON.stringify(entry)};\n${source}`, loader: 'ts' };
		});
	},
};

/**
 * Bundles the runtime into `outdir` (written unless write is false) and returns the sizes:
 * `initial` (entry chunk plus the chunks it imports statically), `total` (every chunk), and
 * one row per chunk with its raw and gzip size and its largest inputs.
 */
export async function buildRuntimeBundle({ outdir, write = true } = {}) {
	const result = await build({
		plugins: [oneInitialChunk],
		absWorkingDir: root,
		entryPoints: { [ENTRY_NAME]: join(root, 'src/runtime/index.ts') },
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'neutral',
		conditions: ['browser'],
		target: 'es2022',
		minify: true,
		outdir,
		outExtension: { '.js': '.mjs' },
		chunkNames: 'chunks/[name]-[hash]',
		metafile: true,
		write,
		logLevel: 'warning',
	});
	const bytesOf = new Map();
	if (result.outputFiles)
		for (const f of result.outputFiles) bytesOf.set(relative(root, f.path), f.contents);
	else {
		const { readFileSync } = await import('node:fs');
		for (const p of Object.keys(result.metafile.outputs))
			bytesOf.set(p, readFileSync(join(root, p)));
	}
	const outputs = result.metafile.outputs;
	const chunks = new Map();
	for (const [path, out] of Object.entries(outputs)) {
		const bytes = bytesOf.get(path);
		const inputs = Object.entries(out.inputs)
			.sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
			.map(([name, v]) => ({
				name: name.replace(/^.*src\/runtime\//, ''),
				bytes: v.bytesInOutput,
			}));
		chunks.set(path, {
			path,
			raw: bytes.length,
			gzip: gzipSync(bytes, { level: 9 }).length,
			entry: path.endsWith(`/${ENTRY_NAME}.mjs`),
			imports: out.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
			inputs,
		});
	}
	const entry = [...chunks.values()].find((c) => c.entry);
	const initial = new Set();
	const visit = (p) => {
		if (initial.has(p)) return;
		initial.add(p);
		for (const i of chunks.get(p)?.imports ?? []) visit(i);
	};
	visit(entry.path);
	const sum = (list, key) => list.reduce((n, c) => n + c[key], 0);
	const initialChunks = [...initial].map((p) => chunks.get(p));
	return {
		entryFile: entry.path,
		initial: {
			raw: sum(initialChunks, 'raw'),
			gzip: sum(initialChunks, 'gzip'),
			chunks: initialChunks.length,
		},
		total: {
			raw: sum([...chunks.values()], 'raw'),
			gzip: sum([...chunks.values()], 'gzip'),
			chunks: chunks.size,
		},
		chunks: [...chunks.values()].map((c) => ({ ...c, initial: initial.has(c.path) })),
	};
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
