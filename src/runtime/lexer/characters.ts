/*
 * characters.ts
 * Character classes for the tokenizer: identifier, digit and printable tests.
 */


// Character codes used below (the tokenizer has its own file-local Char enum: const enums
// are only inlined within one file, and hot loops must not pay for module bindings).
const _A = 65;
const _Z = 90;
const _a = 97;
const _z = 122;
const _0 = 48;
const _1 = 49;
const _7 = 55;
const _9 = 57;
const _F = 70;
const _f = 102;
const _Underscore = 95;

// Lookup table for ASCII: bit 1 = identifier start, bit 2 = identifier char.
const _asciiIdentifier = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
	const isLetter = (c >= _A && c <= _Z) || (c >= _a && c <= _z) || c === _Underscore;
	const isDigit = c >= _0 && c <= _9;
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
	return ch >= _0 && ch <= _9;
}

export function isHexChar(ch: number): boolean {
	return (ch >= _0 && ch <= _9) || (ch >= _a && ch <= _f) || (ch >= _A && ch <= _F);
}

export function isOctalChar(ch: number): boolean {
	return ch >= _0 && ch <= _7;
}

export function isBinaryChar(ch: number): boolean {
	return ch === _0 || ch === _1;
}

export function isLineBreak(ch: number): boolean {
	return ch === 10 || ch === 13;
}
