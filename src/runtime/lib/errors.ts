/*
 * errors.ts
 * The one error class the helper libraries throw; the interpreter maps it to a Python exception.
 */

/** Python exception types the helpers can ask the interpreter to raise. */
export type PyErrorKind =
	| 'ValueError'
	| 'TypeError'
	| 'OverflowError'
	| 'ZeroDivisionError'
	| 'IndexError'
	| 'KeyError'
	| 'MemoryError';

/**
 * Thrown by every helper in src/runtime/lib for conditions Python reports as an exception.
 * `kind` names the Python exception class, `message` is CPython's exact text (str(exc)).
 */
export class PyLibError extends Error {
	readonly kind: PyErrorKind;

	constructor(kind: PyErrorKind, message: string) {
		super(message);
		this.kind = kind;
		this.name = kind;
	}
}

/** Shorthand used by the helpers: throw a Python exception of the given kind. */
export function pyThrow(kind: PyErrorKind, message: string): never {
	throw new PyLibError(kind, message);
}
