/*
 * highlight.ts
 * Build-time syntax highlighting of Python blocks with Shiki (light + dark via CSS variables).
 */

import type { Element, Root } from 'hast';
import { createHighlighter, type Highlighter } from 'shiki';
import { CODE_THEMES, darkTheme, lightTheme } from './theme';
import { h, type VNode } from './vnode';

let highlighter: Promise<Highlighter> | undefined;

function getHighlighter(): Promise<Highlighter> {
	highlighter ??= createHighlighter({
		themes: [lightTheme(), darkTheme()],
		langs: ['python'],
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
