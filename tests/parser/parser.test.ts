/*
 * parser.test.ts
 * Direct checks of the AST contract (field values the ast.dump comparison cannot see: offsets,
 * debugText, bigint, bytes, parent pointers), version gates and the depth guard.
 */

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/runtime/parser/parser';
import {
	AssignNode,
	CallNode,
	ConstantKind,
	ConstantNode,
	ExpressionStatementNode,
	FormattedStringNode,
	FormattedValueNode,
	FunctionDefNode,
	OperatorType,
	ParseNodeType,
	TupleNode,
} from '../../src/runtime/parser/parseNodes';
import { lineColOf } from '../../src/runtime/common/positionUtils';
import type { PythonVersionString } from '../../src/runtime/lexer/tokenizer';

function expr(source: string) {
	const r = parse(source);
	expect(r.diagnostics).toEqual([]);
	return (r.module.body[0] as ExpressionStatementNode).expression;
}

function firstError(source: string, version: PythonVersionString = '3.13') {
	return parse(source, { pythonVersion: version }).diagnostics[0];
}

describe('AST contract', () => {
	test('offsets are UTF-16 offsets and parents are set', () => {
		const r = parse('x = "\u{1F600}" + y\n');
		const assign = r.module.body[0] as AssignNode;
		expect(assign.nodeType).toBe(ParseNodeType.Assign);
		expect(assign.start).toBe(0);
		const bin = assign.value;
		expect(bin.nodeType).toBe(ParseNodeType.BinaryOperation);
		if (bin.nodeType !== ParseNodeType.BinaryOperation) return;
		expect(bin.right.start).toBe(11); // the emoji is two UTF-16 units
		expect(bin.parent).toBe(assign);
		expect(assign.parent).toBe(r.module);
	});

	test('integers: number, or bigint beyond MAX_SAFE_INTEGER', () => {
		expect((expr('9007199254740991') as ConstantNode).value).toBe(9007199254740991);
		expect((expr('9007199254740993') as ConstantNode).value).toBe(9007199254740993n);
	});

	test('bytes are byte values; strings are decoded and concatenated', () => {
		const b = expr("b'a\\x00' b'\\xff'") as ConstantNode;
		expect(b.kind).toBe(ConstantKind.Bytes);
		expect(b.value).toEqual([97, 0, 255]);
		const s = expr("'a\\n' \"b\" '''c'''") as ConstantNode;
		expect(s.kind).toBe(ConstantKind.String);
		expect(s.value).toBe('a\nbc');
	});

	test('f-string parts, conversions and debug text', () => {
		const f = expr("f'a{x!r:>{w}}b{y = }{z=!s}{q=:5}'") as FormattedStringNode;
		expect(f.nodeType).toBe(ParseNodeType.FormattedString);
		const kinds = f.parts.map((p) => (p.nodeType === ParseNodeType.Constant ? `'${String(p.value)}'` : 'F'));
		expect(kinds).toEqual(["'a'", 'F', "'by = '", 'F', "'z='", 'F', "'q='", 'F']);
		const [, x, , y, , z, , q] = f.parts as FormattedValueNode[];
		expect(x.conversion).toBe('r');
		expect(x.formatSpec?.parts.length).toBe(2);
		expect(y.debugText).toBe('y = ');
		expect(y.conversion).toBe('r'); // `=` without conversion or spec defaults to repr
		expect(z.conversion).toBe('s');
		expect(q.conversion).toBe(-1); // a spec keeps str()
		expect(q.debugText).toBe('q=');
	});

	test('adjacent str and f-string merge into one FormattedString', () => {
		const f = expr("'a' f'{b}' 'c'") as FormattedStringNode;
		expect(f.nodeType).toBe(ParseNodeType.FormattedString);
		expect(f.parts.length).toBe(3);
	});

	test('tuples remember their parentheses', () => {
		expect((expr('(1, 2)') as TupleNode).parenthesized).toBe(true);
		expect((expr('1, 2') as TupleNode).parenthesized).toBe(false);
	});

	test('augmented assignment carries the binary operator', () => {
		const r = parse('x //= 2');
		const aug = r.module.body[0];
		expect(aug.nodeType).toBe(ParseNodeType.AugAssign);
		if (aug.nodeType === ParseNodeType.AugAssign) expect(aug.operator).toBe(OperatorType.FloorDivide);
	});

	test('generator expression as the sole argument', () => {
		const call = expr('f(x for x in y)') as CallNode;
		expect(call.arguments.length).toBe(1);
		expect(call.arguments[0].value.nodeType).toBe(ParseNodeType.GeneratorExpression);
	});

	test('decorators and async functions', () => {
		const r = parse('@a\n@b.c(1)\nasync def f(x, /, y=1, *a, k, **kw) -> int:\n    await g()\n');
		expect(r.diagnostics).toEqual([]);
		const f = r.module.body[0] as FunctionDefNode;
		expect(f.isAsync).toBe(true);
		expect(f.decorators.length).toBe(2);
		expect(f.parameters.posOnly.map((p) => p.name.value)).toEqual(['x']);
		expect(f.parameters.args.map((p) => p.name.value)).toEqual(['y']);
		expect(f.parameters.varArg?.name.value).toBe('a');
		expect(f.parameters.kwOnly.map((p) => p.name.value)).toEqual(['k']);
		expect(f.parameters.kwArg?.name.value).toBe('kw');
	});

	test('lineColOf counts code points', () => {
		const r = parse('s = "\u{1F600}" $');
		expect(lineColOf(r.lines, 9)).toEqual({ line: 1, column: 9 });
	});
});

