/*
 * formatSpec.ts
 * The format-spec mini-language of format()/str.format()/f-strings, applied to ints, floats and strs as CPython does.
 */

import { pyThrow } from './errors';
import { doubleToString, floatRepr, type DoubleCode } from './floatFormat';
import { defaultIntStrLimit, intToFloat, intToString, type IntStrLimit, type PyInt } from './intOps';
import { pyLen, pySlice } from './strMethods';

/** Errors thrown by the formatters (kind is 'ValueError' or 'OverflowError', message is CPython's text). */
export { PyLibError as FormatError } from './errors';

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface FormatSpec {
	/** Padding character (one code point), ' ' by default. */
	fill: string;
	/** Alignment; null when not given (each type has its own default). */
	align: '<' | '>' | '=' | '^' | null;
	sign: '+' | '-' | ' ' | null;
	/** 'z' (3.11+): negative zero shown as zero. */
	noNegativeZero: boolean;
	/** '#': alternate form. */
	alternate: boolean;
	/** -1 when absent. */
	width: number;
	grouping: ',' | '_' | null;
	/** -1 when absent. */
	precision: number;
	/** The presentation type, '' when absent. */
	type: string;
}

/** Options shared by the formatters. */
export interface FormatOptions {
	/** Python 3 minor version whose rules and messages to reproduce (default 13). */
	minor?: number;
	/** Type name used in messages, e.g. 'bool' when formatting True through formatInt. */
	typeName?: string;
	/** The int/str digit limit in force (sys.set_int_max_str_digits); the version's default otherwise. */
	intStrLimit?: IntStrLimit;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;
const C_LONG_MAX = 2n ** 63n - 1n;
const C_LONG_MIN = -(2n ** 63n);

/** The Python minor version of the options (13 by default). */
function minorOf(options: FormatOptions): number {
	return options.minor ?? 13;
}

/** True for an alignment character. */
function isAlign(ch: string | undefined): ch is '<' | '>' | '=' | '^' {
	return ch === '<' || ch === '>' || ch === '=' || ch === '^';
}

/** Reads a run of ASCII digits at pos: [value, next position]; value -1 when there is none. */
function readNumber(chars: string[], pos: number): [number, number] {
	let end = pos;
	while (end < chars.length && chars[end] >= '0' && chars[end] <= '9') end++;
	if (end === pos) return [-1, pos];
	const text = chars.slice(pos, end).join('');
	if (text.length > 15 && BigInt(text) > PY_SSIZE_T_MAX) pyThrow('ValueError', 'Too many decimal digits in format string');
	return [Number(text), end];
}

/** The character shown in "Unknown format code" messages: itself when printable ASCII, else \x.. (unpadded hex). */
function codeForMessage(type: string): string {
	const code = type.codePointAt(0)!;
	return code > 32 && code < 128 ? type : '\\x' + code.toString(16);
}

/** Types that accept ',' grouping, and the extra ones '_' allows. */
const COMMA_TYPES = new Set(['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', '']);
const UNDERSCORE_EXTRA_TYPES = new Set(['b', 'o', 'x', 'X']);

/**
 * Parses a format spec like CPython's parse_internal_render_format_spec. `defaultType` and
 * `defaultAlign` depend on the object ('s'/'<' for str, 'd'/'>' for int, ''/'>' for float).
 */
export function parseFormatSpec(
	spec: string,
	defaultType: string,
	defaultAlign: '<' | '>',
	options: FormatOptions & { typeName: string },
): FormatSpec & { align: '<' | '>' | '=' | '^' } {
	const minor = options.minor ?? 13;
	const chars = Array.from(spec);
	const result: FormatSpec = {
		fill: ' ',
		align: null,
		sign: null,
		noNegativeZero: false,
		alternate: false,
		width: -1,
		grouping: null,
		precision: -1,
		type: defaultType,
	};
	let pos = 0;
	let fillSpecified = false;
	if (chars.length >= 2 && isAlign(chars[1])) {
		result.fill = chars[0];
		result.align = chars[1];
		fillSpecified = true;
		pos = 2;
	} else if (isAlign(chars[0])) {
		result.align = chars[0];
		pos = 1;
	}
	if (chars[pos] === '+' || chars[pos] === '-' || chars[pos] === ' ') result.sign = chars[pos++] as '+' | '-' | ' ';
	if (minor >= 11 && chars[pos] === 'z') {
		result.noNegativeZero = true;
		pos++;
	}
	if (chars[pos] === '#') {
		result.alternate = true;
		pos++;
	}
	// The '0' flag: zero fill, and '=' alignment for types that right-align by default (3.10+: not for str).
	if (!fillSpecified && chars[pos] === '0') {
		result.fill = '0';
		if (result.align === null && (minor < 10 || defaultAlign === '>')) result.align = '=';
		pos++;
	}
	[result.width, pos] = readNumber(chars, pos);
	if (chars[pos] === ',') {
		result.grouping = ',';
		pos++;
	}
	if (chars[pos] === '_') {
		if (result.grouping !== null) pyThrow('ValueError', "Cannot specify both ',' and '_'.");
		result.grouping = '_';
		pos++;
	}
	// A second ',' is an error here only after '_' (or before 3.9); otherwise it is parsed as the type
	// and rejected below as "Cannot specify ',' with ','.".
	if (chars[pos] === ',' && (minor < 9 || result.grouping === '_')) pyThrow('ValueError', "Cannot specify both ',' and '_'.");
	if (chars[pos] === '.') {
		pos++;
		[result.precision, pos] = readNumber(chars, pos);
		if (result.precision < 0) pyThrow('ValueError', 'Format specifier missing precision');
	}
	if (chars.length - pos > 1) {
		pyThrow(
			'ValueError',
			minor >= 11 ? `Invalid format specifier '${spec}' for object of type '${options.typeName}'` : 'Invalid format specifier',
		);
	}
	if (chars.length - pos === 1) result.type = chars[pos];
	if (result.grouping !== null) {
		const allowed = COMMA_TYPES.has(result.type) || (result.grouping === '_' && UNDERSCORE_EXTRA_TYPES.has(result.type));
		if (!allowed) pyThrow('ValueError', `Cannot specify '${result.grouping}' with '${codeForMessage(result.type)}'.`);
	}
	return { ...result, align: result.align ?? defaultAlign };
}

/** The "Unknown format code" error. */
function unknownCode(type: string, typeName: string): never {
	pyThrow('ValueError', `Unknown format code '${codeForMessage(type)}' for object of type '${typeName}'`);
}

/** Pads text (already complete) to the width with fill, as CPython does for strings and 'c'. */
function padAligned(text: string, length: number, spec: FormatSpec, align: string): string {
	const padding = spec.width - length;
	if (padding <= 0) return text;
	if (align === '<') return text + spec.fill.repeat(padding);
	if (align === '^') {
		const left = Math.floor(padding / 2);
		return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
	}
	return spec.fill.repeat(padding) + text;
}

// ---------------------------------------------------------------------------
// str

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, options: FormatOptions = {}): string {
	if (spec === '') return s;
	const typeName = options.typeName ?? 'str';
	const parsed = parseFormatSpec(spec, 's', '<', { ...options, typeName });
	if (parsed.type !== 's') unknownCode(parsed.type, typeName);
	if (parsed.sign !== null) {
		// 3.9 gave the ' ' sign its own message.
		const what = parsed.sign === ' ' && minorOf(options) >= 9 ? 'Space' : 'Sign';
		pyThrow('ValueError', `${what} not allowed in string format specifier`);
	}
	if (parsed.noNegativeZero) pyThrow('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
	if (parsed.alternate) pyThrow('ValueError', 'Alternate form (#) not allowed in string format specifier');
	if (parsed.align === '=') pyThrow('ValueError', "'=' alignment not allowed in string format specifier");
	let text = s;
	let length = pyLen(s);
	if (parsed.precision >= 0 && parsed.precision < length) {
		text = pySlice(s, 0, parsed.precision);
		length = parsed.precision;
	}
	return padAligned(text, length, parsed, parsed.align);
}

// ---------------------------------------------------------------------------
// numbers: sign, prefix, grouped digits, remainder, and the padding between them

/** The pieces of a formatted number before padding and grouping. */
interface NumberParts {
	/** True when the value is negative (after any 'z' coercion). */
	negative: boolean;
	/** '0x', '0b', ... (alternate form). */
	prefix: string;
	/** Integer-part digits, to be grouped. */
	digits: string;
	/** Everything after the integer digits: '.', fraction, exponent, '%', or the 'c' character. */
	remainder: string;
}

/**
 * Inserts separators every `groupSize` digits, left-padding with zeros while the result is shorter
 * than minWidth (CPython's _PyUnicode_InsertThousandsGrouping; may overshoot minWidth by one to
 * avoid starting with a separator). groupSize 0 means no grouping.
 */
export function groupDigits(digits: string, separator: string, groupSize: number, minWidth: number): string {
	if (groupSize === 0) {
		return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
	}
	const groups: string[] = [];
	let remaining = digits.length;
	let width = minWidth;
	for (;;) {
		const size = Math.min(groupSize, Math.max(remaining, width, 1));
		const zeros = Math.max(0, size - remaining);
		const taken = Math.max(0, Math.min(remaining, size));
		groups.push('0'.repeat(zeros) + digits.slice(remaining - taken, remaining));
		remaining -= taken;
		width -= size;
		if (remaining <= 0 && width <= 0) break;
		width -= separator.length;
	}
	return groups.reverse().join(separator);
}

/** Lays out sign, prefix, grouped digits and remainder within the width (CPython's calc_number_widths + fill_number). */
function layoutNumber(parts: NumberParts, spec: FormatSpec, align: string): string {
	let sign = '';
	if (parts.negative) sign = '-';
	else if (spec.sign === '+') sign = '+';
	else if (spec.sign === ' ') sign = ' ';
	// Widths count code points: the remainder can be an astral character ('c' type).
	const nonDigits = sign.length + parts.prefix.length + pyLen(parts.remainder);
	const minWidth = spec.fill === '0' && align === '=' ? spec.width - nonDigits : 0;
	// '_' groups hex, octal and binary digits by four, everything else by three.
	const groupSize = spec.grouping === null ? 0 : spec.grouping === '_' && UNDERSCORE_EXTRA_TYPES.has(spec.type) ? 4 : 3;
	const grouped = parts.digits === '' ? '' : groupDigits(parts.digits, spec.grouping ?? '', groupSize, minWidth);
	const body = grouped + parts.remainder;
	const padding = spec.width - (nonDigits + grouped.length);
	if (padding <= 0) return sign + parts.prefix + body;
	const fill = spec.fill;
	switch (align) {
		case '<':
			return sign + parts.prefix + body + fill.repeat(padding);
		case '^': {
			const left = Math.floor(padding / 2);
			return fill.repeat(left) + sign + parts.prefix + body + fill.repeat(padding - left);
		}
		case '=':
			return sign + parts.prefix + fill.repeat(padding) + body;
		default:
			return fill.repeat(padding) + sign + parts.prefix + body;
	}
}

/** Float presentation types, which ints accept too (converting to float first). */
const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '']);

