/*
 * characters.ts
 * Character classes for the tokenizer: identifier, digit and printable tests.
 */

export const enum Char {
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

// Lookup table for ASCII: bit 1 = identifier start, bit 2 = identifier char.
const _asciiIdentifier = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const isLetter = (c >= Char.A && c <= Char.Z) || (c >= Char.a && c <= Char.z) || c === Char.Underscore;
	const isDigit = c >= Char._0 && c <= Char._9;
	_asciiIdentifier[c] = (isLetter ? 1 : 0) | (isLetter || isDigit ? 2 : 0);
}

/** CPython's is_potential_identifier_start: ASCII letter, '_' or any non-ASCII character. */
export function isPotentialIdentifierStart(ch: number): boolean {
	return ch >= 128 || (_asciiIdentifier[ch] & 1) !== 0;
}

/** CPython's is_potential_identifier_char: ASCII letter, digit, '_' or any non-ASCII character. */
export function isPotentialIdentifierChar(ch: number): boolean {
	return ch >= 128 || (_asciiIdentifier[ch] & 2) !== 0;
}

const _xidStart = /^\p{XID_Start}$/u;
const _xidContinue = /^\p{XID_Continue}$/u;
const _nonPrintable = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** XID_Start (or '_') for one code point given as a string. Only called for non-ASCII. */
export function isXidStart(cp: string): boolean {
	return cp === '_' || _xidStart.test(cp);
}

export function isXidContinue(cp: string): boolean {
	return _xidContinue.test(cp);
}

/** Python's str.isprintable() for one code point (space is printable). */
export function isPrintable(cp: string): boolean {
	return cp === ' ' || !_nonPrintable.test(cp);
}

export function isDecimalChar(ch: number): boolean {
	return ch >= Char._0 && ch <= Char._9;
}

export function isHexChar(ch: number): boolean {
	return (ch >= Char._0 && ch <= Char._9) || (ch >= Char.a && ch <= Char.f) || (ch >= Char.A && ch <= Char.F);
}

export function isOctalChar(ch: number): boolean {
	return ch >= Char._0 && ch <= Char._7;
}

export function isBinaryChar(ch: number): boolean {
	return ch === Char._0 || ch === Char._1;
}

export function isLineBreak(ch: number): boolean {
	return ch === Char.LineFeed || ch === Char.CarriageReturn;
}
