/*
 * tokenizer.test.ts
 * Unit tests for the tokenizer: exact token types, offsets and lengths, and tokenizer errors.
 */

import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/runtime/lexer/tokenizer';
import {
	DedentToken,
	IdentifierToken,
	IndentToken,
	KeywordToken,
	KeywordType,
	NumberKind,
	NumberToken,
	OperatorToken,
	OperatorType,
	StringToken,
	StringTokenFlags,
	TokenType,
} from '../../src/runtime/lexer/tokenizerTypes';

function types(text: string): TokenType[] {
	return tokenize(text).tokens.map((t) => t.type);
}

describe('tokenizer: structure', () => {
	test('Empty', () => {
		const r = tokenize('');
		expect(r.tokens.map((t) => t.type)).toEqual([TokenType.EndOfStream]);
		expect(r.errors).toEqual([]);
	});

	test('NewLines', () => {
		const r = tokenize('a\nb\r\nc\rd');
		expect(r.tokens.map((t) => [t.type, t.start, t.length])).toEqual([
			[TokenType.Identifier, 0, 1],
			[TokenType.NewLine, 1, 1],
			[TokenType.Identifier, 2, 1],
			[TokenType.NewLine, 3, 2],
			[TokenType.Identifier, 5, 1],
			[TokenType.NewLine, 6, 1],
			[TokenType.Identifier, 7, 1],
			[TokenType.NewLine, 8, 0],
			[TokenType.EndOfStream, 8, 0],
		]);
		expect(r.lines.lineStarts).toEqual([0, 2, 5, 7]);
	});

	test('Blank lines and comments produce no tokens', () => {
		expect(types('\n\n# c\n   \nx # tail\n\n')).toEqual([TokenType.Identifier, TokenType.NewLine, TokenType.EndOfStream]);
	});

	test('NewLines inside brackets are dropped', () => {
		expect(types('(a,\n b)\n')).toEqual([
			TokenType.OpenParenthesis,
			TokenType.Identifier,
			TokenType.Comma,
			TokenType.Identifier,
			TokenType.CloseParenthesis,
			TokenType.NewLine,
			TokenType.EndOfStream,
		]);
	});

	test('Line continuation', () => {
		expect(types('x = \\\n  1\n')).toEqual([TokenType.Identifier, TokenType.Operator, TokenType.Number, TokenType.NewLine, TokenType.EndOfStream]);
	});

	test('Indent and dedent', () => {
		const r = tokenize('if x:\n  if y:\n    z\nw\n');
		const t = r.tokens;
		expect(t.map((x) => x.type)).toEqual([
			TokenType.Keyword,
			TokenType.Identifier,
			TokenType.Colon,
			TokenType.NewLine,
			TokenType.Indent,
			TokenType.Keyword,
			TokenType.Identifier,
			TokenType.Colon,
			TokenType.NewLine,
			TokenType.Indent,
			TokenType.Identifier,
			TokenType.NewLine,
			TokenType.Dedent,
			TokenType.Dedent,
			TokenType.Identifier,
			TokenType.NewLine,
			TokenType.EndOfStream,
		]);
		expect((t[4] as IndentToken).indentAmount).toBe(2);
		expect((t[9] as IndentToken).indentAmount).toBe(4);
		expect((t[12] as DedentToken).matchesIndent).toBe(true);
	});

	test('Dedents at end of file', () => {
		expect(types('if x:\n  y')).toEqual([
			TokenType.Keyword,
			TokenType.Identifier,
			TokenType.Colon,
			TokenType.NewLine,
			TokenType.Indent,
			TokenType.Identifier,
			TokenType.NewLine,
			TokenType.Dedent,
			TokenType.EndOfStream,
		]);
	});

	test('Tab indentation counts to multiples of 8', () => {
		const r = tokenize('if x:\n\ty\n');
		expect((r.tokens[4] as IndentToken).indentAmount).toBe(8);
		expect(r.errors).toEqual([]);
	});
});

