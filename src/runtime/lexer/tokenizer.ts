/*
 * tokenizer.ts
 * Converts a Python program text into a stream of tokens (single pass, char codes, no regex
 * per character), with CPython's tokenizer errors recorded rather than thrown.
 */

import { Diagnostic, DiagnosticKind } from '../common/diagnostics';
import { LineTable, buildLineTable, lineColOf, lineIndexOf } from '../common/positionUtils';
import * as characters from './characters';
import {
	DedentToken,
	FStringFieldSegment,
	FStringSegment,
	IdentifierToken,
	IndentToken,
	KeywordToken,
	KeywordType,
	NewLineToken,
	NewLineType,
	NumberKind,
	NumberToken,
	OperatorToken,
	OperatorType,
	StringToken,
	StringTokenFlags,
	Token,
	TokenType,
} from './tokenizerTypes';


// Imported helpers bound once to module-level constants: test runners (vite-node, tsx) expose
// imports through getters, which would otherwise be paid on every character.
const isBinaryChar = characters.isBinaryChar;
const isDecimalChar = characters.isDecimalChar;
const isHexChar = characters.isHexChar;
const isOctalChar = characters.isOctalChar;
const isPotentialIdentifierChar = characters.isPotentialIdentifierChar;
const isPrintable = characters.isPrintable;
const isXidContinue = characters.isXidContinue;
const isXidStart = characters.isXidStart;

/** Character codes (file-local so that esbuild/tsc inline them in the hot loops). */
const enum Char {
	Null = 0,
	Tab = 9,
	LineFeed = 10,
	FormFeed = 12,
	CarriageReturn = 13,
	Space = 32,
	ExclamationMark = 33,
	DoubleQuote = 34,
	Hash = 35,
	Dollar = 36,
	Percent = 37,
	Ampersand = 38,
	SingleQuote = 39,
	OpenParenthesis = 40,
	CloseParenthesis = 41,
	Asterisk = 42,
	Plus = 43,
	Comma = 44,
	Hyphen = 45,
	Period = 46,
	Slash = 47,
	_0 = 48,
	_1 = 49,
	_7 = 55,
	_9 = 57,
	Colon = 58,
	Semicolon = 59,
	Less = 60,
	Equal = 61,
	Greater = 62,
	QuestionMark = 63,
	At = 64,
	A = 65,
	B = 66,
	E = 69,
	F = 70,
	J = 74,
	N = 78,
	O = 79,
	R = 82,
	U = 85,
	X = 88,
	Z = 90,
	OpenBracket = 91,
	Backslash = 92,
	CloseBracket = 93,
	Caret = 94,
	Underscore = 95,
	Backtick = 96,
	a = 97,
	b = 98,
	e = 101,
	f = 102,
	j = 106,
	n = 110,
	o = 111,
	r = 114,
	u = 117,
	x = 120,
	z = 122,
	OpenBrace = 123,
	Bar = 124,
	CloseBrace = 125,
	Tilde = 126,
}

export type PythonVersionString = '3.7' | '3.8' | '3.9' | '3.10' | '3.11' | '3.12' | '3.13';

/** Python version as a comparable number: 3.7 -> 307, 3.13 -> 313. */
export function versionNumber(version: PythonVersionString | undefined): number {
	if (!version) return 313;
	const minor = parseInt(version.slice(2), 10);
	return 300 + (isNaN(minor) ? 13 : minor);
}

/**
 * A tokenizer error. `fatal` errors are the ones CPython's tokenizer raises itself (bad
 * characters, unterminated strings, bad numbers, bracket mismatches): CPython reports them even
 * when the parser failed earlier in the file. The others (indentation, line continuation) are
 * reported only when the parser reaches their token.
 */
export interface TokenizerError extends Diagnostic {
	fatal: boolean;
	/** Index of the Invalid token that carries the error. */
	tokenIndex: number;
}

/** An Invalid token; `errorIndex` points into TokenizerOutput.errors, or is -1 (e.g. `$`). */
export interface InvalidToken extends Token {
	readonly type: TokenType.Invalid;
	readonly errorIndex: number;
}

export interface TokenizerOutput {
	tokens: Token[];
	lines: LineTable;
	errors: TokenizerError[];
	/** Unclosed brackets at the end of the text (innermost last): offset and character. */
	openBrackets: { offset: number; char: number }[];
}

export interface TokenizerOptions {
	pythonVersion?: PythonVersionString;
	/** Tokenize only [start, end) of the text (f-string expressions). */
	start?: number;
	end?: number;
	/** Start inside brackets: newlines and indentation are ignored (f-string expressions). */
	insideBrackets?: boolean;
	/** Reuse a line table built for the same text. */
	lines?: LineTable;
}

const _keywords: Map<string, KeywordType> = new Map([
	['False', KeywordType.False],
	['None', KeywordType.None],
	['True', KeywordType.True],
	['and', KeywordType.And],
	['as', KeywordType.As],
	['assert', KeywordType.Assert],
	['async', KeywordType.Async],
	['await', KeywordType.Await],
	['break', KeywordType.Break],
	['class', KeywordType.Class],
	['continue', KeywordType.Continue],
	['def', KeywordType.Def],
	['del', KeywordType.Del],
	['elif', KeywordType.Elif],
	['else', KeywordType.Else],
	['except', KeywordType.Except],
	['finally', KeywordType.Finally],
	['for', KeywordType.For],
	['from', KeywordType.From],
	['global', KeywordType.Global],
	['if', KeywordType.If],
	['import', KeywordType.Import],
	['in', KeywordType.In],
	['is', KeywordType.Is],
	['lambda', KeywordType.Lambda],
	['nonlocal', KeywordType.Nonlocal],
	['not', KeywordType.Not],
	['or', KeywordType.Or],
	['pass', KeywordType.Pass],
	['raise', KeywordType.Raise],
	['return', KeywordType.Return],
	['try', KeywordType.Try],
	['while', KeywordType.While],
	['with', KeywordType.With],
	['yield', KeywordType.Yield],
]);

/** CPython's MAXLEVEL (bracket nesting) and MAXINDENT. */
const _maxBracketDepth = 200;
const _maxIndentDepth = 100;
const _tabSize = 8;

/** Names accepted in \N{...}; CPython knows the whole Unicode database, we know these. */
const _unicodeNames: Record<string, number> = {
	'BULLET': 0x2022,
	'EM DASH': 0x2014,
	'EN DASH': 0x2013,
	'HORIZONTAL ELLIPSIS': 0x2026,
	'NO-BREAK SPACE': 0xa0,
	'SPACE': 0x20,
	'DEGREE SIGN': 0xb0,
	'MICRO SIGN': 0xb5,
	'GREEK SMALL LETTER ALPHA': 0x3b1,
	'GREEK SMALL LETTER BETA': 0x3b2,
	'GREEK SMALL LETTER PI': 0x3c0,
	'GREEK CAPITAL LETTER DELTA': 0x394,
	'GREEK CAPITAL LETTER OMEGA': 0x3a9,
	'RIGHTWARDS ARROW': 0x2192,
	'LEFTWARDS ARROW': 0x2190,
	'CHECK MARK': 0x2713,
	'HEAVY CHECK MARK': 0x2714,
	'BALLOT X': 0x2717,
	'MULTIPLICATION SIGN': 0xd7,
	'DIVISION SIGN': 0xf7,
	'COPYRIGHT SIGN': 0xa9,
	'EURO SIGN': 0x20ac,
	'POUND SIGN': 0xa3,
	'SNOWMAN': 0x2603,
	'BLACK STAR': 0x2605,
	'WHITE STAR': 0x2606,
	'HOURGLASS': 0x231b,
	'ALARM CLOCK': 0x23f0,
	'ZERO WIDTH SPACE': 0x200b,
	'LATIN SMALL LETTER E WITH ACUTE': 0xe9,
	'SNAKE': 0x1f40d,
	'GRINNING FACE': 0x1f600,
	'PARTY POPPER': 0x1f389,
	'ROCKET': 0x1f680,
	'HOT BEVERAGE': 0x2615,
	'WARNING SIGN': 0x26a0,
	'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500,
	'BOX DRAWINGS LIGHT VERTICAL': 0x2502,
	'FULL BLOCK': 0x2588,
	'LIGHT SHADE': 0x2591,
	'LINE FEED': 0x0a,
	'CARRIAGE RETURN': 0x0d,
	'CHARACTER TABULATION': 0x09,
	'NULL': 0x00,
	'ESCAPE': 0x1b,
};

