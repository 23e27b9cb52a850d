/*
 * viteMdxDetails.ts
 * Vite plugin: lets chapters write a collapsible answer the way HTML authors expect,
 *
 *     <details><summary>参考答案</summary>
 *
 *     ```python solution="ch1-ex1"
 *     …
 *     ```
 *     </details>
 *
 * MDX reads a line holding text between tags as a paragraph, so `<details>` would never be
 * closed ("Expected a closing tag for <details>"). Turning the summary text into an expression,
 * `<summary>{"参考答案"}</summary>`, makes the line a block of JSX and keeps every line number
 * (build errors still point at the right line). Code fences are left alone.
 */

import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const DETAILS_LINE = /^(\s*)<details>(\s*)<summary>([^<{}]*)<\/summary>\s*$/;

/** Rewrite one-line `<details><summary>text</summary>` openers outside code fences. */
export function fixDetailsLines(source: string): string {
	let fence: string | null = null;
	return source
		.split('\n')
		.map((line) => {
			const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
			if (marker) {
				if (fence === null) fence = marker;
				else if (marker.startsWith(fence)) fence = null;
				return line;
			}
			if (fence !== null) return line;
			const m = DETAILS_LINE.exec(line);
			if (!m) return line;
			return `${m[1]}<details>${m[2]}<summary>{${JSON.stringify(m[3]?.trim() ?? '')}}</summary>`;
		})
		.join('\n');
}

export default function mdxOneLineDetails(): Plugin {
	return {
		name: 'pyco-mdx-one-line-details',
		enforce: 'pre',
		async load(id) {
			if (!id.endsWith('.mdx')) return null;
			const source = await readFile(id, 'utf8');
			return source.includes('<details>') ? fixDetailsLines(source) : null;
		},
	};
}
