/*
 * pyjson.ts
 * Decodes the fixture encoding of tools/gen-lib-fixtures.py (ints as hex text, floats as bit patterns).
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PyLibError } from '../../src/runtime/lib/errors';
import { normalize, type PyInt } from '../../src/runtime/lib/intOps';

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/**
 * A value as the fixtures encode it: ints as {i: hex text}, floats as {f: bit pattern}, an error
 * as {error, message}, otherwise plain JSON.
 */
export type Encoded = null | boolean | number | string | { i: string } | { f: string } | EncodedError | Encoded[] | { [key: string]: Encoded };

/** Loads tests/lib/fixtures/<name>.json; T is the fixture's shape, which the test states. */
export function loadFixture<T>(name: string): T {
	return JSON.parse(readFileSync(join(FIXTURE_DIR, name + '.json'), 'utf8')) as T;
}

/** An encoded exception: {error: 'ValueError', message: '...'}. */
export interface EncodedError {
	error: string;
	message: string;
}

/** True when the encoded value is an exception. */
export function isError(v: unknown): v is EncodedError {
	return typeof v === 'object' && v !== null && 'error' in v;
}

/** Decodes {"i": "-0x1f"} to a normalized PyInt. */
export function decInt(v: { i: string }): PyInt {
	const text = v.i;
	const negative = text.startsWith('-');
	const magnitude = BigInt(negative ? text.slice(1) : text);
	return normalize(negative ? -magnitude : magnitude);
}

/** Decodes {"f": "16 hex digits"} to the exact double. */
export function decFloat(v: { f: string }): number {
	const view = new DataView(new ArrayBuffer(8));
	view.setBigUint64(0, BigInt('0x' + v.f));
	return view.getFloat64(0);
}

/**
 * Decodes any encoded value recursively (ints, floats, lists, plain JSON). T is what the caller
 * knows the fixture holds there (usually inferred from the parameter the value is passed to).
 */
export function dec<T = unknown>(v: Encoded): T {
	return decAny(v) as T;
}

function decAny(v: Encoded): unknown {
	if (Array.isArray(v)) return v.map(decAny);
	if (v !== null && typeof v === 'object') {
		if ('i' in v && typeof v.i === 'string') return decInt({ i: v.i });
		if ('f' in v && typeof v.f === 'string') return decFloat({ f: v.f });
	}
	return v;
}

/** Runs fn and returns its value, or an EncodedError-shaped object for a PyLibError. */
export function capture<T>(fn: () => T): T | EncodedError {
	try {
		return fn();
	} catch (e) {
		if (e instanceof PyLibError) return { error: e.kind, message: e.message };
		throw e;
	}
}

/** The expected value of a fixture: decoded result, or the error as-is. */
export function expected(v: Encoded): unknown {
	return isError(v) ? { error: v.error, message: v.message } : dec(v);
}

/** Bit-exact float comparison (distinguishes -0.0 and 0.0, NaN equals NaN). */
export function sameFloat(a: number, b: number): boolean {
	return Object.is(a, b);
}