describe('tokenizer: tokens', () => {
	test('Keywords and identifiers', () => {
		const t = tokenize('async await match _ caf\u00e9 \ufb01').tokens;
		expect((t[0] as KeywordToken).keywordType).toBe(KeywordType.Async);
		expect((t[1] as KeywordToken).keywordType).toBe(KeywordType.Await);
		// Soft keywords are identifiers.
		expect((t[2] as IdentifierToken).value).toBe('match');
		expect((t[3] as IdentifierToken).value).toBe('_');
		expect((t[4] as IdentifierToken).value).toBe('caf\u00e9');
		// NFKC: the ligature "fi" becomes "fi".
		expect((t[5] as IdentifierToken).value).toBe('fi');
	});

	test('Operators', () => {
		const ops = tokenize('+ -= ** **= // //= << <<= >> >>= -> := != == <= >= < > @ @= ~ % & | ^').tokens;
		const got = ops.filter((t) => t.type === TokenType.Operator).map((t) => (t as OperatorToken).operatorType);
		expect(got).toEqual([
			OperatorType.Add,
			OperatorType.SubtractEqual,
			OperatorType.Power,
			OperatorType.PowerEqual,
			OperatorType.FloorDivide,
			OperatorType.FloorDivideEqual,
			OperatorType.LeftShift,
			OperatorType.LeftShiftEqual,
			OperatorType.RightShift,
			OperatorType.RightShiftEqual,
			OperatorType.Walrus,
			OperatorType.NotEquals,
			OperatorType.Equals,
			OperatorType.LessThanOrEqual,
			OperatorType.GreaterThanOrEqual,
			OperatorType.LessThan,
			OperatorType.GreaterThan,
			OperatorType.MatrixMultiply,
			OperatorType.MatrixMultiplyEqual,
			OperatorType.BitwiseInvert,
			OperatorType.Mod,
			OperatorType.BitwiseAnd,
			OperatorType.BitwiseOr,
			OperatorType.BitwiseXor,
		]);
		expect(ops.some((t) => t.type === TokenType.Arrow)).toBe(true);
	});

	test('Dots and ellipsis', () => {
		expect(types('a.b ... .5')).toEqual([
			TokenType.Identifier,
			TokenType.Dot,
			TokenType.Identifier,
			TokenType.Ellipsis,
			TokenType.Number,
			TokenType.NewLine,
			TokenType.EndOfStream,
		]);
	});

	test.each([
		['0', NumberKind.Int, 0],
		['1_000', NumberKind.Int, 1000],
		['0x_ff', NumberKind.Int, 255],
		['0o17', NumberKind.Int, 15],
		['0b101', NumberKind.Int, 5],
		['00', NumberKind.Int, 0],
		['1.5', NumberKind.Float, 1.5],
		['.5', NumberKind.Float, 0.5],
		['1.', NumberKind.Float, 1],
		['1e3', NumberKind.Float, 1000],
		['1_0.0_1e-1_0', NumberKind.Float, 10.01e-10],
		['2j', NumberKind.Imaginary, 2],
		['1.5J', NumberKind.Imaginary, 1.5],
		['07.5', NumberKind.Float, 7.5],
	])('Number %s', (text, kind, value) => {
		const t = tokenize(text).tokens[0] as NumberToken;
		expect(t.type).toBe(TokenType.Number);
		expect(t.length).toBe(text.length);
		expect(t.kind).toBe(kind);
		expect(t.value).toBe(value);
	});

	test('Big integers become bigint', () => {
		const t = tokenize('123456789012345678901234567890').tokens[0] as NumberToken;
		expect(t.value).toBe(123456789012345678901234567890n);
		const s = tokenize('9007199254740991').tokens[0] as NumberToken;
		expect(s.value).toBe(9007199254740991);
		const h = tokenize('0x1ffffffffffffffffff').tokens[0] as NumberToken;
		expect(h.value).toBe(0x1ffffffffffffffffffn);
	});

	test('Number followed by a keyword (1if x else 2)', () => {
		expect(types('1if x else 2')).toEqual([
			TokenType.Number,
			TokenType.Keyword,
			TokenType.Identifier,
			TokenType.Keyword,
			TokenType.Number,
			TokenType.NewLine,
			TokenType.EndOfStream,
		]);
	});

	test.each([
		["'abc'", 'abc', StringTokenFlags.SingleQuote],
		['"a\\nb"', 'a\nb', StringTokenFlags.DoubleQuote],
		["r'a\\nb'", 'a\\nb', StringTokenFlags.SingleQuote | StringTokenFlags.Raw],
		["'''a\nb'''", 'a\nb', StringTokenFlags.SingleQuote | StringTokenFlags.Triplicate],
		["'\\x41\\u00e9\\U0001F600\\101\\0'", 'A\u00e9\u{1F600}A\0', StringTokenFlags.SingleQuote],
		["'\\N{BULLET}'", '\u2022', StringTokenFlags.SingleQuote],
		["'a\\\nb'", 'ab', StringTokenFlags.SingleQuote],
		["u'x'", 'x', StringTokenFlags.SingleQuote | StringTokenFlags.Unicode],
		["'\\d'", '\\d', StringTokenFlags.SingleQuote],
	])('String %s', (text, value, flags) => {
		const t = tokenize(text).tokens[0] as StringToken;
		expect(t.type).toBe(TokenType.String);
		expect(t.length).toBe(text.length);
		expect(t.value).toBe(value);
		expect(t.flags).toBe(flags);
	});

	test('Bytes', () => {
		const t = tokenize("b'\\xff\\x00A'").tokens[0] as StringToken;
		expect(t.flags & StringTokenFlags.Bytes).toBeTruthy();
		expect([...t.value].map((c) => c.charCodeAt(0))).toEqual([255, 0, 65]);
	});

	test('f-string segments', () => {
		const text = "f'a{b!r:>{w}}c{{d}}{x=}'";
		const t = tokenize(text).tokens[0] as StringToken;
		expect(t.length).toBe(text.length);
		const segs = t.segments!;
		expect(segs.map((s) => s.kind)).toEqual(['literal', 'field', 'literal', 'field']);
		expect(segs[0]).toMatchObject({ value: 'a' });
		expect(segs[1]).toMatchObject({ kind: 'field', conversion: 'r', exprStart: 4, exprEnd: 5 });
		expect(segs[2]).toMatchObject({ value: 'c{d}' });
		expect(segs[3]).toMatchObject({ kind: 'field', debugText: 'x=' });
	});

	test('f-string with nested quotes (3.12+)', () => {
		const text = 'f"{"a" + f"{b}"}"';
		const r = tokenize(text);
		expect(r.errors).toEqual([]);
		expect(r.tokens[0].length).toBe(text.length);
	});
});

