/*
 * tokenizerTypes.ts
 * Token kinds, operator and keyword enums, and the token shapes produced by the tokenizer.
 */

import { TextRange } from '../common/textRange';

export const enum TokenType {
	Invalid, // 0
	EndOfStream,
	NewLine,
	Indent,
	Dedent,
	String,
	Number,
	Identifier,
	Keyword,
	Operator,
	Colon, // 10
	Semicolon,
	Comma,
	OpenParenthesis,
	CloseParenthesis,
	OpenBracket,
	CloseBracket,
	OpenCurlyBrace,
	CloseCurlyBrace,
	Dot,
	Ellipsis, // 20
	Arrow,
	ExclamationMark,
}

export const enum NewLineType {
	CarriageReturn,
	LineFeed,
	CarriageReturnLineFeed,
	Implied,
}

/** Operators (binary, unary, augmented assignment and comparison), named like pyright's. */
export const enum OperatorType {
	// Binary arithmetic and bitwise operators.
	Add, // 0
	Subtract,
	Multiply,
	Divide,
	FloorDivide,
	Mod,
	Power,
	MatrixMultiply,
	LeftShift,
	RightShift,
	BitwiseAnd, // 10
	BitwiseOr,
	BitwiseXor,
	// Unary operators (Add and Subtract double as unary + and -).
	BitwiseInvert,
	Not,
	// Boolean operators.
	And,
	Or,
	// Comparison operators.
	LessThan,
	LessThanOrEqual,
	GreaterThan,
	GreaterThanOrEqual, // 20
	Equals,
	NotEquals,
	Is,
	IsNot,
	In,
	NotIn,
	// Assignment operators (tokens only; AugAssign nodes carry the binary operator).
	Assign,
	AddEqual,
	SubtractEqual,
	MultiplyEqual, // 30
	DivideEqual,
	FloorDivideEqual,
	ModEqual,
	PowerEqual,
	MatrixMultiplyEqual,
	LeftShiftEqual,
	RightShiftEqual,
	BitwiseAndEqual,
	BitwiseOrEqual,
	BitwiseXorEqual, // 40
	Walrus,
	/** `<>`: only valid with `from __future__ import barry_as_FLUFL`; always an error here. */
	LessOrGreaterThan,
}

export const enum KeywordType {
	False,
	None,
	True,
	And,
	As,
	Assert,
	Async,
	Await,
	Break,
	Class,
	Continue, // 10
	Def,
	Del,
	Elif,
	Else,
	Except,
	Finally,
	For,
	From,
	Global,
	If, // 20
	Import,
	In,
	Is,
	Lambda,
	Nonlocal,
	Not,
	Or,
	Pass,
	Raise,
	Return, // 30
	Try,
	While,
	With,
	Yield,
	// Soft keywords: tokenized as Keyword tokens but accepted as identifiers by the parser.
	Match,
	Case,
	Type,
	Underscore,
}

export const enum StringTokenFlags {
	None = 0,
	SingleQuote = 1 << 0,
	DoubleQuote = 1 << 1,
	Triplicate = 1 << 2,
	Raw = 1 << 3,
	Unicode = 1 << 4,
	Bytes = 1 << 5,
	Format = 1 << 6,
	/** The closing quote is missing. */
	Unterminated = 1 << 16,
}

export interface TokenBase extends TextRange {
	readonly type: TokenType;
}

export interface Token extends TokenBase {}

export namespace Token {
	export function create(type: TokenType, start: number, length: number): Token {
		return { type, start, length };
	}
}

export interface IndentToken extends TokenBase {
	readonly type: TokenType.Indent;
	readonly indentAmount: number;
	/** Tab-1 and tab-8 widths disagree on the comparison with the previous level (TabError). */
	readonly isIndentAmbiguous: boolean;
}

export namespace IndentToken {
	export function create(start: number, length: number, indentAmount: number, isIndentAmbiguous: boolean): IndentToken {
		return { type: TokenType.Indent, start, length, indentAmount, isIndentAmbiguous };
	}
}

export interface DedentToken extends TokenBase {
	readonly type: TokenType.Dedent;
	readonly indentAmount: number;
	/**
	 * False when the new indentation matches no outer level. The parser reports
	 * "unindent does not match any outer indentation level" for it.
	 */
	readonly matchesIndent: boolean;
	readonly isIndentAmbiguous: boolean;
}

