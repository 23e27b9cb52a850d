/*
 * mdastTree.ts
 * A Markdown syntax tree of ```python blocks for the remark plugin's tests.
 */

import type { Code, Root } from 'mdast';

/** A root holding one python code block per argument (default code `print(1)`, 10 lines apart). */
export function tree(...blocks: Partial<Code>[]): Root {
	return {
		type: 'root',
		children: blocks.map((b, i) => ({
			type: 'code',
			lang: 'python',
			meta: null,
			value: 'print(1)',
			position: {
				start: { line: 10 * (i + 1), column: 1 },
				end: { line: 10 * (i + 1) + 2, column: 1 },
			},
			...b,
		})),
	};
}