describe('tokenizer: errors', () => {
	test.each([
		['x = 1\u00a0+ 2', 'invalid non-printable character U+00A0', 1, 6],
		['print(1\uff0c 2)', "invalid character '\uff0c' (U+FF0C)", 1, 8],
		["s = 'abc\n", 'unterminated string literal (detected at line 1)', 1, 5],
		['s = """abc\n\ndef', 'unterminated triple-quoted string literal (detected at line 3)', 1, 5],
		['1abc', 'invalid decimal literal', 1, 1],
		['0777', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 1],
		['0b2', "invalid digit '2' in binary literal", 1, 3],
		['x = (1,\n2]', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2],
		[')', "unmatched ')'", 1, 1],
		['(' .repeat(201), 'too many nested parentheses', 1, 201],
	])('%j', (text, message, line, column) => {
		const r = tokenize(text);
		expect(r.errors.length).toBeGreaterThan(0);
		expect(r.errors[0]).toMatchObject({ message, line, column });
	});

	test('Unindent that matches no level is recorded on the Dedent', () => {
		const r = tokenize('if x:\n  a\n b\n');
		expect(r.errors[0]).toMatchObject({ kind: 'IndentationError', message: 'unindent does not match any outer indentation level', line: 3 });
		const dedent = r.tokens.find((t) => t.type === TokenType.Dedent) as DedentToken;
		expect(dedent.matchesIndent).toBe(false);
	});

	test('Inconsistent tabs and spaces', () => {
		const r = tokenize('if x:\n        a\n\tb\n');
		expect(r.errors[0]).toMatchObject({ kind: 'TabError', message: 'inconsistent use of tabs and spaces in indentation', line: 3, column: 1 });
	});

	test('Unclosed brackets are reported to the parser', () => {
		const r = tokenize('f(a, [b\n');
		expect(r.openBrackets.map((b) => b.offset)).toEqual([1, 5]);
	});
});

describe('tokenizer: large input', () => {
	// Speed is measured by tools/bench-parser.mjs, not by timed tests.
	test('10,000 lines tokenize without errors', () => {
		const line = "    result = compute(alpha, beta[1:2], {'k': 3.5e-3}) + f'{x!r:>10}' # comment\n";
		const r = tokenize('def f():\n' + line.repeat(10000));
		expect(r.errors).toEqual([]);
	});
});
