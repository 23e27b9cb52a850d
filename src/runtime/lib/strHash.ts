/*
 * strHash.ts
 * hash() of str and bytes as CPython computes it for a given PYTHONHASHSEED (SipHash-1-3 from 3.11,
 * SipHash-2-4 before), so sets and dicts of strings can iterate exactly like `PYTHONHASHSEED=n python`.
 */

import { normalize, type PyInt } from './intOps';

const MASK64 = (1n << 64n) - 1n;

/** The SipHash key (k0, k1) CPython derives from its hash secret. */
export interface HashKey {
	k0: bigint;
	k1: bigint;
}

/**
 * The key for PYTHONHASHSEED=seed: 0 disables randomization (an all-zero secret); other values fill
 * the 24-byte secret with CPython's LCG (lcg_urandom), whose first 16 bytes are k0 and k1 (little endian).
 */
export function hashKeyFromSeed(seed: number): HashKey {
	if (seed === 0) return { k0: 0n, k1: 0n };
	const bytes = new Uint8Array(16);
	let x = seed >>> 0;
	for (let i = 0; i < bytes.length; i++) {
		x = (Math.imul(x, 214013) + 2531011) >>> 0;
		bytes[i] = (x >>> 16) & 0xff;
	}
	const view = new DataView(bytes.buffer);
	return { k0: view.getBigUint64(0, true), k1: view.getBigUint64(8, true) };
}

/** 64-bit rotate left. */
function rotl(x: bigint, n: bigint): bigint {
	return ((x << n) | (x >> (64n - n))) & MASK64;
}

/** SipHash-c-d of the bytes (c compression rounds per block, d finalization rounds), CPython's variant. */
function sipHash(key: HashKey, data: Uint8Array, c: number, d: number): bigint {
	let v0 = key.k0 ^ 0x736f6d6570736575n;
	let v1 = key.k1 ^ 0x646f72616e646f6dn;
	let v2 = key.k0 ^ 0x6c7967656e657261n;
	let v3 = key.k1 ^ 0x7465646279746573n;
	const round = (): void => {
		v0 = (v0 + v1) & MASK64;
		v2 = (v2 + v3) & MASK64;
		v1 = rotl(v1, 13n) ^ v0;
		v3 = rotl(v3, 16n) ^ v2;
		v0 = rotl(v0, 32n);
		v2 = (v2 + v1) & MASK64;
		v0 = (v0 + v3) & MASK64;
		v1 = rotl(v1, 17n) ^ v2;
		v3 = rotl(v3, 21n) ^ v0;
		v2 = rotl(v2, 32n);
	};
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const fullBlocks = data.length >> 3;
	for (let i = 0; i < fullBlocks; i++) {
		const m = view.getBigUint64(i * 8, true);
		v3 ^= m;
		for (let r = 0; r < c; r++) round();
		v0 ^= m;
	}
	// Last block: the remaining bytes, with the length in the top byte.
	let b = BigInt(data.length & 0xff) << 56n;
	for (let i = fullBlocks * 8, shift = 0n; i < data.length; i++, shift += 8n) b |= BigInt(data[i]) << shift;
	v3 ^= b;
	for (let r = 0; r < c; r++) round();
	v0 ^= b;
	v2 ^= 0xffn;
	for (let r = 0; r < d; r++) round();
	return v0 ^ v1 ^ v2 ^ v3;
}

/** _Py_HashBytes: 0 for empty input, the SipHash as a signed 64-bit value, -1 mapped to -2. */
export function hashBytes(data: Uint8Array, key: HashKey, minor = 13): PyInt {
	if (data.length === 0) return 0;
	const raw = minor >= 11 ? sipHash(key, data, 1, 3) : sipHash(key, data, 2, 4);
	let h = BigInt.asIntN(64, raw);
	if (h === -1n) h = -2n;
	return normalize(h);
}

/**
 * hash(s) for a str: CPython hashes its compact representation, 1, 2 or 4 bytes per code point
 * (little endian) depending on the largest code point, so the same text hashes the same everywhere.
 */
export function hashStr(s: string, key: HashKey, minor = 13): PyInt {
	if (s.length === 0) return 0;
	let max = 0;
	const points: number[] = [];
	for (const ch of s) {
		const cp = ch.codePointAt(0)!;
		points.push(cp);
		if (cp > max) max = cp;
	}
	const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
	const data = new Uint8Array(points.length * width);
	const view = new DataView(data.buffer);
	points.forEach((cp, i) => {
		if (width === 1) data[i] = cp;
		else if (width === 2) view.setUint16(i * 2, cp, true);
		else view.setUint32(i * 4, cp, true);
	});
	return hashBytes(data, key, minor);
}
