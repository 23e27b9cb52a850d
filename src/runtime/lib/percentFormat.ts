/*
 * percentFormat.ts
 * The core of printf-style `str % args` formatting (PyUnicode_Format), generic over the interpreter's values.
 */

import { pyThrow } from './errors';
import { doubleToString } from './floatFormat';
import { defaultIntStrLimit, intToString, type IntStrLimit, type PyInt } from './intOps';
import { pyLen, pySlice } from './strMethods';

/**
 * The right operand of `%`, described by the interpreter.
 * - A tuple: `tupleItems` holds its items (one conversion per item).
 * - Anything else: `tupleItems` is null and `value` is the single argument.
 * - `getItem` must be given when the operand is a mapping in CPython's sense: it has __getitem__ and
 *   is neither a tuple nor a str (so dicts, but also lists!). It looks up `%(key)s` keys and throws
 *   the interpreter's own KeyError. With a mapping, unused arguments are not an error ('abc' % [] == 'abc').
 */
export interface PercentArgs<V> {
	value: V;
	tupleItems: V[] | null;
	getItem?: (key: string) => V;
}

/** Conversions of Python objects the formatter needs from the interpreter. */
export interface PercentHooks<V> {
	/** str(v), repr(v), ascii(v). */
	str(v: V): string;
	repr(v: V): string;
	ascii(v: V): string;
	/** type(v).__name__, for error messages. */
	typeName(v: V): string;
	/** int(v) for %d %i %u (ints, bools, floats truncated, __int__); null when v is not a number. May throw (e.g. NaN). */
	toInt(v: V): PyInt | null;
	/** operator.index(v) for %o %x %X %c; null when v has no __index__. */
	toIndex(v: V): PyInt | null;
	/** float(v) for %e %f %g (floats, ints, __float__); null when v is not a real number. May throw OverflowError. */
	toFloat(v: V): number | null;
	/** The text of v when v is a str (for %c), else null. */
	asStr(v: V): string | null;
	/** The value of v when it is exactly an int or bool (what '*' accepts), else null. */
	asExactInt(v: V): PyInt | null;
}

/** Version-dependent behaviour. */
export interface PercentOptions {
	/** Python 3 minor version (default 13): message wording changed in 3.10. */
	minor?: number;
	/** int -> str digit limit applied to %d of huge ints. */
	intStrLimit?: IntStrLimit;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 2 ** 63 - 1;
const INT_MAX = 2 ** 31 - 1;

/** One parsed conversion specifier. */
interface ArgSpec {
	ch: string;
	flags: number;
	width: number;
	prec: number;
	/** Numeric conversions get sign handling and zero fill. */
	sign: boolean;
}

/** The mutable state of one formatting run (CPython's unicode_formatter_t). */
class Formatter<V> {
	private readonly chars: string[];
	private pos = 0;
	private current: V;
	private items: V[] | null;
	/** Index of the next argument; for a non-tuple: -2 before use, -1 after (CPython's trick). */
	private argIndex: number;
	private argCount: number;
	private out = '';

	constructor(
		format: string,
		private readonly args: PercentArgs<V>,
		private readonly hooks: PercentHooks<V>,
		private readonly minor: number,
		private readonly limit: IntStrLimit,
	) {
		this.chars = Array.from(format);
		this.current = args.value;
		this.items = args.tupleItems;
		this.argCount = this.items ? this.items.length : -1;
		this.argIndex = this.items ? 0 : -2;
	}

	/** Runs the whole format string. */
	run(): string {
		const chars = this.chars;
		while (this.pos < chars.length) {
			const percent = chars.indexOf('%', this.pos);
			if (percent < 0) {
				this.out += chars.slice(this.pos).join('');
				break;
			}
			if (percent > this.pos) this.out += chars.slice(this.pos, percent).join('');
			this.pos = percent + 1;
			this.formatOne();
		}
		if (this.argIndex < this.argCount && !this.args.getItem) {
			pyThrow('TypeError', 'not all arguments converted during string formatting');
		}
		return this.out;
	}

	/** Takes the next positional argument. */
	private nextArg(): V {
		if (this.argIndex < this.argCount) {
			const index = this.argIndex++;
			return this.argCount < 0 ? this.current : this.items![index];
		}
		return pyThrow('TypeError', 'not enough arguments for format string');
	}

	/** Handles one conversion, the '%' already consumed. */
	private formatOne(): void {
		if (this.chars[this.pos] === '%') {
			this.pos++;
			this.out += '%';
			return;
		}
		const spec = this.parseSpec();
		const text = this.convert(spec);
		this.out += this.pad(spec, text);
	}

