/*
 * strHash.ts
 * hash() of str and bytes as CPython computes it for a given PYTHONHASHSEED (SipHash-1-3 from 3.11,
 * SipHash-2-4 before), so sets and dicts of strings can iterate exactly like `PYTHONHASHSEED=n python`.
 */

import { normalize, type PyInt } from './intOps';

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

/** The SipHash state v0..v3 as (high, low) uint32 pairs: [v0h, v0l, v1h, v1l, v2h, v2l, v3h, v3l]. */
const V = new Uint32Array(8);

/** One SipRound on V (64-bit adds with carry, rotations on the 32-bit halves). */
function sipRound(): void {
	let v0h = V[0], v0l = V[1], v1h = V[2], v1l = V[3], v2h = V[4], v2l = V[5], v3h = V[6], v3l = V[7];
	let t = (v0l + v1l) >>> 0;
	v0h = (v0h + v1h + (t < v0l ? 1 : 0)) >>> 0;
	v0l = t;
	t = (v2l + v3l) >>> 0;
	v2h = (v2h + v3h + (t < v2l ? 1 : 0)) >>> 0;
	v2l = t;
	let h = (v1h << 13) | (v1l >>> 19);
	let l = (v1l << 13) | (v1h >>> 19);
	v1h = (h ^ v0h) >>> 0;
	v1l = (l ^ v0l) >>> 0;
	h = (v3h << 16) | (v3l >>> 16);
	l = (v3l << 16) | (v3h >>> 16);
	v3h = (h ^ v2h) >>> 0;
	v3l = (l ^ v2l) >>> 0;
	t = v0h; // rotl(v0, 32) swaps the halves
	v0h = v0l;
	v0l = t;
	t = (v2l + v1l) >>> 0;
	v2h = (v2h + v1h + (t < v2l ? 1 : 0)) >>> 0;
	v2l = t;
	t = (v0l + v3l) >>> 0;
	v0h = (v0h + v3h + (t < v0l ? 1 : 0)) >>> 0;
	v0l = t;
	h = (v1h << 17) | (v1l >>> 15);
	l = (v1l << 17) | (v1h >>> 15);
	v1h = (h ^ v2h) >>> 0;
	v1l = (l ^ v2l) >>> 0;
	h = (v3h << 21) | (v3l >>> 11);
	l = (v3l << 21) | (v3h >>> 11);
	v3h = (h ^ v0h) >>> 0;
	v3l = (l ^ v0l) >>> 0;
	V[0] = v0h; V[1] = v0l; V[2] = v1h; V[3] = v1l; V[4] = v2l; V[5] = v2h; V[6] = v3h; V[7] = v3l; // v2 halves swapped: rotl(v2, 32)
}

/** Key halves cached per key object (the BigInt split is not free). */
const KEY_HALVES = new WeakMap<HashKey, Uint32Array>();

/** SipHash-c-d of the bytes (c compression rounds per block, d finalization rounds), CPython's variant. */
function sipHash(key: HashKey, data: Uint8Array, c: number, d: number): bigint {
	let k = KEY_HALVES.get(key);
	if (!k) {
		k = Uint32Array.of(Number(key.k0 >> 32n), Number(key.k0 & 0xffffffffn), Number(key.k1 >> 32n), Number(key.k1 & 0xffffffffn));
		KEY_HALVES.set(key, k);
	}
	// "somepseudorandomlygeneratedbytes"
	V[0] = k[0] ^ 0x736f6d65;
	V[1] = k[1] ^ 0x70736575;
	V[2] = k[2] ^ 0x646f7261;
	V[3] = k[3] ^ 0x6e646f6d;
	V[4] = k[0] ^ 0x6c796765;
	V[5] = k[1] ^ 0x6e657261;
	V[6] = k[2] ^ 0x74656462;
	V[7] = k[3] ^ 0x79746573;
	const fullBlocks = data.length >> 3;
	let p = 0;
	for (let i = 0; i < fullBlocks; i++, p += 8) {
		const ml = data[p] | (data[p + 1] << 8) | (data[p + 2] << 16) | (data[p + 3] << 24);
		const mh = data[p + 4] | (data[p + 5] << 8) | (data[p + 6] << 16) | (data[p + 7] << 24);
		V[6] ^= mh;
		V[7] ^= ml;
		for (let r = 0; r < c; r++) sipRound();
		V[0] ^= mh;
		V[1] ^= ml;
	}
	// Last block: the remaining bytes, with the length in the top byte.
	let bh = (data.length & 0xff) << 24;
	let bl = 0;
	for (let i = 0; p + i < data.length; i++) {
		if (i < 4) bl |= data[p + i] << (8 * i);
		else bh |= data[p + i] << (8 * (i - 4));
	}
	V[6] ^= bh;
	V[7] ^= bl;
	for (let r = 0; r < c; r++) sipRound();
	V[0] ^= bh;
	V[1] ^= bl;
	V[5] ^= 0xff;
	for (let r = 0; r < d; r++) sipRound();
	const hi = (V[0] ^ V[2] ^ V[4] ^ V[6]) >>> 0;
	const lo = (V[1] ^ V[3] ^ V[5] ^ V[7]) >>> 0;
	return (BigInt(hi) << 32n) | BigInt(lo);
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
	let surrogates = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c > max) max = c;
		if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
	}
	if (!surrogates) {
		// Fast path: one UTF-16 unit per code point.
		const width = max < 0x100 ? 1 : 2;
		const data = new Uint8Array(s.length * width);
		for (let i = 0; i < s.length; i++) {
			const c = s.charCodeAt(i);
			if (width === 1) data[i] = c;
			else {
				data[2 * i] = c & 0xff;
				data[2 * i + 1] = c >>> 8;
			}
		}
		return hashBytes(data, key, minor);
	}
	const points: number[] = [];
	max = 0;
	for (const ch of s) {
		const cp = ch.codePointAt(0)!;
		points.push(cp);
		if (cp > max) max = cp;
	}
	const width = max < 0x10000 ? 2 : 4;
	const data = new Uint8Array(points.length * width);
	const view = new DataView(data.buffer);
	points.forEach((cp, i) => {
		if (width === 2) view.setUint16(i * 2, cp, true);
		else view.setUint32(i * 4, cp, true);
	});
	return hashBytes(data, key, minor);
}