function _utf8Length(cp: number): number {
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** A decoding problem found inside a string literal; the parser reports it on the token. */
export interface StringDecodeError {
	message: string;
	/** Explicit CPython position (pre-3.12 f-string errors point past the end of the token). */
	line?: number;
	column?: number;
}

/** String tokens carry decode errors (CPython raises them from the parser, on the token). */
export interface StringTokenWithError extends StringToken {
	decodeError?: StringDecodeError | undefined;
}

export function tokenize(text: string, options?: TokenizerOptions): TokenizerOutput {
	return new Tokenizer(text, options).tokenize();
}

export class Tokenizer {
	private readonly _text: string;
	private readonly _version: number;
	private readonly _lines: LineTable;
	private _pos: number;
	private readonly _end: number;
	private readonly _tokens: Token[] = [];
	private readonly _errors: TokenizerError[] = [];
	/** Open brackets: char code and offset. */
	private readonly _bracketChars: number[] = [];
	private readonly _bracketOffsets: number[] = [];
	private readonly _baseBracketDepth: number;
	/** Indentation stack: tab-8 widths and tab-1 widths (CPython's indstack/altindstack). */
	private readonly _indents: number[] = [0];
	private readonly _altIndents: number[] = [0];
	private _atLineStart = true;
	/** True once a fatal error stopped CPython's tokenizer (later errors are not recorded). */
	private _stopped = false;

	constructor(text: string, options?: TokenizerOptions) {
		this._text = text;
		this._version = versionNumber(options?.pythonVersion);
		this._lines = options?.lines ?? buildLineTable(text);
		this._pos = options?.start ?? 0;
		this._end = options?.end ?? text.length;
		this._baseBracketDepth = options?.insideBrackets ? 1 : 0;
		if (options?.insideBrackets) {
			this._atLineStart = false;
		}
	}

	tokenize(): TokenizerOutput {
		const text = this._text;
		const end = this._end;
		while (this._pos < end) {
			if (this._atLineStart && this._bracketDepth() === 0) {
				if (!this._handleIndentation()) {
					continue;
				}
				if (this._pos >= end) break;
			}
			const ch = text.charCodeAt(this._pos);
			switch (ch) {
				case Char.Space:
				case Char.Tab:
				case Char.FormFeed:
					this._pos++;
					break;
				case Char.Hash:
					this._skipComment();
					break;
				case Char.LineFeed:
				case Char.CarriageReturn:
					this._handleNewLine(ch);
					break;
				case Char.Backslash:
					this._handleBackslash();
					break;
				default:
					this._handleCharacter(ch);
					break;
			}
		}
		this._finish();
		const openBrackets: { offset: number; char: number }[] = [];
		for (let i = 0; i < this._bracketChars.length; i++) {
			openBrackets.push({ offset: this._bracketOffsets[i], char: this._bracketChars[i] });
		}
		return { tokens: this._tokens, lines: this._lines, errors: this._errors, openBrackets };
	}

	private _bracketDepth(): number {
		return this._bracketChars.length + this._baseBracketDepth;
	}

	// ------------------------------------------------------------------------------------------
	// Errors

	/**
	 * Records an error with CPython's position convention for tokenizer errors: the column is the
	 * number of characters between the line start and `cur` (CPython's tok->cur).
	 */
	private _errorAtCur(message: string, cur: number, kind: DiagnosticKind = 'SyntaxError', fatal = true): void {
		// 3.7 called every malformed number "invalid token".
		if (this._version < 308 && ((message.startsWith('invalid ') && message.endsWith(' literal')) || message.startsWith('leading zeros'))) message = 'invalid token';
		const lc = lineColOf(this._lines, cur);
		this._addError(kind, message, Math.max(cur - 1, 0), cur, lc.line, lc.column - 1, lc.line, lc.column - 1, fatal);
	}

	private _addError(
		kind: DiagnosticKind,
		message: string,
		start: number,
		end: number,
		line: number,
		column: number,
		endLine: number,
		endColumn: number,
		fatal: boolean,
	): void {
		if (this._collected) {
			this._collected.push({ message });
			return;
		}
		if (this._stopped) {
			// CPython stops at its first fatal tokenizer error; later ones would never be seen,
			// but keep them (non-fatal) for editor squiggles.
			fatal = false;
		}
		const tokenIndex = this._tokens.length;
		this._errors.push({ kind, message, start, end, line, column, endLine, endColumn, fatal, tokenIndex });
		const token: InvalidToken = { type: TokenType.Invalid, start, length: Math.max(end - start, 0), errorIndex: this._errors.length - 1 };
		this._tokens.push(token);
		if (fatal) {
			this._stopped = true;
		}
	}

	// ------------------------------------------------------------------------------------------
	// Lines and indentation

	/** Returns false when the line was blank (and consumed). */
	private _handleIndentation(): boolean {
		const text = this._text;
		const end = this._end;
		const lineStart = this._pos;
		let col = 0;
		let altCol = 0;
		let pos = this._pos;
		while (pos < end) {
			const ch = text.charCodeAt(pos);
			if (ch === Char.Space) {
				col++;
				altCol++;
			} else if (ch === Char.Tab) {
				col = (Math.floor(col / _tabSize) + 1) * _tabSize;
				altCol++;
			} else if (ch === Char.FormFeed) {
				col = altCol = 0;
			} else {
				break;
			}
			pos++;
		}
		this._pos = pos;
		if (pos >= end) {
			return true;
		}
		const ch = text.charCodeAt(pos);
		if (ch === Char.Hash || ch === Char.LineFeed || ch === Char.CarriageReturn) {
			// Blank line or comment-only line: no effect on indentation.
			if (ch === Char.Hash) {
				this._skipComment();
			}
			if (this._pos < end) {
				const c = text.charCodeAt(this._pos);
				this._pos += c === Char.CarriageReturn && text.charCodeAt(this._pos + 1) === Char.LineFeed ? 2 : 1;
			}
			return false;
		}
		this._atLineStart = false;
		this._setIndent(lineStart, pos, col, altCol);
		return true;
	}

	private _setIndent(lineStart: number, pos: number, col: number, altCol: number): void {
		const indents = this._indents;
		const alts = this._altIndents;
		const top = indents[indents.length - 1];
		const altTop = alts[alts.length - 1];
		if (col === top) {
			if (altCol !== altTop) {
				this._tabError(lineStart);
			}
		} else if (col > top) {
			if (indents.length > _maxIndentDepth) {
				const lc = lineColOf(this._lines, pos);
				this._addError('IndentationError', 'too many levels of indentation', lineStart, pos, lc.line, lc.column - 1, lc.line, -1, false);
			}
			if (altCol <= altTop) {
				this._tabError(lineStart);
			}
			indents.push(col);
			alts.push(altCol);
			this._tokens.push(IndentToken.create(lineStart, pos - lineStart, col, false));
		} else {
			let matches = true;
			let popped = 0;
			while (indents.length > 1 && col < indents[indents.length - 1]) {
				indents.pop();
				alts.pop();
				popped++;
			}
			if (col !== indents[indents.length - 1]) {
				matches = false;
				// CPython reports this at the end of the (physical) line, end_offset -1.
				const lineIndex = lineIndexOf(this._lines, pos);
				let eol = pos;
				const text = this._text;
				while (eol < this._end && text.charCodeAt(eol) !== Char.LineFeed && text.charCodeAt(eol) !== Char.CarriageReturn) {
					eol++;
				}
				const lc = lineColOf(this._lines, eol);
				this._addError(
					'IndentationError',
					'unindent does not match any outer indentation level',
					pos,
					eol,
					lineIndex + 1,
					lc.column,
					lineIndex + 1,
					-1,
					false,
				);
			} else if (altCol !== alts[alts.length - 1]) {
				this._tabError(lineStart);
			}
			// Emit one Dedent per popped level.
			for (let i = 0; i < popped; i++) {
				this._tokens.push(DedentToken.create(pos, 0, col, matches, false));
			}
		}
	}

	private _tabError(lineStart: number): void {
		if (this._version < 309) {
			// 3.7/3.8 point at the end of the line.
			const eol = this._endOfLine(lineStart);
			const e = lineColOf(this._lines, eol);
			this._addError('TabError', 'inconsistent use of tabs and spaces in indentation', lineStart, eol, e.line, e.column, e.line, e.column, false);
			return;
		}
		const lc = lineColOf(this._lines, lineStart);
		this._addError('TabError', 'inconsistent use of tabs and spaces in indentation', lineStart, lineStart, lc.line, 1, lc.line, 0, false);
	}

	private _endOfLine(pos: number): number {
		const text = this._text;
		while (pos < this._end && text.charCodeAt(pos) !== Char.LineFeed && text.charCodeAt(pos) !== Char.CarriageReturn) pos++;
		return pos;
	}

	private _skipComment(): void {
		const text = this._text;
		const end = this._end;
		let pos = this._pos;
		while (pos < end) {
			const ch = text.charCodeAt(pos);
			if (ch === Char.LineFeed || ch === Char.CarriageReturn) break;
			pos++;
		}
		this._pos = pos;
	}

	private _handleNewLine(ch: number): void {
		const start = this._pos;
		let length = 1;
		let type = ch === Char.LineFeed ? NewLineType.LineFeed : NewLineType.CarriageReturn;
		if (ch === Char.CarriageReturn && this._text.charCodeAt(start + 1) === Char.LineFeed) {
			length = 2;
			type = NewLineType.CarriageReturnLineFeed;
		}
		this._pos += length;
		if (this._bracketDepth() > 0) {
			return;
		}
		this._tokens.push(NewLineToken.create(start, length, type));
		this._atLineStart = true;
	}

	private _handleBackslash(): void {
		const text = this._text;
		const start = this._pos;
		const next = start + 1 < this._end ? text.charCodeAt(start + 1) : -1;
		if (next === Char.LineFeed || next === Char.CarriageReturn) {
			this._pos += next === Char.CarriageReturn && text.charCodeAt(start + 2) === Char.LineFeed ? 3 : 2;
			if (this._pos >= this._end && this._bracketDepth() === 0) {
				// `x = 1 \` + newline at EOF: CPython says "unexpected EOF while parsing".
				const lc = lineColOf(this._lines, start + 1);
				this._addError('SyntaxError', 'unexpected EOF while parsing', start, start + 1, lc.line, lc.column, lc.line, -1, false);
			}
			return;
		}
		if (next === -1) {
			const lc = lineColOf(this._lines, start + 1);
			this._addError('SyntaxError', 'unexpected EOF while parsing', start, start + 1, lc.line, lc.column, lc.line, -1, false);
			this._pos++;
			return;
		}
		const lc = lineColOf(this._lines, this._version < 309 ? this._endOfLine(start) + 1 : start + 1);
		this._addError(
			'SyntaxError',
			'unexpected character after line continuation character',
			start,
			start + 1,
			lc.line,
			lc.column,
			lc.line,
			0,
			false,
		);
		this._pos++;
	}

	private _finish(): void {
		const end = this._end;
		if (this._baseBracketDepth === 0) {
			const last = this._tokens.length > 0 ? this._tokens[this._tokens.length - 1] : undefined;
			if (last && last.type !== TokenType.NewLine && last.type !== TokenType.Dedent && last.type !== TokenType.Indent) {
				this._tokens.push(NewLineToken.create(end, 0, NewLineType.Implied));
			}
			const dedents = this._indents.length - 1;
			for (let i = 0; i < dedents; i++) {
				this._tokens.push(DedentToken.create(end, 0, 0, true, false));
			}
		}
		this._tokens.push(Token.create(TokenType.EndOfStream, end, 0));
	}

	// ------------------------------------------------------------------------------------------
	// Tokens

	private _handleCharacter(ch: number): void {
		const text = this._text;
		const start = this._pos;
		if (ch < 128) {
			if ((ch >= Char.a && ch <= Char.z) || (ch >= Char.A && ch <= Char.Z) || ch === Char.Underscore) {
				if (this._tryString(ch)) return;
				this._handleIdentifier();
				return;
			}
			if (ch >= Char._0 && ch <= Char._9) {
				this._handleNumber();
				return;
			}
		} else {
			this._handleIdentifier();
			return;
		}
		const next = text.charCodeAt(start + 1);
		switch (ch) {
			case Char.SingleQuote:
			case Char.DoubleQuote:
				this._handleString(start, 0, StringTokenFlags.None);
				return;
			case Char.Period:
				if (next >= Char._0 && next <= Char._9) {
					this._handleNumber();
					return;
				}
				if (next === Char.Period && text.charCodeAt(start + 2) === Char.Period) {
					this._push(Token.create(TokenType.Ellipsis, start, 3));
					return;
				}
				this._push(Token.create(TokenType.Dot, start, 1));
				return;
			case Char.OpenParenthesis:
			case Char.OpenBracket:
			case Char.OpenBrace:
				this._openBracket(ch, start);
				return;
			case Char.CloseParenthesis:
			case Char.CloseBracket:
			case Char.CloseBrace:
				this._closeBracket(ch, start);
				return;
			case Char.Comma:
				this._push(Token.create(TokenType.Comma, start, 1));
				return;
			case Char.Semicolon:
				this._push(Token.create(TokenType.Semicolon, start, 1));
				return;
			case Char.Colon:
				if (next === Char.Equal) {
					this._push(OperatorToken.create(start, 2, OperatorType.Walrus));
					return;
				}
				this._push(Token.create(TokenType.Colon, start, 1));
				return;
			case Char.ExclamationMark:
				if (next === Char.Equal) {
					this._push(OperatorToken.create(start, 2, OperatorType.NotEquals));
					return;
				}
				this._push(Token.create(TokenType.ExclamationMark, start, 1));
				return;
			case Char.Hyphen:
				if (next === Char.Greater) {
					this._push(Token.create(TokenType.Arrow, start, 2));
					return;
				}
				this._operator(start, next, OperatorType.Subtract, OperatorType.SubtractEqual);
				return;
			case Char.Plus:
				this._operator(start, next, OperatorType.Add, OperatorType.AddEqual);
				return;
			case Char.Percent:
				this._operator(start, next, OperatorType.Mod, OperatorType.ModEqual);
				return;
			case Char.Ampersand:
				this._operator(start, next, OperatorType.BitwiseAnd, OperatorType.BitwiseAndEqual);
				return;
			case Char.Bar:
				this._operator(start, next, OperatorType.BitwiseOr, OperatorType.BitwiseOrEqual);
				return;
			case Char.Caret:
				this._operator(start, next, OperatorType.BitwiseXor, OperatorType.BitwiseXorEqual);
				return;
			case Char.At:
				this._operator(start, next, OperatorType.MatrixMultiply, OperatorType.MatrixMultiplyEqual);
				return;
			case Char.Equal:
				this._operator(start, next, OperatorType.Assign, OperatorType.Equals);
				return;
			case Char.Tilde:
				this._push(OperatorToken.create(start, 1, OperatorType.BitwiseInvert));
				return;
			case Char.Asterisk:
				if (next === Char.Asterisk) {
					this._operator(start + 1, text.charCodeAt(start + 2), OperatorType.Power, OperatorType.PowerEqual, start);
					return;
				}
				this._operator(start, next, OperatorType.Multiply, OperatorType.MultiplyEqual);
				return;
			case Char.Slash:
				if (next === Char.Slash) {
					this._operator(start + 1, text.charCodeAt(start + 2), OperatorType.FloorDivide, OperatorType.FloorDivideEqual, start);
					return;
				}
				this._operator(start, next, OperatorType.Divide, OperatorType.DivideEqual);
				return;
			case Char.Less:
				if (next === Char.Less) {
					this._operator(start + 1, text.charCodeAt(start + 2), OperatorType.LeftShift, OperatorType.LeftShiftEqual, start);
					return;
				}
				if (next === Char.Greater) {
					this._push(OperatorToken.create(start, 2, OperatorType.LessOrGreaterThan));
					return;
				}
				this._operator(start, next, OperatorType.LessThan, OperatorType.LessThanOrEqual);
				return;
			case Char.Greater:
				if (next === Char.Greater) {
					this._operator(start + 1, text.charCodeAt(start + 2), OperatorType.RightShift, OperatorType.RightShiftEqual, start);
					return;
				}
				this._operator(start, next, OperatorType.GreaterThan, OperatorType.GreaterThanOrEqual);
				return;
			case Char.Null: {
				// CPython refuses source with NUL bytes before tokenizing.
				const lc = lineColOf(this._lines, start);
				this._addError('SyntaxError', 'source code cannot contain null bytes', start, start + 1, lc.line, lc.column, lc.line, lc.column, true);
				this._pos++;
				return;
			}
			default: {
				// `$`, `?`, backtick and other ASCII: an error token the parser rejects ("invalid syntax").
				if (ch < 32 || ch === 127) {
					const lc = lineColOf(this._lines, start);
					const hex = ch.toString(16).toUpperCase().padStart(4, '0');
					this._addError('SyntaxError', `invalid non-printable character U+${hex}`, start, start + 1, lc.line, lc.column, lc.line, lc.column, true);
					this._pos++;
					return;
				}
				const token: InvalidToken = { type: TokenType.Invalid, start, length: 1, errorIndex: -1 };
				this._push(token);
				return;
			}
		}
	}

	/** `op` or `op=`; `tokenStart` is where the token begins (for `**`, `//`, `<<`, `>>`). */
	private _operator(pos: number, next: number, plain: OperatorType, withEqual: OperatorType, tokenStart = pos): void {
		if (next === Char.Equal) {
			this._push(OperatorToken.create(tokenStart, pos + 2 - tokenStart, withEqual));
		} else {
			this._push(OperatorToken.create(tokenStart, pos + 1 - tokenStart, plain));
		}
	}

	private _push(token: Token): void {
		this._tokens.push(token);
		this._pos = token.start + token.length;
	}

	private _openBracket(ch: number, start: number): void {
		if (this._bracketDepth() >= _maxBracketDepth) {
			this._errorAtCur('too many nested parentheses', start + 1);
			this._pos++;
			return;
		}
		this._bracketChars.push(ch);
		this._bracketOffsets.push(start);
		const type = ch === Char.OpenParenthesis ? TokenType.OpenParenthesis : ch === Char.OpenBracket ? TokenType.OpenBracket : TokenType.OpenCurlyBrace;
		this._push(Token.create(type, start, 1));
	}

	private _closeBracket(ch: number, start: number): void {
		const type = ch === Char.CloseParenthesis ? TokenType.CloseParenthesis : ch === Char.CloseBracket ? TokenType.CloseBracket : TokenType.CloseCurlyBrace;
		if (this._bracketChars.length === 0) {
			if (this._baseBracketDepth > 0) {
				// Inside an f-string expression the caller decides.
				this._push(Token.create(type, start, 1));
				return;
			}
			this._errorAtCur(`unmatched '${String.fromCharCode(ch)}'`, start + 1);
			this._pos++;
			return;
		}
		const open = this._bracketChars[this._bracketChars.length - 1];
		const expected = open === Char.OpenParenthesis ? Char.CloseParenthesis : open === Char.OpenBracket ? Char.CloseBracket : Char.CloseBrace;
		if (ch !== expected) {
			const openOffset = this._bracketOffsets[this._bracketOffsets.length - 1];
			const openLine = lineIndexOf(this._lines, openOffset);
			const thisLine = lineIndexOf(this._lines, start);
			const c = String.fromCharCode(ch);
			const o = String.fromCharCode(open);
			const message =
				openLine === thisLine
					? `closing parenthesis '${c}' does not match opening parenthesis '${o}'`
					: `closing parenthesis '${c}' does not match opening parenthesis '${o}' on line ${openLine + 1}`;
			this._errorAtCur(message, start + 1);
			// Recover: treat it as closing the innermost bracket.
			this._bracketChars.pop();
			this._bracketOffsets.pop();
			this._pos++;
			return;
		}
		this._bracketChars.pop();
		this._bracketOffsets.pop();
		this._push(Token.create(type, start, 1));
	}

	private _handleIdentifier(): void {
		const text = this._text;
		const end = this._end;
		const start = this._pos;
		let pos = start;
		let ascii = true;
		while (pos < end) {
			const ch = text.charCodeAt(pos);
			if (ch < 128) {
				if (!isPotentialIdentifierChar(ch)) break;
			} else {
				ascii = false;
			}
			pos++;
		}
		this._pos = pos;
		let value = text.slice(start, pos);
		if (!ascii) {
			// Verify like CPython's verify_identifier: report the first invalid code point.
			let i = 0;
			let first = true;
			for (const cp of value) {
				const ok = first ? isXidStart(cp) : isXidContinue(cp);
				if (!ok && cp.charCodeAt(0) >= 128) {
					const code = cp.codePointAt(0)!;
					const hex = code.toString(16).toUpperCase().padStart(4, '0');
					const message =
						this._version < 309
							? 'invalid character in identifier'
							: isPrintable(cp)
								? `invalid character '${cp}' (U+${hex})`
								: `invalid non-printable character U+${hex}`;
					const badStart = start + i;
					const lc = lineColOf(this._lines, badStart);
					this._addError('SyntaxError', message, badStart, badStart + cp.length, lc.line, lc.column, lc.line, lc.column, true);
					// Continue after the bad character.
					this._pos = badStart + cp.length;
					if (i > 0) {
						const name = text.slice(start, badStart);
						// Put the valid prefix before the error token.
						this._tokens.splice(this._tokens.length - 1, 0, IdentifierToken.create(start, badStart - start, name.normalize('NFKC')));
						this._errors[this._errors.length - 1].tokenIndex++;
					}
					return;
				}
				first = false;
				i += cp.length;
			}
			value = value.normalize('NFKC');
		}
		const keyword = _keywords.get(value);
		if (keyword !== undefined) {
			this._tokens.push(KeywordToken.create(start, pos - start, keyword));
		} else {
			this._tokens.push(IdentifierToken.create(start, pos - start, value));
		}
	}

	// ------------------------------------------------------------------------------------------
	// Numbers (follows the structure of CPython's tok_get number branch)

	private _charAt(p: number): number {
		return p < this._end ? this._text.charCodeAt(p) : -1;
	}

	/** Reads digits with single underscores between them; returns the position after, or -1 on error. */
	private _decimalTail(p: number): number {
		for (;;) {
			while (isDecimalChar(this._charAt(p))) p++;
			if (this._charAt(p) !== Char.Underscore) return p;
			p++;
			if (!isDecimalChar(this._charAt(p))) {
				this._errorAtCur('invalid decimal literal', p);
				return -1;
			}
		}
	}

	/** Skips the rest of a bad numeric literal. */
	private _failNumber(start: number, p: number): void {
		while (isPotentialIdentifierChar(this._charAt(p)) && this._charAt(p) < 128) p++;
		this._pos = Math.max(p, start + 1);
	}

	private _handleNumber(): void {
		const text = this._text;
		const start = this._pos;
		let pos = start;
		let kind = NumberKind.Int;
		let radix = 10;

		let c = this._charAt(pos);
		if (c === Char.Period) {
			// Starts with '.': fraction.
			pos++;
			const r = this._numberFraction(pos, start);
			if (r.error) return this._failNumber(start, r.pos);
			pos = r.pos;
			kind = r.kind;
		} else if (c === Char._0) {
			pos++;
			c = this._charAt(pos);
			if (c === Char.x || c === Char.X || c === Char.o || c === Char.O || c === Char.b || c === Char.B) {
				radix = c === Char.x || c === Char.X ? 16 : c === Char.o || c === Char.O ? 8 : 2;
				const name = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
				const isDigit = radix === 16 ? isHexChar : radix === 8 ? isOctalChar : isBinaryChar;
				pos++;
				c = this._charAt(pos);
				do {
					if (c === Char.Underscore) {
						pos++;
						c = this._charAt(pos);
					}
					if (!isDigit(c)) {
						if (radix !== 16 && isDecimalChar(c)) {
							this._errorAtCur(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, this._version < 310 ? pos : pos + 1);
						} else {
							this._errorAtCur(`invalid ${name} literal`, pos);
						}
						return this._failNumber(start, pos);
					}
					while (isDigit(this._charAt(pos))) pos++;
					c = this._charAt(pos);
				} while (c === Char.Underscore);
				if (radix !== 16 && isDecimalChar(c)) {
					this._errorAtCur(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`, this._version < 310 ? pos : pos + 1);
					return this._failNumber(start, pos);
				}
				if (!this._verifyEndOfNumber(pos, name)) return this._failNumber(start, pos);
			} else {
				// Zeros, maybe followed by an old-style octal (an error) or a float.
				let nonzero = false;
				for (;;) {
					if (c === Char.Underscore) {
						pos++;
						c = this._charAt(pos);
						if (!isDecimalChar(c)) {
							this._errorAtCur('invalid decimal literal', pos);
							return this._failNumber(start, pos);
						}
					}
					if (c !== Char._0) break;
					pos++;
					c = this._charAt(pos);
				}
				const zerosEnd = pos + 1;
				if (isDecimalChar(c)) {
					nonzero = true;
					pos = this._decimalTail(pos);
					if (pos < 0) return this._failNumber(start, start + 1);
					c = this._charAt(pos);
				}
				if (c === Char.Period || c === Char.e || c === Char.E || c === Char.j || c === Char.J) {
					const r = this._numberFraction(c === Char.Period ? pos + 1 : pos, start, c !== Char.Period);
					if (r.error) return this._failNumber(start, r.pos);
					pos = r.pos;
					kind = r.kind;
				} else if (nonzero && this._version < 310) {
					this._errorAtCur('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', pos);
					return this._failNumber(start, pos);
				} else if (nonzero) {
					const lc = lineColOf(this._lines, start);
					const lz = lineColOf(this._lines, zerosEnd);
					this._addError(
						'SyntaxError',
						'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
						start,
						pos,
						lc.line,
						lc.column,
						lc.line,
						lz.column - 1,
						true,
					);
					return this._failNumber(start, pos);
				} else if (!this._verifyEndOfNumber(pos, 'decimal')) {
					return this._failNumber(start, pos);
				}
			}
		} else {
			pos = this._decimalTail(pos);
			if (pos < 0) return this._failNumber(start, start + 1);
			c = this._charAt(pos);
			if (c === Char.Period || c === Char.e || c === Char.E || c === Char.j || c === Char.J) {
				const r = this._numberFraction(c === Char.Period ? pos + 1 : pos, start, c !== Char.Period);
				if (r.error) return this._failNumber(start, r.pos);
				pos = r.pos;
				kind = r.kind;
			} else if (!this._verifyEndOfNumber(pos, 'decimal')) {
				return this._failNumber(start, pos);
			}
		}

		this._pos = pos;
		const raw = text.slice(start, pos);
		let value: number | bigint;
		if (kind === NumberKind.Int) {
			const digits = (radix === 10 ? raw : raw.slice(2)).replace(/_/g, '');
			if (radix === 10 && digits.length < 16) {
				value = parseInt(digits, 10);
			} else {
				const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
				const big = BigInt(prefix + (digits.length ? digits : '0'));
				value = big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
			}
		} else {
			let s = raw.replace(/_/g, '');
			if (kind === NumberKind.Imaginary) s = s.slice(0, -1);
			value = parseFloat(s.startsWith('.') ? '0' + s : s);
			if (isNaN(value)) value = 0;
		}
		this._tokens.push(NumberToken.create(start, pos - start, kind, value));
	}

	/**
	 * After the integer part: `.digits`, exponent, `j`. `pos` is just after the '.', or at
	 * 'e'/'j' when `noDot` is set.
	 */
	private _numberFraction(
		pos: number,
		start: number,
		noDot = false,
	): { pos: number; kind: NumberKind; error: boolean } {
		let kind = NumberKind.Float;
		let c = this._charAt(pos);
		if (!noDot && isDecimalChar(c)) {
			pos = this._decimalTail(pos);
			if (pos < 0) return { pos: start + 1, kind, error: true };
			c = this._charAt(pos);
		}
		if (c === Char.e || c === Char.E) {
			const ePos = pos;
			pos++;
			c = this._charAt(pos);
			if (c === Char.Plus || c === Char.Hyphen) {
				pos++;
				c = this._charAt(pos);
				if (!isDecimalChar(c)) {
					this._errorAtCur('invalid decimal literal', pos);
					return { pos, kind, error: true };
				}
			} else if (!isDecimalChar(c)) {
				// `1e` followed by something else: the number ends before 'e' (e.g. `1else`).
				if (!this._verifyEndOfNumber(ePos, 'decimal')) return { pos: ePos, kind, error: true };
				return { pos: ePos, kind: noDot ? NumberKind.Int : kind, error: false };
			}
			pos = this._decimalTail(pos);
			if (pos < 0) return { pos: start + 1, kind, error: true };
			c = this._charAt(pos);
		}
		if (c === Char.j || c === Char.J) {
			kind = NumberKind.Imaginary;
			pos++;
			if (!this._verifyEndOfNumber(pos, 'imaginary')) return { pos, kind, error: true };
		} else if (!this._verifyEndOfNumber(pos, 'decimal')) {
			return { pos, kind, error: true };
		}
		return { pos, kind, error: false };
	}

	/** CPython's verify_end_of_number: a number directly followed by an ASCII identifier character. */
	private _verifyEndOfNumber(pos: number, kindName: string): boolean {
		if (this._version < 310) {
			// Before 3.10 the number simply ends; the parser then rejects what follows.
			return true;
		}
		const text = this._text;
		const c = pos < this._end ? text.charCodeAt(pos) : -1;

		// Keywords that may follow a number in valid code only warn (`1if x else y`).
		if (
			(c === Char.a && text.startsWith('and', pos)) ||
			(c === Char.e && text.startsWith('else', pos)) ||
			(c === Char.f && text.startsWith('for', pos)) ||
			(c === 105 /* i */ && (text.startsWith('if', pos) || text.startsWith('in', pos) || text.startsWith('is', pos))) ||
			(c === Char.o && text.startsWith('or', pos)) ||
			(c === Char.n && text.startsWith('not', pos))
		) {
			return true;
		}
		// 3.10 also rejected non-ASCII characters here.
		if (c >= 0 && (c < 128 || this._version === 310) && isPotentialIdentifierChar(c)) {
			this._errorAtCur(`invalid ${kindName} literal`, pos);
			return false;
		}
		return true;
	}

	// ------------------------------------------------------------------------------------------
	// Strings

	/** At an identifier start: is this a string prefix followed by a quote? */
	private _tryString(ch: number): boolean {
		const text = this._text;
		const start = this._pos;
		let flags = StringTokenFlags.None;
		let len = 0;
		for (let i = 0; i < 3; i++) {
			const c = i === 0 ? ch : text.charCodeAt(start + i);
			if (c === Char.SingleQuote || c === Char.DoubleQuote) {
				if (i === 0) return false;
				len = i;
				break;
			}
			const lower = c | 0x20;
			if (lower === Char.r && !(flags & StringTokenFlags.Raw)) {
				flags |= StringTokenFlags.Raw;
			} else if (lower === Char.b && !(flags & (StringTokenFlags.Bytes | StringTokenFlags.Format | StringTokenFlags.Unicode))) {
				flags |= StringTokenFlags.Bytes;
			} else if (lower === Char.f && !(flags & (StringTokenFlags.Bytes | StringTokenFlags.Format | StringTokenFlags.Unicode))) {
				flags |= StringTokenFlags.Format;
			} else if (lower === Char.u && i === 0) {
				flags |= StringTokenFlags.Unicode;
			} else {
				return false;
			}
			if (i === 2) {
				const q = text.charCodeAt(start + 3);
				if (q !== Char.SingleQuote && q !== Char.DoubleQuote) return false;
				len = 3;
			}
		}
		if (len === 0) return false;
		if (flags & StringTokenFlags.Unicode && len > 1) return false;
		this._handleString(start, len, flags);
		return true;
	}

	private _handleString(start: number, prefixLength: number, flags: StringTokenFlags): void {
		const text = this._text;
		const end = this._end;
		const quotePos = start + prefixLength;
		const quote = text.charCodeAt(quotePos);
		flags |= quote === Char.SingleQuote ? StringTokenFlags.SingleQuote : StringTokenFlags.DoubleQuote;
		let quoteLength = 1;
		if (text.charCodeAt(quotePos + 1) === quote && text.charCodeAt(quotePos + 2) === quote) {
			quoteLength = 3;
			flags |= StringTokenFlags.Triplicate;
		}
		if (flags & StringTokenFlags.Format && this._version >= 312) {
			this._handleFString(start, prefixLength, quoteLength, quote, flags);
			return;
		}
		const bodyStart = quotePos + quoteLength;
		let pos = bodyStart;
		let bodyEnd = -1;
		while (pos < end) {
			const c = text.charCodeAt(pos);
			if (c === Char.Backslash) {
				pos += 2;
				if (text.charCodeAt(pos - 1) === Char.CarriageReturn && text.charCodeAt(pos) === Char.LineFeed) pos++;
				continue;
			}
			if (c === quote) {
				if (quoteLength === 1) {
					bodyEnd = pos;
					pos++;
					break;
				}
				if (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote) {
					bodyEnd = pos;
					pos += 3;
					break;
				}
			} else if ((c === Char.LineFeed || c === Char.CarriageReturn) && quoteLength === 1) {
				break;
			}
			pos++;
		}
		if (bodyEnd < 0) {
			this._unterminatedString(start, quotePos, quoteLength, Math.min(pos, end));
			flags |= StringTokenFlags.Unterminated;
			const token = StringToken.create(start, Math.min(pos, end) - start, flags, prefixLength, quoteLength, '', undefined);
			this._tokens.push(token);
			this._pos = Math.min(pos, end);
			return;
		}
		this._pos = pos;
		if (flags & StringTokenFlags.Format) {
			this._handleLegacyFString(start, pos, prefixLength, quoteLength, quote, flags, bodyStart, bodyEnd);
			return;
		}
		const decoded = decodeStringBody(text, bodyStart, bodyEnd, flags);
		const token: StringTokenWithError = StringToken.create(start, pos - start, flags, prefixLength, quoteLength, decoded.value, undefined);
		if (decoded.error) token.decodeError = { message: decoded.error };
		this._tokens.push(token);
	}

	private _unterminatedString(start: number, quotePos: number, quoteLength: number, stopPos: number): void {
		// CPython reports the start of the literal (prefix included) and the line where it gave up.
		const lc = lineColOf(this._lines, start);
		let detectedAt = lineIndexOf(this._lines, Math.max(stopPos - (quoteLength === 3 ? 0 : 0), start)) + 1;
		if (quoteLength === 3 && stopPos >= this._text.length) {
			detectedAt = this._lines.lineStarts.length;
			// A final newline does not start a new line for CPython's count.
			const t = this._text;
			if (t.length > 0 && (t.charCodeAt(t.length - 1) === Char.LineFeed || t.charCodeAt(t.length - 1) === Char.CarriageReturn)) {
				detectedAt--;
			}
		}
		if (this._version < 310) {
			// Older wording, positioned where the scan stopped (triple-quoted: the column keeps
			// counting from the start of the literal, as CPython 3.9 does).
			if (quoteLength === 3) {
				const endLine = lineIndexOf(this._lines, stopPos) + 1;
				const column = lc.column + (stopPos - start);
				this._addError('SyntaxError', 'EOF while scanning triple-quoted string literal', start, stopPos, endLine, column, endLine, column, true);
			} else {
				const e = lineColOf(this._lines, stopPos);
				this._addError('SyntaxError', 'EOL while scanning string literal', start, stopPos, e.line, e.column, e.line, e.column, true);
			}
			return;
		}
		const message =
			quoteLength === 3
				? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
				: `unterminated string literal (detected at line ${detectedAt})`;
		this._addError('SyntaxError', message, start, stopPos, lc.line, lc.column, lc.line, lc.column, true);
	}

	// ------------------------------------------------------------------------------------------
	// f-strings: the tokenizer finds the literal pieces and the replacement fields; the parser
	// tokenizes and parses each field's expression range.

	private _fstringDepth = 0;
	/** Offset of the ':' that opened the innermost format spec being scanned. */
	private _specColon = 0;

	/**
	 * Before 3.12 an f-string is one STRING token ending at the first matching quote; problems in
	 * it are raised by the parser, positioned just past the end of the token.
	 */
	private _handleLegacyFString(
		start: number,
		end: number,
		prefixLength: number,
		quoteLength: number,
		quote: number,
		flags: StringTokenFlags,
		bodyStart: number,
		bodyEnd: number,
	): void {
		const savedLimit = this._fstringEnd;
		const savedCollect = this._collected;
		const savedPos = this._pos;
		this._fstringEnd = bodyEnd;
		this._collected = [];
		const result = this._scanFStringBody(bodyStart, quote, quoteLength, (flags & StringTokenFlags.Raw) !== 0, 0, false);
		const errors = this._collected;
		this._fstringEnd = savedLimit;
		this._collected = savedCollect;
		this._pos = savedPos;
		const token: StringTokenWithError = StringToken.create(start, end - start, flags, prefixLength, quoteLength, '', result.segments);
		if (errors.length > 0 || result.error) {
			const lc = lineColOf(this._lines, end);
			token.decodeError = { message: errors[0]?.message ?? "f-string: expecting '}'", line: lc.line, column: lc.column };
		}
		this._tokens.push(token);
	}

	/** Limit of f-string scanning (the token end before 3.12, the text end otherwise). */
	private _fstringEnd = -1;
	/** When set, errors are collected here instead of being recorded (pre-3.12 f-strings). */
	private _collected: { message: string }[] | undefined;

	private _handleFString(start: number, prefixLength: number, quoteLength: number, quote: number, flags: StringTokenFlags): void {
		const bodyStart = start + prefixLength + quoteLength;
		this._fstringDepth++;
		const result = this._scanFStringBody(bodyStart, quote, quoteLength, (flags & StringTokenFlags.Raw) !== 0, 0, false);
		this._fstringDepth--;
		let pos = result.pos;
		if (result.error) {
			flags |= StringTokenFlags.Unterminated;
			this._tokens.push(StringToken.create(start, pos - start, flags, prefixLength, quoteLength, '', result.segments));
			this._pos = pos;
			return;
		}
		if (!result.closed) {
			this._unterminatedString(start, start + prefixLength, quoteLength, pos);
			flags |= StringTokenFlags.Unterminated;
			this._tokens.push(StringToken.create(start, pos - start, flags, prefixLength, quoteLength, '', result.segments));
			this._pos = pos;
			return;
		}
		pos += quoteLength;
		this._pos = pos;
		this._tokens.push(StringToken.create(start, pos - start, flags, prefixLength, quoteLength, '', result.segments));
	}

	/**
	 * Scans f-string text up to the closing quote (or, in a format spec, up to the closing '}').
	 * Returns the segments and the position of the closing quote / brace.
	 */
	private _scanFStringBody(
		pos: number,
		quote: number,
		quoteLength: number,
		raw: boolean,
		specDepth: number,
		inSpec: boolean,
	): { segments: FStringSegment[]; pos: number; closed: boolean; error: boolean } {
		const text = this._text;
		const end = this._fstringEnd >= 0 ? this._fstringEnd : this._end;
		const segments: FStringSegment[] = [];
		let literalStart = pos;
		let literal = '';
		let chunkStart = pos;
		const flushLiteral = (upTo: number) => {
			if (chunkStart < upTo) {
				literal += raw ? text.slice(chunkStart, upTo) : decodeStringBody(text, chunkStart, upTo, StringTokenFlags.None).value;
			}
			if (literal.length > 0) {
				segments.push({ kind: 'literal', start: literalStart, end: upTo, value: literal });
			}
			literal = '';
		};
		while (pos < end) {
			const c = text.charCodeAt(pos);
			if (c === quote && (quoteLength === 1 || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote))) {
				flushLiteral(pos);
				return { segments, pos, closed: !inSpec, error: false };
			}
			if ((c === Char.LineFeed || c === Char.CarriageReturn) && quoteLength === 1) {
				flushLiteral(pos);
				if (inSpec && this._version >= 312) {
					// Newline in a single-quoted format spec.
					this._errorAtCur("f-string: newlines are not allowed in format specifiers for single quoted f-strings", pos + 1);
					return { segments, pos, closed: false, error: true };
				}
				return { segments, pos, closed: false, error: false };
			}
			if (c === Char.Backslash) {
				if (raw) {
					pos += 2;
				} else if (text.charCodeAt(pos + 1) === Char.N && text.charCodeAt(pos + 2) === Char.OpenBrace) {
					// \N{...} is not a replacement field.
					const close = text.indexOf('}', pos);
					pos = close < 0 ? pos + 3 : close + 1;
				} else {
					pos += 2;
				}
				continue;
			}
			if (c === Char.OpenBrace) {
				if (!inSpec && text.charCodeAt(pos + 1) === Char.OpenBrace) {
					// `{{` is a literal brace.
					literal += chunkStart < pos + 1 ? this._decodeChunk(chunkStart, pos + 1, raw) : '';
					pos += 2;
					chunkStart = pos;
					continue;
				}
				flushLiteral(pos);
				const field = this._scanFStringField(pos, quote, quoteLength, raw, specDepth);
				if (!field) {
					return { segments, pos: this._pos, closed: false, error: true };
				}
				segments.push(field);
				pos = field.end;
				literalStart = chunkStart = pos;
				continue;
			}
			if (c === Char.CloseBrace) {
				if (inSpec) {
					flushLiteral(pos);
					return { segments, pos, closed: true, error: false };
				}
				if (text.charCodeAt(pos + 1) === Char.CloseBrace) {
					literal += this._decodeChunk(chunkStart, pos + 1, raw);
					pos += 2;
					chunkStart = pos;
					continue;
				}
				const cur = this._version >= 312 ? pos + 1 : pos + 1;
				this._errorAtCur("f-string: single '}' is not allowed", cur);
				this._pos = pos + 1;
				return { segments, pos: pos + 1, closed: false, error: true };
			}
			pos++;
		}
		flushLiteral(pos);
		return { segments, pos, closed: false, error: false };
	}

	private _decodeChunk(from: number, to: number, raw: boolean): string {
		return raw ? this._text.slice(from, to) : decodeStringBody(this._text, from, to, StringTokenFlags.None).value;
	}

	/** Scans `{expr [=] [!c] [:spec]}` starting at '{'. Returns undefined after recording an error. */
	private _scanFStringField(
		open: number,
		quote: number,
		quoteLength: number,
		raw: boolean,
		specDepth: number,
	): FStringFieldSegment | undefined {
		const text = this._text;
		const end = this._fstringEnd >= 0 ? this._fstringEnd : this._end;
		const v312 = this._version >= 312;
		if (specDepth >= (v312 ? 3 : 2)) {
			this._errorAtCur('f-string: expressions nested too deeply', v312 ? this._specColon + 1 : open + 1);
			this._pos = open + 1;
			return undefined;
		}
		const exprStart = open + 1;
		let pos = exprStart;
		let depth = 0;
		let exprEnd = -1;
		let debugText: string | undefined;
		// Find the end of the expression.
		while (pos < end) {
			const c = text.charCodeAt(pos);
			if (c === quote && (quoteLength === 1 || (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote))) {
				if (!v312 || this._nestedQuoteEndsFString(pos, quote, quoteLength)) {
					break;
				}
			}
			if (c === Char.SingleQuote || c === Char.DoubleQuote) {
				// A nested string (3.12+ may reuse the same quote).
				const after = this._skipNestedString(pos);
				if (!v312 && after > 0 && text.slice(pos, after).includes('\\')) {
					this._errorAtCur('f-string expression part cannot include a backslash', pos + 1);
					this._pos = pos + 1;
					return undefined;
				}
				if (after < 0) {
					this._errorAtCur("f-string: expecting '}'", pos + 1);
					this._pos = pos + 1;
					return undefined;
				}
				pos = after;
				continue;
			}
			if ((c === Char.LineFeed || c === Char.CarriageReturn) && quoteLength === 1 && !v312) {
				break;
			}
			if (c === Char.Backslash && !v312) {
				this._errorAtCur('f-string expression part cannot include a backslash', pos + 1);
				this._pos = pos + 1;
				return undefined;
			}
			if (c === Char.Hash) {
				if (!v312) {
					this._errorAtCur("f-string expression part cannot include '#'", pos + 1);
					this._pos = pos + 1;
					return undefined;
				}
				if (quoteLength === 1) {
					const lc = lineColOf(this._lines, open);
					this._addError('SyntaxError', "'{' was never closed", open, open + 1, lc.line, lc.column, lc.line, 0, true);
					this._pos = pos + 1;
					return undefined;
				}
				while (pos < end && text.charCodeAt(pos) !== Char.LineFeed && text.charCodeAt(pos) !== Char.CarriageReturn) pos++;
				continue;
			}
			if (c === Char.OpenParenthesis || c === Char.OpenBracket || c === Char.OpenBrace) {
				depth++;
			} else if (c === Char.CloseParenthesis || c === Char.CloseBracket || (c === Char.CloseBrace && depth > 0)) {
				depth--;
			} else if (depth === 0) {
				const next = text.charCodeAt(pos + 1);
				if (c === Char.CloseBrace) {
					exprEnd = pos;
					break;
				}
				if (c === Char.ExclamationMark && next !== Char.Equal) {
					exprEnd = pos;
					break;
				}
				if (c === Char.Colon) {
					exprEnd = pos;
					break;
				}
				if (c === Char.Equal && next !== Char.Equal) {
					const prev = text.charCodeAt(pos - 1);
					if (prev !== Char.Equal && prev !== Char.ExclamationMark && prev !== Char.Less && prev !== Char.Greater) {
						exprEnd = pos;
						pos++;
						while (pos < end && (text.charCodeAt(pos) === Char.Space || text.charCodeAt(pos) === Char.Tab)) pos++;
						debugText = text.slice(exprStart, pos);
						break;
					}
				}
			}
			pos++;
		}
		if (exprEnd < 0) {
			this._errorAtCur("f-string: expecting '}'", Math.min(pos, end) + 1);
			this._pos = pos;
			return undefined;
		}
		// Empty expression.
		if (text.slice(exprStart, exprEnd).trim().length === 0) {
			const at = String.fromCharCode(text.charCodeAt(exprEnd));
			if (v312) {
				const lc = lineColOf(this._lines, exprEnd);
				this._addError('SyntaxError', `f-string: valid expression required before '${at}'`, exprEnd, exprEnd + 1, lc.line, lc.column, lc.line, lc.column + 1, true);
			} else {
				this._errorAtCur('f-string: empty expression not allowed', exprEnd + 1);
			}
			this._pos = exprEnd + 1;
			return undefined;
		}
		// Conversion.
		let conversion: -1 | 's' | 'r' | 'a' = -1;
		let conversionStart = -1;
		let c = text.charCodeAt(pos);
		if (c === Char.ExclamationMark) {
			conversionStart = pos + 1;
			const conv = text.charCodeAt(pos + 1);
			if (conv === Char.CloseBrace || conv === Char.Colon || pos + 1 >= end || conv === quote) {
				if (v312) {
					const lc = lineColOf(this._lines, pos + 1);
					this._addError('SyntaxError', 'f-string: missing conversion character', pos + 1, pos + 2, lc.line, lc.column, lc.line, lc.column + 1, true);
				} else {
					this._errorAtCur("f-string: invalid conversion character: expected 's', 'r', or 'a'", pos + 3);
				}
				this._pos = pos + 1;
				return undefined;
			}
			// Read an identifier-like conversion name.
			let q = pos + 1;
			while (q < end && isPotentialIdentifierChar(text.charCodeAt(q))) q++;
			const name = text.slice(pos + 1, q);
			if (name !== 's' && name !== 'r' && name !== 'a') {
				if (v312) {
					const lc = lineColOf(this._lines, pos + 1);
					const shown = name.length ? name : String.fromCharCode(conv);
					this._addError(
						'SyntaxError',
						`f-string: invalid conversion character '${shown}': expected 's', 'r', or 'a'`,
						pos + 1,
						Math.max(q, pos + 2),
						lc.line,
						lc.column,
						lc.line,
						lc.column + Math.max(name.length, 1),
						true,
					);
				} else {
					this._errorAtCur("f-string: invalid conversion character: expected 's', 'r', or 'a'", q + 2);
				}
				this._pos = pos + 1;
				return undefined;
			}
			conversion = name;
			pos = q;
			c = text.charCodeAt(pos);
		}
		let spec: FStringSegment[] | undefined;
		let specStart = -1;
		let specEnd = -1;
		if (c === Char.Colon) {
			specStart = pos + 1;
			const savedColon = this._specColon;
			this._specColon = pos;
			const inner = this._scanFStringBody(pos + 1, quote, quoteLength, raw, specDepth + 1, true);
			this._specColon = savedColon;
			if (inner.error) {
				return undefined;
			}
			spec = inner.segments;
			pos = inner.pos;
			specEnd = pos;
			c = text.charCodeAt(pos);
		}
		if (c !== Char.CloseBrace || pos >= end) {
			if (v312) {
				const lc = lineColOf(this._lines, pos);
				const expected = conversion !== -1 ? "f-string: expecting '}'" : debugText !== undefined ? "f-string: expecting '!', or ':', or '}'" : "f-string: expecting '}'";
				const msg = conversion !== -1 && c !== Char.Colon ? "f-string: expecting ':' or '}'" : expected;
				this._addError('SyntaxError', msg, pos, pos + 1, lc.line, lc.column, lc.line, lc.column + (pos < end && c !== quote ? 1 : 0), true);
			} else {
				this._errorAtCur("f-string: expecting '}'", pos + 1);
			}
			this._pos = pos;
			return undefined;
		}
		return {
			kind: 'field',
			start: open,
			end: pos + 1,
			exprStart,
			exprEnd,
			debugText,
			conversion,
			conversionStart,
			spec,
			specStart,
			specEnd,
		};
	}

	/**
	 * In 3.12+, a quote equal to the enclosing f-string's inside a field may start a nested
	 * string. We treat it as the end of the f-string only when no closing quote follows on the
	 * same logical piece (single-quoted) — i.e. the nested string would be unterminated.
	 */
	private _nestedQuoteEndsFString(pos: number, quote: number, quoteLength: number): boolean {
		if (quoteLength === 3) {
			return false;
		}
		return this._skipNestedString(pos) < 0;
	}

	/** Skips a string literal starting at the quote at `pos` (prefix already consumed). Returns -1 if unterminated. */
	private _skipNestedString(pos: number): number {
		// Memoized: probing nested f-strings would otherwise be exponential in their depth.
		const cache = (this._nestedStringEnds ??= new Map<number, number>());
		const cached = cache.get(pos);
		if (cached !== undefined) return cached;
		const result = this._skipNestedStringUncached(pos);
		cache.set(pos, result);
		return result;
	}

	private _nestedStringEnds: Map<number, number> | undefined;

	private _skipNestedStringUncached(pos: number): number {
		const text = this._text;
		const end = this._fstringEnd >= 0 ? this._fstringEnd : this._end;
		const quote = text.charCodeAt(pos);
		// Look back for a prefix (f, r, b, ...).
		let p = pos;
		let isF = false;
		let isRaw = false;
		while (p > 0) {
			const lc = text.charCodeAt(p - 1) | 0x20;
			if (lc === Char.f || lc === Char.r || lc === Char.b || lc === Char.u) {
				if (lc === Char.f) isF = true;
				if (lc === Char.r) isRaw = true;
				p--;
			} else break;
		}
		if (p > 0 && isPotentialIdentifierChar(text.charCodeAt(p - 1))) {
			isF = false;
			isRaw = false;
		}
		let quoteLength = 1;
		if (text.charCodeAt(pos + 1) === quote && text.charCodeAt(pos + 2) === quote) quoteLength = 3;
		let q = pos + quoteLength;
		if (isF) {
			const saved = this._errors.length;
			const savedTokens = this._tokens.length;
			const savedStopped = this._stopped;
			const r = this._scanFStringBody(q, quote, quoteLength, isRaw, 0, false);
			if (r.error || !r.closed) {
				// Drop errors found while probing; the caller reports.
				this._errors.length = saved;
				this._tokens.length = savedTokens;
				this._stopped = savedStopped;
				return -1;
			}
			return r.pos + quoteLength;
		}
		while (q < end) {
			const c = text.charCodeAt(q);
			if (c === Char.Backslash) {
				q += 2;
				continue;
			}
			if (c === quote && (quoteLength === 1 || (text.charCodeAt(q + 1) === quote && text.charCodeAt(q + 2) === quote))) {
				return q + quoteLength;
			}
			if ((c === Char.LineFeed || c === Char.CarriageReturn) && quoteLength === 1) return -1;
			q++;
		}
		return -1;
	}
}

/**
 * Decodes the body of a str or bytes literal (escapes unless raw). Bytes come back as a string
 * with one char per byte value. Returns CPython's "(unicode error) ..." text on bad escapes.
 */
export function decodeStringBody(text: string, start: number, end: number, flags: StringTokenFlags): { value: string; error?: string } {
	const isBytes = (flags & StringTokenFlags.Bytes) !== 0;
	const isRaw = (flags & StringTokenFlags.Raw) !== 0;
	// Fast path: no backslash, no CR, ASCII-or-not-bytes.
	let simple = true;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === Char.Backslash || c === Char.CarriageReturn || (isBytes && c >= 128)) {
			simple = false;
			break;
		}
	}
	if (simple) {
		return { value: text.slice(start, end) };
	}
	let out = '';
	let i = start;
	// Byte position inside the literal body, for CPython's "position X-Y" messages.
	let bytePos = 0;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (isBytes && c >= 128) {
			return { value: out, error: 'bytes can only contain ASCII literal characters' };
		}
		if (c === Char.CarriageReturn) {
			// Universal newlines inside literals.
			out += '\n';
			i += text.charCodeAt(i + 1) === Char.LineFeed ? 2 : 1;
			bytePos++;
			continue;
		}
		if (c !== Char.Backslash || isRaw) {
			if (isRaw && c === Char.Backslash && i + 1 < end) {
				// A raw string keeps the backslash and the next char (which may be a quote).
				const n = text.charCodeAt(i + 1);
				if (n === Char.CarriageReturn) {
					out += '\\\n';
					i += text.charCodeAt(i + 2) === Char.LineFeed ? 3 : 2;
				} else {
					out += text[i] + text[i + 1];
					i += 2;
				}
				bytePos += 2;
				continue;
			}
			const cp = text.codePointAt(i)!;
			const len = cp > 0xffff ? 2 : 1;
			out += text.slice(i, i + len);
			i += len;
			bytePos += _utf8Length(cp);
			continue;
		}
		// Escape sequence.
		const escStart = bytePos;
		const n = i + 1 < end ? text.charCodeAt(i + 1) : -1;
		i += 2;
		bytePos += 2;
		switch (n) {
			case Char.LineFeed:
				continue;
			case Char.CarriageReturn:
				if (text.charCodeAt(i) === Char.LineFeed) i++;
				continue;
			case Char.Backslash:
				out += '\\';
				continue;
			case Char.SingleQuote:
				out += "'";
				continue;
			case Char.DoubleQuote:
				out += '"';
				continue;
			case 97: // a
				out += '\x07';
				continue;
			case Char.b:
				out += '\b';
				continue;
			case Char.f:
				out += '\f';
				continue;
			case Char.n:
				out += '\n';
				continue;
			case Char.r:
				out += '\r';
				continue;
			case 116: // t
				out += '\t';
				continue;
			case 118: // v
				out += '\v';
				continue;
			case Char.x:
			case Char.u:
			case Char.U: {
				const digits = n === Char.x ? 2 : n === Char.u ? 4 : 8;
				if ((n === Char.u || n === Char.U) && isBytes) {
					out += '\\' + String.fromCharCode(n);
					continue;
				}
				let value = 0;
				let k = 0;
				for (; k < digits && i + k < end && isHexChar(text.charCodeAt(i + k)); k++) {
					value = value * 16 + parseInt(text[i + k], 16);
				}
				if (k < digits) {
					const codec = isBytes ? 'invalid \\x escape at position ' + escStart : undefined;
					if (codec) return { value: out, error: codec };
					const name = n === Char.x ? '\\xXX' : n === Char.u ? '\\uXXXX' : '\\UXXXXXXXX';
					return {
						value: out,
						error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${escStart + 1 + k}: truncated ${name} escape`,
					};
				}
				if (value > 0x10ffff) {
					return {
						value: out,
						error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${escStart + 1 + k}: illegal Unicode character`,
					};
				}
				out += String.fromCodePoint(value);
				i += k;
				bytePos += k;
				continue;
			}
			case Char.N: {
				if (isBytes) {
					out += '\\N';
					continue;
				}
				let close = -1;
				if (text.charCodeAt(i) === Char.OpenBrace) {
					close = text.indexOf('}', i);
					if (close >= end) close = -1;
				}
				const name = close > 0 ? text.slice(i + 1, close).toUpperCase() : undefined;
				const cp = name !== undefined ? _unicodeNames[name] : undefined;
				if (cp === undefined) {
					const len = close > 0 ? close - i + 1 : 0;
					const endPos = close > 0 ? escStart + 1 + len : escStart + 1;
					const what = close > 0 ? 'unknown Unicode character name' : 'malformed \\N character escape';
					return { value: out, error: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${escStart}-${endPos}: ${what}` };
				}
				out += String.fromCodePoint(cp);
				bytePos += close - i + 1;
				i = close + 1;
				continue;
			}
			default:
				if (n >= Char._0 && n <= Char._7) {
					let value = n - Char._0;
					let k = 0;
					while (k < 2 && i < end && isOctalChar(text.charCodeAt(i))) {
						value = value * 8 + (text.charCodeAt(i) - Char._0);
						i++;
						k++;
					}
					bytePos += k;
					out += isBytes ? String.fromCharCode(value & 0xff) : String.fromCodePoint(value);
					continue;
				}
				// Unknown escape: kept as is (CPython warns).
				out += '\\';
				i -= 1;
				bytePos -= 1;
				continue;
		}
	}
	return { value: out };
}