describe('errors', () => {
	test('the first diagnostic is what CPython raises; the rest follow by position', () => {
		const r = parse('x = = 1\ny = "abc');
		expect(r.diagnostics[0].message).toBe('unterminated string literal (detected at line 2)');
		expect(r.diagnostics.length).toBeGreaterThan(1);
	});

	test.each([
		['if x:\npass', 'IndentationError', "expected an indented block after 'if' statement on line 1"],
		['def f():\n  x = 1\n    y = 2', 'IndentationError', 'unexpected indent'],
		['print "x"', 'SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?"],
		['x = (1,\n', 'SyntaxError', "'(' was never closed"],
		['def f():\n  await x', 'SyntaxError', "'await' outside async function"],
	])('%j', (source, kind, message) => {
		expect(firstError(source)).toMatchObject({ kind, message });
	});

	test('version gates', () => {
		expect(firstError('(x := 1)', '3.7')?.message).toBe('invalid syntax');
		expect(firstError('(x := 1)', '3.8')).toBeUndefined();
		expect(firstError('def f(a, /): pass', '3.7')?.message).toBe('invalid syntax');
		expect(firstError('match x:\n  case 1: pass', '3.9')?.message).toBe('invalid syntax');
		expect(firstError('match x:\n  case 1: pass', '3.10')).toBeUndefined();
		expect(firstError('try:\n  pass\nexcept* E:\n  pass', '3.10')?.message).toBe('invalid syntax');
		expect(firstError('type X = int', '3.11')?.message).toBe('invalid syntax');
		expect(firstError('type X = int', '3.12')).toBeUndefined();
		expect(firstError('f"{"a"}"', '3.11')).toBeDefined();
		expect(firstError('f"{"a"}"', '3.12')).toBeUndefined();
		expect(firstError('@x[0]\ndef f(): pass', '3.8')?.message).toBe('invalid syntax');
		expect(firstError('@x[0]\ndef f(): pass', '3.9')).toBeUndefined();
	});

	test('depth guard reports CPython 3.13 MemoryError text instead of overflowing', () => {
		const d = firstError('-'.repeat(50000) + '1');
		expect(d?.message).toBe('Parser stack overflowed - Python source too complex to parse');
	});

	test('too many nested parentheses', () => {
		expect(firstError('('.repeat(1000) + ')'.repeat(1000))?.message).toBe('too many nested parentheses');
	});
});

describe('large input', () => {
	// Speed is measured by tools/bench-parser.mjs, not by timed tests.
	test('10,000 lines parse without diagnostics', () => {
		const line = "    total = compute(alpha, beta[1:2], {'k': 3.5}) + f'{x!r:>10}'  # note\n";
		expect(parse('def f():\n' + line.repeat(10000)).diagnostics).toEqual([]);
	}, 60_000);
});