// ---------------------------------------------------------------------------
// int

/** format(n, spec) for an int (bool callers: format(True, '') is 'True', handle the empty spec yourself). */
export function formatInt(value: PyInt, spec: string, options: FormatOptions = {}): string {
	const limit = options.intStrLimit ?? defaultIntStrLimit(minorOf(options));
	if (spec === '') return intToString(value, 10, limit);
	const typeName = options.typeName ?? 'int';
	const parsed = parseFormatSpec(spec, 'd', '>', { ...options, typeName });
	const type = parsed.type;
	if (type !== 'n' && FLOAT_TYPES.has(type)) return formatFloatParsed(intToFloat(value), parsed, typeName);
	if (!'bcdoxXn'.includes(type) || type === '') unknownCode(type, typeName);
	if (parsed.precision >= 0) pyThrow('ValueError', 'Precision not allowed in integer format specifier');
	if (parsed.noNegativeZero) pyThrow('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
	const negative = value < 0;
	if (type === 'c') {
		if (parsed.sign !== null) pyThrow('ValueError', "Sign not allowed with integer format specifier 'c'");
		if (parsed.alternate) pyThrow('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
		if (value > C_LONG_MAX || value < C_LONG_MIN) pyThrow('OverflowError', 'Python int too large to convert to C long');
		if (value < 0 || value > 0x10ffff) pyThrow('OverflowError', '%c arg not in range(0x110000)');
		const ch = String.fromCodePoint(Number(value));
		return layoutNumber({ negative: false, prefix: '', digits: '', remainder: ch }, parsed, parsed.align);
	}
	const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
	const magnitude = typeof value === 'bigint' ? (negative ? -value : value) : Math.abs(value);
	let digits = intToString(magnitude, base, limit);
	if (type === 'X') digits = digits.toUpperCase();
	const prefix = parsed.alternate && base !== 10 ? '0' + (type === 'X' ? 'X' : type) : '';
	return layoutNumber({ negative, prefix, digits, remainder: '' }, parsed, parsed.align);
}

// ---------------------------------------------------------------------------
// float

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, options: FormatOptions = {}): string {
	if (spec === '') return floatRepr(x);
	const typeName = options.typeName ?? 'float';
	return formatFloatParsed(x, parseFormatSpec(spec, '', '>', { ...options, typeName }), typeName);
}

/** Formats a float with an already parsed spec (shared with ints given a float type). */
function formatFloatParsed(x: number, spec: FormatSpec & { align: string }, typeName: string): string {
	let type = spec.type;
	if (!FLOAT_TYPES.has(type)) unknownCode(type, typeName);
	if (spec.precision > INT_MAX) pyThrow('ValueError', 'precision too big');
	let precision = spec.precision;
	let addDot0 = false;
	let value = x;
	let percent = false;
	if (type === '') {
		// No type: repr() when there is no precision, else 'g' that always shows a decimal point.
		addDot0 = true;
		type = precision < 0 ? 'r' : 'g';
	}
	if (type === 'n') type = 'g';
	if (type === '%') {
		type = 'f';
		value = x * 100;
		percent = true;
	}
	if (precision < 0) precision = 6;
	const text = doubleToString(value, type as DoubleCode, type === 'r' ? 0 : precision, {
		alt: spec.alternate,
		addDot0,
		noNegativeZero: spec.noNegativeZero,
	});
	const negative = text[0] === '-';
	const unsigned = negative ? text.slice(1) : text;
	// The integer digits are the leading run of digits; the rest (point, fraction, exponent) is not grouped.
	let end = 0;
	while (end < unsigned.length && unsigned[end] >= '0' && unsigned[end] <= '9') end++;
	const parts: NumberParts = {
		negative,
		prefix: '',
		digits: end === 0 ? unsigned : unsigned.slice(0, end),
		remainder: (end === 0 ? '' : unsigned.slice(end)) + (percent ? '%' : ''),
	};
	// inf/nan: no digits to group, but zero padding still applies to the whole word.
	if (end === 0) return layoutNumber({ ...parts, digits: '', remainder: parts.digits + parts.remainder }, spec, spec.align);
	return layoutNumber(parts, spec, spec.align);
}
