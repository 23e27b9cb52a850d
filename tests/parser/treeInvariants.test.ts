/*
 * treeInvariants.test.ts
 * Walks every tree we can produce (samples, the ast-dump snippets, every source of the error
 * table, in every version) and checks: parent pointers, children inside their parent's range,
 * siblings in source order and not overlapping.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/runtime/parser/parser';
import { ParseNode, ParseNodeType } from '../../src/runtime/parser/parseNodes';
import { ParseTreeWalker, getChildNodes } from '../../src/runtime/parser/parseTreeWalker';
import { loadTable } from './syntaxErrorTable';

const here = dirname(fileURLToPath(import.meta.url));

class InvariantWalker extends ParseTreeWalker {
	readonly problems: string[] = [];
	count = 0;

	override visitNode(node: ParseNode): boolean {
		this.count++;
		const children = getChildNodes(node);
		let prevEnd = node.start;
		for (const child of children) {
			if (child.parent !== node) {
				this.problems.push(`parent of ${child.nodeType} at ${child.start} is not ${node.nodeType}`);
			}
			const end = child.start + child.length;
			if (child.length < 0) this.problems.push(`negative length ${child.nodeType} at ${child.start}`);
			// Error nodes may wrap partial constructs; keep the checks strict for valid trees.
			if (node.nodeType !== ParseNodeType.Error && child.nodeType !== ParseNodeType.Error) {
				if (child.start < node.start || end > node.start + node.length) {
					this.problems.push(`${child.nodeType} [${child.start},${end}) outside ${node.nodeType} [${node.start},${node.start + node.length})`);
				}
				if (child.start < prevEnd) {
					this.problems.push(`${child.nodeType} at ${child.start} overlaps previous sibling ending at ${prevEnd} in ${node.nodeType}`);
				}
			}
			prevEnd = Math.max(prevEnd, end);
		}
		return true;
	}
}

function check(source: string, version: '3.7' | '3.13' = '3.13', validOnly = false): void {
	const result = parse(source, { pythonVersion: version });
	if (validOnly && result.diagnostics.length > 0) return;
	const walker = new InvariantWalker();
	walker.walk(result.module);
	expect(walker.problems, JSON.stringify(source)).toEqual([]);
}

describe('tree invariants', () => {
	const samples = readdirSync(join(here, 'samples')).filter((f) => f.endsWith('.py'));
	test.each(samples)('sample %s', (name) => {
		check(readFileSync(join(here, 'samples', name), 'utf8'));
	}, 120_000);

	test('ast-dump snippets', () => {
		const cases = JSON.parse(readFileSync(join(here, 'ast-dumps.json'), 'utf8')) as { source: string }[];
		for (const c of cases) check(c.source);
	}, 120_000);

	test('error table sources (valid ones strictly, all without crashing)', () => {
		for (const c of loadTable()) {
			check(c.source, '3.13', true);
			check(c.source, '3.7', true);
		}
	}, 120_000);
});