	/** Parses [(key)][flags][width][.precision][hlL]type (CPython's unicode_format_arg_parse). */
	private parseSpec(): ArgSpec {
		const chars = this.chars;
		const spec: ArgSpec = { ch: '', flags: 0, width: -1, prec: -1, sign: false };
		// `exhausted` mirrors CPython's fmtcnt going negative: reading past the end keeps the old char.
		let exhausted = false;
		const read = (): void => {
			if (this.pos < chars.length) spec.ch = chars[this.pos++];
			else exhausted = true;
		};
		// Reads a decimal number whose first digit is the current char; stops on the first non-digit.
		const readDigits = (max: number, message: string): number => {
			let value = Number(spec.ch);
			for (;;) {
				read();
				if (exhausted || !isDigit(spec.ch)) return value;
				const digit = Number(spec.ch);
				if (value > (max - digit) / 10) pyThrow('ValueError', message);
				value = value * 10 + digit;
			}
		};
		if (chars[this.pos] === '(') {
			if (!this.args.getItem) pyThrow('TypeError', 'format requires a mapping');
			const keyStart = ++this.pos;
			let depth = 1;
			while (depth > 0 && this.pos < chars.length) {
				const c = chars[this.pos++];
				if (c === ')') depth--;
				else if (c === '(') depth++;
			}
			if (depth > 0) pyThrow('ValueError', 'incomplete format key');
			const key = chars.slice(keyStart, this.pos - 1).join('');
			this.current = this.args.getItem(key);
			this.items = null;
			this.argCount = -1;
			this.argIndex = -2;
		}
		for (;;) {
			read();
			if (exhausted) break;
			const flag = spec.ch === '-' ? F_LJUST : spec.ch === '+' ? F_SIGN : spec.ch === ' ' ? F_BLANK : spec.ch === '#' ? F_ALT : spec.ch === '0' ? F_ZERO : 0;
			if (flag === 0) break;
			spec.flags |= flag;
		}
		if (!exhausted && spec.ch === '*') {
			const width = this.starArgument();
			if (width > PY_SSIZE_T_MAX) pyThrow('OverflowError', 'Python int too large to convert to C ssize_t');
			spec.width = Math.abs(width);
			if (width < 0) spec.flags |= F_LJUST;
			read();
		} else if (!exhausted && isDigit(spec.ch)) {
			spec.width = readDigits(PY_SSIZE_T_MAX, 'width too big');
		}
		if (!exhausted && spec.ch === '.') {
			// (read() updates spec.ch through the closure, hence the cast below.)
			spec.prec = 0;
			read();
			if (!exhausted && (spec.ch as string) === '*') {
				const prec = this.starArgument();
				if (prec > INT_MAX || prec < -INT_MAX - 1) pyThrow('OverflowError', 'Python int too large to convert to C int');
				spec.prec = Math.max(0, prec);
				read();
			} else if (!exhausted && isDigit(spec.ch)) {
				spec.prec = readDigits(INT_MAX, 'precision too big');
			}
		}
		if (!exhausted && (spec.ch === 'h' || spec.ch === 'l' || spec.ch === 'L')) read();
		if (exhausted) pyThrow('ValueError', 'incomplete format');
		return spec;
	}

	/** The argument consumed by a '*' width or precision. */
	private starArgument(): number {
		const v = this.nextArg();
		const n = this.hooks.asExactInt(v);
		if (n === null) pyThrow('TypeError', '* wants int');
		return Number(n);
	}

	/** Converts the argument to text (CPython's unicode_format_arg_format). */
	private convert(spec: ArgSpec): string {
		const v = this.nextArg();
		const ch = spec.ch;
		switch (ch) {
			case 's':
				return this.hooks.str(v);
			case 'r':
				return this.hooks.repr(v);
			case 'a':
				return this.hooks.ascii(v);
			case 'd':
			case 'i':
			case 'u':
			case 'o':
			case 'x':
			case 'X':
				spec.sign = true;
				return this.formatInteger(v, spec);
			case 'e':
			case 'E':
			case 'f':
			case 'F':
			case 'g':
			case 'G': {
				spec.sign = true;
				const x = this.hooks.toFloat(v);
				if (x === null) pyThrow('TypeError', `must be real number, not ${this.hooks.typeName(v)}`);
				return doubleToString(x, ch, spec.prec < 0 ? 6 : spec.prec, { alt: (spec.flags & F_ALT) !== 0 });
			}
			case 'c':
				return this.formatChar(v);
			default: {
				const code = ch.codePointAt(0)!;
				const shown = code >= 31 && code <= 126 ? ch : '?';
				pyThrow('ValueError', `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${this.pos - 1}`);
			}
		}
	}

