/*
 * vnode.ts
 * A tiny element tree used to describe the playground's markup once, then turn it into hast
 * (at build time) or into DOM nodes (in the page).
 */

import type { Element as HastElement, ElementContent } from 'hast';

export interface VNode {
	tag: string;
	attrs: Record<string, string | true | undefined>;
	children: (VNode | string)[];
}

/** Build a VNode; `undefined` attributes are left out, `true` ones are empty boolean attributes. */
export function h(
	tag: string,
	attrs: VNode['attrs'] = {},
	...children: (VNode | string | null | undefined | false)[]
): VNode {
	return {
		tag,
		attrs,
		children: children.filter(
			(c): c is VNode | string => c !== null && c !== undefined && c !== false
		),
	};
}

/** Turn a VNode into hast (attribute names kept as written: hast accepts `data-x` names). */
export function toHast(node: VNode): HastElement {
	const properties: Record<string, string | boolean | string[]> = {};
	for (const [name, value] of Object.entries(node.attrs)) {
		if (value === undefined) continue;
		if (name === 'class' && typeof value === 'string') properties['className'] = value.split(/\s+/);
		else properties[name] = value === true ? true : value;
	}
	return {
		type: 'element',
		tagName: node.tag,
		properties,
		children: node.children.map((c): ElementContent =>
			typeof c === 'string' ? { type: 'text', value: c } : toHast(c)
		),
	};
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Turn a VNode into DOM nodes of `doc` (an <svg> and what it contains in the SVG namespace). */
export function toDom(node: VNode, doc: Document, inSvg = false): HTMLElement {
	const svg = inSvg || node.tag === 'svg';
	const el = svg
		? (doc.createElementNS(SVG_NS, node.tag) as unknown as HTMLElement)
		: doc.createElement(node.tag);
	for (const [name, value] of Object.entries(node.attrs)) {
		if (value === undefined || (svg && name === 'xmlns')) continue;
		el.setAttribute(name, value === true ? '' : value);
	}
	for (const c of node.children) el.append(typeof c === 'string' ? c : toDom(c, doc, svg));
	return el;
}
