/*
 * viteMonacoCss.ts
 * Vite plugin: Monaco's ESM modules import their own .css files. Astro gathers the CSS of every
 * module a page script can reach — dynamic imports included — and links it from every page,
 * which would make each reader download ~140 KB of editor CSS before touching anything.
 * This plugin turns those imports into code that injects the CSS as a <style> when the Monaco
 * chunk itself runs, so the CSS only loads with the editor.
 * Used by `astro dev`; `astro build` bundles Monaco and its CSS with esbuild instead
 * (viteMonacoPrebundle.ts), the same way.
 */

import type { Plugin } from 'vite';

const PREFIX = '\0pyco-monaco-css:';

export default function monacoCssOnDemand(): Plugin {
	return {
		name: 'pyco-monaco-css-on-demand',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith('.css') || !importer?.includes('/monaco-editor/')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			// The '.js' suffix keeps Vite's CSS pipeline from treating the wrapper as a stylesheet.
			return resolved ? PREFIX + resolved.id + '.js' : null;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const file = id.slice(PREFIX.length, -'.js'.length);
			return [
				`import css from ${JSON.stringify(file + '?inline')};`,
				`if (typeof document !== 'undefined') {`,
				`  const style = document.createElement('style');`,
				`  style.dataset.monaco = '';`,
				`  style.textContent = css;`,
				`  document.head.append(style);`,
				`}`,
			].join('\n');
		},
	};
}
