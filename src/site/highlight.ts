/*
 * highlight.ts
 * Build-time syntax highlighting of Python blocks with Shiki (light + dark via CSS variables).
 */

import type { Element, Root } from 'hast';
// shiki/core with the one grammar, not the `shiki` bundle: the same highlighter (Oniguruma
// engine, as `createHighlighter` uses), but the server build no longer bundles every grammar
// and theme Shiki ships (this module is part of the playground and print pages).
import python from '@shikijs/langs/python';
import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
// Static: this module is also loaded by Astro's config loader, where import() fails later on.
import onigurumaWasm from 'shiki/wasm';
import { CODE_THEMES, darkTheme, lightTheme } from './theme';
import { h, type VNode } from './vnode';

let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
	highlighter ??= createHighlighterCore({
		themes: [lightTheme(), darkTheme()],
		langs: [python],
		engine: createOnigurumaEngine(onigurumaWasm),
	});
	return highlighter;
}

function hastToVNode(node: Element): VNode {
	const attrs: VNode['attrs'] = {};
	for (const [key, value] of Object.entries(node.properties)) {
		const name = key === 'className' ? 'class' : key === 'tabIndex' ? 'tabindex' : key;
		if (Array.isArray(value)) attrs[name] = value.join(' ');
		else if (value !== undefined && value !== null && value !== false) attrs[name] = String(value);
	}
	const children: (VNode | string)[] = [];
	for (const child of node.children) {
		if (child.type === 'text') children.push(child.value);
		else if (child.type === 'element') children.push(hastToVNode(child));
	}
	return h(node.tagName, attrs, ...children);
}

/**
 * Highlight `code` as Python. `errorLine` (1-based) gets the class `pp-error-line` so a block
 * that is meant to fail shows where.
 */
export async function highlightPython(code: string, errorLine?: number): Promise<VNode> {
	const hl = await getHighlighter();
	const root: Root = hl.codeToHast(code, {
		lang: 'python',
		themes: CODE_THEMES,
		defaultColor: false,
		transformers: [
			{
				pre(node) {
					node.properties['tabindex'] = '0';
					delete node.properties['style'];
				},
				line(node, line) {
					if (line === errorLine) this.addClassToHast(node, 'pp-error-line');
				},
			},
		],
	});
	const pre = root.children.find((c): c is Element => c.type === 'element');
	if (!pre) throw new Error('shiki returned no <pre>');
	return hastToVNode(pre);
}
