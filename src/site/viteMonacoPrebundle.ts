/*
 * viteMonacoPrebundle.ts
 * Vite plugin (client build only): Monaco bundled by esbuild instead of Rollup.
 *
 * Rollup spent ~20 s of CPU on the 995 modules of Monaco (mostly tree-shaking analysis) in a
 * build of ~60 s; esbuild bundles and minifies the same modules in about a second. So in
 * `astro build`:
 *   - src/site/monacoBundle.ts (editor.api + the contributions we use) becomes one esbuild file,
 *     `_astro/monaco.<hash>.js`, which Rollup treats as an external import of the
 *     monacoEditor chunk. Monaco's CSS (imported by its modules) is bundled by esbuild too and
 *     injected as one <style data-monaco> when that file runs, so it still loads only with the
 *     editor; codicon.ttf becomes `_astro/codicon.<hash>.ttf`.
 * Monaco's editor worker stays a Vite `?worker` import: Rollup makes it 13 KB (gzip) smaller than
 * esbuild does, for ~3 s of CPU.
 * `astro dev` is untouched (Vite serves the modules, viteMonacoCss.ts handles their CSS).
 */

import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { build, type OutputFile } from 'esbuild';
import type { Plugin } from 'vite';

const BUNDLE_ENTRY = 'src/site/monacoBundle.ts';

interface Prebuilt {
	/** URL path of the Monaco file, e.g. /_astro/monaco.AbCd1234.js */
	bundleUrl: string;
	/** Files to emit into the build output: path under outDir → contents. */
	files: Map<string, Uint8Array | string>;
}

function contentHash(data: Uint8Array | string): string {
	return createHash('sha256').update(data).digest('base64url').slice(0, 8);
}

function text(file: OutputFile | undefined): string {
	return file ? file.text : '';
}

async function prebuild(root: string, base: string, assetsDir: string): Promise<Prebuilt> {
	const editor = await build({
		absWorkingDir: root,
		entryPoints: { monaco: resolve(root, BUNDLE_ENTRY) },
		bundle: true,
		format: 'esm',
		// Astro's client build targets esnext too; Vite minifies its chunks with esbuild.
		target: 'esnext',
		minify: true,
		legalComments: 'none',
		// Nothing is written: the outputs are emitted into Rollup's bundle.
		write: false,
		outdir: resolve(root, 'monaco-out'),
		assetNames: '[name].[hash]',
		publicPath: `${base}${assetsDir}/`,
		loader: { '.ttf': 'file' },
		logLevel: 'warning',
	});
	const files = new Map<string, Uint8Array | string>();
	const js = editor.outputFiles.find((f) => f.path.endsWith('/monaco.js'));
	const css = editor.outputFiles.find((f) => f.path.endsWith('/monaco.css'));
	for (const file of editor.outputFiles) {
		if (file !== js && file !== css)
			files.set(`${assetsDir}/${basename(file.path)}`, file.contents);
	}
	const injectCss = css
		? `if(typeof document<"u"){const s=document.createElement("style");s.dataset.monaco="";` +
			`s.textContent=${JSON.stringify(text(css).trim())};document.head.append(s)}\n`
		: '';
	const bundle = injectCss + text(js);
	const bundlePath = `${assetsDir}/monaco.${contentHash(bundle)}.js`;
	files.set(bundlePath, bundle);
	return { bundleUrl: base + bundlePath, files };
}

export default function monacoPrebundle(): Plugin {
	let root = process.cwd();
	let base = '/';
	let assetsDir = '_astro';
	let ssr = false;
	let prebuilt: Promise<Prebuilt> | undefined;
	let emitted = false;
	return {
		name: 'pyco-monaco-prebundle',
		apply: 'build',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
			base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			assetsDir = config.build.assetsDir;
			ssr = Boolean(config.build.ssr);
		},
		buildStart() {
			emitted = false;
		},
		async resolveId(source, importer) {
			if (ssr || !importer) return null;
			if (!/[\\/]monacoBundle(\.ts)?$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { skipSelf: true });
			if (resolved?.id !== resolve(root, BUNDLE_ENTRY)) return null;
			prebuilt ??= prebuild(root, base, assetsDir);
			const done = await prebuilt;
			if (!emitted) {
				emitted = true;
				for (const [fileName, source] of done.files) {
					this.emitFile({ type: 'asset', fileName, source });
				}
			}
			// An absolute URL path, kept as is in the importing chunk (like Vite's `?worker` URLs).
			return { id: done.bundleUrl, external: 'absolute' };
		},
	};
}