export namespace DedentToken {
	export function create(
		start: number,
		length: number,
		indentAmount: number,
		matchesIndent: boolean,
		isIndentAmbiguous: boolean,
	): DedentToken {
		return { type: TokenType.Dedent, start, length, indentAmount, matchesIndent, isIndentAmbiguous };
	}
}

export interface NewLineToken extends TokenBase {
	readonly type: TokenType.NewLine;
	readonly newLineType: NewLineType;
}

export namespace NewLineToken {
	export function create(start: number, length: number, newLineType: NewLineType): NewLineToken {
		return { type: TokenType.NewLine, start, length, newLineType };
	}
}

export interface KeywordToken extends TokenBase {
	readonly type: TokenType.Keyword;
	readonly keywordType: KeywordType;
}

export namespace KeywordToken {
	export function create(start: number, length: number, keywordType: KeywordType): KeywordToken {
		return { type: TokenType.Keyword, start, length, keywordType };
	}
}

export interface IdentifierToken extends TokenBase {
	readonly type: TokenType.Identifier;
	/** NFKC-normalized name, as CPython stores it. */
	readonly value: string;
}

export namespace IdentifierToken {
	export function create(start: number, length: number, value: string): IdentifierToken {
		return { type: TokenType.Identifier, start, length, value };
	}
}

export interface OperatorToken extends TokenBase {
	readonly type: TokenType.Operator;
	readonly operatorType: OperatorType;
}

export namespace OperatorToken {
	export function create(start: number, length: number, operatorType: OperatorType): OperatorToken {
		return { type: TokenType.Operator, start, length, operatorType };
	}
}

export const enum NumberKind {
	Int,
	Float,
	Imaginary,
}

export interface NumberToken extends TokenBase {
	readonly type: TokenType.Number;
	readonly kind: NumberKind;
	/** Int: number, or bigint beyond Number.MAX_SAFE_INTEGER. Float/Imaginary: number. */
	readonly value: number | bigint;
}

export namespace NumberToken {
	export function create(start: number, length: number, kind: NumberKind, value: number | bigint): NumberToken {
		return { type: TokenType.Number, start, length, kind, value };
	}
}

/** One piece of an f-string found by the tokenizer (offsets into the whole source). */
export type FStringSegment = FStringLiteralSegment | FStringFieldSegment;

export interface FStringLiteralSegment {
	readonly kind: 'literal';
	readonly start: number;
	readonly end: number;
	/** Decoded text (escapes processed unless raw, `{{` and `}}` collapsed). */
	readonly value: string;
}

export interface FStringFieldSegment {
	readonly kind: 'field';
	/** Offset of `{`. */
	readonly start: number;
	/** Offset just past `}` (or where scanning stopped when unterminated). */
	readonly end: number;
	/** The expression text range. */
	readonly exprStart: number;
	readonly exprEnd: number;
	/** For `{x=}`: text from after `{` through `=` inclusive (with whitespace). */
	readonly debugText: string | undefined;
	/** 's', 'r', 'a', or -1 when there is none. */
	readonly conversion: -1 | 's' | 'r' | 'a';
	/** Offset of the conversion character (for errors). */
	readonly conversionStart: number;
	/** Format spec pieces, when a `:` was present. */
	readonly spec: FStringSegment[] | undefined;
	readonly specStart: number;
	readonly specEnd: number;
}

export interface StringToken extends TokenBase {
	readonly type: TokenType.String;
	readonly flags: StringTokenFlags;
	/** Length of the prefix (r, b, f, rb, ...). */
	readonly prefixLength: number;
	/** Length of the opening quote: 1 or 3. */
	readonly quoteLength: number;
	/** Decoded value for str/bytes literals (bytes: one char per byte value). Unused for f-strings. */
	readonly value: string;
	/** For f-strings: the literal and replacement-field pieces. */
	readonly segments: FStringSegment[] | undefined;
}

export namespace StringToken {
	export function create(
		start: number,
		length: number,
		flags: StringTokenFlags,
		prefixLength: number,
		quoteLength: number,
		value: string,
		segments: FStringSegment[] | undefined,
	): StringToken {
		return { type: TokenType.String, start, length, flags, prefixLength, quoteLength, value, segments };
	}
}