	/** %d %i %u %o %x %X (CPython's mainformatlong + _PyUnicode_FormatLong). */
	private formatInteger(v: V, spec: ArgSpec): string {
		const ch = spec.ch;
		const needsIndex = ch === 'o' || ch === 'x' || ch === 'X';
		const n = needsIndex ? this.hooks.toIndex(v) : this.hooks.toInt(v);
		if (n === null) {
			const what = needsIndex ? 'an integer' : this.minor >= 10 ? 'a real number' : 'a number';
			pyThrow('TypeError', `%${ch} format: ${what} is required, not ${this.hooks.typeName(v)}`);
		}
		const negative = n < 0;
		const magnitude = typeof n === 'bigint' ? (negative ? -n : n) : Math.abs(n);
		const base = ch === 'o' ? 8 : needsIndex ? 16 : 10;
		let digits = intToString(magnitude, base, this.limit);
		if (spec.prec > digits.length) digits = '0'.repeat(spec.prec - digits.length) + digits;
		const prefix = (spec.flags & F_ALT) !== 0 && needsIndex ? '0' + ch : '';
		const text = (negative ? '-' : '') + prefix + digits;
		return ch === 'X' ? text.toUpperCase() : text;
	}

	/** %c: a one-character str or an int code point (CPython's formatchar). */
	private formatChar(v: V): string {
		const s = this.hooks.asStr(v);
		if (s !== null) {
			if (pyLen(s) === 1) return s;
			pyThrow('TypeError', '%c requires int or char');
		}
		const n = this.hooks.toIndex(v);
		if (n === null) pyThrow('TypeError', '%c requires int or char');
		// Before 3.10 an int beyond a C long was reported as a type error.
		if (this.minor < 10 && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) pyThrow('TypeError', '%c requires int or char');
		if (n < 0 || n > 0x10ffff) pyThrow('OverflowError', '%c arg not in range(0x110000)');
		return String.fromCodePoint(Number(n));
	}

	/** Applies precision truncation, sign, prefix and width (CPython's unicode_format_arg_output). */
	private pad(spec: ArgSpec, text: string): string {
		let body = text;
		let length = pyLen(text);
		if ((spec.ch === 's' || spec.ch === 'r' || spec.ch === 'a') && spec.prec >= 0 && length > spec.prec) {
			body = pySlice(text, 0, spec.prec);
			length = spec.prec;
		}
		const fill = spec.sign && (spec.flags & F_ZERO) !== 0 ? '0' : ' ';
		let signChar = '';
		if (spec.sign) {
			if (body[0] === '-' || body[0] === '+') {
				signChar = body[0];
				body = body.slice(1);
				length--;
			} else if (spec.flags & F_SIGN) signChar = '+';
			else if (spec.flags & F_BLANK) signChar = ' ';
		}
		let width = Math.max(spec.width, length);
		let out = '';
		if (signChar) {
			if (fill !== ' ') out += signChar;
			if (width > length) width--;
		}
		let prefix = '';
		if ((spec.flags & F_ALT) !== 0 && (spec.ch === 'x' || spec.ch === 'X' || spec.ch === 'o')) {
			prefix = body.slice(0, 2);
			body = body.slice(2);
			if (fill !== ' ') out += prefix;
			width = Math.max(0, width - 2);
			length -= 2;
		}
		if (width > length && (spec.flags & F_LJUST) === 0) {
			out += fill.repeat(width - length);
			width = length;
		}
		if (fill === ' ') out += signChar + prefix;
		out += body;
		if (width > length) out += ' '.repeat(width - length);
		return out;
	}
}

/** True for an ASCII digit. */
function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= '0' && c <= '9';
}

/**
 * `format % args` for a str format. Throws PyLibError (TypeError/ValueError/OverflowError) with
 * CPython's messages; errors raised by the hooks (KeyError, __str__ failures...) pass through.
 */
export function percentFormat<V>(format: string, args: PercentArgs<V>, hooks: PercentHooks<V>, options: PercentOptions = {}): string {
	const minor = options.minor ?? 13;
	return new Formatter(format, args, hooks, minor, options.intStrLimit ?? defaultIntStrLimit(minor)).run();
}
